"""Word exports ready to print: headings fit their columns, header rows repeat, rows do not split, no "-0.00",
emoji in a font that has them, one paper size and one set of styles for every export (issue 15)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.exporters.docx_style import A4, LETTER, DocxWriter, figure, heading_twips, paper_size, percent


def _tables(path: Path):
    return docx.Document(str(path)).tables


def _header_widths(table) -> list[tuple[str, int]]:
    row = table._tbl.tr_lst[0]
    out = []
    for tc in row.tc_lst:
        width = int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w")))
        out.append(("".join(t.text for t in tc.iter(qn("w:t"))), width))
    return out


def _check_print_ready(path: Path) -> None:
    tables = _tables(path)
    assert tables
    for table in tables:
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None  # the heading row repeats on each page
        for tr in rows[1:]:
            assert tr.trPr.find(qn("w:cantSplit")) is not None  # short rows move to the next page whole
        for heading, width in _header_widths(table):
            assert width >= heading_twips(heading), f"{heading!r} gets {width} twips, needs {heading_twips(heading)}"


def test_figures_never_print_minus_zero() -> None:
    assert figure(-0.0001) == "0.00" and figure(-0.004) == "0.00" and figure(-0.5) == "-0.50"
    assert percent(-1e-9) == "0.0 %" and figure(None) == "undefined"


def test_narrow_columns_still_fit_their_headings(tmp_path: Path) -> None:
    w = DocxWriter()
    table = w.table(("Documents", "Page", "Quoted meaning unit", "Krippendorff's alpha"), (0.3, 0.2, 12, 0.3))
    w.row(table, ("Interview 1", "3", "A long quote " * 20, "0.41"))
    w.save(tmp_path / "t.docx")
    _check_print_ready(tmp_path / "t.docx")
    widths = dict(_header_widths(_tables(tmp_path / "t.docx")[0]))
    assert widths["Documents"] >= heading_twips("Documents") and widths["Page"] >= heading_twips("Page")


def test_paper_follows_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_PAPER", "LC_ALL", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert paper_size() == LETTER
    monkeypatch.setenv("LC_PAPER", "en_GB.UTF-8")
    assert paper_size() == A4
    monkeypatch.setenv("LC_PAPER", "de_DE")
    assert paper_size() == A4


def test_emoji_get_a_font_that_has_them(tmp_path: Path) -> None:
    w = DocxWriter()
    w.paragraph("Then José sat down with us 🙂 and asked.")
    w.save(tmp_path / "e.docx")
    p = docx.Document(str(tmp_path / "e.docx")).paragraphs[0]
    assert p.text == "Then José sat down with us 🙂 and asked."
    emoji = [r for r in p.runs if "🙂" in r.text]
    assert len(emoji) == 1 and emoji[0].text == "🙂"
    fonts = emoji[0]._r.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:ascii")) == "Segoe UI Emoji"
    assert all(r._r.rPr is None or r._r.rPr.find(qn("w:rFonts")) is None for r in p.runs if "🙂" not in r.text)


@pytest.mark.slow
def test_every_export_is_print_ready_on_one_paper_size_with_one_set_of_styles(demo_project, tmp_path: Path) -> None:
    from app.consensus.report_docx import export_consensus_report
    from app.exporters import ExportOptions, export_analysis_table, export_codebook

    codebook = export_codebook(demo_project, tmp_path / "codebook.docx", ExportOptions())
    table = export_analysis_table(demo_project, tmp_path / "table.docx", ExportOptions())
    report = export_consensus_report(demo_project, tmp_path / "report.docx")
    sizes = set()
    for path in (codebook, table, report):
        _check_print_ready(Path(path))
        d = docx.Document(str(path))
        section = d.sections[0]
        sizes.add(tuple(sorted((section.page_width, section.page_height))))
        assert {"Table Heading", "Table Text"} <= {s.name for s in d.styles}
        assert d.styles["Normal"].font.name == "Calibri"
        assert "Consensus report" not in str(path) or d.sections[0].footer.paragraphs[0].text.startswith(
            demo_project.title)
        words = "\n".join([p.text for p in d.paragraphs] +
                          [c.text for t in d.tables for r in t.rows for c in r.cells])
        assert "-0.00" not in words
    assert len(sizes) == 1
    body = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
    assert "the consensus session has not started yet" in body
    assert "of these characters were coded by at least one reviewer" in body
