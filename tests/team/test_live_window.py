"""Two clients of one team study: what one does appears in the other's window within a second (the board's
tree here), and the window's undo offers only its own reviewer's steps."""

from __future__ import annotations

import time
from typing import Any

import pytest

from app.core import codebook
from app.core.project import open_project
from app.core.reviewers import find_reviewer

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process


def test_another_reviewers_new_code_appears_on_the_board_within_a_second(qtbot: Any, published: str) -> None:
    from app.ui.app_state import ProjectSession
    from app.ui.board import BoardView

    session = ProjectSession(open_project(published))
    other = open_project(published)  # the second client: its own engine and connections
    try:
        assert session.team_listener is not None
        board = BoardView(session)
        qtbot.addWidget(board)
        board.show()
        session.set_reviewer(find_reviewer(session.project, "Ana").id)
        mine = session.do(codebook.create_code, "Mine")
        assert mine is not None and session.undo_stack.undoText() == "Create code Mine"
        other.reviewer_id = find_reviewer(other, "Ben").id
        sent = time.monotonic()
        theirs = codebook.create_code(other, "Belonging").value
        qtbot.waitUntil(lambda: board.model.index_of("code", theirs.id).isValid(), timeout=1000)
        assert time.monotonic() - sent < 1.0
        # Ben's step is the newest in the study, but Ana's window undoes Ana's
        session.undo_stack.undo()
        assert codebook.find_code_by_name(other, "Mine") is None
        assert codebook.find_code_by_name(other, "Belonging") is not None
        codebook.update_code(other, theirs.id, name="Belonging somewhere")
        qtbot.waitUntil(lambda: board.model.index_of("code", theirs.id).data() == "Belonging somewhere",
                        timeout=1000)
        # a unit another reviewer marks: the session tells the reader and the consensus view (they refresh on units)
        from app.core import units
        from app.core.documents import add_document
        from app.importers.base import ImportedText

        text = "Nobody asked me anything, not once."
        doc = add_document(other, ImportedText(text, "txt"), name="Interview", original=text.encode()).value
        with qtbot.waitSignal(session.changed, timeout=1000, check_params_cb=lambda c: c.units):
            units.create_unit(other, doc.id, 0, 6)
    finally:
        other.close()
        session.close()
