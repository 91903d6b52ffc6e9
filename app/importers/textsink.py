"""A text accumulator for structured documents (Word, OpenDocument) that keeps offsets exact.

Separators between blocks are requested, not written: they are emitted only when more text follows, so
empty paragraphs, empty table cells and trailing breaks leave no trace, and comment ranges can be
recorded as plain ``str`` offsets while the document is walked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEPARATOR_RANK = {" ": 1, " | ": 2, " / ": 3, "\n": 4, "\n\n": 5}
"""When several separators are requested in a row, the highest-ranked one is written."""


@dataclass
class TextSink:
    """Accumulates text; separators are written lazily so empty blocks leave no trace."""

    chunks: list[str] = field(default_factory=list)
    length: int = 0
    pending: str = ""
    strip_next: bool = False  # drop leading blanks of the next text (after a note's number)
    prefix: str = ""  # written just before the next text, after the separator (a list item's number)
    waiting_starts: list[str] = field(default_factory=list)
    starts: dict[str, int] = field(default_factory=dict)
    ends: dict[str, int] = field(default_factory=dict)

    def write(self, text: str) -> None:
        if self.strip_next:
            text = text.lstrip(" \t")
        if not text:
            return
        self.strip_next = False
        if self.pending and self.length:
            self.chunks.append(self.pending)
            self.length += len(self.pending)
        self.pending = ""
        if self.prefix:
            self.chunks.append(self.prefix)
            self.length += len(self.prefix)
            self.prefix = ""
        for comment_id in self.waiting_starts:
            self.starts.setdefault(comment_id, self.length)
        self.waiting_starts.clear()
        self.chunks.append(text)
        self.length += len(text)

    def separate(self, separator: str, *, replace: bool = False) -> None:
        """Ask for ``separator`` before the next text. Normally the strongest request wins; ``replace``
        is for separators between table cells and rows, which outrank the paragraph ends inside cells."""
        if replace or SEPARATOR_RANK[separator] > SEPARATOR_RANK.get(self.pending, 0):
            self.pending = separator

    def mark_start(self, comment_id: str) -> None:
        """A comment range starts at the next character written (after any pending separator)."""
        self.waiting_starts.append(comment_id)

    def mark_end(self, comment_id: str) -> None:
        self.ends[comment_id] = self.length

    def text(self) -> str:
        for comment_id in self.waiting_starts:
            self.starts.setdefault(comment_id, self.length)
        self.waiting_starts.clear()
        return "".join(self.chunks)
