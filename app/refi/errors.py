"""The one error type of REFI-QDA exchange."""

from __future__ import annotations

from app.core.errors import LectioError


class RefiError(LectioError):
    """A REFI-QDA file that is refused (malformed, hostile or too big). The message names the file."""
