"""Typed attributes of participants (text, number, date, one-of-a-list) and their values; a table of them read
from or written to CSV/XLSX (participant name in the first column, attribute names in the header row).

Values are stored as text: numbers as written (``42``, ``3.5``), dates as ISO 8601 (``2024-03-01``), choices as
one of the attribute's list.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, update
from sqlmodel import select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import new_id, now
from app.core.models_people import Attribute, AttributeValue, Participant
from app.core.ops import Changes, Outcome, delete_rows, insert_rows, operation
from app.core.participants import list_participants

if TYPE_CHECKING:
    from app.core.project import Project

TYPES = ("text", "number", "date", "choice")
_CHOICE_MAX = 10  # a text column with at most this many distinct, repeated values is read as one-of-a-list


@dataclass(frozen=True)
class AttributeInfo:
    id: str
    name: str
    type: str
    choices: list[str]
    position: int


def list_attributes(project: Project) -> list[AttributeInfo]:
    with project.read_session() as s:
        rows = list(s.exec(select(Attribute).order_by(Attribute.position, Attribute.name)))
    return [AttributeInfo(a.id, a.name, a.type, json.loads(a.choices or "[]"), a.position) for a in rows]


def find_attribute(project: Project, name_or_id: str) -> AttributeInfo:
    for a in list_attributes(project):
        if name_or_id in (a.id, a.name) or a.name.casefold() == name_or_id.strip().casefold():
            return a
    raise NotFound(f"no attribute called {name_or_id!r} in {project.path.name}")


# -- values ---------------------------------------------------------------------------------------------
def _number_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    text = str(value).strip().replace("\u2212", "-")
    try:
        number = float(text)
    except ValueError:
        return None
    return text if math.isfinite(number) else None


def _date_text(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for candidate in (text, text[:10]):
        try:
            return date.fromisoformat(candidate).isoformat() if len(candidate) == 10 else None
        except ValueError:
            continue
    return None


def validate(attribute: AttributeInfo, value: Any) -> str:
    """The value as it is stored, or InvalidOperation saying why it does not fit the attribute's type.
    An empty value clears it (returns '')."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if attribute.type == "number":
        out = _number_text(value)
        if out is None:
            raise InvalidOperation(f"{attribute.name}: {value!r} is not a number")
        return out
    if attribute.type == "date":
        out = _date_text(value)
        if out is None:
            raise InvalidOperation(f"{attribute.name}: {value!r} is not a date (write it as YYYY-MM-DD)")
        return out
    text = (_date_text(value) if isinstance(value, date) else None) or str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if attribute.type == "choice" and text not in attribute.choices:
        raise InvalidOperation(f"{attribute.name}: {text!r} is not one of {', '.join(attribute.choices)}")
    return text


def add_attribute(project: Project, name: str, type_: str = "text", choices: list[str] | None = None
                  ) -> Outcome[str]:
    name = name.strip()
    if not name:
        raise InvalidOperation("an attribute needs a name")
    if type_ not in TYPES:
        raise InvalidOperation(f"an attribute's type is one of {', '.join(TYPES)}, not {type_!r}")
    clean = [c.strip() for c in (choices or []) if c.strip()]
    if type_ == "choice" and not clean:
        raise InvalidOperation(f"{name}: a one-of-a-list attribute needs its list of values")
    existing = list_attributes(project)
    if any(a.name.casefold() == name.casefold() for a in existing):
        raise InvalidOperation(f"there is already an attribute called {name!r}")
    aid = new_id()
    row = {"id": aid, "name": name, "type": type_, "choices": json.dumps(clean, ensure_ascii=False),
           "position": max((a.position for a in existing), default=0) + 1}
    outcome = insert_rows(project, [("attribute", row)], f"Add attribute {name}")
    outcome.value = aid
    return outcome


def delete_attribute(project: Project, attribute_id: str) -> Outcome[None]:
    attr = find_attribute(project, attribute_id)
    return delete_rows(project, [("attribute", attr.id)], f"Delete attribute {attr.name}")


def set_value(project: Project, participant_id: str, attribute_id: str, value: Any) -> Outcome[str]:
    """Set (or clear, with '') one participant's value of one attribute, checked against its type."""
    attr = find_attribute(project, attribute_id)
    stored = validate(attr, value)
    label = f"Set {attr.name}"
    with operation(project, "set_attribute", label) as op:
        if op.session.get(Participant, participant_id) is None:
            raise NotFound(f"participant {participant_id} is not in the project")
        _write_value(op.session, participant_id, attr.id, stored)
        op.details = {"participant": participant_id, "attribute": attr.name, "value": stored}
    return Outcome(label, Changes(participants=True), stored)


def _write_value(session: Any, participant_id: str, attribute_id: str, stored: str) -> None:
    where = (AttributeValue.participant_id == participant_id, AttributeValue.attribute_id == attribute_id)
    if not stored:
        session.execute(delete(AttributeValue).where(*where))
    elif session.execute(select(AttributeValue.id).where(*where)).first():
        session.execute(update(AttributeValue).where(*where).values(value=stored))
    else:
        session.execute(insert(AttributeValue), [{"id": new_id(), "participant_id": participant_id,
                                                  "attribute_id": attribute_id, "value": stored}])


# -- tables (CSV / XLSX) --------------------------------------------------------------------------------
def infer_type(values: list[Any]) -> tuple[str, list[str]]:
    """(type, choices) of a column: number, date, choice (few distinct values that repeat) or text."""
    present = [v for v in values if v is not None and str(v).strip()]
    if not present:
        return "text", []
    if all(_number_text(v) is not None for v in present):
        return "number", []
    if all(_date_text(v) is not None and (isinstance(v, date) or len(str(v).strip()) == 10) for v in present):
        return "date", []
    distinct = list(dict.fromkeys(str(v).strip() for v in present))
    if len(distinct) <= _CHOICE_MAX and len(distinct) < len(present):
        return "choice", sorted(distinct, key=str.casefold)
    return "text", []


def import_table(project: Project, rows: list[list[Any]], source: str = "table") -> Outcome[dict[str, int]]:
    """Participants' attribute values from a table: header row = ['Participant', attribute names…], then one row
    per participant (created when new). New attributes get a type inferred from their column; values for an
    existing attribute must fit its type. One operation; on any bad value nothing is written."""
    if not rows or len(rows[0]) < 2:
        raise InvalidOperation(f"{source}: expected a header row with the participant column and attribute names")
    header = [str(h).strip() if h is not None else "" for h in rows[0]]
    body = [r for r in rows[1:] if r and r[0] is not None and str(r[0]).strip()]
    names = header[1:]
    if any(not n for n in names):
        raise InvalidOperation(f"{source}: column {names.index('') + 2} of the header row has no attribute name")
    lowered = [n.casefold() for n in names]
    if len(set(lowered)) != len(lowered):
        raise InvalidOperation(f"{source}: an attribute name appears twice in the header row")
    existing = {a.name.casefold(): a for a in list_attributes(project)}
    attrs: list[AttributeInfo] = []
    new_attrs: list[dict[str, Any]] = []
    position = max((a.position for a in existing.values()), default=0)
    for col, name in enumerate(names, start=1):
        if name.casefold() in existing:
            attrs.append(existing[name.casefold()])
            continue
        type_, choices = infer_type([r[col] if col < len(r) else None for r in body])
        position += 1
        info = AttributeInfo(new_id(), name, type_, choices, position)
        attrs.append(info)
        new_attrs.append({"id": info.id, "name": name, "type": type_, "position": position,
                          "choices": json.dumps(choices, ensure_ascii=False)})
    values: list[tuple[str, str, str]] = []  # (participant name, attribute id, stored)
    for line, row in enumerate(body, start=2):
        person = str(row[0]).strip()
        for col, attr in enumerate(attrs, start=1):
            raw = row[col] if col < len(row) else None
            try:
                values.append((person, attr.id, validate(attr, raw)))
            except InvalidOperation as exc:
                raise InvalidOperation(f"{source}: row {line}: {exc}") from None
    people = {p.name.casefold(): p.id for p in list_participants(project)}
    label = f"Import attributes from {source}"
    created = 0
    with operation(project, "import_attributes", label) as op:
        if new_attrs:
            op.session.execute(insert(Attribute), new_attrs)
        pos = op.session.execute(select(func.max(Participant.position))).scalar() or 0
        for person, attribute_id, stored in values:
            pid = people.get(person.casefold())
            if pid is None:
                pos += 1
                pid = people[person.casefold()] = new_id()
                op.session.execute(insert(Participant), [{"id": pid, "name": person, "role": "participant",
                                                          "position": pos, "created_at": now()}])
                created += 1
            _write_value(op.session, pid, attribute_id, stored)
        counts = {"participants": len(body), "new_participants": created, "attributes": len(attrs),
                  "new_attributes": len(new_attrs)}
        op.details = counts
    return Outcome(label, Changes(participants=True), counts)


def export_table(project: Project) -> list[list[Any]]:
    """Header ['Participant', attributes…] and one row per participant; numbers as numbers, others as text."""
    attrs = list_attributes(project)
    rows: list[list[Any]] = [["Participant"] + [a.name for a in attrs]]
    for person in list_participants(project):
        row: list[Any] = [person.name]
        for a in attrs:
            value: Any = person.attributes.get(a.name, "")
            if a.type == "number" and value:
                number = float(value)
                value = int(number) if number.is_integer() else number
            row.append(value)
        rows.append(row)
    return rows


def typed_values(project: Project, values: dict[str, str], attributes: list[AttributeInfo] | None = None
                 ) -> dict[str, Any]:
    """Stored values with numbers as numbers (for JSON); dates stay ISO text."""
    types = {a.name: a.type for a in (attributes if attributes is not None else list_attributes(project))}
    out: dict[str, Any] = {}
    for name, value in values.items():
        if types.get(name) == "number":
            try:
                number = float(value)
                out[name] = int(number) if number.is_integer() and "." not in value else number
                continue
            except ValueError:
                pass
        out[name] = value
    return out
