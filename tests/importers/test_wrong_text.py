"""Text that is wrong is not imported as if it were right (issue 14): repaired where a second reading or
a script check fixes it, and named in the import summary with its pages. The PDFs are made here."""

from __future__ import annotations

from pathlib import Path

from app.core.documents import get_document, list_documents
from app.core.importing import import_files
from app.core.project import create_project
from app.importers import pdf, text_checks
from tests.importers import pdfmaker

_TOWER = ("The Metropolis Tower is the tallest building in the city and it was built in the year of the great "
          "fire that burned down most of the old town")
TOWER = _TOWER.split(" ")
FIRST_PAGE = ["An ordinary first page, with words of its own that nobody set badly."]


def test_a_byte_swapped_text_layer_is_swapped_back_and_named():
    data = pdfmaker.byte_swapped_pdf([["Multicolour printing of the annual report.", "A second line of it."]])
    result = pdf.extract(data)
    assert result.text == "Multicolour printing of the annual report. A second line of it."
    assert result.warnings == [
        "page 1: the text layer was stored byte-swapped (it read as Chinese characters); repaired"
    ]


def test_words_split_before_their_last_letter_are_joined_and_the_page_named():
    result = pdf.extract(pdfmaker.pdf([pdfmaker.text_stream(FIRST_PAGE), pdfmaker.split_words_stream(TOWER)]))
    second = result.text[result.page_starts[1]:]
    assert " ".join(second.split()) == " ".join(TOWER)
    assert result.text.startswith(FIRST_PAGE[0])
    assert result.warnings == [
        'page 2: words were split before their last letter ("Th e"), as in a poor OCR layer; joined again — '
        "check the text against the original"
    ]


def test_upside_down_text_is_read_in_its_own_order_not_backwards():
    lines = ["The quick brown fox jumps over the lazy dog.", "A second line of upside down text is here."]
    result = pdf.extract(pdfmaker.pdf([pdfmaker.upside_down_stream(lines)]))
    assert result.text == "\n".join(lines)
    assert result.warnings == [
        "page 1: the text read garbled (upside-down or mirrored glyphs); read again in the file's own order"
    ]


def test_the_letterhead_of_a_two_page_letter_is_kept():
    head = "Riverside Surgery, 12 Mill Lane, Leeds"
    data = pdfmaker.text_pdf([[head, "Dear Dr Jones, thank you for seeing Mrs Smith."],
                              [head, "She will call you next week. Yours sincerely"]])
    text = pdf.extract(data).text
    assert text.count(head) == 2


def test_running_heads_of_three_pages_are_still_removed():
    head = "Journal of Qualitative Care, volume 3"
    bodies = [f"Paragraph {n} of the article's running text, long enough to be body text on its page."
              for n in ("one", "two", "three")]
    text = pdf.extract(pdfmaker.text_pdf([[head, body] for body in bodies])).text
    assert head not in text and all(body in text for body in bodies)


def test_a_document_whose_only_line_repeats_on_every_page_keeps_it():
    for pages in (2, 3):
        result = pdf.extract(pdfmaker.text_pdf([["Consent form, signed copy"]] * pages))
        assert result.text.split("\n\n") == ["Consent form, signed copy"] * pages


def test_checks_do_not_fire_on_formulas_initials_or_other_languages():
    assert not text_checks.split_words("für alle x in X gilt f(x) = y, und wenn n gerade ist, dann ist m ungerade "
                                       "und k beliebig, so dass die Menge X und T offen sind")
    assert not text_checks.split_words("Whelan S, Darriba D, Doallo R, Posada D, Delport W, Keane M, Semeiks J, "
                                       "Quesada V, Craig T, Smith A, Jones B, Brown C")
    assert not text_checks.byte_swapped("中文文本里也有一些字")
    assert text_checks.byte_swapped("䴀甀氀琀椀挀漀氀漀爀 瀀爀椀渀琀椀渀最")
    assert text_checks.unswap("䴀甀氀琀椀挀漀氀漀爀") == "Multicolor"


def test_the_import_summary_names_the_pages(tmp_path: Path):
    path = tmp_path / "ocr.pdf"
    path.write_bytes(pdfmaker.pdf([pdfmaker.text_stream(FIRST_PAGE), pdfmaker.split_words_stream(TOWER)]))
    with create_project(tmp_path / "study.lectio", reviewer="Ana") as project:
        (result,) = import_files(project, [path], workers=1)
        assert result.ok and result.warnings[0].startswith("page 2: words were split")
        (doc,) = list_documents(project)
        assert "The Metropolis Tower is the tallest building" in get_document(project, doc.id).text
