"""What every long task takes and raises: a progress callback, a cancel question, and the one ``Cancelled``.

A long core function (an import, an export, a merge, a REFI exchange, a copy) is a plain function taking
``progress(fraction, message)`` and ``cancelled() -> bool``; when ``cancelled()`` says so it raises
``Cancelled`` and leaves the study (and any target file) exactly as before. The window runs such functions
through one runner (``app/ui/jobs.py``); the command line never cancels.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


class Cancelled(Exception):  # noqa: N818 - the one name every layer catches
    """The user cancelled a long task; nothing was written."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


def no_progress(fraction: float, message: str) -> None:
    """Default progress callback: ignore."""


def never_cancelled() -> bool:
    return False


def check(cancelled: CancelledFn) -> None:
    """Raise ``Cancelled`` when ``cancelled()`` says so."""
    if cancelled():
        raise Cancelled()
