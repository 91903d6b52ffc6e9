"""File menu flows driven as a researcher would: export with options in the background, import a REFI-QDA
project as one undo step, write a reviewer copy and merge it back."""

from __future__ import annotations

import csv

import docx
import pytest
from PySide6.QtWidgets import QMessageBox

from app.core import units
from app.core.documents import list_documents
from app.core.overview import codebook_tree, counts
from app.core.project import create_project, open_project
from app.ui.app_state import ProjectSession
from app.ui.exchange_flow import import_refi_file, merge_reviewer_file, write_reviewer_copy
from app.ui.export_flow import (
    analysis_table_dialog,
    codebook_dialog,
    start_analysis_table_export,
    start_codebook_export,
)


@pytest.fixture
def window(qtbot):
    """The parent the flows' dialogs and message boxes belong to, as the main window is in the app."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


@pytest.fixture
def session(qtbot, demo_project):
    s = ProjectSession(demo_project)
    yield s
    s.undo_stack.clear()


def _close_message_boxes(qtbot) -> list[str]:
    from PySide6.QtWidgets import QApplication

    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_codebook_export_runs_in_the_background_and_writes_the_chosen_layer(qtbot, window, session, tmp_path) -> None:
    dialog = codebook_dialog(window, session)
    qtbot.addWidget(dialog)
    out = tmp_path / "codebook.docx"
    dialog.path.setText(str(out))
    dialog.quotes.setValue(1)
    ana = session.project.reviewers()[0]
    dialog.layer.setCurrentIndex(dialog.layer.findData(ana.id))
    job = start_codebook_export(window, session, dialog)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tree = codebook_tree(session.project)
    for theme in tree.themes:
        assert theme.name in text
    assert any(m.startswith("Wrote codebook.docx") for m in _close_message_boxes(qtbot))


def test_analysis_table_to_csv_has_one_row_per_unit_of_the_layer(qtbot, window, session, tmp_path) -> None:
    dialog = analysis_table_dialog(window, session)
    qtbot.addWidget(dialog)
    out = tmp_path / "table.csv"
    dialog.path.setText(str(out))
    ben = session.project.reviewers()[1]
    dialog.layer.setCurrentIndex(dialog.layer.findData(ben.id))
    job = start_analysis_table_export(window, session, dialog)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    with out.open(encoding="utf-8-sig") as table:
        rows = list(csv.reader(table))
    assert len(rows) - 1 == len(units.list_units(session.project, reviewer_id=ben.id))
    _close_message_boxes(qtbot)


def test_an_unwritable_export_path_is_reported_by_name(qtbot, window, session, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = codebook_dialog(window, session)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(blocker / "codebook.docx"))
    with qtbot.waitSignal(session.error, timeout=30_000) as error:
        start_codebook_export(window, session, dialog)
    assert str(blocker / "codebook.docx") in error.args[0]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_refi_import_is_one_undo_step(qtbot, window, demo_project, tmp_path) -> None:
    from app.refi import export_qdpx

    qdpx = tmp_path / "demo.qdpx"
    export_qdpx(demo_project, qdpx)
    target = create_project(tmp_path / "target.lectio", reviewer="Someone")
    session = ProjectSession(target)
    job = import_refi_file(window, session, qdpx)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert counts(target)["meaning_units"] == counts(demo_project)["meaning_units"]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert counts(target)["meaning_units"] == 0 and list_documents(target) == []
    _close_message_boxes(qtbot)
    target.close()


def test_reviewer_copy_then_merge_brings_the_new_units_back(qtbot, window, session, tmp_path) -> None:
    copy_path = tmp_path / "for-cleo.lectio"
    job = write_reviewer_copy(window, session, copy_path, "Cleo Hart", blind=True)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    _close_message_boxes(qtbot)
    with open_project(copy_path) as copy:
        cleo = next(r for r in copy.reviewers() if r.name == "Cleo Hart")
        assert units.list_units(copy) == []  # blind: nobody else's units
        doc = list_documents(copy)[0]
        units.create_unit(copy, doc.id, 0, 20, reviewer_id=cleo.id)
    before = counts(session.project)["meaning_units"]
    job = merge_reviewer_file(window, session, copy_path)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    assert counts(session.project)["meaning_units"] == before + 1
    again = merge_reviewer_file(window, session, copy_path)
    with qtbot.waitSignal(again.finished, timeout=60_000):
        pass
    assert counts(session.project)["meaning_units"] == before + 1  # twice adds nothing
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert counts(session.project)["meaning_units"] == before
    _close_message_boxes(qtbot)
