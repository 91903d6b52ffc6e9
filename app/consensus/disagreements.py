"""Every place where two reviewers' meaning units disagree, document by document, for the consensus
session.

Kinds: ``only_a`` / ``only_b`` (a unit the other reviewer has no match for), ``code_mismatch`` (matched
units carrying different codes; ``boundary_differs`` says whether the spans differ as well) and
``boundary_mismatch`` (matched units, same codes, different spans). Matched units with the same span and
codes are agreements, not listed (``agreements()`` lists them for adopting into the consensus layer).

An item's ``id`` is a hash of its sorted unit ids, so it is the same every time the list is computed; an
item is resolved when a ConsensusDecision row settles exactly those units. A session can therefore stop
and resume at any time: nothing but the decisions is stored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import select

from app.consensus.agreement import DEFAULT_THRESHOLD
from app.consensus.common import ReviewerRef, UnitRow, code_names, document_lengths, load_units, resolve_reviewers
from app.consensus.matching import by_document, match_units
from app.core.bidi import isolate
from app.core.models import ConsensusDecision
from app.core.units import list_annotations
from app.i18n import format_number, translate, translate_noop

if TYPE_CHECKING:
    from app.core.project import Project

KINDS = ("only_a", "only_b", "code_mismatch", "boundary_mismatch")
D = "consensus.disagreements"
KIND_LABELS = {
    "only_a": translate_noop(D, "Only {a} made this unit"), "only_b": translate_noop(D, "Only {b} made this unit"),
    "code_mismatch": translate_noop(D, "Different codes"),
    "boundary_mismatch": translate_noop(D, "Different boundaries"),
    "agreement": translate_noop(D, "Agreement"),
}


@dataclass(frozen=True)
class UnitVersion:
    """One reviewer's unit as the side-by-side view shows it."""

    id: str
    reviewer_id: str
    start: int
    end: int
    text: str
    condensed: str
    code_ids: tuple[str, ...]
    code_names: tuple[str, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Disagreement:
    id: str
    kind: str  # only_a | only_b | code_mismatch | boundary_mismatch (| agreement from agreements())
    document_id: str
    document_name: str
    a: UnitVersion | None
    b: UnitVersion | None
    boundary_differs: bool
    jaccard: float  # 0 for only_a / only_b
    decision_id: str | None = None  # the ConsensusDecision settling it, if any

    @property
    def resolved(self) -> bool:
        return self.decision_id is not None

    @property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(sorted(u.id for u in (self.a, self.b) if u))

    @property
    def start(self) -> int:
        return min(u.start for u in (self.a, self.b) if u)

    @property
    def end(self) -> int:
        return max(u.end for u in (self.a, self.b) if u)

    def label(self, a: ReviewerRef, b: ReviewerRef, language: str | None = None) -> str:
        """"Only Anna made this unit", "Different codes" … in ``language`` (None: the window's, a right-to-left
        reviewer name set apart)."""
        shown = isolate if language is None else str
        return translate(D, KIND_LABELS[self.kind], language).format(a=shown(a.name), b=shown(b.name))


@dataclass(frozen=True)
class DisagreementList:
    reviewers: tuple[ReviewerRef, ReviewerRef]
    threshold: float
    items: list[Disagreement]

    @property
    def resolved(self) -> int:
        return sum(1 for i in self.items if i.resolved)

    @property
    def total(self) -> int:
        return len(self.items)

    def progress_text(self, language: str | None = None) -> str:
        """"3 of 12 resolved", in ``language`` (None: the window's)."""
        return translate(D, "{resolved} of {total} resolved", language).format(
            resolved=format_number(self.resolved, language=language),
            total=format_number(self.total, language=language))

    def documents(self) -> list[tuple[str, str, int, int]]:
        """(document id, name, resolved, total) for every document with disagreements, in document order."""
        out: dict[str, list] = {}
        for i in self.items:
            row = out.setdefault(i.document_id, [i.document_id, i.document_name, 0, 0])
            row[2] += i.resolved
            row[3] += 1
        return [tuple(r) for r in out.values()]  # type: ignore[misc]

    def next_unresolved(self, after_id: str | None = None) -> Disagreement | None:
        """The first unresolved item after ``after_id`` (wrapping round), for resuming a session."""
        ids = [i.id for i in self.items]
        begin = ids.index(after_id) + 1 if after_id in ids else 0
        for item in self.items[begin:] + self.items[:begin]:
            if not item.resolved:
                return item
        return None


def item_id(unit_ids: list[str] | tuple[str, ...]) -> str:
    return hashlib.sha1("|".join(sorted(unit_ids)).encode()).hexdigest()[:16]


def decisions_by_units(project: Project) -> dict[str, str]:
    """item id (hash of the settled units) → decision id."""
    with project.read_session() as s:
        rows = s.execute(select(ConsensusDecision.id, ConsensusDecision.units_a, ConsensusDecision.units_b)).all()
    return {item_id(json.loads(ua) + json.loads(ub)): did for did, ua, ub in rows}


def _version(u: UnitRow | None, names: dict[str, str], notes: dict[str, list[str]]) -> UnitVersion | None:
    if u is None:
        return None
    return UnitVersion(u.id, u.reviewer_id, u.start, u.end, u.text, u.condensed, u.code_ids,
                       tuple(names.get(c, "?") for c in u.code_ids), tuple(notes.get(u.id, ())))


def _compare(project: Project, reviewer_a: str | None, reviewer_b: str | None, threshold: float,
             document_id: str | None, want_agreements: bool) -> DisagreementList:
    a, b = resolve_reviewers(project, reviewer_a, reviewer_b)
    docs = document_lengths(project, [document_id] if document_id else None)
    units = load_units(project, [a.id, b.id], [document_id] if document_id else None)
    names = code_names(project)
    notes: dict[str, list[str]] = {}
    for note in list_annotations(project, document_id=document_id):
        notes.setdefault(note.unit_id, []).append(note.text)
    decided = decisions_by_units(project)
    docs_a, docs_b = by_document(units[a.id]), by_document(units[b.id])
    items: list[Disagreement] = []
    for doc_id, (doc_name, _length) in docs.items():
        matches, only_a, only_b = match_units(docs_a.get(doc_id, []), docs_b.get(doc_id, []), threshold)
        found: list[tuple[str, UnitRow | None, UnitRow | None, float]] = []
        if not want_agreements:
            found += [("only_a", u, None, 0.0) for u in only_a]
            found += [("only_b", None, u, 0.0) for u in only_b]
        for m in matches:
            same_codes = m.a.code_ids == m.b.code_ids
            same_bounds = (m.a.start, m.a.end) == (m.b.start, m.b.end)
            if same_codes and same_bounds:
                if want_agreements:
                    found.append(("agreement", m.a, m.b, m.jaccard))
            elif not want_agreements:
                found.append(("code_mismatch" if not same_codes else "boundary_mismatch", m.a, m.b, m.jaccard))
        doc_items = []
        for kind, ua, ub, j in found:
            ids = [u.id for u in (ua, ub) if u]
            iid = item_id(ids)
            differs = bool(ua and ub and (ua.start, ua.end) != (ub.start, ub.end))
            doc_items.append(Disagreement(iid, kind, doc_id, doc_name, _version(ua, names, notes),
                                          _version(ub, names, notes), differs, j, decided.get(iid)))
        doc_items.sort(key=lambda i: (i.start, i.end, KINDS.index(i.kind) if i.kind in KINDS else 9, i.id))
        items += doc_items
    return DisagreementList((a, b), threshold, items)


def list_disagreements(project: Project, reviewer_a: str | None = None, reviewer_b: str | None = None, *,
                       threshold: float = DEFAULT_THRESHOLD, document_id: str | None = None) -> DisagreementList:
    """Every disagreement in document order, each marked resolved or not."""
    return _compare(project, reviewer_a, reviewer_b, threshold, document_id, want_agreements=False)


def agreements(project: Project, reviewer_a: str | None = None, reviewer_b: str | None = None, *,
               threshold: float = DEFAULT_THRESHOLD, document_id: str | None = None) -> DisagreementList:
    """Matched units with the same span and the same codes (kind ``agreement``)."""
    return _compare(project, reviewer_a, reviewer_b, threshold, document_id, want_agreements=True)


def find_item(project: Project, item_or_id: Disagreement | str, **kwargs: object) -> Disagreement:
    from app.core.errors import NotFound

    if isinstance(item_or_id, Disagreement):
        return item_or_id
    for item in list_disagreements(project, **kwargs).items:  # type: ignore[arg-type]
        if item.id == item_or_id:
            return item
    raise NotFound(f"no disagreement {item_or_id} in {project.path.name}")
