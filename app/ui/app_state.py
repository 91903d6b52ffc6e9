"""The open project as the window sees it: the project, its history (undo/redo from the file), and one
``changed`` signal.

Views never refresh each other: every change goes through ``ProjectSession.do`` (or an undo), which
emits ``changed(Changes)``, and each view refreshes what concerns it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from app.core.errors import LectioError
from app.core.ops import Changes, Outcome, operation
from app.core.project import Project
from app.ui.commands import History


class _MacroFailed(Exception):
    pass


class ProjectSession(QObject):
    changed = Signal(object)  # Changes
    reviewer_changed = Signal(str)
    error = Signal(str)
    status = Signal(str)
    # any view may ask to show a place in the reader: (document id, unit id or "", code-point offset or -1)
    navigate = Signal(str, str, int)
    # any view may ask to show a codebook item or a memo where it is edited: ("code" | "category" | "theme" |
    # "memo", its id); the workspace answers (the board's details, or the study notes)
    show_item = Signal(str, str)
    closing = Signal()  # the project is about to close: views write what they hold (reading time)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = History(self)  # the name views and tests know; backed by the file's history
        self._macro_failed: bool | None = None  # None: not inside a macro
        self._macro_changes = Changes()  # what the macro's operations changed, told to the views after it
        self.bookkeeping = True  # reading time and position are stored; off for a screenshot, which writes nothing
        self._restore_reviewer()
        from app.ui.team_listener import listen_to

        self.team_listener = listen_to(project, self)  # a team study: other reviewers' changes refresh the views
        if self.team_listener is not None:
            self.team_listener.changed.connect(self._changed_elsewhere)

    # -- actions ------------------------------------------------------------------------------------
    def do(self, op: Callable[..., Outcome[Any]], *args: Any, **kwargs: Any) -> Outcome[Any] | None:
        """Run one core operation (it records its own undo step in the file); tell every view. Errors are
        reported, not raised."""
        try:
            return self.attempt(op, *args, **kwargs)
        except LectioError as exc:
            if self._macro_failed is not None:
                self._macro_failed = True
            self.report_error(str(exc))
            return None

    def attempt(self, op: Callable[..., Outcome[Any]], *args: Any, **kwargs: Any) -> Outcome[Any]:
        """``do`` for a caller that handles the refusal itself (an edit conflict): a ``LectioError`` is raised,
        not reported."""
        outcome = op(self.project, *args, **kwargs)
        if self._macro_failed is None:
            self.undo_stack.refresh()
            self.changed.emit(outcome.changes)
        else:  # inside a macro the views hear of it after the commit, when they can read it
            self._macro_changes = self._macro_changes | outcome.changes
        self.status.emit(outcome.label)
        return outcome

    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        """Several operations as one: one transaction, one undo step. If one of them fails, none happens.
        (Prefer one core function for a composite action; this is for actions composed in the window.)"""
        self._macro_failed = False
        self._macro_changes = Changes()
        try:
            with operation(self.project, "macro", label):
                yield
                if self._macro_failed:
                    raise _MacroFailed
        except _MacroFailed:
            pass
        finally:
            failed, self._macro_failed = self._macro_failed, None
            self.undo_stack.refresh()
            if failed:
                self.refresh_all()
            elif self._macro_changes.kinds():
                self.changed.emit(self._macro_changes)

    def report_error(self, message: str) -> None:
        self.error.emit(message)

    def refresh_all(self) -> None:
        self.changed.emit(Changes(**{k: True for k in Changes.__dataclass_fields__}))

    # -- reviewer -----------------------------------------------------------------------------------
    @property
    def reviewer_id(self) -> str:
        return self.project.reviewer_id

    def set_reviewer(self, reviewer_id: str) -> None:
        if reviewer_id == self.project.reviewer_id:
            return
        self.project.reviewer_id = reviewer_id
        QSettings().setValue(self._reviewer_key(), reviewer_id)
        self.reviewer_changed.emit(reviewer_id)

    def _reviewer_key(self) -> str:
        return f"reviewer/{str(self.project.path.resolve()).replace('/', '|')}"

    def _restore_reviewer(self) -> None:
        """The reviewer chosen last time on this machine for this project."""
        remembered = QSettings().value(self._reviewer_key(), "", type=str)
        self.remembered_reviewer = bool(remembered and any(r.id == remembered for r in self.project.reviewers()))
        if self.remembered_reviewer:
            self.project.reviewer_id = remembered

    def _changed_elsewhere(self, changes: Changes) -> None:
        self.undo_stack.refresh()
        self.changed.emit(changes)

    def close(self) -> None:
        self.closing.emit()
        if self.team_listener is not None:
            self.team_listener.close()
        self.project.close()
