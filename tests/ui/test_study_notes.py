"""View › Study notes: the titled notes a REFI-QDA import brings (and memos on the study) have a home in the
window, where they are read, edited, added and deleted, each change undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core import notes
from app.core.project import create_project, open_project
from app.refi import import_qdpx
from tests.refi.test_notes import _qualcoder_like

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def refi_window(qtbot, tmp_path: Path) -> Iterator:
    from app.ui.main_window import MainWindow

    with create_project(tmp_path / "study.lectio", reviewer="Me") as p:
        import_qdpx(p, _qualcoder_like(tmp_path))
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_project(open_project(tmp_path / "study.lectio", backup=False))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _rows(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    out = []
    for i in range(dialog.list.topLevelItemCount()):
        item = dialog.list.topLevelItem(i)
        out.append([item.text(c) for c in range(dialog.list.columnCount())])
    return out


def _open_from_view_menu(win):  # type: ignore[no-untyped-def]
    action = next(a for a in win.view_menu.actions() if a.objectName() == "studyNotesAction")
    action.trigger()
    return win.workspace.notes_dialog


@pytest.mark.slow  # a main window and a REFI-QDA import (over half a second)
def test_imported_titled_notes_are_listed_with_title_author_date_and_text(refi_window) -> None:
    dialog = _open_from_view_menu(refi_window)
    assert dialog.isVisible()
    rows = _rows(dialog)
    journal = next(r for r in rows if r[0] == "Reflections after week 1")
    assert journal[1] == "The study" and journal[2] == "cp" and journal[4] == "Patients talk about nights."
    assert "2024" in journal[3] or "24" in journal[3]
    context = next(r for r in rows if r[0] == "Context")
    assert context[1] == "Document ward_interview.txt" and context[4] == "Recorded on a bad line"
    description = next(r for r in rows if r[4] == "Second interview, by phone")
    assert description[0] == "Memo"  # the document's memo (its REFI <Description>) has no title
    dialog.select(next(dialog.list.topLevelItem(i).data(0, ID_ROLE) for i in range(len(rows))
                       if rows[i][0] == "Reflections after week 1"))
    assert dialog.title.text() == "Reflections after week 1"
    assert dialog.text.toPlainText() == "Patients talk about nights."
    assert dialog.byline.text().startswith("cp, ")
    dialog.grab().save("/tmp/study_notes.png")


@pytest.mark.slow  # a main window and a REFI-QDA import (over half a second)
def test_a_note_is_edited_added_and_deleted_in_the_window_and_undone(qtbot, refi_window) -> None:
    project = refi_window.session.project
    dialog = _open_from_view_menu(refi_window)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    journal = next(n for n in notes.list_notes(project) if n.title == "Reflections after week 1")
    dialog.select(journal.id)
    dialog.text.setFocus()
    dialog.text.setPlainText("Patients talk about nights, and about noise.")
    dialog.list.setFocus()  # leaving the field saves it
    assert notes.note_of(project, journal.id).text == "Patients talk about nights, and about noise."
    assert next(r for r in _rows(dialog) if r[0] == "Reflections after week 1")[4] == \
        "Patients talk about nights, and about noise."
    refi_window.undo_action.trigger()
    assert notes.note_of(project, journal.id).text == "Patients talk about nights."
    assert dialog.text.toPlainText() == "Patients talk about nights."

    count = dialog.list.topLevelItemCount()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == count + 1
    assert dialog.title.hasFocus() and dialog.title.text() == "New note"
    dialog.title.setText("Week 2")
    dialog.text.setFocus()  # leaving the title saves it
    assert dialog.list.currentItem().text(0) == "Week 2"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Week 2" not in [r[0] for r in _rows(dialog)]
    refi_window.undo_action.trigger()
    assert "Week 2" in [r[0] for r in _rows(dialog)]


@pytest.mark.slow  # a main window and a REFI-QDA import (over half a second)
def test_undo_from_the_menu_while_the_cursor_is_in_a_field_shows_the_undone_note(qtbot, refi_window) -> None:
    """The field keeps the focus while Edit › Undo runs: the saved edit is undone in the field too, and leaving
    the field afterwards does not save the undone text again."""
    project = refi_window.session.project
    dialog = _open_from_view_menu(refi_window)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    journal = next(n for n in notes.list_notes(project) if n.title == "Reflections after week 1")
    dialog.select(journal.id)
    dialog.title.setFocus()
    dialog.title.setText("Week one")
    dialog.title.editingFinished.emit()  # Enter in the title: saved, the cursor stays in the field
    assert notes.note_of(project, journal.id).title == "Week one"
    assert dialog.title.hasFocus()
    refi_window.undo_action.trigger()
    assert notes.note_of(project, journal.id).title == "Reflections after week 1"
    assert dialog.title.text() == "Reflections after week 1"
    dialog.list.setFocus()  # leaving the field saves nothing: it holds what the study holds
    assert notes.note_of(project, journal.id).title == "Reflections after week 1"
    dialog.title.setFocus()
    dialog.title.setText("Typed, not saved")
    from app.core.ops import Changes

    refi_window.session.changed.emit(Changes(memos=True))  # another window's change arrives
    assert dialog.title.text() == "Typed, not saved"  # a refresh keeps what is being typed
