"""Correcting a document's text after coding, with every unit kept on its words.

One correction is one operation: the document's text, its page starts and speaker turns, and every meaning unit
of every reviewer (the consensus layer included) move through the same edits (``app/core/reanchor.py``). A
unit no edit touches keeps exactly its words; a unit whose words changed keeps its span over the new words and
is listed for review; a unit whose words were all deleted keeps an empty span and is listed too. Nothing is
deleted. The text before the correction is kept as a version; the original file's bytes and its sha256 (which
detects a duplicate import) stay as imported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, update
from sqlmodel import select

from app.core.documents import find_document, sha256_of
from app.core.errors import InvalidOperation
from app.core.models import Document, MeaningUnit
from app.core.models_people import Turn
from app.core.models_textfix import TextVersion, UnitReview
from app.core.ops import Changes, Outcome, operation
from app.core.progress import CancelledFn, ProgressFn, check, never_cancelled, no_progress
from app.core.reanchor import Edit, Remap, apply_edits, edits_from_diff
from app.i18n import translate

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.core.project import Project

VERSIONS_KEPT = 20


@dataclass
class Correction:
    """What one correction did to one document."""

    document: str
    places: int = 0
    unchanged: int = 0
    moved: int = 0
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (unit id, old words, new words)
    deleted: list[tuple[str, str]] = field(default_factory=list)  # (unit id, old words)

    @property
    def to_review(self) -> int:
        return len(self.changed) + len(self.deleted)

    def lines(self) -> list[str]:
        out = [f"{self.document}: corrected {self.places} place{'s' * (self.places != 1)}; "
               f"{self.moved} unit{'s' * (self.moved != 1)} moved, {len(self.changed)} changed, "
               f"{len(self.deleted)} deleted"]
        for _uid, old, new in self.changed:
            out.append(f"  review: “{_short(old)}” → “{_short(new)}”")
        for _uid, old in self.deleted:
            out.append(f"  review: “{_short(old)}” → (words deleted; the unit is empty)")
        return out


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _assess(session: Session, doc: Document, edits: list[Edit]) -> tuple[str, Remap, Correction, list[tuple]]:
    """What the edits do to each unit of the document: (unit id, old words, new start, new end, new words,
    status) for every unit that moves or changes, and the report. Reads only."""
    new = apply_edits(doc.text, edits)
    remap = Remap(edits)
    report = Correction(doc.name, places=len(edits))
    moves = []
    rows = session.execute(select(MeaningUnit.id, MeaningUnit.start, MeaningUnit.end, MeaningUnit.text)
                           .where(MeaningUnit.document_id == doc.id)).all()
    for unit in rows:
        placed = remap.span(unit.start, unit.end)
        words = new[placed.start:placed.end]
        status = placed.status
        if status == "changed" and words == unit.text:
            status = "moved" if placed.start != unit.start else "unchanged"
        if status == "unchanged":
            report.unchanged += 1
            continue
        if status == "moved":
            report.moved += 1
        elif status == "deleted":
            report.deleted.append((unit.id, unit.text))
        else:
            report.changed.append((unit.id, unit.text, words))
        moves.append((unit.id, unit.text, placed.start, placed.end, words, status))
    return new, remap, report, moves


def _apply(session: Session, doc: Document, edits: list[Edit], reviewer_id: str | None, summary: str) -> Correction:
    """Write one document's correction inside the caller's operation."""
    old = doc.text
    new, remap, report, moves = _assess(session, doc, edits)
    pending = {r.unit_id: r.id for r in session.exec(
        select(UnitReview).where(UnitReview.document_id == doc.id, UnitReview.reviewed == False))}  # noqa: E712
    for unit_id, old_words, start, end, words, status in moves:
        session.execute(update(MeaningUnit).where(MeaningUnit.id == unit_id).values(start=start, end=end,
                                                                                     text=words))
        if unit_id in pending:  # still waiting: keep its first words, follow its new ones
            values = {"new_text": words} if status == "moved" else {"new_text": words, "status": status}
            session.execute(update(UnitReview).where(UnitReview.id == pending[unit_id]).values(**values))
        elif status != "moved":
            session.add(UnitReview(unit_id=unit_id, document_id=doc.id, status=status, old_text=old_words,
                                   new_text=words))
    starts = json.loads(doc.page_starts or "[0]")
    new_starts: list[int] = []
    for s in starts:
        moved_to = remap.point(s)
        if not new_starts or moved_to > new_starts[-1]:
            new_starts.append(moved_to)
    for turn in session.exec(select(Turn).where(Turn.document_id == doc.id)):
        t_start, t_end = remap.point(turn.start), remap.point(turn.end, at_start=False)
        if (t_start, t_end) != (turn.start, turn.end):
            session.execute(update(Turn).where(Turn.id == turn.id).values(start=t_start, end=max(t_start, t_end)))
    summary = summary or f"Corrected {len(edits)} place{'s' * (len(edits) != 1)}: {report.moved} unit(s) moved, " \
        f"{len(report.changed)} changed, {len(report.deleted)} emptied"
    session.add(TextVersion(document_id=doc.id, reviewer_id=reviewer_id, summary=summary, places=len(edits),
                            text=old))
    session.execute(update(Document).where(Document.id == doc.id).values(
        text=new, text_sha256=sha256_of(new.encode("utf-8")), page_starts=json.dumps(new_starts)))
    old_versions = session.exec(select(TextVersion.id).where(TextVersion.document_id == doc.id)
                                .order_by(TextVersion.at.desc()).offset(VERSIONS_KEPT)).all()  # type: ignore[union-attr]
    for vid in old_versions:
        session.delete(session.get(TextVersion, vid))
    return report


def _label(reports: list[Correction]) -> str:
    places = sum(r.places for r in reports)
    where = reports[0].document if len(reports) == 1 else f"{len(reports)} documents"
    return f"Corrected {places} place{'s' * (places != 1)} in {where}"


def correct_text(project: Project, document: str, new_text: str) -> Outcome[Correction]:
    """Replace a document's text with a corrected version (by name or id); the edits are found by a diff."""
    found = find_document(project, document)
    with operation(project, "correct_text", "Correct text") as op:
        doc = op.session.get(Document, found.id)
        assert doc is not None
        edits = edits_from_diff(doc.text, new_text)
        if not edits:
            raise InvalidOperation(f"{doc.name}: the new text is the same as the document's text")
        report = _apply(op.session, doc, edits, op.reviewer_id, "")
        op.summary = _label([report])
        op.details = {"document": doc.id, "edits": len(edits), "updated": report.moved + report.to_review}
    return Outcome(op.summary, Changes(documents=True, units=True), report)


@dataclass(frozen=True)
class Place:
    document_id: str
    document: str
    start: int
    end: int
    before: str  # a little context before the match
    found: str
    after: str
    replacement: str


def find_places(project: Project, find: str, replacement: str, *, regex: bool = False,
                document: str | None = None, context: int = 30) -> list[Place]:
    """Every place ``find`` occurs (in one document or all), with what it would become: the preview."""
    if not find:
        raise InvalidOperation("say what to find")
    try:
        pattern = re.compile(find if regex else re.escape(find))
    except re.error as exc:
        raise InvalidOperation(f"the regular expression {find!r} is not valid ({exc})") from None
    ids = [find_document(project, document).id] if document else None
    with project.read_session() as s:
        stmt = select(Document).order_by(Document.position)
        if ids:
            stmt = stmt.where(Document.id.in_(ids))  # type: ignore[attr-defined]
        docs = [(d.id, d.name, d.text) for d in s.exec(stmt)]
    places = []
    for doc_id, name, body in docs:
        for m in pattern.finditer(body):
            if m.end() == m.start():
                continue  # an empty match replaces nothing
            new = m.expand(replacement) if regex else replacement
            places.append(Place(doc_id, name, m.start(), m.end(), body[max(0, m.start() - context):m.start()],
                                m.group(0), body[m.end():m.end() + context], new))
    return places


def replace_places(project: Project, places: list[Place], progress: ProgressFn = no_progress,
                   cancelled: CancelledFn = never_cancelled) -> Outcome[list[Correction]]:
    """Apply a find-and-replace preview (or part of it) to every document it names, as one operation
    (cancelled: ``Cancelled``, and nothing changed)."""
    if not places:
        raise InvalidOperation("nothing to replace")
    by_doc: dict[str, list[Place]] = {}
    for p in places:
        by_doc.setdefault(p.document_id, []).append(p)
    with operation(project, "correct_text", "Replace") as op:
        reports = []
        for n, (doc_id, found) in enumerate(by_doc.items()):
            check(cancelled)
            progress(n / len(by_doc), translate("progress", "Replacing"))
            doc = op.session.get(Document, doc_id)
            if doc is None:
                raise InvalidOperation("a document of the preview is no longer in the study")
            edits = [(p.start, p.end, p.replacement) for p in sorted(found, key=lambda p: p.start)]
            for p in found:
                if doc.text[p.start:p.end] != p.found:
                    raise InvalidOperation(f"{doc.name} changed since the preview; search again")
            reports.append(_apply(op.session, doc, edits, op.reviewer_id, ""))
        op.summary = _label(reports)
        op.details = {"documents": len(reports), "edits": len(places)}
    return Outcome(op.summary, Changes(documents=True, units=True), reports)


def preview(project: Project, places: list[Place]) -> list[Correction]:
    """What ``replace_places`` would do to the units, without changing anything (``--dry-run``)."""
    by_doc: dict[str, list[Place]] = {}
    for p in places:
        by_doc.setdefault(p.document_id, []).append(p)
    out = []
    with project.read_session() as s:
        for doc_id, found in by_doc.items():
            doc = s.get(Document, doc_id)
            if doc is not None:
                edits = [(p.start, p.end, p.replacement) for p in sorted(found, key=lambda p: p.start)]
                out.append(_assess(s, doc, edits)[2])
    return out


def replace_all(project: Project, find: str, replacement: str, *, regex: bool = False,
                document: str | None = None) -> Outcome[list[Correction]]:
    return replace_places(project, find_places(project, find, replacement, regex=regex, document=document))


# -- review -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReviewItem:
    unit_id: str
    document_id: str
    document: str
    status: str
    old_text: str
    new_text: str
    start: int
    end: int


def units_to_review(project: Project, document: str | None = None) -> list[ReviewItem]:
    with project.read_session() as s:
        stmt = (select(UnitReview, MeaningUnit, Document.name)
                .join(MeaningUnit, MeaningUnit.id == UnitReview.unit_id)
                .join(Document, Document.id == UnitReview.document_id)
                .where(UnitReview.reviewed == False)  # noqa: E712
                .order_by(Document.position, MeaningUnit.start))
        rows = s.exec(stmt).all()
    items = [ReviewItem(r.unit_id, r.document_id, name, r.status, r.old_text, u.text, u.start, u.end)
             for r, u, name in rows]
    if document:
        doc_id = find_document(project, document).id
        items = [i for i in items if i.document_id == doc_id]
    return items


def count_to_review(project: Project) -> int:
    with project.read_session() as s:
        return s.execute(select(func.count()).select_from(UnitReview).where(
            UnitReview.reviewed == False)).scalar_one()  # noqa: E712


def mark_reviewed(project: Project, unit_ids: list[str] | None = None) -> Outcome[int]:
    """The user has looked at these units (all waiting ones when ``unit_ids`` is None)."""
    with operation(project, "review_units", "Mark units reviewed") as op:
        stmt = update(UnitReview).where(UnitReview.reviewed == False)  # noqa: E712
        if unit_ids is not None:
            stmt = stmt.where(UnitReview.unit_id.in_(unit_ids))  # type: ignore[attr-defined]
        done = op.session.execute(stmt.values(reviewed=True)).rowcount
        if not done:
            raise InvalidOperation("no units are waiting for review")
        op.summary = f"Reviewed {done} corrected unit{'s' * (done != 1)}"
        op.details = {"updated": done}
    return Outcome(op.summary, Changes(units=True), done)


def delete_units(project: Project, unit_ids: list[str]) -> Outcome[None]:
    """Delete meaning units (an emptied unit the user gives up on) with their codings and notes, as one step."""
    from app.core.ops import delete_rows

    if not unit_ids:
        raise InvalidOperation("no units chosen")
    n = len(unit_ids)
    return delete_rows(project, [("meaningunit", uid) for uid in unit_ids], f"Delete {n} unit{'s' * (n != 1)}")


def text_versions(project: Project, document: str) -> list[TextVersion]:
    doc_id = find_document(project, document).id
    with project.read_session() as s:
        return list(s.exec(select(TextVersion).where(TextVersion.document_id == doc_id)
                           .order_by(TextVersion.at.desc())))  # type: ignore[union-attr]
