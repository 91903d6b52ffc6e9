"""Meaning units, their condensed meanings, annotations (thoughts) and reading progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import select

from app.core.documents import get_document
from app.core.errors import InvalidOperation, NotFound
from app.core.models import Annotation, Coding, Document, MeaningUnit, ReadingProgress, now
from app.core.ops import (
    Changes,
    Outcome,
    bookkeeping,
    delete_rows,
    insert_rows,
    operation,
    row_values,
    update_fields,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.core.project import Project

PASSES = (1, 2, 3)
PASS_NAMES = {1: "Immersion", 2: "Meaning units", 3: "Annotation"}
STATUSES = ("not_started", "in_progress", "done")


def _reviewer(project: Project, reviewer_id: str | None) -> str:
    rid = reviewer_id or project.reviewer_id
    if not rid:
        raise InvalidOperation("no reviewer is chosen")
    return rid


def _check_span(text_len: int, start: int, end: int) -> None:
    if not (0 <= start < end <= text_len):
        raise InvalidOperation(f"a meaning unit must cover at least one character within 0–{text_len} "
                               f"(got {start}–{end})")


# -- meaning units ----------------------------------------------------------------------------------
def create_unit(
    project: Project, document_id: str, start: int, end: int, *, condensed: str = "",
    reviewer_id: str | None = None,
) -> Outcome[MeaningUnit]:
    with operation(project, "create", "Create meaning unit"):
        doc = get_document(project, document_id)
        _check_span(len(doc.text), start, end)
        unit = MeaningUnit(document_id=document_id, reviewer_id=_reviewer(project, reviewer_id), start=start,
                           end=end, text=doc.text[start:end], condensed=condensed.strip())
        outcome = insert_rows(project, [row_values(unit)], "Create meaning unit")
    outcome.value = unit
    return outcome


def get_unit(project: Project, unit_id: str) -> MeaningUnit:
    with project.read_session() as s:
        unit = s.get(MeaningUnit, unit_id)
    if unit is None:
        raise NotFound(f"meaning unit {unit_id} is not in the project")
    return unit


def list_units(project: Project, document_id: str | None = None,
               reviewer_id: str | None = None) -> list[MeaningUnit]:
    stmt = select(MeaningUnit)
    if document_id:
        stmt = stmt.where(MeaningUnit.document_id == document_id)
    if reviewer_id:
        stmt = stmt.where(MeaningUnit.reviewer_id == reviewer_id)
    with project.read_session() as s:
        return list(s.exec(stmt.order_by(MeaningUnit.document_id, MeaningUnit.start, MeaningUnit.end)))


def set_unit_bounds(project: Project, unit_id: str, start: int, end: int) -> Outcome[dict]:
    with operation(project, "adjust_unit", "Adjust meaning unit"):
        unit = get_unit(project, unit_id)
        doc = get_document(project, unit.document_id)
        _check_span(len(doc.text), start, end)
        return update_fields(project, "meaningunit", unit_id,
                             {"start": start, "end": end, "text": doc.text[start:end]},
                             "Adjust meaning unit", action="adjust_unit")


def set_condensed(project: Project, unit_id: str, condensed: str) -> Outcome[dict]:
    return update_fields(project, "meaningunit", unit_id, {"condensed": condensed.strip()},
                         "Edit condensed meaning", action="condense")


def delete_unit(project: Project, unit_id: str) -> Outcome[None]:
    with operation(project, "delete", "Delete meaning unit"):
        get_unit(project, unit_id)
        return delete_rows(project, [("meaningunit", unit_id)], "Delete meaning unit")


# -- annotations ------------------------------------------------------------------------------------
def add_annotation(project: Project, unit_id: str, text: str, *,
                   reviewer_id: str | None = None) -> Outcome[Annotation]:
    text = text.strip()
    if not text:
        raise InvalidOperation("a note cannot be empty")
    with operation(project, "create", "Add note"):
        get_unit(project, unit_id)
        note = Annotation(unit_id=unit_id, reviewer_id=_reviewer(project, reviewer_id), text=text)
        outcome = insert_rows(project, [row_values(note)], "Add note")
    outcome.value = note
    return outcome


def edit_annotation(project: Project, annotation_id: str, text: str) -> Outcome[dict]:
    text = text.strip()
    if not text:
        raise InvalidOperation("a note cannot be empty; delete it instead")
    return update_fields(project, "annotation", annotation_id, {"text": text, "updated_at": now()},
                         "Edit note", action="edit_note")


def delete_annotation(project: Project, annotation_id: str) -> Outcome[None]:
    with operation(project, "delete", "Delete note") as op:
        if op.session.get(Annotation, annotation_id) is None:
            raise NotFound(f"note {annotation_id} is not in the project")
        return delete_rows(project, [("annotation", annotation_id)], "Delete note")


def list_annotations(project: Project, document_id: str | None = None,
                     unit_ids: list[str] | None = None) -> list[Annotation]:
    stmt = select(Annotation).join(MeaningUnit, MeaningUnit.id == Annotation.unit_id)
    if document_id:
        stmt = stmt.where(MeaningUnit.document_id == document_id)
    if unit_ids is not None:
        stmt = stmt.where(Annotation.unit_id.in_(unit_ids))  # type: ignore[attr-defined]
    with project.read_session() as s:
        return list(s.exec(stmt.order_by(MeaningUnit.start, Annotation.created_at)))


# -- reading progress -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PassState:
    status: str = "not_started"
    position: int = 0
    seconds_spent: float = 0.0


def get_progress(project: Project, document_id: str, reviewer_id: str | None = None) -> dict[int, PassState]:
    rid = _reviewer(project, reviewer_id)
    with project.read_session() as s:
        rows = s.exec(select(ReadingProgress).where(
            ReadingProgress.document_id == document_id, ReadingProgress.reviewer_id == rid))
        found = {r.pass_no: PassState(r.status, r.position, r.seconds_spent) for r in rows}
    return {p: found.get(p, PassState()) for p in PASSES}


def all_progress(project: Project, reviewer_id: str | None = None) -> dict[tuple[str, int], PassState]:
    rid = _reviewer(project, reviewer_id)
    with project.read_session() as s:
        rows = s.exec(select(ReadingProgress).where(ReadingProgress.reviewer_id == rid))
        return {(r.document_id, r.pass_no): PassState(r.status, r.position, r.seconds_spent) for r in rows}


def set_progress(
    project: Project, document_id: str, pass_no: int, *, status: str | None = None,
    position: int | None = None, add_seconds: float = 0.0, reviewer_id: str | None = None,
) -> Outcome[PassState]:
    """Record where a reviewer is in a pass. A status given here is a user action (one undoable, audited
    operation); time and position alone are bookkeeping, neither undone nor audited."""
    if pass_no not in PASSES:
        raise InvalidOperation(f"pass must be 1, 2 or 3, not {pass_no}")
    if status is not None and status not in STATUSES:
        raise InvalidOperation(f"unknown reading status {status!r}")
    rid = _reviewer(project, reviewer_id)
    if status is None:
        with bookkeeping(project) as session:
            if session.get(Document, document_id) is None:  # deleted while the reader timed it: nothing to keep
                return Outcome(f"Pass {pass_no}", Changes(), PassState())
            after = _write_progress(session, document_id, pass_no, rid, None, position, add_seconds)
        return Outcome(f"Pass {pass_no}", Changes(), after)
    label = f"Mark pass {pass_no} {status.replace('_', ' ')}"
    with operation(project, "progress", label) as op:
        get_document(project, document_id)
        after = _write_progress(op.session, document_id, pass_no, rid, status, position, add_seconds)
        op.details = {"document": document_id, "pass": pass_no, "status": after.status}
    return Outcome(label, Changes(progress=True), after)


def _write_progress(session: Session, document_id: str, pass_no: int, rid: str, status: str | None,
                    position: int | None, add_seconds: float) -> PassState:
    row = session.exec(select(ReadingProgress).where(
        ReadingProgress.document_id == document_id, ReadingProgress.reviewer_id == rid,
        ReadingProgress.pass_no == pass_no)).first()
    if row is None:
        row = ReadingProgress(document_id=document_id, reviewer_id=rid, pass_no=pass_no)
        session.add(row)
    if status is not None:
        row.status = status
    elif row.status == "not_started" and (position or add_seconds):
        row.status = "in_progress"
    if position is not None:
        row.position = position
    row.seconds_spent = (row.seconds_spent or 0.0) + add_seconds
    row.updated_at = now()
    session.flush()
    return PassState(row.status, row.position, row.seconds_spent)


# -- counts for the document list -------------------------------------------------------------------
def unit_counts(project: Project, reviewer_id: str | None = None) -> dict[str, tuple[int, int]]:
    """Per document: (meaning units, notes) of the reviewer."""
    rid = _reviewer(project, reviewer_id)
    with project.read_session() as s:
        units = dict(s.execute(select(MeaningUnit.document_id, func.count()).where(
            MeaningUnit.reviewer_id == rid).group_by(MeaningUnit.document_id)).all())
        notes = dict(s.execute(select(MeaningUnit.document_id, func.count()).join(
            Annotation, Annotation.unit_id == MeaningUnit.id).where(
            Annotation.reviewer_id == rid).group_by(MeaningUnit.document_id)).all())
    return {d: (units.get(d, 0), notes.get(d, 0)) for d in set(units) | set(notes)}


def codes_of_units(project: Project, unit_ids: list[str]) -> dict[str, list[str]]:
    """unit id → code ids."""
    with project.read_session() as s:
        rows = s.execute(select(Coding.unit_id, Coding.code_id).where(Coding.unit_id.in_(unit_ids))).all()  # type: ignore[attr-defined]
    out: dict[str, list[str]] = {}
    for unit_id, code_id in rows:
        out.setdefault(unit_id, []).append(code_id)
    return out
