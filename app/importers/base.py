"""What every importer returns, and the one error type it raises.

Importers know nothing of the project or of Qt: they turn a file's bytes into text. Offsets are
Python ``str`` indices (code points).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from app.core.progress import Cancelled, CancelledFn, ProgressFn, never_cancelled, no_progress
from app.i18n import translate

__all__ = ["Cancelled", "CancelledFn", "ProgressFn", "never_cancelled", "no_progress"]

NO_TEXT_WARNING = "the document contains no text"
T = TypeVar("T")


@dataclass
class DocumentMetadata:
    title: str = ""
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    doi: str = ""

    def to_dict(self) -> dict:
        return {"title": self.title, "authors": list(self.authors), "year": self.year, "doi": self.doi}

    @classmethod
    def from_dict(cls, data: dict | None) -> DocumentMetadata:
        data = data or {}
        return cls(
            title=data.get("title") or "",
            authors=list(data.get("authors") or []),
            year=data.get("year"),
            doi=data.get("doi") or "",
        )


@dataclass
class ImportedComment:
    """A comment found in the source (for example a Word comment), anchored to a span of ``text``."""

    start: int
    end: int
    text: str
    author: str = ""


@dataclass
class ImportedTurn:
    """A speaker turn of a transcript: a span of ``text`` (its paragraph), the speaker label as the file has it
    ('' when the file names none) and its start time in the recording (seconds) when the file gives one."""

    start: int
    end: int
    speaker: str = ""
    seconds: float | None = None


@dataclass
class ImportedText:
    text: str
    kind: str  # "pdf", "docx", "txt", "md", "odt", "rtf", "vtt", "srt", "html"
    page_starts: list[int] = field(default_factory=lambda: [0])
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    comments: list[ImportedComment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    turns: list[ImportedTurn] = field(default_factory=list)  # transcripts only
    name: str = ""
    """The name the document should have in the study when the file says better than its file name
    (an article's "Tully et al. 2010 — Patient Experiences of …"); '' keeps the file name."""

    @property
    def pages(self) -> int:
        return len(self.page_starts)


class ImportFailed(Exception):
    """A file that cannot be imported. The message is the reason, in plain words, without the file name
    (callers prefix the file name)."""


class PasswordRequired(ImportFailed):
    """An encrypted file; ``wrong`` is True when a password was given but did not open it."""

    def __init__(self, message: str, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


def with_progress(items: Sequence[T], progress: ProgressFn, start: float, span: float, message: str) -> Iterator[T]:
    """The items, reporting progress from ``start`` to ``start + span`` about twenty times on the way."""
    step = max(len(items) // 20, 1)
    for index, item in enumerate(items):
        if index % step == 0:
            progress(start + span * index / len(items), message)
        yield item


def finished(result: ImportedText, progress: ProgressFn) -> ImportedText:
    """The result, with a warning if it holds no text; progress reports done."""
    if not result.text.strip():
        result.warnings.append(NO_TEXT_WARNING)
    progress(1.0, translate("progress", "Done"))
    return result

