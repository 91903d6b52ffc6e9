"""Exports of the figures read back as a reader would: the xlsx with openpyxl, the docx with python-docx, the PNG
as an image at print resolution, the SVG as text; formula-like text stays text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from app.core import codebook, units
from app.core.documents import add_document
from app.core.project import Project, create_project
from app.importers.base import ImportedText
from tests.analysis.study import Plan, generate
from tests.exporters.helpers import all_text

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"]


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Plan]:
    path = tmp_path_factory.mktemp("exports") / "study.lectio"
    project, plan = generate(path, 21, n_docs=9, n_codes=12, n_units=80)
    project.close()
    return path, plan


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Project]:
    """A study whose code names, text and condensed meaning look like spreadsheet formulas."""
    project = create_project(tmp_path / "hostile.lectio", reviewer="Ann")
    doc = add_document(project, ImportedText(text="=cmd|' /C calc'!A0 and more text here", kind="txt"),
                       name="=1+2", original=b"x", original_name="f.txt").value
    unit = units.create_unit(project, doc.id, 0, 14, condensed="@condensed").value
    for name in HOSTILE:
        code = codebook.create_code(project, name).value
        codebook.assign_code(project, unit.id, code.id)
    yield project
    project.close()


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_matrix_xlsx_reads_back_as_the_figures(study: tuple[Path, Plan], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = study[0]
    expected = _json(capsys, "matrix", str(path), "--by", "Role", "--rows", "categories", "--json")
    out = tmp_path / "matrix.xlsx"
    assert main(["export", "matrix", str(path), str(out), "--by", "Role", "--rows", "categories"]) == 0
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == ["Categories", *expected["columns"], "Total"]
    body = {r[0]: dict(zip(expected["columns"], r[1:-1], strict=True)) for r in rows[1:1 + len(expected["rows"])]}
    assert body == expected["rows"]
    notes = " ".join(str(r[0]) for r in rows[1 + len(expected["rows"]):] if r[0])
    assert "Matrix: rows are categories, columns are the values of Role" in notes


def test_cooccurrence_and_saturation_xlsx(study: tuple[Path, Plan], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = study[0]
    pairs = _json(capsys, "cooccurrence", str(path), "--overlap", "--json")["pairs"]
    out = tmp_path / "co.xlsx"
    assert main(["export", "cooccurrence", str(path), str(out), "--overlap"]) == 0
    capsys.readouterr()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Code A", "Code B", "Units", "Overlaps")
    assert [dict(zip(("a", "b", "units", "overlaps"), r, strict=True)) for r in rows[1:1 + len(pairs)]] == pairs
    assert any("overlaps: the number of pairs" in str(r[0]) for r in rows[1 + len(pairs):])

    sat = _json(capsys, "saturation", str(path), "--base", "3", "--run", "2", "--threshold", "0.2", "--json")
    out = tmp_path / "sat.xlsx"
    assert main(["export", "saturation", str(path), str(out), "--base", "3", "--threshold", "0.2"]) == 0
    book = openpyxl.load_workbook(out)
    rows = list(book["Saturation"].iter_rows(values_only=True))
    assert [(r[0], r[3], r[4] or "") for r in rows[1:1 + len(sat["runs"])]] == [
        (r["k"], r["ratio"], "; ".join(r["new"])) for r in sat["runs"]]
    notes = [str(r[0]) for r in rows[1 + len(sat["runs"]):] if r[0]]
    assert notes[0].startswith("Saturation was ") and "(base 3, run 2, ≤ 20 % new codes)" in notes[0]
    assert any("Guest, Namey & Chen 2020" in n for n in notes)
    assert [r[1] for r in list(book["Documents"].iter_rows(values_only=True))[1:]] == sat["order"]


@pytest.mark.slow  # each .docx draws its chart at 300 dpi
def test_docx_exports_hold_the_table_and_the_definition(study: tuple[Path, Plan], tmp_path: Path) -> None:
    path = study[0]
    for what, extra, words in (("matrix", ["--by", "Age"], ["Matrix: rows are codes", "Code A"]),
                               ("cooccurrence", [], ["Co-occurrence: for two codes", "Code A"]),
                               ("saturation", [], ["Saturation was", "Guest, Namey & Chen 2020"])):
        out = tmp_path / f"{what}.docx"
        assert main(["export", what, str(path), str(out), *extra]) == 0
        text = all_text(out)
        assert all(w in text for w in words), what


def _pictures(path: Path) -> list[bytes]:
    """The images a Word file holds (what Word shows as pictures), as bytes."""
    import docx

    d = docx.Document(str(path))
    return [rel.target_part.blob for rel in d.part.rels.values() if rel.reltype.endswith("/image")]


@pytest.mark.slow  # three 300 dpi charts through the Qt painter
@pytest.mark.parametrize("what", ["matrix", "cooccurrence", "saturation"])
def test_docx_exports_embed_the_chart_with_its_caption(study: tuple[Path, Plan], tmp_path: Path, what: str) -> None:
    from PySide6.QtGui import QImage

    from tests.exporters.helpers import paragraphs

    extra = ["--by", "Role"] if what == "matrix" else []
    out = tmp_path / f"{what}.docx"
    assert main(["export", what, str(study[0]), str(out), *extra]) == 0
    pictures = _pictures(out)
    assert len(pictures) == 1 and pictures[0].startswith(b"\x89PNG")
    image = QImage.fromData(pictures[0])
    assert round(image.dotsPerMeterX() * 0.0254) == 300 and image.width() == 2250  # 7.5 in at 300 dpi
    captions = [text for style, text in paragraphs(out) if style == "Caption"]
    title = {"matrix": "Codes by Role", "cooccurrence": "Co-occurrence of codes", "saturation": "Code saturation"}
    assert len(captions) == 1 and captions[0].startswith(f"Figure 1. {title[what]}.")
    definition = {"matrix": "Matrix: rows are codes", "cooccurrence": "edge width = meaning units carrying both",
                  "saturation": "Guest, Namey & Chen 2020"}
    assert definition[what] in captions[0]
    body = [text for _style, text in paragraphs(out)]
    assert body.index(captions[0]) > next(i for i, t in enumerate(body) if t.startswith("Definition."))


def test_xlsx_exports_hold_no_picture(study: tuple[Path, Plan], tmp_path: Path) -> None:
    out = tmp_path / "matrix.xlsx"
    assert main(["export", "matrix", str(study[0]), str(out), "--by", "Role"]) == 0
    import zipfile

    assert not [n for n in zipfile.ZipFile(out).namelist() if n.endswith(".png")]


@pytest.mark.slow  # three 300 dpi images and three SVGs through the Qt painter
@pytest.mark.parametrize("what", ["matrix", "cooccurrence", "saturation"])
def test_charts_are_written_at_print_resolution_with_labels(study: tuple[Path, Plan], tmp_path: Path,
                                                            what: str) -> None:
    from PySide6.QtGui import QImage

    path = study[0]
    extra = ["--by", "Role"] if what == "matrix" else []
    png, svg = tmp_path / f"{what}.png", tmp_path / f"{what}.svg"
    assert main(["export", what, str(path), str(png), *extra]) == 0
    assert main(["export", what, str(path), str(svg), *extra]) == 0
    image = QImage(str(png))
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert image.width() == 2250  # 7.5 inches at 300 dpi
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 5  # something was drawn besides the paper
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "</svg>" in text
    expected = {"matrix": ["Meaning units", "Codes by Role"], "cooccurrence": ["edge width"],
                "saturation": ["Distinct codes (cumulative)", "Documents, in import order", "Saturation w"]}[what]
    assert all(e in text for e in expected)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_formula_like_text_stays_text(hostile: Project, tmp_path: Path) -> None:
    from app.analysis.service import study_matrix
    from app.exporters import ExportOptions, export_analysis_table
    from app.exporters.analysis_figures import export_table

    out = tmp_path / "matrix.xlsx"
    export_table(study_matrix(hostile, "document"), out, hostile.title)
    ws = openpyxl.load_workbook(out).active
    names = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=1) for r in range(2, 2 + len(HOSTILE))}
    assert set(names) == set(HOSTILE)
    assert all(c.data_type == "s" and c.quotePrefix for c in names.values())
    assert ws.cell(row=1, column=2).value == "=1+2" and ws.cell(row=1, column=2).data_type == "s"

    table = tmp_path / "table.xlsx"
    export_analysis_table(hostile, table, ExportOptions())
    ws = openpyxl.load_workbook(table).active
    rows = list(ws.iter_rows(min_row=1, max_row=2))
    assert [c.value for c in rows[0]][:5] == ["Document", "Page", "Reviewer", "Quoted meaning unit",
                                              "Condensed meaning"]
    document, page, _, quote, condensed, codes = (c for c in rows[1][:6])
    assert (document.value, page.value, quote.value, condensed.value) == ("=1+2", 1, "=cmd|' /C calc", "@condensed")
    assert all(c.data_type == "s" for c in (document, quote, condensed, codes))
    assert codes.value.split("; ") == HOSTILE


def test_wrong_ending_is_one_line(study: tuple[Path, Plan], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "matrix.pdf"
    assert main(["export", "matrix", str(study[0]), str(out), "--by", "Role"]) == 1
    err = capsys.readouterr().err
    assert "matrix.pdf: the matrix is written as .xlsx, .docx, .png or .svg" in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()


def test_the_analysis_table_restricted_to_a_query(study: tuple[Path, Plan], tmp_path: Path) -> None:
    path, plan = study
    out = tmp_path / "table.xlsx"
    assert main(["export", "analysis-table", str(path), str(out), "--query", '"Code B" AND reviewer:Ben']) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    body = [r for r in rows if r[2] in ("Ann", "Ben")]
    assert len(body) == sum(1 for u in plan.units if "Code B" in u.codes and u.reviewer == "Ben")
    assert all(r[2] == "Ben" and "Code B" in r[5].split("; ") for r in body)


@pytest.mark.slow  # the saturation .docx draws its chart at 300 dpi
def test_docx_export_in_the_study_language(study: tuple[Path, Plan], tmp_path: Path) -> None:
    import shutil

    from app.core.project import open_project
    from app.core.study_language import set_study_language

    path = tmp_path / "german.lectio"
    shutil.copy(study[0], path)
    project = open_project(path, backup=False)
    set_study_language(project, "de")
    project.close()
    from PySide6.QtCore import QLocale

    from app import i18n

    before = (i18n.current_language(), QLocale().name())
    out = tmp_path / "saturation.docx"
    assert main(["export", "saturation", str(path), str(out), "--threshold", "0.25"]) == 0
    text = all_text(out)
    assert text.count("Die Sättigung wurde") >= 2  # the result and the figure's caption
    assert (i18n.current_language(), QLocale().name()) == before  # the chart was drawn in German, then back
    assert "Sättigung (Guest, Namey & Chen 2020" in text
    assert "\u00a0% neue Codes" in text
