"""Where offsets go when a text is corrected: the edits between an old and a new text, and the new place of
every span and point (meaning units, page starts, turn times).

An edit replaces ``old[start:end]`` by ``text`` (an insertion has start == end). Edits are sorted and do not
overlap. A span that no edit touches keeps exactly its characters at its new place; a span an edit touches
keeps its place over the new words and is reported as changed, or as deleted when nothing of it is left.

Diffs are computed on words first, then on the characters of the words that differ, after cutting the common
beginning and end: a corrected transcript of 100,000 characters with a few edits is compared in milliseconds,
where a character diff of the whole text would take seconds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from difflib import SequenceMatcher

Edit = tuple[int, int, str]  # (start, end) in the old text, and what replaces it

_TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def apply_edits(old: str, edits: list[Edit]) -> str:
    out, at = [], 0
    for start, end, text in edits:
        out.append(old[at:start])
        out.append(text)
        at = end
    out.append(old[at:])
    return "".join(out)


def edits_from_diff(old: str, new: str) -> list[Edit]:
    """The edits that turn ``old`` into ``new``, word by word (a corrected word is replaced whole, so a unit
    over "nine" covers "ten" afterwards, not the letters the two happen to share)."""
    if old == new:
        return []
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1

    def word_goes_on(text: str, at: int) -> bool:
        return 0 <= at < len(text) and text[at].isalnum()

    while prefix and old[prefix - 1].isalnum() and (word_goes_on(old, prefix) or word_goes_on(new, prefix)):
        prefix -= 1  # the common beginning ends inside a word: compare that word whole
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    while suffix and old[len(old) - suffix].isalnum() and (
            word_goes_on(old, len(old) - suffix - 1) or word_goes_on(new, len(new) - suffix - 1)):
        suffix -= 1
    a, b = old[prefix:len(old) - suffix], new[prefix:len(new) - suffix]
    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    starts_a = [0]
    for t in ta:
        starts_a.append(starts_a[-1] + len(t))
    starts_b = [0]
    for t in tb:
        starts_b.append(starts_b[-1] + len(t))
    return [(prefix + starts_a[i1], prefix + starts_a[i2], b[starts_b[j1]:starts_b[j2]])
            for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
            if tag != "equal"]


@dataclass(frozen=True)
class Placed:
    start: int
    end: int
    status: str  # unchanged | moved | changed | deleted


class Remap:
    """Old offsets → new offsets through a list of sorted, non-overlapping edits."""

    def __init__(self, edits: list[Edit]) -> None:
        self.edits = sorted(edits, key=lambda e: (e[0], e[1]))
        for (_a1, b1, _t1), (a2, _b2, _t2) in zip(self.edits, self.edits[1:], strict=False):
            if a2 < b1:
                raise ValueError("edits overlap")
        self._starts = [e[0] for e in self.edits]
        shift, self._shift_before = 0, []
        for a, b, t in self.edits:
            self._shift_before.append(shift)
            shift += len(t) - (b - a)
        self._total = shift

    def _new(self, i: int) -> int:
        """Where edit ``i``'s replacement starts in the new text."""
        return self.edits[i][0] + self._shift_before[i]

    def point(self, x: int, *, at_start: bool = True) -> int:
        """The new place of old offset ``x``. ``at_start``: ``x`` begins something (a unit, a page, a turn),
        so text inserted exactly at ``x`` comes before it and a replaced stretch around it maps to the start
        of the replacement; otherwise ``x`` ends something, inserted text at ``x`` comes after it and a
        replaced stretch maps to the end of the replacement."""
        i = bisect_left(self._starts, x + 1) - 1  # the last edit starting at or before x
        while i >= 0:
            a, b, t = self.edits[i]
            if a < x < b:  # inside a replaced stretch
                return self._new(i) + (0 if at_start else len(t))
            if a == x == b and not at_start:  # an insertion right at an end stays after it
                i -= 1
                continue
            if a == x < b and not at_start:  # a replacement starting right at an end is after it
                i -= 1
                continue
            if a == x < b:  # a replacement starting right at a start: the start goes to the new words
                return self._new(i)
            return x + self._shift_before[i] + len(t) - (b - a)
        return x

    def touches(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # edits starting before end
        for a, b, _t in self.edits[max(0, i - 2):i + 1]:
            if a == b:
                if start < a < end:
                    return True
            elif a < end and b > start:
                return True
        # a long replacement may start well before the span: check the edit just before it too
        j = bisect_left(self._starts, start) - 1
        return j >= 0 and self.edits[j][0] < self.edits[j][1] and self.edits[j][1] > start

    def span(self, start: int, end: int) -> Placed:
        if not self.touches(start, end):
            new_start = self.point(start)
            status = "unchanged" if new_start == start else "moved"
            return Placed(new_start, new_start + (end - start), status)
        new_start, new_end = self.point(start), self.point(end, at_start=False)
        if new_end <= new_start:
            return Placed(new_start, new_start, "deleted")
        return Placed(new_start, new_end, "changed")
