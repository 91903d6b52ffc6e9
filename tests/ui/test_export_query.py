"""File › Export restricted to a saved coding query ("Only units of query …"): the analysis table (.xlsx, .docx)
and the codebook hold the query's units only, and say so."""

from __future__ import annotations

import docx
import openpyxl
import pytest

from app.analysis.saved import save_query
from app.core.codebook import find_code_by_name
from app.core.units import codes_of_units, list_units
from app.ui.app_state import ProjectSession
from app.ui.export_flow import (
    analysis_table_dialog,
    codebook_dialog,
    start_analysis_table_export,
    start_codebook_export,
)
from tests.exporters.helpers import all_text

CODE = "Knowledge overlooked"


@pytest.fixture
def window(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


@pytest.fixture
def session(qtbot, demo_project):
    s = ProjectSession(demo_project)
    s.do(save_query, "Overlooked", f'code:"{CODE}"')
    yield s
    s.undo_stack.clear()


def _close_message_boxes() -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def _wanted(session: ProjectSession, reviewer_id: str | None = None) -> list[str]:
    project = session.project
    code = find_code_by_name(project, CODE)
    units = list_units(project, reviewer_id=reviewer_id)
    coded = codes_of_units(project, [u.id for u in units])
    return [u.text for u in units if code.id in coded.get(u.id, [])]


def _export_table(qtbot, window, session, out, layer: str | None = None) -> None:  # type: ignore[no-untyped-def]
    dialog = analysis_table_dialog(window, session)
    qtbot.addWidget(dialog)
    assert dialog.query.isEnabled()
    dialog.query.setCurrentIndex(dialog.query.findData("Overlooked"))
    assert dialog.query.currentText() == "Only units of query Overlooked"
    if layer:
        dialog.layer.setCurrentIndex(dialog.layer.findData(layer))
    dialog.path.setText(str(out))
    job = start_analysis_table_export(window, session, dialog)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    _close_message_boxes()


def test_analysis_table_xlsx_holds_only_the_query_units(qtbot, window, session, tmp_path) -> None:
    out = tmp_path / "table.xlsx"
    _export_table(qtbot, window, session, out)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    body = [r for r in rows if r[3]]
    wanted = _wanted(session)
    assert len(wanted) < len(list_units(session.project))  # the query leaves units out
    assert sorted(r[3] for r in body) == sorted(wanted)
    assert all(CODE in r[5].split("; ") for r in body)


def test_analysis_table_docx_of_one_layer_holds_its_query_units(qtbot, window, session, tmp_path) -> None:
    ben = session.project.reviewers()[1]
    out = tmp_path / "table.docx"
    _export_table(qtbot, window, session, out, ben.id)
    table = docx.Document(str(out)).tables[0]
    quotes = [row.cells[3].text for row in table.rows[1:]]
    assert sorted(quotes) == sorted(_wanted(session, ben.id)) and quotes
    assert "that the coding query “Overlooked” selects" in all_text(out)


def test_codebook_with_quotes_of_the_query_units_only(qtbot, window, session, tmp_path) -> None:
    dialog = codebook_dialog(window, session)
    qtbot.addWidget(dialog)
    dialog.query.setCurrentIndex(dialog.query.findData("Overlooked"))
    out = tmp_path / "codebook.docx"
    dialog.path.setText(str(out))
    job = start_codebook_export(window, session, dialog)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    _close_message_boxes()
    text = all_text(out)
    assert f"The reviewers marked {len(_wanted(session))} meaning units" in text
    assert "only those the coding query “Overlooked” selects" in text


def test_without_saved_queries_the_choice_is_every_unit(qtbot, window, demo_project) -> None:
    session = ProjectSession(demo_project)
    dialog = analysis_table_dialog(window, session)
    qtbot.addWidget(dialog)
    assert dialog.query.count() == 1 and not dialog.query.isEnabled() and dialog.query_name() is None
