"""What every consensus module needs: which two reviewers are compared, and their units and codes as
plain values (read in a few bulk queries, never one query per unit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.core.errors import InvalidOperation
from app.core.models import Code, Coding, Document, MeaningUnit, Reviewer
from app.core.progress import Cancelled, CancelledFn, ProgressFn, never_cancelled, no_progress
from app.core.reviewers import find_reviewer

if TYPE_CHECKING:
    from app.core.project import Project

__all__ = ["Cancelled", "CancelledFn", "ProgressFn", "never_cancelled", "no_progress"]


@dataclass(frozen=True)
class ReviewerRef:
    id: str
    name: str
    initials: str
    colour: str


@dataclass(frozen=True)
class UnitRow:
    """A meaning unit as plain values, with the ids of its codes (sorted)."""

    id: str
    document_id: str
    reviewer_id: str
    start: int
    end: int
    text: str
    condensed: str
    code_ids: tuple[str, ...]


def _ref(r: Reviewer) -> ReviewerRef:
    return ReviewerRef(r.id, r.name, r.initials, r.colour)


def unit_counts_by_reviewer(project: Project) -> dict[str, int]:
    with project.read_session() as s:
        return dict(s.execute(select(MeaningUnit.reviewer_id, func.count()).group_by(MeaningUnit.reviewer_id)).all())


def resolve_reviewers(project: Project, reviewer_a: str | None = None,
                      reviewer_b: str | None = None) -> tuple[ReviewerRef, ReviewerRef]:
    """The two reviewers to compare, by name or id. Default: the two non-consensus reviewers with the most
    meaning units (ties broken by the order they were added)."""
    if reviewer_a and reviewer_b:
        a, b = find_reviewer(project, reviewer_a), find_reviewer(project, reviewer_b)
        if a.id == b.id:
            raise InvalidOperation(f"compare two different reviewers, not {a.name} with themself")
        return _ref(a), _ref(b)
    counts = unit_counts_by_reviewer(project)
    people = project.reviewers(include_consensus=False)
    fixed = find_reviewer(project, reviewer_a or reviewer_b) if (reviewer_a or reviewer_b) else None
    ranked = sorted((r for r in people if not fixed or r.id != fixed.id),
                    key=lambda r: -counts.get(r.id, 0))  # stable: keeps the order reviewers were added
    chosen = ([fixed] if fixed else []) + ranked
    if len(chosen) < 2:
        raise InvalidOperation(f"{project.path.name} has fewer than two reviewers to compare")
    a, b = chosen[0], chosen[1]
    if not fixed:  # keep the order reviewers were added, so "A" is stable between runs
        order = {r.id: i for i, r in enumerate(people)}
        a, b = sorted((a, b), key=lambda r: order[r.id])
    return _ref(a), _ref(b)


def load_units(project: Project, reviewer_ids: list[str], document_ids: list[str] | None = None, *,
               with_text: bool = True) -> dict[str, list[UnitRow]]:
    """reviewer id → that reviewer's units (with code ids), ordered by document position and start.

    One Core query on a plain connection (not the ORM session): 100,000 units load in a fraction of a
    second. ``with_text=False`` leaves ``text`` and ``condensed`` empty for the figures, which never read them.
    """
    u, c = MeaningUnit.__table__, Coding.__table__  # type: ignore[attr-defined]
    d = Document.__table__  # type: ignore[attr-defined]
    codes = select(func.group_concat(c.c.code_id, " ")).where(c.c.unit_id == u.c.id).scalar_subquery()
    cols = [u.c.id, u.c.document_id, u.c.reviewer_id, u.c.start, u.c.end, codes]
    if with_text:
        cols += [u.c.text, u.c.condensed]
    stmt = (select(*cols).join(d, d.c.id == u.c.document_id).where(u.c.reviewer_id.in_(reviewer_ids))
            .order_by(d.c.position, d.c.name, u.c.start, u.c.end))
    if document_ids is not None:
        stmt = stmt.where(u.c.document_id.in_(document_ids))
    with project.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    out: dict[str, list[UnitRow]] = {rid: [] for rid in reviewer_ids}
    for r in rows:
        code_ids = tuple(sorted(r[5].split(" "))) if r[5] else ()
        out[r[2]].append(UnitRow(r[0], r[1], r[2], r[3], r[4], r[6] if with_text else "",
                                 r[7] if with_text else "", code_ids))
    return out


def code_names(project: Project) -> dict[str, str]:
    """code id → a unique display name (a name that occurs twice, e.g. after a merge, gets " (2)")."""
    with project.read_session() as s:
        rows = s.execute(select(Code.id, Code.name).order_by(Code.position, Code.name, Code.id)).all()
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for cid, name in rows:
        n = seen.get(name.casefold(), 0) + 1
        seen[name.casefold()] = n
        out[cid] = name if n == 1 else f"{name} ({n})"
    return out


def document_lengths(project: Project, document_ids: list[str] | None = None) -> dict[str, tuple[str, int]]:
    """document id → (name, number of characters), in document order."""
    with project.read_session() as s:
        stmt = select(Document.id, Document.name, func.length(Document.text)).order_by(Document.position,
                                                                                       Document.name)
        if document_ids is not None:
            stmt = stmt.where(Document.id.in_(document_ids))  # type: ignore[attr-defined]
        return {d: (n, length or 0) for d, n, length in s.execute(stmt).all()}
