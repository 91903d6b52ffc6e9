"""Which two reviewers a consensus session compares, and at what overlap, remembered in the project so a
session resumes with the same pair. Where it stopped needs no saving: decisions are rows, and
``DisagreementList.next_unresolved()`` finds the first item still open."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.consensus.agreement import DEFAULT_THRESHOLD
from app.consensus.common import resolve_reviewers
from app.core.models import Meta
from app.core.ops import Changes, Outcome, bookkeeping

if TYPE_CHECKING:
    from app.core.project import Project

KEY = "consensus_session"


@dataclass(frozen=True)
class SessionSettings:
    reviewer_a: str  # reviewer ids
    reviewer_b: str
    threshold: float = DEFAULT_THRESHOLD


def session_settings(project: Project) -> SessionSettings:
    """The saved settings, or the defaults (the two reviewers with the most units, Jaccard 0.5)."""
    raw = project.meta(KEY)
    if raw:
        try:
            data = json.loads(raw)
            ids = {r.id for r in project.reviewers(include_consensus=False)}
            if data.get("reviewer_a") in ids and data.get("reviewer_b") in ids:
                return SessionSettings(data["reviewer_a"], data["reviewer_b"],
                                       float(data.get("threshold", DEFAULT_THRESHOLD)))
        except (ValueError, TypeError):
            pass
    a, b = resolve_reviewers(project)
    return SessionSettings(a.id, b.id)


def save_session_settings(project: Project, settings: SessionSettings) -> Outcome[SessionSettings]:
    """Remember the settings (bookkeeping: not an undo step nor an audit event; it changes no study content)."""
    value = json.dumps({"reviewer_a": settings.reviewer_a, "reviewer_b": settings.reviewer_b,
                        "threshold": settings.threshold})
    with bookkeeping(project) as session:
        row = session.exec(select(Meta).where(Meta.key == KEY)).first()  # type: ignore[call-overload]
        if row is None:
            session.add(Meta(key=KEY, value=value))
        else:
            row.value = value
    return Outcome("Consensus session settings", Changes(project=True), settings)
