"""Two clients of one team study edit the same code: the window's details editor keeps what its user typed,
shows the other reviewer's version beside it (who, when), and Keep mine / Take theirs settle it — over two real
connections to the server."""

from __future__ import annotations

from typing import Any

import pytest

from app.core import codebook
from app.core.project import open_project
from app.core.reviewers import find_reviewer

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process


def test_the_editor_keeps_my_text_against_another_clients_save(qtbot: Any, published: str) -> None:
    from PySide6.QtCore import Qt

    from app.ui.app_state import ProjectSession
    from app.ui.board.code_editor import CodeEditor

    session = ProjectSession(open_project(published))
    other = open_project(published)  # Ben's client: its own engine and connections
    try:
        session.set_reviewer(find_reviewer(session.project, "Ana").id)
        other.reviewer_id = find_reviewer(other, "Ben").id
        trust = codebook.find_code_by_name(other, "Trust")
        editor = CodeEditor(session)
        qtbot.addWidget(editor)
        editor.resize(1100, 320)
        editor.show()
        editor.show_item("code", trust.id)
        editor.definition.setFocus()
        editor.definition.setPlainText("Relying on family")  # Ana types…
        codebook.update_code(other, trust.id, definition="Relying on staff")  # …while Ben saves
        qtbot.wait(300)  # Ben's change reaches Ana's window (LISTEN/NOTIFY): her field is left alone
        assert editor.definition.toPlainText() == "Relying on family"
        editor.definition.editing_finished.emit()
        assert codebook.get_code(other, trust.id).definition == "Relying on staff"  # nothing overwritten
        assert editor.definition.toPlainText() == "Relying on family" and editor.conflict.isVisible()
        shown = editor.conflict.texts()
        assert shown[0].startswith("Ben saved this code at ") and "Relying on staff" in shown
        editor.grab().save("/tmp/edit-conflict-server.png")
        qtbot.mouseClick(editor.conflict.keep, Qt.MouseButton.LeftButton)
        assert codebook.get_code(other, trust.id).definition == "Relying on family"
        assert editor.conflict.isHidden()
        # Take theirs: Ben renames while Ana types a name; she takes his
        codebook.update_code(other, trust.id, name="Trust in staff")
        editor.name.setFocus()
        editor.name.setText("Confidence")
        editor.name.editingFinished.emit()
        assert editor.conflict.isVisible() and editor.name.text() == "Confidence"
        qtbot.mouseClick(editor.conflict.take, Qt.MouseButton.LeftButton)
        assert editor.name.text() == "Trust in staff" and codebook.get_code(other, trust.id).name == "Trust in staff"
    finally:
        other.close()
        session.close()
