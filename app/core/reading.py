"""Qt-free helpers for the reader: the document list summary, light unit spans, notes per unit, word steps.

The reader refreshes after every change, so these read only the columns it shows, with SQLAlchemy Core
(no ORM objects): a document of 2,000 meaning units reloads in a few milliseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select

from app.core.dialect import raw_rows
from app.core.documents import list_documents
from app.core.models import Annotation, Code, Coding, MeaningUnit
from app.core.units import PASSES, all_progress, unit_counts

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class DocumentSummary:
    """One row of the reader's document list, for one reviewer."""

    id: str
    name: str
    chars: int
    pages: int
    statuses: tuple[str, str, str]  # pass 1, 2, 3: not_started | in_progress | done
    units: int
    notes: int
    seconds: float  # all three passes together


def document_summaries(project: Project, reviewer_id: str | None = None) -> list[DocumentSummary]:
    progress = all_progress(project, reviewer_id)
    counts = unit_counts(project, reviewer_id)
    coded = coded_documents(project, reviewer_id)
    out = []
    for d in list_documents(project):
        states = [progress.get((d.id, p)) for p in PASSES]
        stored = tuple(s.status if s else "not_started" for s in states)
        seconds = sum(s.seconds_spent for s in states if s)
        units, notes = counts.get(d.id, (0, 0))
        statuses = statuses_following_work(stored, units, notes, d.id in coded)  # type: ignore[arg-type]
        out.append(DocumentSummary(d.id, d.name, d.chars, d.pages, statuses, units, notes, seconds))
    return out


def statuses_following_work(stored: tuple[str, str, str], units: int, notes: int,
                            coded: bool) -> tuple[str, str, str]:
    """The passes' statuses as the work shows them: a meaning unit means pass 2 has started, a note or a
    code pass 3 — at once, derived from the study's rows, so nothing is written and undoing the unit undoes
    the status too. A status the reviewer set (in progress, done) is never lowered."""
    p1, p2, p3 = stored
    if units and p2 == "not_started":
        p2 = "in_progress"
    if (notes or coded) and p3 == "not_started":
        p3 = "in_progress"
    return (p1, p2, p3)


def coded_documents(project: Project, reviewer_id: str | None = None) -> set[str]:
    """Documents in which the reviewer has given at least one code."""
    rid = reviewer_id or project.reviewer_id
    stmt = (select(MeaningUnit.document_id).join(Coding, Coding.unit_id == MeaningUnit.id)
            .where(Coding.reviewer_id == rid).distinct())
    with project.engine.connect() as conn:
        return {row[0] for row in conn.execute(stmt).all()}


class UnitSpan(NamedTuple):
    """A meaning unit as the reader draws it (code-point offsets, end exclusive). A tuple: thousands load fast."""

    id: str
    reviewer_id: str
    start: int
    end: int
    condensed: str


def unit_spans(project: Project, document_id: str) -> list[UnitSpan]:
    """Every reviewer's units of one document, in reading order.

    Read straight through sqlite3: it runs after every change to the document, and SQLAlchemy's row
    objects cost ~3 ms per 2,000 units where the plain cursor costs a fraction of one.
    """
    with project.engine.connect() as conn:
        rows = raw_rows(conn, 'SELECT id, reviewer_id, start, "end", condensed FROM meaningunit '
                        'WHERE document_id = ? ORDER BY start, "end", created_at', (document_id,))
    return [UnitSpan._make(row) for row in rows]


@dataclass(frozen=True)
class NoteInfo:
    id: str
    unit_id: str
    reviewer_id: str
    text: str


def notes_of_document(project: Project, document_id: str) -> dict[str, list[NoteInfo]]:
    """unit id → its notes in the order they were written."""
    stmt = (select(Annotation.id, Annotation.unit_id, Annotation.reviewer_id, Annotation.text)
            .join(MeaningUnit, MeaningUnit.id == Annotation.unit_id)
            .where(MeaningUnit.document_id == document_id)
            .order_by(Annotation.created_at))
    out: dict[str, list[NoteInfo]] = {}
    with project.engine.connect() as conn:
        for row in conn.execute(stmt).all():
            out.setdefault(row[1], []).append(NoteInfo(*row))
    return out


@dataclass(frozen=True)
class CodeTag:
    id: str
    name: str
    colour: str


def codes_of_document(project: Project, document_id: str) -> dict[str, list[CodeTag]]:
    """unit id → the codes it carries, by name."""
    stmt = (select(Coding.unit_id, Code.id, Code.name, Code.colour)
            .join(Code, Code.id == Coding.code_id)
            .join(MeaningUnit, MeaningUnit.id == Coding.unit_id)
            .where(MeaningUnit.document_id == document_id)
            .order_by(Code.name))
    out: dict[str, list[CodeTag]] = {}
    with project.engine.connect() as conn:
        for unit_id, code_id, name, colour in conn.execute(stmt).all():
            out.setdefault(unit_id, []).append(CodeTag(code_id, name, colour))
    return out


_WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)


def word_step(text: str, offset: int, direction: int) -> int:
    """The next word boundary (a word's start or end) after ``offset`` (direction +1) or before it (-1).

    Used to move a unit's start or end by one word from the keyboard; stays inside 0..len(text).
    """
    bounds = sorted({b for m in _WORD.finditer(text, max(0, offset - 400), min(len(text), offset + 400))
                     for b in (m.start(), m.end())} | {0, len(text)})
    if direction > 0:
        return next((b for b in bounds if b > offset), len(text))
    return next((b for b in reversed(bounds) if b < offset), 0)


def format_duration(seconds: float) -> str:
    """'—', '45 s', '12 min', '1 h 05 min'."""
    s = int(round(seconds))
    if s <= 0:
        return "—"
    if s < 60:
        return f"{s} s"
    minutes = s // 60
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"
