"""The undo stack's commands: thin wrappers over core Outcomes.

A core operation has already run when its command is pushed; ``Outcome.undo`` reverses it and returns
an Outcome whose ``undo`` redoes it, so the command only swaps the two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from app.core.ops import Outcome

if TYPE_CHECKING:
    from app.ui.app_state import ProjectSession


class OutcomeCommand(QUndoCommand):
    def __init__(self, session: ProjectSession, outcome: Outcome[Any]) -> None:
        super().__init__(outcome.label)
        self._session = session
        self._outcome = outcome
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:  # QUndoStack.push calls redo(); the change is already in the file
            self._done_already = False
            return
        self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        if self._outcome.undo is None:
            return
        try:
            self._outcome = self._outcome.undo(self._session.project)
        except Exception as exc:  # noqa: BLE001 - the file is the truth; tell the user and stop undoing
            self.setObsolete(True)
            self._session.report_error(f"Could not {self.text().lower()}: {exc}")
            return
        self._session.changed.emit(self._outcome.changes)
