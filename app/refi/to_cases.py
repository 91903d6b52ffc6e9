"""Plan participants and their attributes from REFI-QDA cases and variables (issue 17).

- A ``<Variable>`` becomes an attribute: Text → text, Boolean → choice (true/false), Integer and Float →
  number, Date and DateTime → date (a date-time keeps its date).
- A named ``<Case>`` becomes a participant (one already in the study with that name, or made before from the
  same GUID, is reused) with its values. A source that belongs to exactly one case is assigned to it.
- A case without a name that points at one source, and a source's own ``<VariableValue>``s (how MAXQDA and
  Quirkos carry document variables), become a participant named after that document, assigned to it.
Values already in the study are kept; a different one in the file is reported, never overwritten.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import new_id, now
from app.core.models_people import Attribute, AttributeValue, Participant
from app.refi.from_project import CHOICES, INTERVIEWER
from app.refi.model import RCase, RValue

if TYPE_CHECKING:
    from app.refi.to_project import ProjectPlanner

TYPES = {"text": "text", "boolean": "choice", "integer": "number", "float": "number", "date": "date",
         "datetime": "date"}
_DATE = re.compile(r"^(\d{4}-\d\d-\d\d)(?:[T ].*)?$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _value(kind: str, value: str, choices: list[str]) -> str | None:
    """The value as Lectio stores it for an attribute of ``kind``, or None when it is not one."""
    value = value.strip()
    if kind == "choice" and sorted(choices) != ["false", "true"]:
        return value if value in choices or not value else None
    if kind == "choice":
        low = value.lower()
        return "true" if low in {"true", "1"} else "false" if low in {"false", "0"} else None
    if kind == "number":
        return value if _NUMBER.match(value) else None
    if kind == "date":
        m = _DATE.match(value)
        return m.group(1) if m else None
    return value


class CasePlacer:
    def __init__(self, planner: ProjectPlanner) -> None:
        self.p = planner
        with planner.project.read_session() as s:
            self.people = {x.name.casefold(): x.id for x in s.exec(select(Participant))}
            attrs = list(s.exec(select(Attribute)))
            self.values = {(v.participant_id, v.attribute_id): v.value for v in s.exec(select(AttributeValue))}
        self.attrs = {a.name.casefold(): (a.id, a.type) for a in attrs}
        self.attr_type = {a.id: a.type for a in attrs}
        self.attr_choices = {a.id: json.loads(a.choices or "[]") for a in attrs}
        self.n_people, self.n_attrs = len(self.people), len(attrs)
        self.variables: dict[str, str] = {}  # variable guid → attribute id
        self.case_person: dict[str, str] = {}  # case guid → participant id (for the turns they speak)
        self.problems: Counter[str] = Counter()

    def _attribute(self, guid: str, name: str, refi_type: str, description: str = "") -> str:
        p = self.p
        kind = TYPES.get(refi_type.casefold(), "text")
        choices = ["true", "false"] if kind == "choice" else []
        if kind == "text" and description.startswith(CHOICES):  # Lectio's own one-of-a-list attribute
            try:
                listed = json.loads(description[len(CHOICES):])
            except ValueError:
                listed = None
            if isinstance(listed, list) and listed:
                kind, choices = "choice", [str(c) for c in listed]
        known = p.links.get("variable", guid, "attribute")
        if known is None and name.casefold() in self.attrs:
            known = self.attrs[name.casefold()][0]
        if known is None:
            known = new_id()
            self.attrs[name.casefold()] = (known, kind)
            self.attr_type[known] = kind
            self.attr_choices[known] = choices
            p.plan.add("attribute", {"id": known, "name": name, "type": kind,
                                     "choices": json.dumps(choices, ensure_ascii=False),
                                     "position": self.n_attrs})
            self.n_attrs += 1
        p.links.add("variable", guid, "attribute", known)
        return known

    def _participant(self, guid: str, name: str, description: str = "") -> str:
        p = self.p
        known = p.links.get("case", guid, "participant")
        if known is None and name.casefold() in self.people:
            known = self.people[name.casefold()]
        if known is None:
            known = self.people[name.casefold()] = new_id()
            role = "interviewer" if description.casefold() == INTERVIEWER.casefold() else "participant"
            p.plan.add("participant", {"id": known, "name": name, "role": role, "position": self.n_people,
                                       "created_at": now()})
            self.n_people += 1
        p.links.add("case", guid, "participant", known)
        return known

    def _set_values(self, person: str, values: list[RValue]) -> None:
        for v in values:
            attr_id = self.variables.get(v.variable)
            if attr_id is None:
                self.problems["variable values that point at a variable missing from the file"] += 1
                continue
            value = _value(self.attr_type[attr_id], v.value, self.attr_choices.get(attr_id, []))
            if value is None:
                self.problems["variable values that do not fit their variable's type"] += 1
                continue
            if v.type == "DateTime" and "T" in v.value:
                self.problems["date-time values kept as their date"] += 1
            old = self.values.get((person, attr_id))
            if old is not None:
                if old != value:
                    self.problems["variable values that differ from the study's were not taken over"] += 1
                continue
            if value == "":
                continue
            self.values[(person, attr_id)] = value
            self.p.plan.add("attributevalue", {"id": new_id(), "participant_id": person, "attribute_id": attr_id,
                                               "value": value})

    def _assign(self, source_guid: str, person: str) -> None:
        """Give a document the study did not have before to ``person``."""
        doc = self.p.doc_ids.get(source_guid)
        if doc is None or doc not in self.p.new_docs:
            return
        for row in self.p.plan.rows["document"]:
            if row["id"] == doc and not row.get("participant_id"):
                row["participant_id"] = person

    def run(self) -> None:
        rp = self.p.rp
        for var in rp.variables:
            self.variables[var.guid] = self._attribute(var.guid, var.name, var.type, var.description)
        owners: Counter[str] = Counter(g for c in rp.cases if c.name for g in dict.fromkeys(c.sources))
        names = {s.guid: s.name for s in rp.sources}
        for case in rp.cases:
            if not case.name:
                self._document_case(case, names)
                continue
            person = self.case_person[case.guid] = self._participant(case.guid, case.name, case.description)
            self._set_values(person, case.values)
            for g in case.sources:
                if owners[g] == 1:
                    self._assign(g, person)
        for src in rp.sources:
            if src.values:
                self._document_case(RCase(f"source:{src.guid}", "", values=src.values, sources=[src.guid]), names)
        for what, n in self.problems.items():
            self.p.warn(f"{n} {what}")

    def _document_case(self, case: RCase, names: dict[str, str]) -> None:
        if len(case.sources) != 1 or case.sources[0] not in names:
            self.problems["cases without a name or a single source (not imported)"] += 1
            return
        doc = self.p.doc_ids.get(case.sources[0])
        name = next((r["name"] for r in self.p.plan.rows["document"] if r["id"] == doc), names[case.sources[0]])
        person = self._participant(case.guid, name)
        self._set_values(person, case.values)
        self._assign(case.sources[0], person)
        self.problems["document variable sets became participants named after their documents"] += 1
