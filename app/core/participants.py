"""Participants (cases) and the speaker turns of transcripts: list, rename, set a role, merge two labels into one
person, assign a document to a participant, and find the turn (and its time) at an offset.

Typed attributes and their values are in ``app.core.attributes``. Every change is one operation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import Session, select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Document, Meta, new_id, now
from app.core.models_people import Attribute, AttributeValue, Participant, Turn
from app.core.ops import Changes, Outcome, delete_rows, insert_rows, operation, update_fields

if TYPE_CHECKING:
    from app.core.project import Project
    from app.importers.base import ImportedTurn

ROLES = ("participant", "interviewer")
_INTERVIEWER_LABEL = re.compile(r"^(interviewer|interviewerin|moderator|facilitator|researcher|int|i)\b",
                                re.IGNORECASE)
SETTING_INTERVIEWER_UNITS = "interviewer_turns_in_units"  # Meta key: "exclude" (default) or "include"


@dataclass(frozen=True)
class TurnInfo:
    id: str
    document_id: str
    start: int
    end: int
    speaker: str
    participant_id: str | None
    seconds: float | None
    role: str = "participant"  # the mapped participant's role


@dataclass
class ParticipantInfo:
    id: str
    name: str
    role: str
    position: int
    turns: int = 0
    documents: list[str] = field(default_factory=list)  # names of documents they speak in or own
    attributes: dict[str, str] = field(default_factory=dict)  # attribute name → value as stored


# -- import ---------------------------------------------------------------------------------------------
def guess_role(label: str) -> str:
    return "interviewer" if _INTERVIEWER_LABEL.match(label.strip()) else "participant"


def store_turns(session: Session, document_id: str, turns: list[ImportedTurn]) -> None:
    """Write a transcript's turns and map each speaker label to a participant (made when new, matched by name
    regardless of case). Runs inside the import's operation."""
    known = {name.casefold(): pid for pid, name in session.execute(select(Participant.id, Participant.name))}
    position = session.execute(select(func.max(Participant.position))).scalar() or 0
    rows = []
    for turn in turns:
        label = turn.speaker.strip()
        pid = None
        if label:
            pid = known.get(label.casefold())
            if pid is None:
                position += 1
                pid = known[label.casefold()] = new_id()
                session.execute(insert(Participant), [{"id": pid, "name": label, "role": guess_role(label),
                                                       "position": position, "created_at": now()}])
        rows.append({"id": new_id(), "document_id": document_id, "start": turn.start, "end": turn.end,
                     "speaker": label, "participant_id": pid, "seconds": turn.seconds})
    if rows:
        session.execute(insert(Turn), rows)


# -- reading --------------------------------------------------------------------------------------------
def list_participants(project: Project) -> list[ParticipantInfo]:
    with project.read_session() as s:
        people = {p.id: ParticipantInfo(p.id, p.name, p.role, p.position)
                  for p in s.exec(select(Participant).order_by(Participant.position, Participant.name))}
        for pid, n in s.execute(select(Turn.participant_id, func.count()).group_by(Turn.participant_id)):
            if pid in people:
                people[pid].turns = n
        docs = s.execute(select(Turn.participant_id, Document.name).join(Document, Document.id == Turn.document_id)
                         .distinct()).all()
        docs += s.execute(select(Document.participant_id, Document.name)
                          .where(Document.participant_id.is_not(None))).all()  # type: ignore[union-attr]
        for pid, name in docs:
            if pid in people and name not in people[pid].documents:
                people[pid].documents.append(name)
        for pid, attr, value in s.execute(select(AttributeValue.participant_id, Attribute.name, AttributeValue.value)
                                          .join(Attribute, Attribute.id == AttributeValue.attribute_id)
                                          .order_by(Attribute.position, Attribute.name)):
            if pid in people:
                people[pid].attributes[attr] = value
    return list(people.values())


def find_participant(project: Project, name_or_id: str) -> ParticipantInfo:
    people = list_participants(project)
    for p in people:
        if name_or_id in (p.id, p.name):
            return p
    for p in people:
        if p.name.casefold() == name_or_id.strip().casefold():
            return p
    raise NotFound(f"no participant called {name_or_id!r} in {project.path.name}")


def list_turns(project: Project, document_id: str) -> list[TurnInfo]:
    with project.read_session() as s:
        rows = s.execute(select(Turn, Participant.role).outerjoin(Participant, Participant.id == Turn.participant_id)
                         .where(Turn.document_id == document_id).order_by(Turn.start)).all()
    return [TurnInfo(t.id, t.document_id, t.start, t.end, t.speaker, t.participant_id, t.seconds,
                     role or "participant") for t, role in rows]


def turn_at(turns: list[TurnInfo], offset: int) -> TurnInfo | None:
    """The turn holding ``offset`` (or the last turn starting before it), None before the first turn."""
    index = bisect.bisect_right([t.start for t in turns], offset) - 1
    return turns[index] if index >= 0 else None


def unit_times(project: Project, spans: list[tuple[str, str, int]]) -> dict[str, float]:
    """(unit id, document id, start) → the start time of the turn where each unit starts, for units in
    transcripts whose turns carry times."""
    out: dict[str, float] = {}
    by_doc: dict[str, list[TurnInfo]] = {}
    for unit_id, doc_id, start in spans:
        if doc_id not in by_doc:
            by_doc[doc_id] = list_turns(project, doc_id)
        turn = turn_at(by_doc[doc_id], start)
        if turn is not None and turn.seconds is not None:
            out[unit_id] = turn.seconds
    return out


# -- changes --------------------------------------------------------------------------------------------
def _check_name(project: Project, name: str, except_id: str = "") -> str:
    name = name.strip()
    if not name:
        raise InvalidOperation("a participant needs a name")
    for p in list_participants(project):
        if p.id != except_id and p.name.casefold() == name.casefold():
            raise InvalidOperation(f"there is already a participant called {p.name!r}")
    return name


def add_participant(project: Project, name: str, *, role: str = "participant") -> Outcome[str]:
    name = _check_name(project, name)
    if role not in ROLES:
        raise InvalidOperation(f"a role is 'participant' or 'interviewer', not {role!r}")
    position = max((p.position for p in list_participants(project)), default=0) + 1
    pid = new_id()
    outcome = insert_rows(project, [("participant", {"id": pid, "name": name, "role": role, "position": position,
                                                     "created_at": now()})], f"Add participant {name}")
    outcome.value = pid
    return outcome


def rename_participant(project: Project, participant_id: str, name: str) -> Outcome[dict]:
    name = _check_name(project, name, participant_id)
    return update_fields(project, "participant", participant_id, {"name": name}, f"Rename participant to {name}",
                         action="rename_participant")


def set_role(project: Project, participant_id: str, role: str) -> Outcome[dict]:
    if role not in ROLES:
        raise InvalidOperation(f"a role is 'participant' or 'interviewer', not {role!r}")
    person = find_participant(project, participant_id)
    return update_fields(project, "participant", participant_id, {"role": role},
                         f"Mark {person.name} as {role}", action="set_role")


def delete_participant(project: Project, participant_id: str) -> Outcome[None]:
    person = find_participant(project, participant_id)
    return delete_rows(project, [("participant", participant_id)], f"Delete participant {person.name}")


def merge_participants(project: Project, keep_id: str, other_id: str) -> Outcome[None]:
    """The same person under two labels: every turn and document of ``other`` goes to ``keep``; ``other``'s
    attribute values fill the ones ``keep`` lacks; then ``other`` is removed."""
    keep, other = find_participant(project, keep_id), find_participant(project, other_id)
    if keep.id == other.id:
        raise InvalidOperation("choose two different participants to merge")
    label = f"Merge {other.name} into {keep.name}"
    with operation(project, "merge_participants", label) as op:
        s = op.session
        s.execute(update(Turn).where(Turn.participant_id == other.id).values(participant_id=keep.id))
        s.execute(update(Document).where(Document.participant_id == other.id).values(participant_id=keep.id))
        have = set(s.execute(select(AttributeValue.attribute_id).where(AttributeValue.participant_id == keep.id))
                   .scalars())
        s.execute(update(AttributeValue).where(AttributeValue.participant_id == other.id,
                                               AttributeValue.attribute_id.not_in(have))  # type: ignore[attr-defined]
                  .values(participant_id=keep.id))
        s.execute(delete(AttributeValue).where(AttributeValue.participant_id == other.id))
        s.execute(delete(Participant).where(Participant.id == other.id))
        op.details = {"kept": keep.id, "merged": other.id, "turns": other.turns}
    return Outcome(label, Changes(participants=True, documents=True))


def map_speaker(project: Project, speaker: str, participant_id: str | None) -> Outcome[int]:
    """Every turn spoken under the label ``speaker`` (in any document) belongs to ``participant_id``."""
    label = f"Map speaker {speaker}"
    with operation(project, "map_speaker", label) as op:
        n = op.session.execute(update(Turn).where(Turn.speaker == speaker).values(participant_id=participant_id))
        op.details = {"speaker": speaker, "participant": participant_id, "turns": n.rowcount}
    return Outcome(label, Changes(participants=True), n.rowcount)


def assign_document(project: Project, document_id: str, participant_id: str | None) -> Outcome[dict]:
    """A whole document belongs to one participant (a written answer, one interview per file), or to none."""
    who = find_participant(project, participant_id).name if participant_id else "no participant"
    return update_fields(project, "document", document_id, {"participant_id": participant_id},
                         f"Assign document to {who}", action="assign_document")


# -- the per-study setting ------------------------------------------------------------------------------
def interviewer_turns_excluded(project: Project) -> bool:
    """Interviewer turns are left out of unit-making unless the study says to include them."""
    return project.meta(SETTING_INTERVIEWER_UNITS, "exclude") != "include"


def set_interviewer_turns_excluded(project: Project, excluded: bool) -> Outcome[Any]:
    value = "exclude" if excluded else "include"
    label = "Leave interviewer turns out of units" if excluded else "Include interviewer turns in units"
    with operation(project, "setting", label) as op:
        row = op.session.get(Meta, SETTING_INTERVIEWER_UNITS)
        if row is None:
            op.session.add(Meta(key=SETTING_INTERVIEWER_UNITS, value=value))
        else:
            row.value = value
    return Outcome(label, Changes(project=True), excluded)


def interviewer_spans(project: Project, document_id: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in list_turns(project, document_id) if t.role == "interviewer"]


def trim_interviewer(project: Project, document_id: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``start..end`` outside interviewer turns (the whole span when the setting includes them),
    with surrounding white space trimmed; what a new meaning unit should cover."""
    if not interviewer_turns_excluded(project):
        return [(start, end)]
    pieces = [(start, end)]
    for a, b in interviewer_spans(project, document_id):
        pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
    if not pieces:
        return []
    text = _document_text(project, document_id)
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _document_text(project: Project, document_id: str) -> str:
    with project.read_session() as s:
        text = s.execute(select(Document.text).where(Document.id == document_id)).scalar()
    if text is None:
        raise NotFound(f"document {document_id} is not in the project")
    return text


def format_time_or_blank(seconds: float | None) -> str:
    """``[00:12:41]`` for a time, '' for none — how units and quotes cite a transcript's time."""
    if seconds is None:
        return ""
    from app.importers.transcript import format_time

    return f"[{format_time(seconds)}]"
