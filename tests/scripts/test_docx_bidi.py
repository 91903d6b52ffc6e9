"""Word exports mark right-to-left paragraphs, runs and tables (w:bidi, w:rtl, w:bidiVisual), and only those."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from app.core import codebook, documents, units
from app.core.bidi import directional_runs, document_direction, first_strong, paragraph_directions
from app.core.project import create_project
from app.exporters import ExportOptions, export_analysis_table, export_codebook
from app.exporters.docx_style import DocxWriter
from app.importers.base import ImportedText
from tests.scripts.texts import text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ARABIC_QUOTE = "الطبيب شرح لي العلاج بالتفصيل"
ENGLISH = "The nurse phoned every week and explained the tablets."


def _paragraphs(path: Path) -> list[etree._Element]:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return list(root.iter(f"{W}p"))


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W}t"))


def _bidi(p: etree._Element) -> bool:
    return p.find(f"{W}pPr/{W}bidi") is not None


def _rtl_runs(p: etree._Element) -> list[str]:
    return [_text(r) for r in p.iter(f"{W}r") if r.find(f"{W}rPr/{W}rtl") is not None]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("bidi")
    project = create_project(folder / "s.lectio", title="Scripts", reviewer="Ana Ruiz")
    arabic = text("arabic")
    ar = documents.add_document(project, ImportedText(arabic, "txt"), name="مقابلة ٣", original=b"a").value
    en = documents.add_document(project, ImportedText(ENGLISH, "txt"), name="Interview B", original=b"e").value
    start = arabic.index(ARABIC_QUOTE)
    u_ar = units.create_unit(project, ar.id, start, start + len(ARABIC_QUOTE), condensed="شرح العلاج").value
    u_en = units.create_unit(project, en.id, 0, len(ENGLISH) - 1, condensed="Regular calls").value
    theme = codebook.create_theme(project, "الرعاية").value
    category = codebook.create_category(project, "التواصل", theme_id=theme.id).value
    code_ar = codebook.create_code(project, "الشعور بالأمان", definition="عندما يشرح الطبيب العلاج").value
    code_en = codebook.create_code(project, "Being informed", definition="Someone explains the treatment").value
    codebook.move_codes(project, [code_ar.id, code_en.id], category.id)
    codebook.assign_code(project, u_ar.id, code_ar.id)
    codebook.assign_code(project, u_en.id, code_en.id)
    yield project, folder
    project.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_arabic_quote_in_the_codebook_is_right_to_left_and_the_english_one_is_not(study) -> None:
    project, folder = study
    out = export_codebook(project, folder / "codebook.docx", ExportOptions(quotes_per_code=2))
    paras = _paragraphs(out)
    [arabic] = [p for p in paras if ARABIC_QUOTE in _text(p)]
    [english] = [p for p in paras if "The nurse phoned" in _text(p)]
    assert _bidi(arabic) and ARABIC_QUOTE in "".join(_rtl_runs(arabic))
    assert not _bidi(english) and _rtl_runs(english) == []
    # the citation after the Arabic quote names the Arabic document: its name is an rtl run, "p." is not
    assert not any("Interview" in r for r in _rtl_runs(arabic))
    [heading] = [p for p in paras if _text(p) == "الشعور بالأمان"]
    assert _bidi(heading)
    [definition] = [p for p in paras if "عندما يشرح" in _text(p)]
    # "Definition:" comes first, so the paragraph is left-to-right; the Arabic definition is an rtl run
    assert not _bidi(definition) and _rtl_runs(definition) == ["عندما يشرح الطبيب العلاج"]
    assert all(not _bidi(p) for p in paras if _text(p) and first_strong(_text(p)) == "ltr")


def test_the_themes_table_and_the_analysis_table_cells_holding_arabic_are_right_to_left(study) -> None:
    project, folder = study
    out = export_codebook(project, folder / "codebook2.docx")
    cells = [p for p in _paragraphs(out) if _text(p) in ("الرعاية", "التواصل")]
    assert len(cells) >= 2 and all(_bidi(p) for p in cells)
    table = export_analysis_table(project, folder / "table.docx")
    paras = _paragraphs(table)
    [quote] = [p for p in paras if ARABIC_QUOTE in _text(p)]
    [condensed] = [p for p in paras if _text(p) == "شرح العلاج"]
    [english] = [p for p in paras if _text(p) == "Regular calls"]
    assert _bidi(quote) and _bidi(condensed) and not _bidi(english)


def test_a_table_of_right_to_left_text_only_is_laid_out_right_to_left(tmp_path: Path) -> None:
    w = DocxWriter(footer="دراسة")
    rtl = w.table(["الاسم", "الوصف"], (1, 2))
    w.row(rtl, ["الرعاية", "٣ فئات"])
    mixed = w.table(["Name", "Description"], (1, 2))
    w.row(mixed, ["الرعاية", "three categories"])
    w.save(tmp_path / "t.docx")
    with zipfile.ZipFile(tmp_path / "t.docx") as z:
        root = etree.fromstring(z.read("word/document.xml"))
        footer = b"".join(z.read(n) for n in z.namelist() if n.startswith("word/footer"))
    first, second = root.iter(f"{W}tbl")
    assert first.find(f"{W}tblPr/{W}bidiVisual") is not None
    assert second.find(f"{W}tblPr/{W}bidiVisual") is None
    assert b"w:rtl" in footer
    # the schema's order: w:bidiVisual before w:tblW, w:bidi before w:jc
    names = [etree.QName(c).localname for c in first.find(f"{W}tblPr")]
    assert names.index("bidiVisual") < names.index("tblW")


def test_direction_rules() -> None:
    assert first_strong("“ (3) שלום world") == "rtl" and first_strong("12:00 —") is None
    assert first_strong("\u2066abc\u2069 مرحبا") == "rtl"  # what is inside an isolate does not count (P2)
    assert paragraph_directions("مرحبا بكم\n12:00\nHello") == ["rtl", "rtl", "ltr"]  # neutral: the document's
    assert document_direction("3. Hello مرحبا") == "ltr"
    assert directional_runs("“المستشفى” (Interview A, p. 3)") == [("“المستشفى” (", "rtl"),
                                                                ("Interview A, p. 3)", "ltr")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab مرح שלו 12.,()“”\u2066\u2069")), max_size=40))
def test_directional_runs_cut_the_text_without_losing_a_character(sample: str) -> None:
    pieces = directional_runs(sample)
    assert "".join(p for p, _ in pieces) == sample
    for piece, way in pieces:
        assert first_strong(piece) in (way, None)
