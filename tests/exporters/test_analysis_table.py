"""The analysis table (Graneheim & Lundman) in Word and CSV, read back as Word and Excel would."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from app.core import codebook, documents, units
from app.core.errors import LectioError
from app.core.project import Project, create_project
from app.core.reviewers import find_reviewer
from app.exporters import Cancelled, ExportOptions, export_analysis_table
from app.importers.base import ImportedText
from tests.exporters.helpers import table_rows
from tests.studies import open_copy

HEADER = ["Document", "Page", "Reviewer", "Quoted meaning unit", "Condensed meaning", "Codes", "Category", "Theme",
          "Notes"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Project]:
    project = open_copy(demo_file, tmp_path_factory.mktemp("table") / "demo.lectio")
    yield project
    project.close()


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_csv_has_bom_header_and_one_row_per_unit(demo: Project, tmp_path: Path) -> None:
    out = export_analysis_table(demo, tmp_path / "table.csv", ExportOptions())
    rows = read_csv(out)
    assert rows[0] == HEADER and "meaning unit" in rows[0][3]
    all_units = units.list_units(demo)
    assert len(rows) - 1 == len(all_units) == 41
    assert {r[3] for r in rows[1:]} == {u.text for u in all_units}
    # the first unit of the demo, with its code, category, theme and note
    first = rows[1]
    assert first[:3] == ["Interview 1 – daughter", "1", "Ana Ruiz"]
    assert first[3].startswith("Nobody asked me anything.")
    assert first[5:8] == ["Knowledge overlooked", "Carers' knowledge as expertise",
                          "Being recognised as someone who knows"]
    assert first[8].startswith("'Nobody asked' is repeated")


def test_csv_for_one_reviewer_has_only_that_reviewers_units(demo: Project, tmp_path: Path) -> None:
    ben = find_reviewer(demo, "Ben Okafor")
    rows = read_csv(export_analysis_table(demo, tmp_path / "ben.csv", ExportOptions(reviewer_id=ben.id)))
    expected = len(units.list_units(demo, reviewer_id=ben.id))
    assert 0 < expected < 41
    assert len(rows) - 1 == expected and {r[2] for r in rows[1:]} == {"Ben Okafor"}


def test_csv_keeps_accents_emoji_and_line_breaks(tmp_path: Path) -> None:
    text = "Zoë said: “je ne sais pas” 😊\nthen she left — 下次见."
    with create_project(tmp_path / "u.lectio", title="Unicode", reviewer="Ana") as project:
        doc = documents.add_document(project, ImportedText(text, "txt"), name="Zoë 😊", original=text.encode()).value
        unit = units.create_unit(project, doc.id, 0, len(text), condensed="Ünïcödé ✓").value
        units.add_annotation(project, unit.id, "first note 🙂")
        units.add_annotation(project, unit.id, "second note")
        code = codebook.create_code(project, "Émotion 💬").value
        codebook.assign_code(project, unit.id, code.id)
        rows = read_csv(export_analysis_table(project, tmp_path / "u.csv", ExportOptions()))
        docx_out = export_analysis_table(project, tmp_path / "u.docx", ExportOptions())
    assert rows[1] == ["Zoë 😊", "1", "Ana", text, "Ünïcödé ✓", "Émotion 💬", "", "", "first note 🙂\nsecond note"]
    body = table_rows(docx.Document(str(docx_out)).tables[0])[1]
    assert body[3] == text and body[5] == "Émotion 💬" and body[8] == "first note 🙂\nsecond note"


def test_word_table_is_landscape_with_a_repeating_bold_header(demo: Project, tmp_path: Path) -> None:
    out = export_analysis_table(demo, tmp_path / "table.docx", ExportOptions())
    d = docx.Document(str(out))
    section = d.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    [table] = d.tables
    rows = table_rows(table)
    assert rows[0] == HEADER and len(rows) - 1 == 41
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(c.paragraphs[0].style.font.bold for c in header.cells)
    coded = {u.document_id for u in units.list_units(demo)}  # the demo's .vtt transcript has no units yet
    assert {r[0] for r in rows[1:]} == {d.name for d in documents.list_documents(demo) if d.id in coded}
    # a unit with two codes lists both, one per line
    two = [r for r in rows[1:] if "\n" in r[5]]
    assert two and all(len(r[5].split("\n")) >= 2 for r in two)
    assert "Care partnerships at home" in [p.text for p in d.paragraphs]


def test_page_numbers_come_from_the_document_pages(tmp_path: Path) -> None:
    text = "Page one text.\fPage two holds the quote we want.\fPage three."
    starts = [0, text.index("Page two"), text.index("Page three")]
    with create_project(tmp_path / "p.lectio", title="Paged", reviewer="Ana") as project:
        doc = documents.add_document(project, ImportedText(text, "pdf", page_starts=starts), name="Report",
                                     original=b"%PDF-1").value
        a = text.index("the quote")
        units.create_unit(project, doc.id, a, a + len("the quote"))
        units.create_unit(project, doc.id, 0, 4)
        rows = read_csv(export_analysis_table(project, tmp_path / "p.csv", ExportOptions()))
    assert [(r[1], r[3]) for r in rows[1:]] == [("1", "Page"), ("2", "the quote")]


def test_other_endings_are_refused(demo: Project, tmp_path: Path) -> None:
    with pytest.raises(LectioError, match=r"table\.xls: .*\.docx.*\.csv.*\.xlsx"):  # .xlsx is written since issue 19
        export_analysis_table(demo, tmp_path / "table.xls", ExportOptions())
    assert list(tmp_path.iterdir()) == []


def test_unwritable_targets_name_the_path(demo: Project, tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "table.csv"
    with pytest.raises(LectioError) as err:
        export_analysis_table(demo, missing, ExportOptions())
    assert str(missing) in str(err.value) and "does not exist" in str(err.value) and "\n" not in str(err.value)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    with pytest.raises(LectioError, match="is a file, not a folder"):
        export_analysis_table(demo, a_file / "table.docx", ExportOptions())
    folder_target = tmp_path / "looks like.csv"
    folder_target.mkdir()
    with pytest.raises(LectioError, match="folder, not a file"):
        export_analysis_table(demo, folder_target, ExportOptions())


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_names_the_path(demo: Project, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LectioError, match="permission denied") as err:
            export_analysis_table(demo, folder / "table.csv", ExportOptions())
        assert str(folder / "table.csv") in str(err.value)
    finally:
        folder.chmod(0o700)


def test_cancel_leaves_no_file(demo: Project, tmp_path: Path) -> None:
    for name in ("t.csv", "t.docx"):
        with pytest.raises(Cancelled):
            export_analysis_table(demo, tmp_path / name, ExportOptions(), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_file_held_open_by_word_gets_a_clear_message(demo: Project, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, replacing a .docx that Word holds open fails with PermissionError; Linux cannot hold a
    file that way, so the refusal is made by the operating-system call itself."""
    target = tmp_path / "table.docx"
    target.write_bytes(b"the version Word has open")

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(LectioError) as err:
        export_analysis_table(demo, target, ExportOptions())
    message = str(err.value)
    assert message.startswith(f"{target}: cannot write") and "open in another program" in message
    assert target.read_bytes() == b"the version Word has open" and list(tmp_path.iterdir()) == [target]
