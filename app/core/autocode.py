"""Autocoding: every turn of a speaker, every interviewer question, or every passage matching a keyword or a
regular expression becomes a meaning unit in the current reviewer's layer, optionally coded — as ONE operation.

``preview`` returns what ``apply`` would create, so the window can show it first. A unit covers what was said
(the turn without its ``Name: `` label); a keyword or pattern match is widened to its sentence, within its turn.
Interviewer turns are left out of keyword/pattern autocoding while the study's setting excludes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import insert
from sqlmodel import select

from app.core.codebook import PALETTE, find_code_by_name
from app.core.documents import list_documents
from app.core.errors import InvalidOperation
from app.core.models import Code, Coding, Document, MeaningUnit, new_id, now
from app.core.ops import Changes, Outcome, delete_rows, operation
from app.core.participants import (
    TurnInfo,
    find_participant,
    interviewer_turns_excluded,
    list_turns,
    turn_at,
)

if TYPE_CHECKING:
    from app.core.project import Project

_SENTENCE_END = re.compile(r"[.!?…](?=\s)|\n")
MAX_HITS = 20_000


@dataclass(frozen=True)
class Rule:
    """What to autocode: exactly one of ``speaker`` (participant or speaker label), ``role`` ('interviewer' or
    'participant'), ``pattern`` (a regular expression) or ``keyword`` (plain words, case-insensitive)."""

    speaker: str = ""
    role: str = ""
    pattern: str = ""
    keyword: str = ""
    documents: tuple[str, ...] = ()  # document ids; empty = every document

    def describe(self) -> str:
        if self.speaker:
            return f"every turn of {self.speaker}"
        if self.role:
            return f"every {self.role} turn"
        return f"every passage matching {self.pattern or self.keyword!r}"


@dataclass(frozen=True)
class Hit:
    document_id: str
    document: str
    start: int
    end: int
    text: str
    seconds: float | None = None
    existing_unit_id: str | None = None  # the reviewer already has a unit on exactly these words


def _speech(text: str, turn: TurnInfo) -> tuple[int, int]:
    start = turn.start
    if turn.speaker and text.startswith(f"{turn.speaker}:", start):
        start += len(turn.speaker) + 1
    end = turn.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Widen ``start..end`` to the sentence(s) holding it, within ``lo..hi``."""
    a = start
    while a > lo and not _SENTENCE_END.match(text, a - 1):
        a -= 1
    b = end
    while b < hi:
        m = _SENTENCE_END.match(text, b)
        if m:
            b = m.end() if text[b] != "\n" else b
            break
        b += 1
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _matcher(rule: Rule) -> re.Pattern[str]:
    if rule.pattern:
        try:
            return re.compile(rule.pattern, re.IGNORECASE | re.MULTILINE)
        except re.error as exc:
            raise InvalidOperation(f"the pattern {rule.pattern!r} is not a valid regular expression ({exc})") from exc
    words = rule.keyword.strip()
    return re.compile(r"\b" + re.escape(words) + r"\b", re.IGNORECASE)


def preview(project: Project, rule: Rule, *, reviewer_id: str | None = None) -> list[Hit]:
    """The units autocoding would create (or reuse), in document order."""
    chosen = [bool(rule.speaker), bool(rule.role), bool(rule.pattern), bool(rule.keyword.strip())]
    if sum(chosen) != 1:
        raise InvalidOperation("autocode by exactly one of: a speaker, a role, a pattern or a keyword")
    if rule.role and rule.role not in ("interviewer", "participant"):
        raise InvalidOperation(f"a role is 'interviewer' or 'participant', not {rule.role!r}")
    rid = reviewer_id or project.reviewer_id
    person = find_participant(project, rule.speaker) if rule.speaker else None
    matcher = _matcher(rule) if (rule.pattern or rule.keyword.strip()) else None
    skip_interviewer = interviewer_turns_excluded(project)
    hits: list[Hit] = []
    for doc in list_documents(project):
        if rule.documents and doc.id not in rule.documents:
            continue
        with project.read_session() as s:
            text = s.execute(select(Document.text).where(Document.id == doc.id)).scalar() or ""
            existing = {(u.start, u.end): u.id for u in s.exec(select(MeaningUnit).where(
                MeaningUnit.document_id == doc.id, MeaningUnit.reviewer_id == rid))}
        turns = list_turns(project, doc.id)
        spans: list[tuple[int, int, float | None]] = []
        if matcher is None:
            for t in turns:
                if (person and (t.participant_id == person.id or (not t.participant_id and t.speaker == person.name))) \
                        or (rule.role and t.participant_id and t.role == rule.role):
                    a, b = _speech(text, t)
                    if a < b:
                        spans.append((a, b, t.seconds))
        else:
            for m in matcher.finditer(text):
                if m.end() == m.start():
                    continue
                turn = turn_at(turns, m.start())
                if turn is not None and m.start() < turn.end:
                    lo, hi = _speech(text, turn)
                    if skip_interviewer and turn.role == "interviewer" or m.start() < lo:
                        continue
                else:
                    lo, hi = 0, len(text)
                a, b = _sentence(text, lo, hi, m.start(), min(m.end(), hi))
                if a < b and (not spans or a >= spans[-1][1]):
                    spans.append((a, b, turn.seconds if turn is not None else None))
                if len(hits) + len(spans) > MAX_HITS:
                    raise InvalidOperation(f"the pattern matches more than {MAX_HITS} passages; make it narrower")
        hits += [Hit(doc.id, doc.name, a, b, text[a:b], sec, existing.get((a, b))) for a, b, sec in spans]
    return hits


def apply(project: Project, rule: Rule, code: str = "", *, reviewer_id: str | None = None,
          hits: list[Hit] | None = None) -> Outcome[dict[str, int]]:
    """Create the previewed units (reusing identical ones) and give each the code named ``code`` (made when new),
    in one operation; the undo removes what it created."""
    rid = reviewer_id or project.reviewer_id
    if not rid:
        raise InvalidOperation("no reviewer is chosen")
    hits = preview(project, rule, reviewer_id=rid) if hits is None else hits
    if not hits:
        raise InvalidOperation(f"nothing to autocode: no passages for {rule.describe()}")
    label = f"Autocode {rule.describe()}" + (f" as {code}" if code else "")
    code_row = find_code_by_name(project, code) if code.strip() else None
    created_keys: list[tuple[str, str]] = []
    counts = {"units": 0, "reused": 0, "codings": 0}
    with operation(project, "autocode", label) as op:
        s = op.session
        code_id = code_row.id if code_row else None
        if code.strip() and code_row is None:
            code_id = new_id()
            n = len(s.exec(select(Code.id)).all())
            s.execute(insert(Code), [{"id": code_id, "name": code.strip(), "colour": PALETTE[n % len(PALETTE)],
                                      "position": n + 1, "definition": "", "inclusion": "", "exclusion": "",
                                      "x": 0.0, "y": 0.0}])
            created_keys.append(("code", code_id))
        coded = set(s.execute(select(Coding.unit_id).where(Coding.code_id == code_id)).scalars()) if code_id else set()
        units, codings = [], []
        for hit in hits:
            unit_id = hit.existing_unit_id
            if unit_id is None:
                unit_id = new_id()
                units.append({"id": unit_id, "document_id": hit.document_id, "reviewer_id": rid, "start": hit.start,
                              "end": hit.end, "text": hit.text, "condensed": "", "created_at": now()})
                created_keys.append(("meaningunit", unit_id))
            else:
                counts["reused"] += 1
            if code_id and unit_id not in coded:
                coded.add(unit_id)
                codings.append({"id": new_id(), "unit_id": unit_id, "code_id": code_id, "reviewer_id": rid,
                                "created_at": now()})
                if hit.existing_unit_id:
                    created_keys.append(("coding", codings[-1]["id"]))
        if units:
            s.execute(insert(MeaningUnit), units)
        if codings:
            s.execute(insert(Coding), codings)
        counts["units"], counts["codings"] = len(units), len(codings)
        op.details = {"rule": rule.describe(), "code": code, **counts}
    return Outcome(label, Changes(units=True, codings=True, codes=bool(code_id)), counts,
                   lambda p: delete_rows(p, created_keys, label))
