"""The Edit menu's undo and redo: a thin layer over the history in the study file (``core.history``).

``History`` answers what ``QUndoStack`` used to (can undo, the label, a count, ``indexChanged``) from the
file itself, so what the window offers is what ``lectio undo`` would do, also after a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core import history
from app.core.errors import LectioError

if TYPE_CHECKING:
    from app.ui.app_state import ProjectSession


class History(QObject):
    """Undo and redo of the open study. ``clear()`` (or a new window session) only sets a floor below which
    this window does not undo; the file keeps its history."""

    indexChanged = Signal(int)  # noqa: N815 - the QUndoStack name the window already listens to

    def __init__(self, session: ProjectSession) -> None:
        super().__init__(session)
        self._session = session
        self._floor = 0

    # -- state from the file ----------------------------------------------------------------------------
    def _mine(self) -> str | None:
        """On a team server, the reviewer whose steps this window undoes (each undoes only their own work)."""
        project = self._session.project
        return project.reviewer_id or None if project.engine.dialect.name == "postgresql" else None

    def canUndo(self) -> bool:  # noqa: N802
        return history.can_undo(self._session.project, self._mine(), floor=self._floor) is not None

    def canRedo(self) -> bool:  # noqa: N802
        return history.can_redo(self._session.project, self._mine(), floor=self._floor) is not None

    def undoText(self) -> str:  # noqa: N802
        entry = history.can_undo(self._session.project, self._mine(), floor=self._floor)
        return entry.label if entry else ""

    def redoText(self) -> str:  # noqa: N802
        entry = history.can_redo(self._session.project, self._mine(), floor=self._floor)
        return entry.label if entry else ""

    def count(self) -> int:
        """How many steps this window can undo."""
        return history.undoable_count(self._session.project, floor=self._floor)

    def clear(self) -> None:
        self._floor = history.last_seq(self._session.project)
        self.refresh()

    def refresh(self) -> None:
        """Tell the Edit menu the history changed (after any operation)."""
        self.indexChanged.emit(self.count())

    # -- actions ----------------------------------------------------------------------------------------
    def undo(self) -> None:
        self._step(history.undo)

    def redo(self) -> None:
        self._step(history.redo)

    def _step(self, fn) -> None:  # type: ignore[no-untyped-def]
        try:
            outcome = fn(self._session.project, self._mine(), floor=self._floor)
        except LectioError as exc:  # the file is the truth; tell the user, change nothing
            self._session.report_error(str(exc))
            self.refresh()
            return
        self.refresh()
        if outcome.value is not None:
            self._session.changed.emit(outcome.changes)
            self._session.status.emit(outcome.label)
