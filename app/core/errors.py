"""Errors a user can be shown. Messages name the file and the reason in one line."""

from __future__ import annotations

from pathlib import Path


class LectioError(Exception):
    """An error with a message fit for a user: one line, naming what and why."""


class ProjectError(LectioError):
    """A project file that cannot be created or opened. ``path`` is the file concerned."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFound(LectioError):
    """An id or name that is not in the project."""


class InvalidOperation(LectioError):
    """A change the project refuses (a bad offset, an empty name, a move into itself…)."""
