"""Read a page's characters with pypdfium2 and group them into line segments.

This is the hot loop of the PDF importer: pdfium gives us one character at a time through ctypes, so
everything here is kept flat: no per-character objects, the ctypes functions bound to locals, one
reused rectangle for the character boxes.

A *segment* is a run of characters on one baseline without a wide horizontal gap. Segments are the
unit the layout analysis (``pdf_layout``) orders into columns; a wide gap (table cells, a column
gutter crossed in content-stream order) always starts a new segment.
"""

from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

# Characters pdfium reports for (real or generated) white space.
_SPACE_CODES = frozenset((0x09, 0x20, 0xA0, 0x2002, 0x2003, 0x2009, 0x200A, 0x3000))
_BREAK_CODES = frozenset((0x0A, 0x0D))
# A gap wider than this many character heights starts a new segment.
SPLIT_GAP = 0.8
# A gap wider than this many character heights is a word space even without a space character.
WORD_GAP = 0.17
# Characters overlapping the segment vertically by less than this share of the smaller height start a new one.
MIN_OVERLAP = 0.5
TWO_PI = 2 * math.pi
UPRIGHT_BELOW = TWO_PI - 0.05
# From here on (CJK, kana, Hangul, full-width forms) no space is guessed from a gap: CJK has no word spaces.
CJK = 0x2E80
_LABEL = re.compile(
    r"[\[(]?\d{1,3}[.)\]]?|[\u2022\u00b7\u25aa\u25e6\u25cf\u25a0\u2013-]|[a-z][.)]|[ivx]{1,4}[.)]"
)


@dataclass(slots=True)
class Segment:
    """A run of text on one line. Coordinates are PDF points, y grows upwards."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    height: float  # character height, ignoring a few odd tall glyphs: a proxy for the font size
    after_gap: bool = False  # split off the previous segment by a wide gap on the same line
    own_line: bool = False  # always starts a new line in the text (lines taken from a text fallback)
    angle: float = 0.0  # pdfium's clockwise text angle in radians for a rotated run, else 0


def _code_to_char(code: int) -> str:
    if code < 0x20 and code != 0x09:
        return ""  # control codes: unmapped glyphs, pdfium's hyphen markers handled by caller
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF) or code > 0x10FFFF:
        return ""
    return chr(code)


def _is_label(buf: list[str]) -> bool:
    """A list label ("12.", "[3]", "•") set off from its item by a wide gap stays with the item."""
    return len(buf) <= 5 and _LABEL.fullmatch("".join(buf)) is not None


# A space stays in letter-spaced text ("R E S EAR CH") where its gap is this much wider than the tracking.
WORD_OVER_TRACKING = 1.8


def letter_spaced(buf: list[str], spaces: list[tuple[int, float]]) -> str:
    """The segment's text, with letter-spaced words joined ("R E S EAR CH A R TIC L E" -> "RESEARCH ARTICLE").

    Tracked (letter-spaced) headings get a space from pdfium between some of their letters and not
    others. A segment is letter-spaced when all its pieces are letters, either short capitals (at most
    three, one of them single) or mostly single letters; then every space narrower than a word gap
    (and clearly narrower than the widest gap, which separates the words) goes."""
    text = "".join(buf)
    tokens = text.split(" ")
    if len(tokens) < 3 or not all(t.isalpha() for t in tokens):
        return text
    singles = sum(len(t) == 1 for t in tokens)
    capitals = all(t.isupper() and len(t) <= 3 for t in tokens) and singles >= 1
    if not capitals and (singles < 3 or 2 * singles < len(tokens)):
        return text
    gaps = sorted(g for _, g in spaces)
    tracking = gaps[len(gaps) // 2]
    if tracking >= WORD_GAP:
        return text  # spaced like words, not like letters
    drop = {i for i, g in spaces if g < WORD_GAP and g < WORD_OVER_TRACKING * tracking}
    return "".join(ch for i, ch in enumerate(buf) if i not in drop)


def read_segments(textpage: object) -> tuple[list[Segment], int, int]:
    """Return the page's segments in content-stream order, the number of non-space characters, and
    how many characters sit directly below the previous one (many: vertical CJK writing).

    Upright text is grouped by geometry (same line, small gap). Rotated text (axis labels, margin
    stamps) is kept as runs in content-stream order: a run ends where the angle changes or the next
    character is not next to the previous one.
    """
    raw = textpage.raw  # type: ignore[attr-defined]
    count = pdfium_c.FPDFText_CountChars(raw)
    get_code = pdfium_c.FPDFText_GetUnicode
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_angle = pdfium_c.FPDFText_GetCharAngle
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    segments: list[Segment] = []
    buf: list[str] = []
    append = buf.append
    spaces: list[tuple[int, float]] = []  # the segment's spaces: (index in buf, gap / character height)
    x0 = x1 = bottom = top = height = 0.0
    taller = 0
    angle = 0.0
    was_upright = True
    last_left = last_bottom = last_right = 0.0
    space_pending = break_pending = after_gap = False
    ink = stacked = 0
    for i in range(count):
        code = get_code(raw, i)
        if code in _SPACE_CODES:
            space_pending = True
            continue
        if code in _BREAK_CODES:
            break_pending = True  # pdfium's guessed line break; it also breaks before superscripts
            continue
        if code == 0x02:  # pdfium's marker for a hyphen at the end of a line
            code = 0x2D
        char = chr(code) if 0x20 <= code < 0xD800 else _code_to_char(code)
        if not char:
            continue
        get_box(raw, i, rect_ref)
        left, b, right, t = rect.left, rect.bottom, rect.right, rect.top
        h = t - b
        a = get_angle(raw, i)
        upright = a < 0.05 or a > UPRIGHT_BELOW  # inlined _is_upright: this loop runs per character
        ink += 1
        if buf:
            if left == last_left and b == last_bottom and right == last_right:
                append(char)  # one glyph mapped to several characters ("ffi"): same box
                continue
            if upright and was_upright:
                if h <= 0:  # zero-height glyphs (combining marks, odd fonts) stay where they are
                    append(char)
                    continue
                smaller = h if h < height else height
                overlap = (t if t < top else top) - (b if b > bottom else bottom)
                gap = left - x1
                limit = SPLIT_GAP * (h if h > height else height)
                in_line = overlap >= MIN_OVERLAP * smaller
                joined = in_line and (-limit < gap < limit or (gap < 4 * limit and _is_label(buf)))
                if joined and (
                    space_pending
                    or (break_pending and abs(h - height) < 0.15 * height)
                    or (len(buf) <= 3 and h > 1.25 * height and gap > 0)  # after a footnote mark "²Text"
                    or (gap > WORD_GAP * (h if h > height else height) and (code < CJK or ord(buf[-1]) < CJK))
                ):
                    spaces.append((len(buf), gap / (h if h > height else height)))
                    append(" ")
                wide_gap = in_line and gap >= limit
                below = -0.5 * h < last_bottom - t < 0.5 * h
                if not in_line and below and left < last_right and right > last_left:
                    stacked += 1  # directly below the previous character: vertical writing
            else:
                size = max(h, right - left, height)
                joined = abs(a - angle) < 0.05 and abs(left - last_left) + abs(b - last_bottom) < 2.5 * size
                if joined and space_pending:
                    append(" ")
                wide_gap = False
            if joined:
                append(char)
                space_pending = break_pending = False
                last_left, last_bottom, last_right = left, b, right
                if right > x1:
                    x1 = right
                if left < x0:
                    x0 = left
                if b < bottom:
                    bottom = b
                if t > top:
                    top = t
                if h > 1.15 * height and upright:
                    taller += 1  # a few tall glyphs (brackets, symbols) do not make a larger font
                    if taller > 3 or h - height < 0.1:
                        height = h
                continue
            run_angle = 0.0 if was_upright else angle
            # letter-spaced text has short pieces: at most three letters a space on average
            spaced = len(spaces) >= 2 and len(buf) < 4 * len(spaces) + 4
            text = letter_spaced(buf, spaces) if spaced else "".join(buf)
            segments.append(Segment(text, x0, x1, bottom, top, height, after_gap, angle=run_angle))
            buf.clear()
            spaces.clear()
            after_gap = wide_gap
        append(char)
        space_pending = break_pending = False
        x0, x1, bottom, top = left, right, b, t
        height = h if upright else min(h, right - left)
        was_upright = upright
        taller = 0
        angle, last_left, last_bottom, last_right = a, left, b, right
    if buf:
        spaced = len(spaces) >= 2 and len(buf) < 4 * len(spaces) + 4
        text = letter_spaced(buf, spaces) if spaced else "".join(buf)
        segments.append(Segment(text, x0, x1, bottom, top, height, after_gap, angle=0.0 if was_upright else angle))
    return segments, ink, stacked
