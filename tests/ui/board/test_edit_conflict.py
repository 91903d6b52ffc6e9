"""Two people editing one code: the details editor saves with the version it showed; when someone else saved
in between, nothing is overwritten, the field keeps what the user typed, the other version stands beside it
(who, when), and the user chooses: Keep mine (saved over theirs) or Take theirs."""

from __future__ import annotations

from typing import Any

from app.core import codebook
from app.core.reviewers import add_reviewer


def _as(project: Any, reviewer_id: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Another client of the study (another reviewer) does ``fn``; this window has not heard of it yet."""
    mine = project.reviewer_id
    project.reviewer_id = reviewer_id
    try:
        return fn(project, *args, **kwargs)
    finally:
        project.reviewer_id = mine


def test_a_conflicting_save_keeps_my_text_shows_theirs_and_lets_me_choose(board: Any, session: Any, disk: Any,
                                                                          qtbot: Any) -> None:
    code = disk.code_id("Knowledge overlooked")
    board.select("code", code)
    editor = board.editor
    # the editor's own saves follow one another without a conflict
    editor.definition.setPlainText("Staff act as if the carer knew nothing.")
    editor.definition.editing_finished.emit()
    editor.inclusion.setPlainText("The carer's knowledge is ignored.")
    editor.inclusion.editing_finished.emit()
    assert disk.one("select inclusion from code where id = ?", code) == "The carer's knowledge is ignored."
    assert editor.conflict.isHidden()
    ben = add_reviewer(session.project, "Ben").value.id
    _as(session.project, ben, codebook.update_code, code, definition="Professionals discount what carers know.")
    editor.definition.setPlainText("Nobody asks the carer.")
    editor.definition.editing_finished.emit()
    # nothing overwritten; my text stays in the field; theirs beside it, with who saved it
    assert disk.one("select definition from code where id = ?", code) == "Professionals discount what carers know."
    assert editor.definition.toPlainText() == "Nobody asks the carer."
    assert editor.conflict.isVisible()
    from tests.ui.test_accessibility import unnamed

    assert unnamed(editor.conflict) == []  # its buttons and fields are named for screen readers
    shown = editor.conflict.texts()
    assert shown[0].startswith("Ben saved this code at ") and "your text is still in the field" in shown[0]
    assert "Professionals discount what carers know." in shown and "Their version (Ben)" in shown[1]
    editor.grab().save("/tmp/edit-conflict.png")
    # a refresh (a live update, any change) leaves my text where it is
    session.refresh_all()
    assert editor.definition.toPlainText() == "Nobody asks the carer." and editor.conflict.isVisible()
    qtbot.mouseClick(editor.conflict.keep, _left())
    assert disk.one("select definition from code where id = ?", code) == "Nobody asks the carer."
    assert editor.conflict.isHidden()
    # and editing goes on from the version just saved, without a conflict
    editor.exclusion.setPlainText("Carers who were asked.")
    editor.exclusion.editing_finished.emit()
    assert disk.one("select exclusion from code where id = ?", code) == "Carers who were asked."
    # a second conflict, on the name: Take theirs shows their version and drops mine
    _as(session.project, ben, codebook.update_code, code, name="Carer knowledge ignored")
    editor.name.setText("Unheard carers")
    editor.name.editingFinished.emit()
    assert editor.name.text() == "Unheard carers" and editor.conflict.isVisible()
    assert disk.one("select name from code where id = ?", code) == "Carer knowledge ignored"
    qtbot.mouseClick(editor.conflict.take, _left())
    assert editor.conflict.isHidden() and editor.name.text() == "Carer knowledge ignored"
    assert disk.one("select name from code where id = ?", code) == "Carer knowledge ignored"
    editor.name.setText("Carer knowledge unheard")
    editor.name.editingFinished.emit()
    assert disk.one("select name from code where id = ?", code) == "Carer knowledge unheard"


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
