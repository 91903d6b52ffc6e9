"""Tables in a page's layout: which column regions are tables, and the order their cells read in.

Two kinds are told apart from columns of text: a grid of short cells set on shared rows (numbers,
labels), which reads line by line across; and a captioned table whose cells run over several lines,
which reads row by row, each cell whole.
"""

from __future__ import annotations

import math
import re
from statistics import median

from app.importers.pdf_chars import Segment

# A table of short cells: cells are at most this many characters long (median), and this share of a
# column's cells have a cell of an earlier column beside them.
TABLE_CELL = 12
TABLE_ROWS = 0.8
TABLE_CAPTION = re.compile(r"\s*(?:Table|TABLE)\s+(?:S?\d{1,2}|[IVX]{1,4})\b")


def grid_table(parts: list[list[Segment]]) -> bool:
    """True if the parts are the columns of a table of short cells set on shared rows (numbers,
    labels): it reads row by row, as its rows are one line each. Columns of text have long lines; the
    first column of three or more may be longer (the rows' names; two columns of short lines are more
    likely two columns of a list)."""
    for k, part in enumerate(parts):
        if median(len(s.text) for s in part) > (2 if k == 0 and len(parts) > 2 else 1) * TABLE_CELL:
            return False
    rows = [(s.bottom, s.top) for s in parts[0]]
    for part in parts[1:]:
        beside = sum(1 for s in part if any(min(top, s.top) - max(bottom, s.bottom) > 0 for bottom, top in rows))
        if beside < TABLE_ROWS * len(part):
            return False
        rows += [(s.bottom, s.top) for s in part]
    return True


def _gaps(part: list[Segment], gap: float) -> list[tuple[float, float]]:
    """The whitespace runs at least ``gap`` high that cross the whole of ``part``, top down, as (low, high)."""
    ordered = sorted(part, key=lambda s: -s.top)
    gaps = []
    low = ordered[0].bottom
    for s in ordered[1:]:
        if s.top < low - gap:
            gaps.append((s.top, low))
        low = min(low, s.bottom)
    return gaps


def table_rows(segs: list[Segment], parts: list[list[Segment]], captioned: bool) -> list[list[Segment]] | None:
    """The rows of a captioned table whose cells run over several lines, top to bottom; or None if the
    region is not such a table.

    The region stands in columns under a "Table N" caption (its own, or the band above it when
    ``captioned`` and in three columns or more); whitespace higher than the leading
    runs across all the columns at least twice (the gaps between rows); most of each column's own wide
    gaps are such row gaps (a column of running text has paragraph gaps of its own); and the cells of
    most rows start on the same line. Such a table reads row by row, each cell whole: read a column at
    a time, a row's cells would lose their row."""
    box = median(s.top - s.bottom for s in segs)
    gap = 0.6 * box
    cuts = [(low + high) / 2 for low, high in _gaps(segs, gap)]
    if len(cuts) < 2:
        return None
    if not (captioned and len(parts) > 2) and not any(TABLE_CAPTION.match(s.text) for s in segs if s.bottom > cuts[0]):
        return None
    for part in parts:
        own = _gaps(part, gap)
        shared = sum(1 for low, high in own if any(low < y < high for y in cuts))
        if shared < 0.5 * len(own):
            return None
    bounds = [math.inf, *cuts, -math.inf]
    rows = []
    aligned = multi = 0
    for high, low in zip(bounds, bounds[1:], strict=False):
        cells = [[s for s in part if low < s.top <= high] for part in parts]
        cells = [cell for cell in cells if cell]
        if len(cells) > 1:
            multi += 1
            tops = [max(s.top for s in cell) for cell in cells]
            aligned += max(tops) - min(tops) < 0.5 * box
        rows.append([s for cell in cells for s in cell])
    if multi < 2 or aligned < 0.6 * multi:
        return None
    return rows


def own_lines(cell: list[Segment]) -> list[Segment]:
    """A table cell starts a line of its own: its first line is not run on from the cell before."""
    top = max(s.top for s in cell)
    for s in cell:
        if s.top > top - 0.5 * s.height:
            s.own_line = True
    return cell
