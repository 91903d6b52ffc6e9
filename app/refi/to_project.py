"""Plan the rows that bring a REFI project into the current Lectio project (nothing is written here).

Users become reviewers (matched by name), sources documents (a file already in the project is matched by
its sha256 and receives the selections when its text is the same), selections meaning units (the
Description as condensed meaning), codings codings, and notes annotations (on a selection or coding),
memos (on a code, category, theme or document) or the project memo.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import Annotation, Coding, Document, MeaningUnit, Memo, new_id, now
from app.core.project import DEFAULT_COLOURS, initials_of
from app.core.reviewers import CONSENSUS_NAME
from app.importers.base import DocumentMetadata
from app.refi.model import RCode, RNote, RProject, RSelection, RSource
from app.refi.plan import Plan
from app.refi.to_codebook import CodebookPlacer, Placed

if TYPE_CHECKING:
    from app.core.project import Project

KINDS = {"pdf", "docx", "txt", "md", "odt", "rtf", "vtt", "srt", "html"}  # vtt, srt, html: transcripts (h6)
_STRANGER = "item(s) made by a user missing from the file's user list were given to the current reviewer"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ProjectPlanner:
    def __init__(self, project: Project, rp: RProject) -> None:
        self.project, self.rp = project, rp
        self.plan = Plan(warnings=list(rp.warnings))
        self.warn = self.plan.warnings.append
        self.problems: Counter[str] = Counter()
        self.notes = {n.guid: n for n in rp.notes}
        self.used_notes: set[str] = set()
        self.reviewers: dict[str, str] = {}
        self.unit_of: dict[str, str] = {}  # selection guid → unit id
        self.unit_reviewer: dict[str, str] = {}
        self.placed = Placed()
        self.known_notes: set[tuple[str, str]] = set()

    # -- reviewers -------------------------------------------------------------------------------------
    def _users(self) -> None:
        existing = self.project.reviewers()
        by_name = {r.name.casefold(): r.id for r in existing}
        has_consensus = any(r.is_consensus for r in existing)
        for i, u in enumerate(self.rp.users):
            name = u.name or f"Imported user {i + 1}"
            if name.casefold() not in by_name:
                rid = by_name[name.casefold()] = new_id()
                consensus = name.casefold() == CONSENSUS_NAME.casefold() and not has_consensus
                self.plan.add("reviewer", {
                    "id": rid, "name": name, "initials": "C" if consensus else initials_of(name),
                    "colour": DEFAULT_COLOURS[(len(by_name) - 1) % len(DEFAULT_COLOURS)],
                    "is_consensus": consensus, "created_at": now()})
            self.reviewers[u.guid] = by_name[name.casefold()]

    def _who(self, guid: str, fallback: str = "") -> str:
        if guid and guid in self.reviewers:
            return self.reviewers[guid]
        if guid:
            self.problems[_STRANGER] += 1
        return fallback or self.project.reviewer_id

    # -- documents -------------------------------------------------------------------------------------
    def _documents(self) -> dict[str, tuple[str, str]]:
        """source guid → (document id, text) for every source that has a document to land on."""
        with self.project.read_session() as s:
            docs = {d.sha256: (d.id, d.name, d.text) for d in s.exec(select(Document))}
            position = max([d.position for d in s.exec(select(Document))], default=0)
            names = {d.casefold() for d in s.exec(select(Document.name))}
        out: dict[str, tuple[str, str]] = {}
        for src in self.rp.sources:
            digest = _sha(src.original)
            if digest in docs:
                doc_id, name, text = docs[digest]
                if text == src.text:
                    self.warn(f"{src.name}: already in the project as {name!r}; its selections were added to it")
                    out[src.guid] = (doc_id, text)
                else:
                    self.warn(f"{src.name}: the same file is in the project as {name!r} but its text differs; "
                              f"its {len(src.selections)} selection(s) were not imported")
                continue
            position += 1
            doc_id = new_id()
            name = self._unique(src.name, names)
            kind = src.kind.lower() if src.kind.lower() in KINDS else "txt"
            pages, meta = self._pages(src, kind)
            self.plan.add("document", {
                "id": doc_id, "name": name, "kind": kind, "text": src.text,
                "text_sha256": _sha(src.text.encode("utf-8")), "page_starts": json.dumps(pages),
                "metadata_json": json.dumps(meta, ensure_ascii=False), "original_name": src.original_name,
                "sha256": digest, "position": position, "imported_at": now()})
            self.plan.add("documentfile", {"document_id": doc_id, "data": src.original})
            docs[digest] = (doc_id, name, src.text)
            out[src.guid] = (doc_id, src.text)
        return out

    def _pages(self, src: RSource, kind: str) -> tuple[list[int], dict]:
        """Page starts and metadata, read again from a PDF/DOCX/ODT/RTF original when its extracted text is
        exactly the source's text (REFI has no place for pages, so a Lectio export keeps them this way)."""
        if kind in {"txt", "md"} or not src.original:
            return [0], DocumentMetadata().to_dict()
        from app.importers import extract_bytes

        try:
            extracted = extract_bytes(src.original, src.original_name or f"x.{kind}")
        except Exception:  # noqa: BLE001 - the plain text is what counts; pages are a bonus
            extracted = None
        if extracted is not None and extracted.text == src.text:
            return list(extracted.page_starts), extracted.metadata.to_dict()
        if kind == "pdf":
            self.warn(f"{src.name}: the text differs from what Lectio reads in the PDF, so page numbers are "
                      f"not known; the whole text counts as one page")
        return [0], DocumentMetadata().to_dict()

    @staticmethod
    def _unique(wanted: str, taken: set[str]) -> str:
        wanted = wanted.strip() or "Document"
        name, n = wanted, 2
        while name.casefold() in taken:
            name, n = f"{wanted} ({n})", n + 1
        taken.add(name.casefold())
        return name

    # -- units and codings ------------------------------------------------------------------------------
    def _units(self, docs: dict[str, tuple[str, str]]) -> None:
        doc_ids = [d for d, _ in docs.values()]
        with self.project.read_session() as s:
            units = list(s.exec(select(MeaningUnit).where(MeaningUnit.document_id.in_(doc_ids))))  # type: ignore[attr-defined]
            unit_ids = [u.id for u in units]
            codings = set(s.execute(select(Coding.unit_id, Coding.code_id).where(
                Coding.unit_id.in_(unit_ids))).all())  # type: ignore[attr-defined]
            notes = s.execute(select(Annotation.unit_id, Annotation.text).where(
                Annotation.unit_id.in_(unit_ids))).all()  # type: ignore[attr-defined]
        self.known_notes = {(u, t) for u, t in notes}
        known = {(u.document_id, u.reviewer_id, u.start, u.end): u.id for u in units}
        self.codings = {tuple(c) for c in codings}
        for src in self.rp.sources:
            if src.guid not in docs:
                continue
            doc_id, text = docs[src.guid]
            for sel in src.selections:
                self._unit(sel, doc_id, text, known)
            if src.codings and text:
                whole = RSelection(f"whole:{src.guid}", 0, len(text), codings=src.codings, user=src.user)
                self._unit(whole, doc_id, text, known)
                self.warn(f"{src.name}: {len(src.codings)} coding(s) of the whole source became codings of a "
                          f"meaning unit spanning the whole text")

    def _unit(self, sel: RSelection, doc_id: str, text: str, known: dict) -> None:
        reviewer = self._who(sel.user)
        key = (doc_id, reviewer, sel.start, sel.end)
        if key in known:  # the same unit is already in the project (this file imported before)
            unit_id = known[key]
        else:
            unit_id = new_id()
            self.plan.add("meaningunit", {
                "id": unit_id, "document_id": doc_id, "reviewer_id": reviewer, "start": sel.start, "end": sel.end,
                "text": text[sel.start:sel.end], "condensed": sel.description, "created_at": sel.created or now()})
        self.unit_of[sel.guid] = unit_id
        self.unit_reviewer[unit_id] = reviewer
        for coding in sel.codings:
            target = self.placed.targets.get(coding.code_guid)
            if target is None:
                self.problems["codings that point at a code missing from the codebook"] += 1
                continue
            if target[0] != "code":
                self.problems["codings of a group that cannot be coded (isCodable=\"false\")"] += 1
                continue
            if (unit_id, target[1]) in self.codings:
                continue
            self.codings.add((unit_id, target[1]))
            self.plan.add("coding", {"id": new_id(), "unit_id": unit_id, "code_id": target[1],
                                     "reviewer_id": self._who(coding.user, reviewer),
                                     "created_at": coding.created or now()})

    # -- notes -----------------------------------------------------------------------------------------
    def _note(self, guid: str) -> RNote | None:
        note = self.notes.get(guid)
        if note is None:
            self.problems["note references to notes missing from the file"] += 1
            return None
        self.used_notes.add(guid)
        if not note.text:
            self.problems["empty notes"] += 1
            return None
        return note

    def _notes(self) -> None:
        with self.project.read_session() as s:
            memos = {(m.target_kind, m.target_id, m.kind, m.reviewer_id if m.kind == "first_impressions" else None)
                     for m in s.exec(select(Memo))}
        pending: dict[tuple[str, str, str, str | None], list[RNote]] = {}
        for src in self.rp.sources:
            for sel in src.selections:
                unit_id = self.unit_of.get(sel.guid)
                for ref in dict.fromkeys(sel.note_refs):
                    note = self._note(ref)
                    if note and unit_id and (unit_id, note.text) not in self.known_notes:
                        self.known_notes.add((unit_id, note.text))
                        self.plan.add("annotation", {
                            "id": new_id(), "unit_id": unit_id,
                            "reviewer_id": self._who(note.user, self.unit_reviewer[unit_id]), "text": note.text,
                            "created_at": note.created or now(), "updated_at": note.created or now()})
            doc = self.doc_ids.get(src.guid)
            for ref in src.note_refs:
                note = self._note(ref)
                if note and doc:
                    first = note.name.casefold() == "first impressions"
                    rid = self._who(note.user)
                    pending.setdefault(("document", doc, "first_impressions" if first else "memo",
                                        rid if first else None), []).append(note)
        for node_guid, (kind, target_id) in self.placed.targets.items():
            for ref in self.code_notes.get(node_guid, []):
                note = self._note(ref)
                if note:
                    pending.setdefault((kind, target_id, "memo", None), []).append(note)
        for ref in self.rp.note_refs:
            note = self._note(ref)
            if note:
                pending.setdefault(("project", "", "memo", None), []).append(note)
        loose = [n for g, n in self.notes.items() if g not in self.used_notes and n.text]
        if loose:
            pending.setdefault(("project", "", "memo", None), []).extend(loose)
            self.warn(f"{len(loose)} note(s) not attached to anything were added to the project memo")
        for (kind, target, memo_kind, rid), notes in pending.items():
            if (kind, target, memo_kind, rid) in memos:
                self.warn(f"{len(notes)} note(s) on the {kind} were not imported: it already has a memo "
                          f"(first words: {notes[0].text[:40]!r})")
                continue
            self.plan.add("memo", {
                "id": new_id(), "target_kind": kind, "target_id": target, "kind": memo_kind,
                "reviewer_id": rid or self._who(notes[0].user), "text": "\n\n".join(n.text for n in notes),
                "updated_at": notes[0].created or now()})

    # -- all -------------------------------------------------------------------------------------------
    def build(self) -> Plan:
        self._users()
        self.placed = CodebookPlacer(self.project, self.plan).place_all(self.rp.codes)
        self.code_notes = {c.guid: c.note_refs for root in self.rp.codes for c in root.walk() if c.note_refs}
        docs = self._documents()
        self.doc_ids = {g: d for g, (d, _) in docs.items()}
        self._units(docs)
        self._notes()
        for what, n in self.problems.items():
            self.warn(f"{n} {what}" + ("" if what == _STRANGER else "; not imported"))
        current = self.project.meta("research_question").strip()
        if self.rp.description and not current:
            self.plan.add("meta", {"key": "research_question", "value": self.rp.description})
        elif self.rp.description and self.rp.description != current:
            self.warn(f"the project description was not imported (first words: {self.rp.description[:60]!r})")
        return self.plan


def plan_project(project: Project, rp: RProject) -> Plan:
    return ProjectPlanner(project, rp).build()


def plan_codebook(project: Project, codes: list[RCode], warnings: list[str]) -> Plan:
    plan = Plan(warnings=list(warnings))
    CodebookPlacer(project, plan).place_all(codes)
    return plan

