"""Agreement between two reviewers, at the character level and at the unit level.

Character level, for code c: every character of every document (of the project, or of the documents
asked for) is 1 for a reviewer when any of that reviewer's meaning units covering it carries c, else 0.
For two reviewers this gives a 2×2 table per code (both 1, only A, only B, both 0), and percent
agreement, Cohen's kappa and Krippendorff's alpha (nominal) all follow from that table exactly.

The table is counted without materialising one value per character: per (document, code) the start and
end offsets of the covering units become +1/−1 events for A and B; after one sort, a running sum gives
each reviewer's coverage on every stretch between two events, and the stretch lengths are summed per
(code, state) with ``np.bincount``. This is the difference-array method on the event positions only, so
time and memory grow with the number of units, not with the length of the texts (100,000 units take well
under a second). Characters no unit covers are the "both 0" cell.

Undefined figures are reported as None (``null`` in JSON), never invented: kappa when the expected
agreement is 1 (both reviewers constant and equal, e.g. a code neither used), alpha when only one value
occurs in the whole table (same situation). Percent agreement is always defined (1.0 there).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from app.consensus.common import (
    Cancelled,
    CancelledFn,
    ProgressFn,
    ReviewerRef,
    UnitRow,
    code_names,
    document_lengths,
    load_units,
    never_cancelled,
    no_progress,
    resolve_reviewers,
    unit_counts_by_reviewer,
)
from app.consensus.matching import by_document, match_units
from app.i18n import translate

if TYPE_CHECKING:
    from app.core.project import Project

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Table2x2:
    """Counts of items (characters, or code slots of matched units) by the two reviewers' values."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    @property
    def n(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    def __add__(self, other: Table2x2) -> Table2x2:
        return Table2x2(self.both + other.both, self.only_a + other.only_a, self.only_b + other.only_b,
                        self.neither + other.neither)


@dataclass(frozen=True)
class Figures:
    agreement: float | None
    kappa: float | None
    alpha: float | None
    n: int
    both: int
    only_a: int
    only_b: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def percent_agreement(t: Table2x2) -> float | None:
    return (t.both + t.neither) / t.n if t.n else None


def cohen_kappa(t: Table2x2) -> float | None:
    """(p_o − p_e) / (1 − p_e); None when p_e = 1 (both reviewers gave one and the same value throughout)."""
    n = t.n
    if not n:
        return None
    po = (t.both + t.neither) / n
    a1, b1 = (t.both + t.only_a) / n, (t.both + t.only_b) / n
    pe = a1 * b1 + (1 - a1) * (1 - b1)
    if pe >= 1.0 - 1e-15:
        return None
    return (po - pe) / (1 - pe)


def krippendorff_alpha(t: Table2x2) -> float | None:
    """Nominal alpha for two coders and no missing values, from the coincidence matrix of the table.

    Each item with values (a, b) adds 1 to o[a][b] and to o[b][a]; with n = 2N pairable values and n_0, n_1
    the marginals, alpha = 1 − (n − 1) · (o_01 + o_10) / (2 · n_0 · n_1) = 1 − (n − 1)(only_a + only_b) /
    (n_0 · n_1). None when one value never occurs (no variation to agree on).
    """
    n = 2 * t.n
    n1 = 2 * t.both + t.only_a + t.only_b
    n0 = n - n1
    if n0 == 0 or n1 == 0:
        return None
    return 1.0 - (n - 1) * (t.only_a + t.only_b) / (n0 * n1)


def figures(t: Table2x2) -> Figures:
    return Figures(percent_agreement(t), cohen_kappa(t), krippendorff_alpha(t), t.n, t.both, t.only_a, t.only_b)


@dataclass(frozen=True)
class UnitLevel:
    threshold: float
    matched: int
    only_a: int
    only_b: int
    identical_codes: int  # matched pairs whose sets of codes are the same
    same_boundaries: int  # matched pairs with exactly the same start and end
    codes: Figures  # pooled over (matched pair × code): does each reviewer's unit carry the code?

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["codes"] = self.codes.to_json()
        out["kappa"], out["agreement"], out["alpha"] = self.codes.kappa, self.codes.agreement, self.codes.alpha
        return out


@dataclass
class AgreementReport:
    reviewers: tuple[ReviewerRef, ReviewerRef]
    documents: int
    characters: int  # characters considered per code (all documents' lengths added up)
    units: tuple[int, int]  # meaning units of A and of B in those documents
    double_coded_only: bool
    codes: dict[str, Figures]  # code name → character-level figures, in codebook order
    pooled: Figures
    unit_level: UnitLevel
    code_ids: dict[str, str] = field(default_factory=dict)  # code name → id

    def to_json(self) -> dict[str, Any]:
        a, b = self.reviewers
        return {
            "reviewers": [a.name, b.name],
            "documents": self.documents,
            "double_coded_only": self.double_coded_only,
            "characters": self.characters,
            "units": {a.name: self.units[0], b.name: self.units[1]},
            "character_level": {
                "codes": {name: f.to_json() for name, f in self.codes.items()},
                "pooled": self.pooled.to_json(),
                "pooled_means": "all codes' character vectors concatenated (the 2×2 tables added up)",
            },
            "unit_level": self.unit_level.to_json(),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)


# -- character level --------------------------------------------------------------------------------
def character_tables(units_a: list[UnitRow], units_b: list[UnitRow], code_index: dict[str, int],
                     total_chars: int) -> list[Table2x2]:
    """Per code (in ``code_index`` order): the 2×2 table of characters, counted over event positions."""
    n_codes = len(code_index)
    doc_index: dict[str, int] = {}
    groups, pos, da, db = [], [], [], []
    for side, units in ((0, units_a), (1, units_b)):
        for u in units:
            d = doc_index.setdefault(u.document_id, len(doc_index))
            for cid in u.code_ids:
                k = code_index.get(cid)
                if k is None:
                    continue
                g = d * n_codes + k
                groups += (g, g)
                pos += (u.start, u.end)
                if side == 0:
                    da += (1, -1)
                    db += (0, 0)
                else:
                    da += (0, 0)
                    db += (1, -1)
    counts = np.zeros((n_codes, 4), dtype=np.int64)  # columns: both, only_a, only_b, (unused)
    if groups:
        g = np.asarray(groups, dtype=np.int64)
        p = np.asarray(pos, dtype=np.int64)
        order = np.lexsort((p, g))
        g, p = g[order], p[order]
        cov_a = np.cumsum(np.asarray(da, dtype=np.int64)[order])  # coverage after each event; each group
        cov_b = np.cumsum(np.asarray(db, dtype=np.int64)[order])  # sums to 0, so groups do not leak
        seg = np.zeros_like(p)
        same = g[1:] == g[:-1]
        seg[:-1] = np.where(same, p[1:] - p[:-1], 0)  # stretch from this event to the next one
        state = (cov_a > 0).astype(np.int64) + 2 * (cov_b > 0).astype(np.int64)  # 1 a, 2 b, 3 both
        code_of = g % n_codes
        flat = np.bincount(code_of * 4 + state, weights=seg, minlength=n_codes * 4).reshape(n_codes, 4)
        counts[:, 0] = flat[:, 3]
        counts[:, 1] = flat[:, 1]
        counts[:, 2] = flat[:, 2]
    out = []
    for k in range(n_codes):
        both, oa, ob = (int(x) for x in counts[k, :3])
        out.append(Table2x2(both, oa, ob, total_chars - both - oa - ob))
    return out


# -- unit level -------------------------------------------------------------------------------------
def unit_level(units_a: list[UnitRow], units_b: list[UnitRow], n_codes: int, threshold: float) -> UnitLevel:
    """Match units per document, then compare the codes of each matched pair code by code (pooled)."""
    docs_a, docs_b = by_document(units_a), by_document(units_b)
    matched = only_a = only_b = identical = same_bounds = 0
    both = just_a = just_b = 0
    for doc in {*docs_a, *docs_b}:
        matches, oa, ob = match_units(docs_a.get(doc, []), docs_b.get(doc, []), threshold)
        matched += len(matches)
        only_a += len(oa)
        only_b += len(ob)
        for m in matches:
            ca, cb = set(m.a.code_ids), set(m.b.code_ids)
            common = len(ca & cb)
            both += common
            just_a += len(ca) - common
            just_b += len(cb) - common
            identical += ca == cb
            same_bounds += m.a.start == m.b.start and m.a.end == m.b.end
    table = Table2x2(both, just_a, just_b, matched * n_codes - both - just_a - just_b)
    return UnitLevel(threshold, matched, only_a, only_b, identical, same_bounds, figures(table))


# -- the report -------------------------------------------------------------------------------------
def agreement(
    project: Project, reviewer_a: str | None = None, reviewer_b: str | None = None, *,
    threshold: float = DEFAULT_THRESHOLD, document_ids: list[str] | None = None, double_coded_only: bool = False,
    progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled,
) -> AgreementReport:
    """Agreement figures between two reviewers (names or ids; default: the two with the most units).

    Characters are counted over every document (or ``document_ids``); with ``double_coded_only`` only over
    documents in which both reviewers made at least one meaning unit, so texts one reviewer never coded do
    not count as agreement on "no code".
    """
    if not 0.0 < threshold <= 1.0:
        from app.core.errors import InvalidOperation

        raise InvalidOperation(f"the overlap threshold must be above 0 and at most 1, not {threshold}")
    a, b = resolve_reviewers(project, reviewer_a, reviewer_b)
    progress(0.0, translate("progress", "Reading meaning units"))
    docs = document_lengths(project, document_ids)
    units = load_units(project, [a.id, b.id], list(docs) if document_ids is not None else None, with_text=False)
    if double_coded_only:
        both = {u.document_id for u in units[a.id]} & {u.document_id for u in units[b.id]}
        docs = {d: v for d, v in docs.items() if d in both}
        units = {rid: [u for u in us if u.document_id in both] for rid, us in units.items()}
    names = code_names(project)
    code_index = {cid: i for i, cid in enumerate(names)}
    if cancelled():
        raise Cancelled()
    progress(0.4, translate("progress", "Comparing characters"))
    total = sum(length for _name, length in docs.values())
    tables = character_tables(units[a.id], units[b.id], code_index, total)
    if cancelled():
        raise Cancelled()
    progress(0.7, translate("progress", "Matching meaning units"))
    pooled = Table2x2()
    for t in tables:
        pooled = pooled + t
    units_level = unit_level(units[a.id], units[b.id], len(code_index), threshold)
    progress(1.0, translate("progress", "Done"))
    return AgreementReport(
        reviewers=(a, b), documents=len(docs), characters=total, units=(len(units[a.id]), len(units[b.id])),
        double_coded_only=double_coded_only,
        codes={names[cid]: figures(tables[k]) for cid, k in code_index.items()}, pooled=figures(pooled),
        unit_level=units_level, code_ids={names[cid]: cid for cid in code_index},
    )


def summary_for_export(project: Project) -> dict[str, Any] | None:
    """Pooled character-level figures for other exports (the Word codebook), or None when fewer than two
    reviewers (not counting the consensus layer) have meaning units."""
    consensus = {r.id for r in project.reviewers() if r.is_consensus}
    counts = unit_counts_by_reviewer(project)
    if sum(1 for rid, n in counts.items() if n and rid not in consensus) < 2:
        return None
    from app.consensus.methods import coded_share

    report = agreement(project, double_coded_only=True)  # figures over what both coded, said so in the export
    a, b = report.reviewers
    coded, characters = coded_share(project, report)
    return {
        "reviewers": [a.name, b.name],
        "documents": report.documents,
        "coded_share": coded / characters if characters else 0.0,
        "agreement": report.pooled.agreement,
        "kappa": report.pooled.kappa,
        "alpha": report.pooled.alpha,
        "unit_kappa": report.unit_level.codes.kappa,
        "matched_units": report.unit_level.matched,
        "threshold": report.unit_level.threshold,
    }
