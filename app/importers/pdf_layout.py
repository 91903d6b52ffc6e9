"""Reading order for one page: segments -> columns/blocks -> lines.

The page is cut recursively, XY-cut style, but vertical cuts (column gutters) are preferred over
horizontal ones, because in two-column LaTeX layouts both columns share one baseline grid: every
inter-line gap runs across the whole page and a naive horizontal-first cut would read row by row.
A region with no clean gutter may still have one that is crossed by a few *spanning* segments (a
title, a full-width figure caption); those are cut out as their own horizontal bands and the rest
is cut again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from app.importers.pdf_chars import Segment
from app.importers.pdf_tables import TABLE_CAPTION, grid_table, own_lines, table_rows

# A column gutter is at least this many (median) character heights wide.
MIN_GUTTER = 0.5
# PDF pages are at most 14,400 points (200 inches) wide.
MAX_PAGE_WIDTH = 15_000
# Segments per side that make a gutter worth cutting in the presence of spanning segments.
MIN_SIDE = 3
# The spacing accents of pdf_text.ACCENTS (which imports this module).
_ACCENT_GLYPHS = frozenset("\u00a8\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02c7\u02db")
# List labels ("12.", "[3]", "•") and numbered headings ("5.1 Introduction") start a paragraph.
_LIST_LABEL = re.compile(
    r"(?:\d{1,3}\.|\[\d{1,3}\]|[\u2022\u25aa\u25e6\u25cf\u25a0\u2013])\s|\d{1,2}(?:\.\d{1,2})+\s+[A-Z]"
)
_NUMBERED = re.compile(r"\d{1,4}\s")  # also paragraph numbers, as in transcripts


@dataclass(slots=True)
class Line:
    """A printed line within one block, with its layout facts for paragraph building."""

    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    height: float
    block: int  # index of the column block within the page, in reading order
    new_paragraph: bool = False
    own_line: bool = False
    full: bool = False  # the next line's first word would not have fitted: the paragraph goes on


def _vertical_cuts(segs: list[Segment], min_gap: float) -> list[float]:
    """x positions of whitespace gaps that run through the whole region."""
    spans = sorted((s.x0, s.x1) for s in segs)
    cuts = []
    end = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - end >= min_gap:
            cuts.append((x0 + end) / 2)
        if x1 > end:
            end = x1
    return cuts


def _split_at(segs: list[Segment], cuts: list[float]) -> list[list[Segment]]:
    parts: list[list[Segment]] = [[] for _ in range(len(cuts) + 1)]
    for s in segs:
        k = 0
        while k < len(cuts) and s.x0 > cuts[k]:
            k += 1
        parts[k].append(s)
    return [p for p in parts if p]


def _starts_column(part: list[Segment], min_gap: float) -> bool:
    """True if at least MIN_SIDE line starts share a left edge, as the lines of a column do.

    This tells a real gutter from a chance one: wide justified word spaces split lines into
    segments, and in a region those gaps can line up; but the pieces after them are not line starts
    (they follow a wide gap on their line in the content stream), and they start anywhere.
    """
    starts = sorted(s.x0 for s in part if not s.after_gap)
    tolerance = min_gap / 2
    lo = 0
    for hi, x in enumerate(starts):
        while x - starts[lo] > tolerance:
            lo += 1
        if hi - lo + 1 >= MIN_SIDE:
            return True
    return False


def _is_label_column(part: list[Segment], min_gap: float) -> bool:
    """Narrow upright items such as reference numbers ("12.") or line numbers: they belong to the
    lines beside them, not to a column of their own."""
    width = max(s.x1 for s in part) - min(s.x0 for s in part)
    return width < 8 * min_gap and all(len(s.text) <= 6 and s.top - s.bottom < 3 * s.height for s in part)


def _merge_unaligned(parts: list[list[Segment]], min_gap: float) -> list[list[Segment]]:
    """Undo cuts that do not separate columns: a column of labels joins the part to its right, and a
    part that does not start like a column joins the part to its left."""
    merged: list[list[Segment]] = []
    labels: list[Segment] = []
    for index, part in enumerate(parts):
        if index + 1 < len(parts) and _is_label_column(part, min_gap):
            labels += part
            continue
        if labels or not merged or _starts_column(part, min_gap):
            merged.append(labels + part)
        else:
            merged[-1] = merged[-1] + part
        labels = []
    return merged


def _deepest_valley(cover: list[int], min_gap: float) -> float | None:
    """Centre (in bins) of the best gutter candidate in a coverage profile, or None.

    A candidate is a local minimum of coverage; its width is measured where coverage stays within a
    little of the minimum (a crossing table row or an overhanging line end makes ramps, not steps),
    and it must be clearly less covered than the columns on either side of it (by at least a fifth,
    and by MIN_SIDE lines).
    """
    best: tuple[int, int, float] | None = None  # (coverage, -width, centre)
    i, n = 1, len(cover)
    while i < n - 1:
        c = cover[i]
        j = i
        while j + 1 < n and cover[j + 1] == c:
            j += 1
        if c < cover[i - 1] and j + 1 < n and c < cover[j + 1]:
            slack = c + max(2, c // 4)
            a, b = i, j
            while a > 0 and cover[a - 1] <= slack:
                a -= 1
            while b + 1 < n and cover[b + 1] <= slack:
                b += 1
            peak = min(max(cover[:a], default=0), max(cover[b + 1 :], default=0))
            deep = peak - c >= max(MIN_SIDE, peak / 5)
            if deep and b - a + 1 >= min_gap:
                key = (c, a - b, (i + j + 1) / 2)
                if best is None or key < best:
                    best = key
        i = j + 1
    return None if best is None else best[2]


def _crossed_gutter(segs: list[Segment], min_gap: float) -> float | None:
    """Find a gutter that only a few spanning segments cross; return its x or None.

    Coverage is counted in 1-point bins (see ``_deepest_valley``). Narrow segments (a page number,
    a footnote mark) do not count: they may sit in the gutter. The right-hand side must start like a
    column, and the two sides must stand side by side unless the crossers are few.
    """
    left = int(min(s.x0 for s in segs))
    right = int(max(s.x1 for s in segs)) + 2
    width = right - left
    if width < 3 * min_gap or width > MAX_PAGE_WIDTH:  # a damaged coordinate (1e15) would ask for all memory
        return None
    diff = [0] * (width + 1)
    for s in segs:
        if s.x1 - s.x0 < 3 * min_gap:
            continue
        diff[int(s.x0) - left] += 1
        diff[int(s.x1) - left + 1] -= 1
    cover = []
    running = 0
    for d in diff[:width]:
        running += d
        cover.append(running)
    best = _deepest_valley(cover, min_gap)
    if best is None:
        return None
    x = best + left
    left_side = [s for s in segs if s.x1 <= x]
    right_side = [s for s in segs if s.x0 >= x]
    if len(left_side) < MIN_SIDE:
        return None
    if not _starts_column(right_side, min_gap):
        return None
    crossers = len(segs) - len(left_side) - len(right_side)
    few_crossers = 4 * crossers <= len(left_side) + len(right_side)
    return x if few_crossers or _side_by_side(left_side, right_side) else None


def _side_by_side(left: list[Segment], right: list[Segment]) -> bool:
    """True if the two sides overlap vertically for at least a third of the shorter one (real columns)."""
    low_l, high_l = min(s.bottom for s in left), max(s.top for s in left)
    low_r, high_r = min(s.bottom for s in right), max(s.top for s in right)
    overlap = min(high_l, high_r) - max(low_l, low_r)
    return overlap > 0.33 * min(high_l - low_l, high_r - low_r)


def _bands(segs: list[Segment], x: float) -> list[list[Segment]]:
    """Split the region top to bottom into runs of spanning / non-spanning segments."""
    ordered = sorted(segs, key=lambda s: -s.top)
    bands: list[list[Segment]] = []
    previous = None
    for s in ordered:
        spanning = s.x0 < x < s.x1
        if spanning is not previous:
            bands.append([])
            previous = spanning
        bands[-1].append(s)
    return bands


def order_blocks(segs: list[Segment], min_gap: float, captioned: bool = False) -> list[list[Segment]]:
    """Group a region's segments into blocks (column pieces) in reading order. ``captioned``: the
    region stands right under a table's caption."""
    if len(segs) < 2:
        return [segs] if segs else []
    cuts = _vertical_cuts(segs, min_gap)
    if cuts:
        parts = _merge_unaligned(_split_at(segs, cuts), min_gap)
        if len(parts) > 1 and grid_table(parts):
            return [segs]  # read row by row
        rows = table_rows(segs, parts, captioned) if len(parts) > 1 else None
        if rows is not None:
            return [own_lines(cell) for row in rows for cell in _split_at(row, _vertical_cuts(row, min_gap))]
        if len(parts) > 1:
            return [block for part in parts for block in order_blocks(part, min_gap)]
    x = _crossed_gutter(segs, min_gap)
    if x is not None:
        bands = _bands(segs, x)
        if len(bands) > 1:
            captions = [False] + [TABLE_CAPTION.match(band[-1].text) is not None for band in bands[:-1]]
            pairs = zip(bands, captions, strict=True)
            return [block for band, captioned in pairs for block in order_blocks(band, min_gap, captioned)]
        left = [s for s in segs if s.x1 <= x]
        if 0 < len(left) < len(segs):  # a gutter narrower than MIN_GUTTER but otherwise clean
            right = [s for s in segs if s.x1 > x]
            return order_blocks(left, min_gap) + order_blocks(right, min_gap)
    return [segs]


def _is_tall(s: Segment) -> bool:
    return s.top - s.bottom > 3 * s.height  # a run of rotated or vertical text


def _stacked(a: Segment, b: Segment) -> bool:
    """True if two segments of some length share most of the narrower one's width: one is above the
    other, they cannot be pieces of the same line. Short ones (accents, marks) may sit on a letter, and
    text drawn twice on the same spot is still one line."""
    if min(len(a.text), len(b.text)) < 4:
        return False
    size = 0.25 * min(a.height, b.height)
    if abs(a.bottom - b.bottom) < size and abs(a.top - b.top) < size:
        return False
    shared = min(a.x1, b.x1) - max(a.x0, b.x0)
    return shared > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)


def _rows(block: list[Segment]) -> list[list[Segment]]:
    """Group a block's segments into printed lines, top to bottom, each left to right.

    Tall segments (rotated runs) are lines of their own: they would overlap every line beside them.
    Nor does a segment join a row that already has text above or below it: pieces of one printed line
    stand side by side, and a line whose box is stretched by a big glyph (a "±" set from a maths font,
    a superscript dagger) must not swallow the line under it.
    """
    rows: list[list[Segment]] = []
    for s in sorted(block, key=lambda s: -s.top):
        if rows and not _is_tall(s) and not _is_tall(rows[-1][0]):
            first = rows[-1][0]
            overlap = min(first.top, s.top) - max(first.bottom, s.bottom)
            if overlap >= 0.5 * min(first.top - first.bottom, s.top - s.bottom) and not any(
                _stacked(other, s) for other in rows[-1]
            ):
                rows[-1].append(s)
                continue
        rows.append([s])
    for row in rows:
        row.sort(key=lambda s: s.x0)
    return rows


def _place_accents(row: list[Segment]) -> list[Segment]:
    """Move lone accent glyphs (drawn after the line, over a letter of it) into the text they sit on,
    right after the letter below them, where ``pdf_text.compose_accents`` joins them."""
    accents = [s for s in row if len(s.text) == 1 and s.text in _ACCENT_GLYPHS]
    if not accents:
        return row
    rest = [s for s in row if s not in accents]
    for accent in accents:
        centre = (accent.x0 + accent.x1) / 2
        host = next((s for s in rest if s.x0 <= centre < s.x1), None)
        if host is None:
            rest.append(accent)
            continue
        at = int((centre - host.x0) / (host.x1 - host.x0) * len(host.text)) + 1
        host.text = host.text[:at] + accent.text + host.text[at:]
    return sorted(rest, key=lambda s: s.x0)


def _line(row: list[Segment], block: int) -> Line:
    row = _place_accents(row)
    parts = [row[0].text]
    for before, s in zip(row, row[1:], strict=False):
        # a word split where an accent glyph was drawn out of order ("Reh" + "u˚ˇrek") stays whole
        accented = any(ch in _ACCENT_GLYPHS for ch in before.text[-2:] + s.text[:3])
        parts.append(s.text if accented and s.x0 - before.x1 < 0.1 * s.height else " " + s.text)
    text = "".join(parts)
    return Line(
        text,
        min(s.x0 for s in row),
        max(s.x1 for s in row),
        min(s.bottom for s in row),
        max(s.top for s in row),
        max(s.height for s in row),
        block,
        own_line=row[0].own_line,
    )


def _mark_full(lines: list[Line]) -> None:
    """A line is *full* if the next line's first word would not have fitted after it: the line break
    was forced, so the paragraph goes on. Works for ragged-right text as well as justified text. The
    right margin is the widest of the neighbouring lines, or the block's typical line end."""
    typical = median(line.x1 for line in lines)
    for i, line in enumerate(lines):
        right = max(typical, max(other.x1 for other in lines[max(0, i - 3) : i + 4]))
        room = right - line.x1
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or not nxt.text:
            line.full = room < 2.5 * line.height
            continue
        char_width = (nxt.x1 - nxt.x0) / len(nxt.text)
        word = len(nxt.text.split(" ", 1)[0])
        line.full = room < char_width * (word + 1) + 0.2 * line.height


def _mark_paragraphs(lines: list[Line]) -> None:
    """Flag lines that start a paragraph: after a line with room left, a wide gap, a change of size,
    an indent, or a list label ("12.", "[3]", "•")."""
    if not lines:
        return
    lines[0].new_paragraph = True
    left = min(line.x0 for line in lines)
    pitches = [a.bottom - b.bottom for a, b in zip(lines, lines[1:], strict=False) if a.bottom > b.bottom]
    pitch = median(pitches) if pitches else 0.0
    _mark_full(lines)
    for i in range(1, len(lines)):
        prev, cur = lines[i - 1], lines[i]
        h = max(prev.height, cur.height)
        if prev.text.endswith("-") and abs(prev.height - cur.height) < 0.2 * h:
            continue  # a hyphenated word continues on this line
        step = min(prev.bottom - cur.bottom, prev.top - cur.top)  # a tall glyph moves only one edge
        wide_gap = pitch > 0 and step > 1.4 * pitch + 0.1 * h
        resized = abs(prev.height - cur.height) > 0.15 * h
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        indented = (
            cur.x0 > prev.x0 + 0.7 * cur.height
            and prev.x0 < left + 0.5 * h
            and (nxt is None or nxt.x0 < cur.x0 - 0.5 * h)
            and not (_LIST_LABEL.match(prev.text) or _NUMBERED.match(prev.text))  # hanging indent
        )
        labelled = bool(_LIST_LABEL.match(cur.text))
        cur.new_paragraph = not prev.full or wide_gap or resized or indented or labelled or cur.own_line


def _quarter_turns(angle: float) -> int:
    return round(angle / (math.pi / 2)) % 4


def _turn(s: Segment, turns: int) -> Segment:
    """The segment in a frame turned so that text at ``turns`` quarter turns (clockwise) is upright."""
    if turns == 1:  # reads downwards: the next line is to the left
        x0, x1, bottom, top = -s.top, -s.bottom, s.x0, s.x1
    elif turns == 2:
        x0, x1, bottom, top = -s.x1, -s.x0, -s.top, -s.bottom
    else:  # reads upwards (a landscape table): the next line is to the right
        x0, x1, bottom, top = s.bottom, s.top, -s.x1, -s.x0
    return Segment(s.text, x0, x1, bottom, top, s.height, s.after_gap, s.own_line)


def _upright(segs: list[Segment]) -> list[Segment]:
    """Turn the page when most of its text is rotated by the same quarter turn (landscape tables)."""
    turned = Counter()
    for s in segs:
        if s.angle:
            turned[_quarter_turns(s.angle)] += len(s.text)
    if not turned:
        return segs
    turns, amount = turned.most_common(1)[0]
    if turns == 0 or 2 * amount <= sum(len(s.text) for s in segs):
        return segs
    return [_turn(s, turns) for s in segs]


def page_lines(segs: list[Segment]) -> list[Line]:
    """Order a page's segments and return its lines, with paragraph starts flagged."""
    if not segs:
        return []
    segs = _upright(segs)
    min_gap = MIN_GUTTER * median(s.height for s in segs)
    lines: list[Line] = []
    for index, block in enumerate(order_blocks(segs, min_gap)):
        block_lines = [_line(row, index) for row in _rows(block)]
        _mark_paragraphs(block_lines)
        lines.extend(block_lines)
    return lines
