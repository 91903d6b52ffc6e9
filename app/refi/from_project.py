"""Read a Lectio project into the REFI model (the export side).

Mapping: reviewers → Users; documents → TextSources (PDFs → PDFSource with a text Representation);
meaning units → PlainTextSelections with the condensed meaning as Description; codings → Coding/CodeRef;
annotations and memos → Notes with NoteRefs; themes and categories → non-codable Codes with their
categories and codes nested inside.
"""

from __future__ import annotations

import json
import re
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import Annotation, Category, Code, Coding, Document, DocumentFile, MeaningUnit, Memo, Theme
from app.core.models_people import Attribute, AttributeValue, Participant, Turn
from app.refi.model import (
    RCase,
    RCode,
    RCoding,
    RNote,
    RProject,
    RSelection,
    RSource,
    RTurn,
    RUser,
    RValue,
    RVariable,
    join_description,
)

if TYPE_CHECKING:
    from app.core.project import Project

NOTE_NAMES = {"annotation": "Note", "memo": "Memo", "first_impressions": "First impressions",
              "project": "Project memo"}


def read_codebook(project: Project) -> list[RCode]:
    """Themes › categories (› sub-categories) › codes as a tree of REFI codes; unsorted items at the top."""
    with project.read_session() as s:
        themes = list(s.exec(select(Theme).order_by(Theme.position, Theme.name)))
        cats = list(s.exec(select(Category).order_by(Category.position, Category.name)))
        codes = list(s.exec(select(Code).order_by(Code.position, Code.name)))
    code_nodes: dict[str | None, list[RCode]] = {}
    for c in codes:
        node = RCode(c.id, c.name, True, c.colour, join_description(c.definition, c.inclusion, c.exclusion))
        code_nodes.setdefault(c.category_id if c.category_id in {k.id for k in cats} else None, []).append(node)
    cat_nodes = {c.id: RCode(c.id, c.name, False, c.colour, c.description, list(code_nodes.get(c.id, [])))
                 for c in cats}
    theme_nodes = {t.id: RCode(t.id, t.name, False, "", t.description) for t in themes}
    top_cats: list[RCode] = []
    for c in cats:
        if c.parent_id and c.parent_id in cat_nodes and c.parent_id != c.id:
            cat_nodes[c.parent_id].children.append(cat_nodes[c.id])
        elif c.theme_id in theme_nodes:
            theme_nodes[c.theme_id].children.append(cat_nodes[c.id])
        else:
            top_cats.append(cat_nodes[c.id])
    return list(theme_nodes.values()) + top_cats + code_nodes.get(None, [])


def _original_kind(doc: Document) -> str:
    suffix = PurePath(doc.original_name).suffix.lower().lstrip(".")
    return suffix or doc.kind or "txt"


def read_project(project: Project) -> RProject:
    """Everything the exchange format can hold, as plain values."""
    codes = read_codebook(project)
    by_guid = {c.guid: c for root in codes for c in root.walk()}
    with project.read_session() as s:
        docs = list(s.exec(select(Document).order_by(Document.position, Document.name)))
        originals = dict(s.execute(select(DocumentFile.document_id, DocumentFile.data)).all())
        units = list(s.exec(select(MeaningUnit).order_by(MeaningUnit.document_id, MeaningUnit.start,
                                                         MeaningUnit.end, MeaningUnit.created_at)))
        codings = list(s.exec(select(Coding).order_by(Coding.created_at, Coding.id)))
        notes = list(s.exec(select(Annotation).order_by(Annotation.created_at, Annotation.id)))
        memos = list(s.exec(select(Memo).order_by(Memo.target_kind, Memo.updated_at, Memo.id)))
    out = RProject(name=project.title or project.path.stem, description=project.meta("research_question"),
                   users=[RUser(r.id, r.name) for r in project.reviewers()], codes=codes)
    sources = {}
    for d in docs:
        sources[d.id] = RSource(d.id, d.name, d.text, _original_kind(d), originals.get(d.id, b""),
                                d.original_name, created=d.imported_at)
    selections: dict[str, RSelection] = {}
    for u in units:
        if u.document_id not in sources:
            continue
        sel = RSelection(u.id, u.start, u.end, name=_short(u.text), description=u.condensed,
                         user=u.reviewer_id, created=u.created_at)
        selections[u.id] = sel
        sources[u.document_id].selections.append(sel)
    for c in codings:
        if c.unit_id in selections and c.code_id in by_guid:
            selections[c.unit_id].codings.append(RCoding(c.id, c.code_id, c.reviewer_id, c.created_at))
    for a in notes:
        if a.unit_id in selections:
            out.notes.append(RNote(a.id, NOTE_NAMES["annotation"], a.text, a.reviewer_id, a.created_at))
            selections[a.unit_id].note_refs.append(a.id)
    for m in memos:
        if not m.text.strip():
            continue
        name = m.title or NOTE_NAMES.get(m.kind, "Memo")
        if m.target_kind == "document" and m.kind == "memo" and not m.title and m.target_id in sources:
            sources[m.target_id].description = m.text  # QualCoder reads a source's memo from its Description
            continue
        if m.target_kind == "project" and m.kind == "note":  # a journal entry: a note nothing refers to
            out.notes.append(RNote(m.id, m.title or "Note", m.text, m.reviewer_id or "", m.updated_at))
            continue
        if m.target_kind == "project":
            holder: list[str] = out.note_refs
            name = m.title or NOTE_NAMES["project"]
        elif m.target_kind == "document" and m.target_id in sources:
            holder = sources[m.target_id].note_refs
        elif m.target_kind in {"code", "category", "theme"} and m.target_id in by_guid:
            holder = by_guid[m.target_id].note_refs
        else:
            continue
        out.notes.append(RNote(m.id, name, m.text, m.reviewer_id or "", m.updated_at))
        holder.append(m.id)
    out.sources = list(sources.values())
    _people(project, out, sources)
    return out


INTERVIEWER = "Interviewer"  # a Case's Description that marks the interviewer (REFI has no roles)
CHOICES = "One of: "  # REFI has no one-of-a-list type: a Text variable whose Description lists the choices


def choices_description(choices: str) -> str:
    try:
        values = [str(c) for c in json.loads(choices or "[]")]
    except ValueError:
        values = []
    return CHOICES + json.dumps(values, ensure_ascii=False) if values else ""


def _refi_type(kind: str, choices: str, values: list[str]) -> str:
    if kind == "number":
        return "Integer" if all(re.fullmatch(r"[+-]?\d+", v.strip()) for v in values) else "Float"
    if kind == "date":
        return "Date"
    if kind == "choice":
        try:
            allowed = sorted(str(c).lower() for c in json.loads(choices or "[]"))
        except ValueError:
            allowed = []
        if allowed == ["false", "true"]:
            return "Boolean"
    return "Text"


def _refi_value(refi_type: str, value: str) -> str | None:
    """``value`` written as the XSD wants it for ``refi_type``, or None when it is not one."""
    v = value.strip()
    try:
        if refi_type == "Integer":
            return str(int(v))
        if refi_type == "Float":
            number = Decimal(v)
            return format(number, "f") if number.is_finite() else None
    except (ValueError, InvalidOperation):
        return None
    if refi_type == "Date":
        return v if re.fullmatch(r"\d{4}-\d\d-\d\d", v) else None
    if refi_type == "Boolean":
        return {"true": "true", "1": "true", "false": "false", "0": "false"}.get(v.lower())
    return value


def turn_guid(turn_id: str) -> str:
    """A turn's GUID in the file: its id, or one derived from it when the id is not a GUID."""
    return turn_id if _GUID.match(turn_id) else str(uuid.uuid5(uuid.NAMESPACE_URL, f"lectio-turn:{turn_id}"))


_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def _people(project: Project, out: RProject, sources: dict[str, RSource]) -> None:
    """Participants → Cases (the documents that belong to them as SourceRefs, the speaker turns they speak as
    SelectionRefs), attributes → Variables, attribute values → VariableValues, turns → marked selections."""
    exported = set(sources)
    with project.read_session() as s:
        people = list(s.exec(select(Participant).order_by(Participant.position, Participant.name)))
        attrs = list(s.exec(select(Attribute).order_by(Attribute.position, Attribute.name)))
        values = list(s.exec(select(AttributeValue)))
        owned = s.execute(select(Document.participant_id, Document.id).order_by(Document.position)).all()
        turns = s.execute(select(Turn.id, Turn.document_id, Turn.start, Turn.end, Turn.speaker, Turn.participant_id,
                                 Turn.seconds).order_by(Turn.document_id, Turn.start, Turn.end, Turn.id)).all()
    by_attr: dict[str, list[str]] = {}
    for v in values:
        if v.value.strip():
            by_attr.setdefault(v.attribute_id, []).append(v.value)
    types = {a.id: _refi_type(a.type, a.choices, by_attr.get(a.id, [])) for a in attrs}
    out.variables = [RVariable(a.id, a.name, types[a.id], choices_description(a.choices) if a.type == "choice"
                               and types[a.id] == "Text" else "") for a in attrs]
    docs_of: dict[str, list[str]] = {}
    for person, doc in owned:
        if person and doc in exported and doc not in docs_of.setdefault(person, []):
            docs_of[person].append(doc)
    spoken: dict[str, list[str]] = {}
    for tid, doc, start, end, speaker, person, seconds in turns:
        if doc not in sources:
            continue
        turn = RTurn(turn_guid(tid), start, end, speaker, seconds)
        sources[doc].turns.append(turn)
        if person:
            spoken.setdefault(person, []).append(turn.guid)
    vals: dict[str, list[RValue]] = {}
    bad = 0
    for v in values:
        if v.attribute_id not in types or not v.value.strip():
            continue
        written = _refi_value(types[v.attribute_id], v.value)
        if written is None:
            bad += 1
            continue
        vals.setdefault(v.participant_id, []).append(RValue(v.attribute_id, types[v.attribute_id], written))
    order = {a.id: i for i, a in enumerate(attrs)}
    for person in people:
        mine = sorted(vals.get(person.id, []), key=lambda x: order[x.variable])
        out.cases.append(RCase(person.id, person.name, INTERVIEWER if person.role == "interviewer" else "",
                               values=mine, sources=docs_of.get(person.id, []),
                               selections=spoken.get(person.id, [])))
    if bad:
        out.warnings.append(f"{bad} attribute value(s) do not fit their attribute's type and were not exported")


def _short(text: str, limit: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"
