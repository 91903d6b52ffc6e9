"""Settling disagreements: each decision writes the consensus unit (owned by the "Consensus" pseudo-
reviewer) with its codes, and a ConsensusDecision row (which units it settles, the outcome, the
rationale, who decided and when) — in one transaction, with an undo.

Outcomes: ``accept_a`` / ``accept_b`` (that reviewer's version; when that reviewer has no unit there, the
consensus has none either), ``merge`` (union of the boundaries and of the codes), ``reject`` (no unit)
and ``edit`` (a span and codes given by the deciders). ``agreed`` marks units both reviewers made
identically, adopted by ``adopt_agreements``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import insert
from sqlmodel import select

from app.consensus.agreement import DEFAULT_THRESHOLD
from app.consensus.disagreements import Disagreement, agreements, decisions_by_units, list_disagreements
from app.core.codebook import find_code_by_name
from app.core.errors import InvalidOperation, NotFound
from app.core.models import Code, Coding, ConsensusDecision, Document, MeaningUnit, Reviewer, new_id, now
from app.core.ops import Changes, Outcome, delete_rows, operation
from app.core.reviewers import CONSENSUS_NAME

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.core.project import Project

OUTCOMES = ("accept_a", "accept_b", "merge", "reject", "edit")
OUTCOME_LABELS = {"accept_a": "Accepted A", "accept_b": "Accepted B", "merge": "Merged boundaries",
                  "reject": "Rejected", "edit": "Edited", "agreed": "Agreed (identical)"}


@dataclass(frozen=True)
class DecisionResult:
    decision_id: str
    consensus_unit_id: str | None


def _consensus_reviewer_id(session: Session, created: list[str]) -> str:
    found = session.exec(select(Reviewer.id).where(Reviewer.is_consensus == True)).first()  # noqa: E712
    if found:
        return found
    rid = new_id()
    session.execute(insert(Reviewer), [{"id": rid, "name": CONSENSUS_NAME, "initials": "C", "colour": "#2ca02c",
                                        "is_consensus": True, "created_at": now()}])
    created.append(rid)
    return rid


def _code_ids(project: Project, codes: list[str]) -> list[str]:
    """Code ids from ids or names."""
    out = []
    with project.read_session() as s:
        for c in codes:
            if s.get(Code, c) is None:
                found = find_code_by_name(project, c)
                if found is None:
                    raise NotFound(f"no code {c!r} in {project.path.name}")
                c = found.id
            if c not in out:
                out.append(c)
    return out


def _planned_unit(item: Disagreement, outcome: str, start: int | None, end: int | None,
                  codes: list[str] | None) -> tuple[int, int, list[str], str] | None:
    """(start, end, code ids, condensed) of the consensus unit, or None for no unit."""
    a, b = item.a, item.b
    if outcome == "accept_a":
        return (a.start, a.end, list(a.code_ids), a.condensed) if a else None
    if outcome == "accept_b":
        return (b.start, b.end, list(b.code_ids), b.condensed) if b else None
    if outcome == "merge":
        units = [u for u in (a, b) if u]
        merged = list(dict.fromkeys(c for u in units for c in u.code_ids))
        condensed = " / ".join(dict.fromkeys(u.condensed for u in units if u.condensed))
        return min(u.start for u in units), max(u.end for u in units), merged, condensed
    if outcome == "reject":
        return None
    if start is None or end is None:
        raise InvalidOperation("an edited decision needs the span of the consensus unit")
    condensed = next((u.condensed for u in (a, b) if u and u.condensed), "")
    return start, end, list(codes or []), condensed


def decide(project: Project, item: Disagreement, outcome: str, note: str = "", *, start: int | None = None,
           end: int | None = None, codes: list[str] | None = None) -> Outcome[DecisionResult]:
    """Settle one disagreement (see the module docstring for the outcomes). ``codes`` are ids or names."""
    if outcome not in OUTCOMES:
        raise InvalidOperation(f"unknown outcome {outcome!r}; use one of {', '.join(OUTCOMES)}")
    label = f"Consensus: {OUTCOME_LABELS[outcome].lower()}"
    with operation(project, "consensus_decision", label):  # the checks read inside the writing transaction
        if item.id in decisions_by_units(project):
            raise InvalidOperation("this disagreement is already settled; reopen it to decide again")
        plan = _planned_unit(item, outcome, start, end, _code_ids(project, codes) if codes else None)
        return _write_decisions(project, [(item, outcome, note.strip(), plan)], label, "consensus_decision")


def _write_decisions(project: Project, batch: list[tuple[Disagreement, str, str, tuple | None]], label: str,
                     action: str) -> Outcome[DecisionResult]:
    created_reviewer: list[str] = []
    keys: list[tuple[str, str]] = []
    result = DecisionResult("", None)
    with operation(project, action, label) as op:
        texts: dict[str, str] = {}
        units, codings, decisions = [], [], []
        for item, outcome, note, plan in batch:
            unit_id = None
            if plan is not None:
                s, e, code_ids, condensed = plan
                if item.document_id not in texts:
                    doc = op.session.get(Document, item.document_id)
                    if doc is None:
                        raise NotFound(f"document {item.document_id} is not in the project")
                    texts[item.document_id] = doc.text
                body = texts[item.document_id]
                if not 0 <= s < e <= len(body):
                    raise InvalidOperation(f"a consensus unit must lie within 0–{len(body)} (got {s}–{e})")
                rid = _consensus_reviewer_id(op.session, created_reviewer)
                unit_id = new_id()
                units.append({"id": unit_id, "document_id": item.document_id, "reviewer_id": rid, "start": s,
                              "end": e, "text": body[s:e], "condensed": condensed, "created_at": now()})
                codings += [{"id": new_id(), "unit_id": unit_id, "code_id": c, "reviewer_id": rid,
                             "created_at": now()} for c in code_ids]
            did = new_id()
            decisions.append({
                "id": did, "document_id": item.document_id,
                "units_a": json.dumps([item.a.id] if item.a else []),
                "units_b": json.dumps([item.b.id] if item.b else []),
                "outcome": outcome, "consensus_unit_id": unit_id, "note": note,
                "decided_by": project.reviewer_id or None, "decided_at": now(),
            })
            result = DecisionResult(did, unit_id)
        for model, rows in ((MeaningUnit, units), (Coding, codings), (ConsensusDecision, decisions)):
            if rows:
                op.session.execute(insert(model), rows)
        keys = [("meaningunit", u["id"]) for u in units]
        keys += [("consensusdecision", d["id"]) for d in decisions]
        op.details = {"created": [list(k) for k in keys], "decisions": len(decisions)}
    return Outcome(label, Changes(units=True, codings=True, decisions=True, reviewers=bool(created_reviewer)),
                   result)


def reopen(project: Project, decision_id: str) -> Outcome[None]:
    """Undo a decision later: removes it and its consensus unit (the undo puts both back)."""
    with operation(project, "delete", "Reopen consensus decision") as op:
        row = op.session.get(ConsensusDecision, decision_id)
        if row is None:
            raise NotFound(f"decision {decision_id} is not in the project")
        keys = [("consensusdecision", decision_id)]
        if row.consensus_unit_id:
            keys.append(("meaningunit", row.consensus_unit_id))
        return delete_rows(project, keys, "Reopen consensus decision")


def adopt_agreements(project: Project, reviewer_a: str | None = None, reviewer_b: str | None = None, *,
                     threshold: float = DEFAULT_THRESHOLD, note: str = "") -> Outcome[int]:
    """Copy every identical pair (same span, same codes) into the consensus layer, one undo step."""
    found = [i for i in agreements(project, reviewer_a, reviewer_b, threshold=threshold).items if not i.resolved]
    if not found:
        return Outcome("Adopt agreements", Changes(), 0)
    batch = [(i, "agreed", note, (i.a.start, i.a.end, list(i.a.code_ids), i.a.condensed)) for i in found if i.a]
    outcome = _write_decisions(project, batch, f"Adopt {len(batch)} agreed units", "consensus_agreements")
    return Outcome(outcome.label, outcome.changes, len(batch))


def progress_of(project: Project, reviewer_a: str | None = None, reviewer_b: str | None = None, *,
                threshold: float = DEFAULT_THRESHOLD) -> tuple[int, int]:
    """(resolved, total) disagreements — "12 of 40 resolved"."""
    items = list_disagreements(project, reviewer_a, reviewer_b, threshold=threshold)
    return items.resolved, items.total


@dataclass(frozen=True)
class LogEntry:
    decision_id: str
    document: str
    outcome: str
    note: str
    decided_by: str
    decided_at: str
    units: int  # how many reviewer units it settled
    consensus_text: str
    codes: tuple[str, ...]


def decision_log(project: Project) -> list[LogEntry]:
    """Every decision in the order it was taken, with names instead of ids."""
    with project.read_session() as s:
        rows = list(s.exec(select(ConsensusDecision).order_by(ConsensusDecision.decided_at)))
        docs = dict(s.execute(select(Document.id, Document.name)).all())
        people = dict(s.execute(select(Reviewer.id, Reviewer.name)).all())
        unit_ids = [r.consensus_unit_id for r in rows if r.consensus_unit_id]
        texts = dict(s.execute(select(MeaningUnit.id, MeaningUnit.text).where(
            MeaningUnit.id.in_(unit_ids))).all())  # type: ignore[attr-defined]
        code_rows = s.execute(select(Coding.unit_id, Code.name).join(Code, Code.id == Coding.code_id).where(
            Coding.unit_id.in_(unit_ids))).all()  # type: ignore[attr-defined]
    codes: dict[str, list[str]] = {}
    for uid, name in code_rows:
        codes.setdefault(uid, []).append(name)
    return [LogEntry(r.id, docs.get(r.document_id, "?"), r.outcome, r.note, people.get(r.decided_by or "", ""),
                     r.decided_at, len(json.loads(r.units_a)) + len(json.loads(r.units_b)),
                     texts.get(r.consensus_unit_id or "", ""), tuple(sorted(codes.get(r.consensus_unit_id or "", []))))
            for r in rows]
