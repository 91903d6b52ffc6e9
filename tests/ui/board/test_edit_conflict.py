"""Two people editing one code: the details editor saves with the version it showed; when someone else saved
in between, the user is told (both versions), nothing is overwritten, and the editor shows what is there now."""

from __future__ import annotations

from typing import Any

from app.core import codebook
from app.core.reviewers import add_reviewer


def test_saving_over_someone_elses_newer_edit_is_refused_and_shown(board: Any, session: Any, disk: Any,
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
    # another reviewer (another client of the team server) saves the definition; this window has not heard yet
    project = session.project
    mine = project.reviewer_id
    project.reviewer_id = add_reviewer(project, "Ben").value.id
    codebook.update_code(project, code, definition="Professionals discount what carers know.")
    project.reviewer_id = mine
    editor.definition.setPlainText("Nobody asks the carer.")
    with qtbot.waitSignal(session.error, timeout=1000) as told:
        editor.definition.editing_finished.emit()
    assert "changed by Ben" in told.args[0] and "Nobody asks the carer." in told.args[0]
    assert "Professionals discount what carers know." in told.args[0]
    assert disk.one("select definition from code where id = ?", code) == "Professionals discount what carers know."
    assert editor.definition.toPlainText() == "Professionals discount what carers know."
    # now that the editor shows the new version, the user's edit goes through
    editor.definition.setPlainText("Nobody asks the carer.")
    editor.definition.editing_finished.emit()
    assert disk.one("select definition from code where id = ?", code) == "Nobody asks the carer."
