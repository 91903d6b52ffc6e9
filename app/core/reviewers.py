"""Reviewers: whose meaning units, notes and codings a change belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Reviewer
from app.core.ops import Outcome, insert_rows, operation, row_values, update_fields
from app.core.project import DEFAULT_COLOURS, initials_of

if TYPE_CHECKING:
    from app.core.project import Project
    from app.core.records import ReviewerRecord

CONSENSUS_NAME = "Consensus"


def add_reviewer(project: Project, name: str, *, initials: str = "", colour: str = "") -> Outcome[Reviewer]:
    name = name.strip()
    if not name:
        raise InvalidOperation("a reviewer needs a name")
    with operation(project, "create", f"Add reviewer {name}"):
        existing = project.reviewers()
        if any(r.name.casefold() == name.casefold() for r in existing):
            raise InvalidOperation(f"there is already a reviewer called {name!r}")
        reviewer = Reviewer(
            name=name, initials=initials or initials_of(name),
            colour=colour or DEFAULT_COLOURS[len(existing) % len(DEFAULT_COLOURS)],
        )
        outcome = insert_rows(project, [row_values(reviewer)], f"Add reviewer {name}")
    outcome.value = reviewer
    return outcome


def find_reviewer(project: Project, name_or_id: str) -> ReviewerRecord:
    for r in project.reviewers():
        if name_or_id in (r.id, r.name) or r.name.casefold() == name_or_id.casefold():
            return r
    raise NotFound(f"no reviewer called {name_or_id!r} in {project.path.name}")


def consensus_reviewer(project: Project, *, create: bool = True) -> Reviewer | None:
    """The pseudo-reviewer that owns the consensus layer (made on first use)."""
    with project.read_session() as s:
        found = s.exec(select(Reviewer).where(Reviewer.is_consensus == True)).first()  # noqa: E712
    if found or not create:
        return found
    reviewer = Reviewer(name=CONSENSUS_NAME, initials="C", colour="#2ca02c", is_consensus=True)
    insert_rows(project, [row_values(reviewer)], "Create consensus layer")
    return reviewer


def update_reviewer(project: Project, reviewer_id: str, **values: str) -> Outcome[dict]:
    allowed = {k: v for k, v in values.items() if k in {"name", "initials", "colour"}}
    return update_fields(project, "reviewer", reviewer_id, allowed, "Edit reviewer")
