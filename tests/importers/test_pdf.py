"""PDF import on real journal articles: reading order, words, hyphenation, running heads, errors.

Each article is imported once per test session (functools.cache): the whole file stays fast.
"""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.importers import pdf
from app.importers.base import Cancelled, ImportedText, ImportFailed, PasswordRequired
from app.importers.pdf_layout import Line
from app.importers.pdf_text import page_text

CORPUS = Path(os.environ.get("LECTIO_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
PDFS = CORPUS / "pdf"
MAXQDA_TRANSCRIPT = CORPUS / "transcripts/pdpilot_userstudy/P1_interview_transcript_maxqda_numbered.pdf"
ACL = "acl2020_cohan_specter_2col.pdf"
BMC_HSR = "bmc_hsr2014_agyemanduah_2col.pdf"
BMC_JTMO = "bmc_jtmo2010_datta_review_2col.pdf"
HINDAWI = "hindawi_rrp2010_tully_heartfailure_focusgroups_2col.pdf"
FEDERAL_REGISTER = "federal_register_2020-17221_3col.pdf"
LIPSUM = "latex_twocolumn_lipsum_3p.pdf"
PEERJ = "peerjcs2017_webb_vespa_1col_sidebar.pdf"
ENCRYPTED = "encrypted_aes256_owner-foo_user-baz.pdf"
CLINSCI = "clinsci2014_fragment_ace_inhibitors_2col.pdf"
NAACL = "naacl2018_ammar_literature_graph_2col.pdf"
HLT_NAACL = "hltnaacl2004_peng_mccallum_crf_2col.pdf"

pytestmark = pytest.mark.skipif(not PDFS.is_dir(), reason="the shared corpus is not next to the repository")


def data(name: str) -> bytes:
    return (PDFS / name).read_bytes()


@functools.cache
def imported(name: str) -> ImportedText:
    return pdf.extract(data(name))


def one_line(text: str) -> str:
    """Paragraph-internal line structure aside: collapse white space for sentence look-ups."""
    return " ".join(text.split())


# --- whole sentences, in reading order -----------------------------------------------------------

SENTENCES = [
    # ACL two-column: spans four printed lines; "token- and" keeps its mid-line hyphen.
    (
        ACL,
        "Recent Transformer language models like BERT learn powerful textual representations, but these "
        "models are targeted towards token- and sentence-level training objectives and do not leverage "
        "information on inter-document relatedness, which limits their document-level representation power.",
    ),
    # BMC two-column: "struc-/tured" and "trans-/lated" are hyphenated at line ends in the PDF.
    (
        BMC_HSR,
        "The structured outpatient questionnaire was subsequently translated into Chichewa (local Malawian "
        "language) for clear communication with interviewees who could not speak or read English.",
    ),
    # LaTeX two-column: "adip-/iscing" at a line end.
    (LIPSUM, "Lorem ipsum dolor sit amet, consectetuer adipiscing elit."),
    # Hindawi abstract: wraps over two lines, tight word spacing.
    (
        HINDAWI,
        "Supervised exercise sessions increased confidence to resume physical activity, while peer-group "
        "interaction and supportive medical staff improved morale.",
    ),
    # Clinical Science abstract: the "±" of "11.21 ± 0.74" stretches its line's box over the next line,
    # which must still come after it (it used to be read first).
    (
        CLINSCI,
        "A molecule incorporating a tetrazole moiety in the P2 position (compound 33RE) displayed potent "
        "inhibition (Ki = 11.21 +− 0.74 nM) and was 927-fold more selective for the N-domain than the C-domain.",
    ),
    # Federal Register, three narrow columns.
    (
        FEDERAL_REGISTER,
        "SUMMARY: The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, which applies to "
        "all The Boeing Company Model 737–8 and 737–9 (737 MAX) airplanes.",  # "737–" ends a line
    ),
]


@pytest.mark.parametrize(
    ("name", "sentence"), SENTENCES, ids=[f"{n.split('_')[0]}-{i}" for i, (n, _) in enumerate(SENTENCES)]
)
def test_known_sentence_appears_whole(name: str, sentence: str) -> None:
    assert sentence in one_line(imported(name).text)


def test_paragraph_runs_on_from_one_column_into_the_next() -> None:
    """The sentence starts at the foot of the left column and ends at the top of the right one."""
    assert "Vivamus viverra fermentum felis. Donec nonummy pellentesque ante." in imported(LIPSUM).text


def test_footnotes_go_to_the_end_of_the_page_not_into_a_sentence() -> None:
    """ACL page 5: the left column ends mid-sentence above footnote 9; the sentence goes on at the top of
    the right column. The notes come after the page's body text, one paragraph each."""
    result = imported(ACL)
    text = result.text
    assert (
        "we also perform an online A/B test to measure whether its advantages on the offline dataset translate "
        "into improvements on the online recommendation task" in text
    )
    notes = (
        "The C hyperparameter was tuned via a held-out validation set.\n"
        "9 Embeddings are L2 normalized and in this case cosine distance is equivalent to L2 distance.\n"
        "10 Learning rate linear warmup followed by linear decay.\n11 https://github.com/allenai/specter\n\n"
    )
    assert text.index(notes) + len(notes) == result.page_starts[5]
    # Federal Register page 3: note 12 starts at the foot of the first column and ends under the second.
    fr = imported(FEDERAL_REGISTER).text
    assert "12 The magnitude of the command varies according to parameters such as the airplane’s altitude" in fr
    assert "\n13 More than 10 degrees difference for more than 10 seconds.\n14 The AFM" in fr
    # NAACL page 5 sets its note numbers as superscripts straight before the URL.
    assert "\n8 https://github.com/allenai/openie-standalone\n\n" in imported(NAACL).text


def test_a_sentence_is_finished_before_the_table_at_the_top_of_the_next_column() -> None:
    """NAACL page 3: the left column ends "...layer and then"; the right column starts with Table 1 and its
    caption, and only then goes on "fed into a two-layer...". The table follows the finished paragraph."""
    text = one_line(imported(NAACL).text)
    assert (
        "The input token representations are passed through one fully-connected layer and then fed into a "
        "two-layer bidirectional LSTM (Long Short-Term Memory, Hochreiter and Schmidhuber, 1997), i.e.," in text
    )
    assert text.index("Hochreiter and Schmidhuber, 1997)") < text.index("Field Precision Recall F1 title 85.5")
    acl = one_line(imported(ACL).text)
    assert "as we would expect venues to have high correlation with paper topics). The fact that SPECTER" in acl


def test_sentence_lines_are_joined_with_spaces_not_newlines() -> None:
    text = imported(BMC_HSR).text
    start = text.index("The structured outpatient questionnaire")
    assert "\n" not in text[start : text.index("read English.", start)]


def test_words_of_tightly_set_text_stay_apart() -> None:
    """pdfplumber's defaults run these together ("ofthe", "documentlevel")."""
    words = set(imported(ACL).text.split())
    assert {"critical", "ingredient", "for", "natural", "language", "processing"} <= words
    assert "ingredientfor" not in imported(ACL).text


# --- hyphens and ligatures -------------------------------------------------------------------------


def test_line_end_hyphens_are_joined_and_compounds_keep_theirs() -> None:
    text = imported(ACL).text
    assert "state-of-the-art" in text  # printed "state-" at a line end and "of-the-art" below it
    assert "stateof" not in text
    assert "document-level" in text
    assert not re.search(r"\b(struc- tured|trans- lated|adip- iscing)\b", imported(BMC_HSR).text)


def test_no_ligature_characters_remain() -> None:
    """pdfplumber gives "scientiﬁc" here (U+FB01): words must be searchable as typed."""
    for name in (ACL, LIPSUM, HINDAWI):
        text = imported(name).text
        assert not re.search("[\ufb00-\ufb06]", text), name
    words = set(re.findall(r"\w+", imported(ACL).text))
    assert {"scientific", "classification", "sufficient", "difficult", "fine", "field"} <= words


def test_ligature_characters_become_letters_and_nothing_else_is_normalised() -> None:
    """Where pdfium does report a ligature code point, only the ligature is decomposed (no NFKC of
    the whole text: superscripts and full-width forms stay)."""
    printed = "\ufb01eld \ufb02ow e\ufb00ect \ufb03ce \ufb04 \ufb05 \ufb06 x\u00b2 \uff21"
    line = Line(printed, x0=0, x1=100, bottom=0, top=10, height=10, block=0)
    assert page_text([line], set()) == "field flow effect ffice ffl st st x\u00b2 \uff21"


# --- running heads and page numbers ----------------------------------------------------------------


def test_running_headers_and_page_numbers_are_dropped() -> None:
    fr = imported(FEDERAL_REGISTER).text
    assert "Federal Register / Vol. 85" not in fr
    assert not re.search(r"^477\d\d$", fr, re.M)  # the page numbers 47699...47713
    hsr = imported(BMC_HSR).text
    assert "BMC Health Services Research 2014, 14:1" not in hsr
    assert not re.search(r"^Page \d+ of 10$", hsr, re.M)
    assert "Rehabilitation Research and Practice" not in imported(HINDAWI).text


def test_table_headings_at_the_top_of_two_pages_are_no_running_heads() -> None:
    """ "F1", "CS", "Bio" head tables at the top of two NAACL pages each, but not in the same place."""
    text = imported(NAACL).text
    assert "Field Precision Recall F1 title 85.5" in text
    assert "Approach CS Bio\n" in text
    assert "Table 1 Phase 1" in imported(PEERJ).text  # "Table 1" and "Table 3" top two PeerJ pages


def test_sentence_across_a_page_break_has_no_header_inside() -> None:
    """Page 3 of the BMC article starts under a running header ("Agyeman-Duah et al. BMC Health ...
    Page 3 of 10"); the sentence runs on from page 2 with only the page separator in between."""
    result = imported(BMC_HSR)
    text = result.text
    joint = text.index("In order to validate the questions before posing\n\nthem to the study interviewees")
    assert joint + len("In order to validate the questions before posing\n\n") == result.page_starts[2]


def test_transcript_keeps_its_paragraph_numbers_and_drops_hidden_ones() -> None:
    """MAXQDA writes all 95 paragraph numbers onto every page and lets the crop box hide most of them;
    the visible ones start their paragraphs, the hidden ones must not turn up, nor the "1/5" footer."""
    result = pdf.extract(MAXQDA_TRANSCRIPT.read_bytes())
    assert result.text.startswith("1 Interview\n2 Dan: Okay. So now you can stop sharing your screen")
    assert "5 Participant: Ah, yeah." in result.text
    assert "we tend to use ICE plots.\n6 Dan:" in result.text
    assert result.text[result.page_starts[1] :].startswith("24 Dan: Okay. I see.")
    first_page = result.text[: result.page_starts[1]]
    assert [int(n) for n in re.findall(r"^(\d+) ", first_page, re.M)] == list(range(1, 24))
    assert not re.search(r"^\d/5$", result.text, re.M)


# --- pages -----------------------------------------------------------------------------------------


def test_page_starts_point_at_each_page() -> None:
    result = imported(LIPSUM)
    assert len(result.page_starts) == len(pdfium.PdfDocument(data(LIPSUM))) == result.pages == 3
    assert result.page_starts[0] == 0
    assert result.page_starts == sorted(set(result.page_starts))
    for start in result.page_starts[1:]:
        assert result.text[start - 2 : start] == "\n\n"
    # page 2 begins with the top of its left column
    assert result.text[result.page_starts[1] :].startswith("lacus vel est. Curabitur consectetuer.")
    assert result.text[result.page_starts[2] :].startswith("Table 1: EU Countries Information")


def test_landscape_table_reads_in_its_own_direction_row_by_row() -> None:
    """Page 5 of the BMC article is a table printed sideways (text rotated a quarter turn). Its cells run
    over several lines; it reads row by row, so a respondent group's strengths, weaknesses and areas
    for improvement stay together (read a column at a time, they came pages of text apart)."""
    result = imported(BMC_HSR)
    page = result.text[result.page_starts[4] : result.page_starts[5]]
    assert page.startswith(
        "Table 2 Overview of themes on quality emerging from in-depth interviews by various stakeholders\n"
        "Respondent group\nStrengths/existing quality model\nWeaknesses/challenges hindering quality\n"
        "improvement in healthcare delivery\nAreas for improvement\n"
        "1. Affiliate respondents (n = 5)\n- Existence of treatment protocols\n"
        "- Staffing- related issues: shortage,\nunderperformance and poor attitude\n"
        "- Procure essential resources for patient care\n"
    )
    assert page.index("3. Staff respondents") < page.index("- Workload") < page.index("4. Management respondents")
    # the table goes on over page 6 (not sideways there), row by row as well
    page6 = result.text[result.page_starts[5] : result.page_starts[6]]
    assert (
        "4.3 Treatment protocols\n• Treatment protocols are available and\naccessible to all staffs\n"
        "1. Non-compliance due to personal preferences among" in page6
    )


def test_table_with_cells_over_several_lines_keeps_each_cell_whole() -> None:
    """PeerJ Table 2: each model's row, its multi-line parameter estimates cell whole, before the next."""
    text = imported(PEERJ).text
    row = text.index("m1Neutral\nSample_MSA\nSite-specific\n1\n2\n−568.572319\nN/A\n")
    assert (
        text.index("p0 = 0.35065 p1 = 0.64935", row) < text.index("Not\nallowed", row) < text.index("m2Selection", row)
    )


def test_table_of_short_cells_reads_row_by_row() -> None:
    """Table 7 of the HLT-NAACL paper, a confusion matrix: a row's cells stay together (they used to be
    read a few columns at a time)."""
    text = one_line(imported(HLT_NAACL).text)
    assert "title auth. pubnum date abs. aff. addr. email deg. note ph. intro k.w. web" in text
    assert "address 0 11 3 0 0 35 2170 1 0 21 0 0 0 0 email 0 0 1 0 12 2 3 461" in text
    # ACL Table 1: the models' names (a wider first column) stay on the rows of their figures.
    acl = one_line(imported(ACL).text)
    assert "Random 4.8 9.4 25.2 51.6 25.6 51.9 25.1 51.5 24.9 51.4 51.3 16.8 32.5 Doc2vec (2014) 66.2" in acl


def test_page_starts_of_a_longer_article() -> None:
    result = imported(BMC_JTMO)
    assert len(result.page_starts) == 4
    assert result.text[result.page_starts[1] :].startswith("mas. This was the only study")


# --- metadata --------------------------------------------------------------------------------------


def test_metadata_from_xmp_and_first_page() -> None:
    meta = imported(BMC_JTMO).metadata
    assert meta.title == (
        "Complications related to deep venous thrombosis prophylaxis in trauma: a systematic review of the literature"
    )
    assert meta.doi == "10.1186/1752-2897-4-1"
    assert meta.authors[:2] == ["Indraneel Datta", "Chad G Ball"]


def test_doi_found_on_the_first_page_and_job_numbers_are_no_titles() -> None:
    assert imported(HINDAWI).metadata.doi == "10.1155/2010/157939"
    bmc = imported(BMC_HSR).metadata.title  # the Title field holds "6489122611071476 1..10": the first page's
    assert "6489122611071476" not in bmc and bmc.startswith("Understanding the barriers")  # title serves
    acl = imported(ACL).metadata
    assert acl.title.startswith("SPECTER: Document-level Representation Learning")
    assert acl.authors == ["Arman Cohan", "Sergey Feldman", "Iz Beltagy", "Doug Downey", "Daniel Weld"]


# --- refusals and damaged files -------------------------------------------------------------------


def test_scanned_pdf_asks_for_ocr() -> None:
    with pytest.raises(ImportFailed, match="no text layer — run OCR first"):
        pdf.extract(data("scanned_imageonly_huckfinn_c03-29.pdf"))


def test_encrypted_pdf_needs_a_password() -> None:
    with pytest.raises(PasswordRequired) as error:
        pdf.extract(data(ENCRYPTED))
    assert error.value.wrong is False
    assert "password" in str(error.value)


@pytest.mark.parametrize("password", ["baz", "foo"])  # user and owner password
def test_encrypted_pdf_opens_with_a_password(password: str) -> None:
    assert pdf.extract(data(ENCRYPTED), password=password).text.strip() == "Secret!"


def test_wrong_password_is_reported_as_wrong() -> None:
    with pytest.raises(PasswordRequired) as error:
        pdf.extract(data(ENCRYPTED), password="nope")
    assert error.value.wrong is True


def test_empty_file() -> None:
    with pytest.raises(ImportFailed, match="the file is empty"):
        pdf.extract(data("malformed_zero_bytes_empty.pdf"))


def test_truncated_file_is_refused_as_damaged() -> None:
    with pytest.raises(ImportFailed, match="damaged or not a PDF") as error:
        pdf.extract(data("malformed_truncated_acl2020_first40pct.pdf"))
    assert ".pdf" not in str(error.value)  # the caller adds the file name


def test_not_a_pdf_is_refused_as_damaged() -> None:
    with pytest.raises(ImportFailed, match="damaged or not a PDF"):
        pdf.extract(b"This is a text file with a .pdf name.\n")


def test_corrupt_stream_imports_what_is_readable_with_a_warning() -> None:
    result = pdf.extract(data("malformed_corrupt_stream_zen_of_python.pdf"))
    assert "Beautiful is better than ugly." in result.text
    assert any("damaged" in warning for warning in result.warnings)


def test_sound_files_get_no_damage_warning() -> None:
    for name in (ACL, BMC_HSR, HINDAWI, FEDERAL_REGISTER, LIPSUM):
        assert imported(name).warnings == [], name


def test_scan_with_a_date_stamp_imports_the_stamp_and_asks_for_ocr() -> None:
    """The "needs repair" file is a scanned page with a tiny text layer (a date stamp)."""
    result = pdf.extract(data("malformed_needs_repair_issue932.pdf"))
    assert "2021" in result.text  # a year is no page number
    assert any("page 1 has no text layer" in warning and "OCR" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nonlatin_arabic_rtl_habibi.pdf", "\u062d\u064e\u0628\u064a\u0628\u064a"),  # in reading order
        ("nonlatin_japanese_jo_miyazawa.pdf", "宇宙塵をたべ、または空気や塩水を呼吸しながら"),
        ("nonlatin_japanese_vertical_kampo_gazette.pdf", "官"),
    ],
)
def test_non_latin_scripts_import(name: str, expected: str) -> None:
    assert expected in pdf.extract(data(name)).text


# --- progress and cancelling ----------------------------------------------------------------------


def test_progress_is_reported_per_page() -> None:
    calls: list[tuple[float, str]] = []
    pdf.extract(data(LIPSUM), progress=lambda fraction, message: calls.append((fraction, message)))
    assert [message for _, message in calls] == ["page 1 of 3", "page 2 of 3", "page 3 of 3"]
    assert [round(fraction, 2) for fraction, _ in calls] == [0.33, 0.67, 1.0]


def test_cancel_stops_the_import() -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        pdf.extract(data(ACL), cancelled=cancelled)
    assert len(asked) == 3  # checked once per page, stopped at the third


def test_result_shape() -> None:
    result = imported(PEERJ)
    assert result.kind == "pdf"
    assert result.pages == 16
    assert "\r" not in result.text
    assert "VESPA" in result.text
