"""Pairing two reviewers' meaning units in one document by how much their spans overlap."""

from __future__ import annotations

from dataclasses import dataclass

from app.consensus.common import UnitRow


@dataclass(frozen=True)
class Match:
    a: UnitRow
    b: UnitRow
    jaccard: float


def jaccard(a: UnitRow, b: UnitRow) -> float:
    """Overlap of two character spans: |A ∩ B| / |A ∪ B| (0 when they do not touch)."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / ((a.end - a.start) + (b.end - b.start) - inter)


def overlapping_pairs(units_a: list[UnitRow], units_b: list[UnitRow]) -> list[tuple[UnitRow, UnitRow]]:
    """Every (a, b) whose spans share at least one character, found in one sweep over the starts.

    When a unit starts, it overlaps exactly the still-open units of the other reviewer, so each
    overlapping pair is found once, in O(n log n + pairs).
    """
    events = sorted([(u.start, 0, u) for u in units_a] + [(u.start, 1, u) for u in units_b],
                    key=lambda e: (e[0], e[1]))
    open_a: list[UnitRow] = []
    open_b: list[UnitRow] = []
    pairs: list[tuple[UnitRow, UnitRow]] = []
    for start, side, unit in events:
        open_a = [u for u in open_a if u.end > start]
        open_b = [u for u in open_b if u.end > start]
        if side == 0:
            pairs += [(unit, b) for b in open_b]
            open_a.append(unit)
        else:
            pairs += [(a, unit) for a in open_a]
            open_b.append(unit)
    return pairs


def match_units(units_a: list[UnitRow], units_b: list[UnitRow],
                threshold: float = 0.5) -> tuple[list[Match], list[UnitRow], list[UnitRow]]:
    """One-to-one matches with Jaccard ≥ ``threshold``, best first (greedy); then A's and B's leftovers.

    All units must belong to the same document. Ties are broken by position so the result is stable.
    """
    candidates = []
    for a, b in overlapping_pairs(units_a, units_b):
        j = jaccard(a, b)
        if j >= threshold and j > 0:
            candidates.append((-j, a.start, b.start, a.id, b.id, a, b))
    candidates.sort(key=lambda c: c[:5])
    used_a: set[str] = set()
    used_b: set[str] = set()
    matches: list[Match] = []
    for neg_j, _sa, _sb, aid, bid, a, b in candidates:
        if aid in used_a or bid in used_b:
            continue
        used_a.add(aid)
        used_b.add(bid)
        matches.append(Match(a, b, -neg_j))
    matches.sort(key=lambda m: (min(m.a.start, m.b.start), m.a.id))
    only_a = [u for u in units_a if u.id not in used_a]
    only_b = [u for u in units_b if u.id not in used_b]
    return matches, only_a, only_b


def by_document(units: list[UnitRow]) -> dict[str, list[UnitRow]]:
    out: dict[str, list[UnitRow]] = {}
    for u in units:
        out.setdefault(u.document_id, []).append(u)
    return out
