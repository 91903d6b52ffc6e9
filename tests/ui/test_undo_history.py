"""Edit › Undo / Redo in the window read the history in the study file: the label of the step, enabled after a
restart, the same step `lectio undo` would take; a window macro is one step that fails whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import codebook, documents, units
from app.core.project import create_project, open_project
from app.importers.base import ImportedText
from app.ui.main_window import MainWindow

TEXT = "The nurse came every morning and always knocked."


def _study(path: Path) -> str:
    with create_project(path, reviewer="Ana Ruiz") as p:
        doc = documents.add_document(p, ImportedText(TEXT, "txt"), name="One", original=TEXT.encode()).value
        units.create_unit(p, doc.id, 0, 9)
        return codebook.create_code(p, "Knocking").value.id


@pytest.mark.slow
def test_the_edit_menu_offers_the_files_last_step_after_a_restart(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "s.lectio"
    _study(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(open_project(path, backup=False))
    assert window.undo_action.isEnabled() and window.undo_action.text() == "&Undo Create code Knocking"
    assert not window.redo_action.isEnabled()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert codebook.list_codes(window.session.project) == []
    assert window.redo_action.isEnabled() and window.redo_action.text() == "&Redo Create code Knocking"
    assert window.undo_action.text() == "&Undo Create meaning unit"
    assert "Ctrl+Shift+Z" in window.redo_action.shortcut().toString()
    window.redo_action.trigger()
    assert [c.name for c in codebook.list_codes(window.session.project)] == ["Knocking"]
    window.close_project()
    window.close()


@pytest.mark.slow
def test_a_window_macro_is_one_step_and_fails_whole(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "s.lectio"
    _study(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(open_project(path, backup=False))
    session = window.session
    errors: list[str] = []
    session.error.disconnect()
    session.error.connect(errors.append)
    steps = session.undo_stack.count()
    with session.macro("Two codes"):
        session.do(codebook.create_code, "Routine")
        session.do(codebook.create_code, "Uncertainty")
    assert session.undo_stack.count() == steps + 1 and session.undo_stack.undoText() == "Two codes"
    with session.macro("Doomed"):
        session.do(codebook.create_code, "Warmth")
        session.do(codebook.create_code, "routine")  # taken: the whole macro is rolled back
    assert errors and "routine" in errors[0].lower()
    assert sorted(c.name for c in codebook.list_codes(session.project)) == ["Knocking", "Routine", "Uncertainty"]
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert [c.name for c in codebook.list_codes(session.project)] == ["Knocking"]
    window.close_project()
    window.close()
