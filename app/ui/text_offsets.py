"""The one place where Qt's UTF-16 positions and core's code-point offsets meet.

Core offsets are Python ``str`` indices (code points). Qt counts UTF-16 code units, so every character
outside the Basic Multilingual Plane (most emoji) counts twice in Qt. Convert here, nowhere else.
"""

from __future__ import annotations

import bisect


class OffsetMap:
    """Converts in both directions for one text in O(log n) per call after an O(n) scan for astral chars."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        # code-point indices of characters that take two UTF-16 units
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        # their UTF-16 start positions
        self._astral_qt = [i + k for k, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """A Qt position inside a surrogate pair snaps back to the start of that character."""
        whole_pairs_before = bisect.bisect_right(self._astral_qt, position - 2)
        offset = position - whole_pairs_before
        inside = whole_pairs_before < len(self._astral_qt) and self._astral_qt[whole_pairs_before] == position - 1
        return offset - 1 if inside else offset


def to_qt(text: str, offset: int) -> int:
    return OffsetMap(text).to_qt(offset)


def from_qt(text: str, position: int) -> int:
    return OffsetMap(text).from_qt(position)
