"""Which way a paragraph of text runs, by the Unicode Bidirectional Algorithm's rules P2 and P3.

A paragraph's direction is that of its first strong character (bidi class L: left to right; R or AL: right to
left), skipping what sits inside an isolate (LRI/RLI/FSI … PDI). A paragraph with no strong character at all
(a number, a time, a dash) takes the direction around it: the caller's ``default`` (the reader and the Word
exports pass the document's own direction — UAX #9's higher-level protocol HL1).

Used by the reader (each paragraph's layout direction), the unit list and margin (alignment of quotes), and the
Word exports (``w:bidi``/``w:rtl``), so the three never disagree about a paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

# every character of bidi class R or AL lies in these blocks: a quick test before the exact one
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefc"
                         "\U00010800-\U00010fff\U0001e800-\U0001efff]")
_LETTER = re.compile(r"[^\W\d_]")
_RTL_LETTER = re.compile("[\u05d0-\u05ea\u05f0-\u05f2\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
                         "\u0750-\u077f\u08a0-\u08c9\ufb1d-\ufdfb\ufe70-\ufefc]")
FSI, PDI = "\u2068", "\u2069"  # first strong isolate … pop directional isolate
_ISOLATE_OPEN = {"\u2066", "\u2067", FSI}  # LRI, RLI, FSI
_ISOLATE_CLOSE = PDI


def has_rtl(text: str) -> bool:
    """Whether ``text`` may hold a right-to-left character (cheap; a False is certain)."""
    return _RTL_BLOCKS.search(text) is not None


def isolate(text: str) -> str:
    """``text`` set apart in its own direction (FSI … PDI) when it holds right-to-left characters: a name inside a
    sentence of the window's language keeps its order and leaves the sentence's punctuation alone (core's
    sentences for the window and the window's own use this one)."""
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


def first_strong(text: str) -> Direction | None:
    """The direction of the first strong character outside isolates (P2), or None when there is none."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPEN:
            depth += 1
        elif ch == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def direction(text: str, default: Direction = "ltr") -> Direction:
    """The paragraph direction of ``text`` (P3), ``default`` when it has no strong character."""
    return first_strong(text) or default


def is_rtl(text: str, default: Direction = "ltr") -> bool:
    return direction(text, default) == "rtl"


def document_direction(text: str, sample: int = 20_000) -> Direction:
    """The direction of a whole document: right to left when most of its letters are (in the first ``sample``
    characters), so an Arabic transcript headed by an English line is still an Arabic document."""
    if not has_rtl(text):
        return "ltr"
    head = text[:sample]
    letters = len(_LETTER.findall(head))
    return "rtl" if letters and len(_RTL_LETTER.findall(head)) * 2 > letters else "ltr"


def paragraph_directions(text: str) -> list[Direction]:
    """One direction per line of ``text`` (split at ``\\n``, as the reader's blocks are), neutral lines taking
    the document's direction."""
    lines = text.split("\n")
    if not has_rtl(text):
        return ["ltr"] * len(lines)
    around = document_direction(text)
    return [direction(line, around) for line in lines]


def directional_runs(text: str) -> list[tuple[str, Direction]]:
    """``text`` cut where its strong characters change direction, each piece with its direction; the
    neutral characters between two pieces go with the piece before (leading ones with the first piece)."""
    out: list[tuple[str, Direction]] = []
    start, current = 0, None
    for i, ch in enumerate(text):
        kind = unicodedata.bidirectional(ch)
        now: Direction | None = "ltr" if kind == "L" else "rtl" if kind in ("R", "AL") else None
        if now is None or now == current:
            continue
        if current is not None:
            out.append((text[start:i], current))
            start = i
        current = now
    out.append((text[start:], current or "ltr"))
    return [(piece, d) for piece, d in out if piece]
