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

from app.core.models import Annotation, Coding, Document, MeaningUnit, new_id, now
from app.core.project import DEFAULT_COLOURS, initials_of
from app.core.reviewers import CONSENSUS_NAME
from app.importers.base import DocumentMetadata
from app.refi.links import Links
from app.refi.model import RCode, RProject, RSelection, RSource
from app.refi.plan import Plan
from app.refi.to_cases import CasePlacer
from app.refi.to_codebook import CodebookPlacer, Placed
from app.refi.to_notes import NotePlacer
from app.refi.to_turns import place_turns

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
        self.reviewers: dict[str, str] = {}  # user guid → reviewer id (made on first use)
        self.unit_of: dict[str, str] = {}  # selection guid → unit id
        self.unit_reviewer: dict[str, str] = {}
        self.unit_rows: dict[str, dict] = {}  # planned units, so a second selection on the span joins the first
        self.placed = Placed()
        self.known_notes: set[tuple[str, str]] = set()
        self.links = Links(project, self.plan)
        self.new_docs: set[str] = set()
        self.merged = 0

    # -- reviewers: only users something is attributed to -------------------------------------------
    def _prepare_users(self) -> None:
        existing = self.project.reviewers()
        self.by_name = {r.name.casefold(): r.id for r in existing}
        self.has_consensus = any(r.is_consensus for r in existing)
        self.user_names = {}
        for i, u in enumerate(self.rp.users):
            self.user_names.setdefault(u.guid, u.name or f"Imported user {i + 1}")

    def _reviewer_for(self, guid: str) -> str:
        if guid in self.reviewers:
            return self.reviewers[guid]
        linked = self.links.get("user", guid, "reviewer")
        name = self.user_names[guid]
        if linked:
            rid = linked
        elif name.casefold() in self.by_name:
            rid = self.by_name[name.casefold()]
        else:
            rid = self.by_name[name.casefold()] = new_id()
            consensus = name.casefold() == CONSENSUS_NAME.casefold() and not self.has_consensus
            self.plan.add("reviewer", {
                "id": rid, "name": name, "initials": "C" if consensus else initials_of(name),
                "colour": DEFAULT_COLOURS[(len(self.by_name) - 1) % len(DEFAULT_COLOURS)],
                "is_consensus": consensus, "created_at": now()})
        self.links.add("user", guid, "reviewer", rid)
        self.reviewers[guid] = rid
        return rid

    def _who(self, guid: str, fallback: str = "") -> str:
        if guid and guid in self.user_names:
            return self._reviewer_for(guid)
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
            texts = {d.id: (d.id, d.name, d.text) for d in s.exec(select(Document))}
        out: dict[str, tuple[str, str]] = {}
        for src in self.rp.sources:
            digest = _sha(src.original)
            linked = self.links.get("source", src.guid, "document")
            if linked and linked in texts:
                doc_id, name, text = texts[linked]
                if text == src.text:
                    self.warn(f"{src.name}: already in the project as {name!r} (imported before); only what is new "
                              f"in it was added")
                    out[src.guid] = (doc_id, text)
                    continue
            if digest in docs:
                doc_id, name, text = docs[digest]
                if text == src.text:
                    self.warn(f"{src.name}: already in the project as {name!r}; its selections were added to it")
                    out[src.guid] = (doc_id, text)
                    self.links.add("source", src.guid, "document", doc_id)
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
                "sha256": digest, "position": position, "imported_at": now(), "participant_id": None})
            self.plan.add("documentfile", {"document_id": doc_id, "data": src.original})
            docs[digest] = (doc_id, name, src.text)
            out[src.guid] = (doc_id, src.text)
            self.links.add("source", src.guid, "document", doc_id)
            self.new_docs.add(doc_id)
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
        self.known_units = {(u.document_id, u.reviewer_id, u.start, u.end): u.id for u in units}
        self.unit_doc = {u.id: u.document_id for u in units}
        self.codings = {tuple(c) for c in codings}
        for src in self.rp.sources:
            if src.guid not in docs:
                continue
            doc_id, text = docs[src.guid]
            for sel in src.selections:
                self._unit(sel, doc_id, text)
            if src.codings and text:
                whole = RSelection(f"whole:{src.guid}", 0, len(text), codings=src.codings, user=src.user)
                self._unit(whole, doc_id, text)
                self.warn(f"{src.name}: {len(src.codings)} coding(s) of the whole source became codings of a "
                          f"meaning unit spanning the whole text")
        if self.merged:
            self.warn(f"{self.merged} selection(s) with the same span and user as another became one meaning unit "
                      f"with several codes")

    def _unit_id(self, sel: RSelection, doc_id: str, text: str, reviewer: str) -> str:
        """The unit the selection lands on: the one it became before, one on the same span by the same
        reviewer (several selections, one per code, as QualCoder writes them, are one unit), or a new one."""
        linked = self.links.get("selection", sel.guid, "meaningunit")
        if linked and self.unit_doc.get(linked) == doc_id:
            return linked
        key = (doc_id, reviewer, sel.start, sel.end)
        if key in self.known_units:
            unit_id = self.known_units[key]
            row = self.unit_rows.get(unit_id)
            if row is not None:
                self.merged += 1
                if sel.description and sel.description not in row["condensed"]:
                    row["condensed"] = "\n".join(x for x in (row["condensed"], sel.description) if x)
            return unit_id
        unit_id = self.known_units[key] = new_id()
        self.unit_doc[unit_id] = doc_id
        self.unit_rows[unit_id] = row = {
            "id": unit_id, "document_id": doc_id, "reviewer_id": reviewer, "start": sel.start, "end": sel.end,
            "text": text[sel.start:sel.end], "condensed": sel.description, "created_at": sel.created or now()}
        self.plan.add("meaningunit", row)
        return unit_id

    def _unit(self, sel: RSelection, doc_id: str, text: str) -> None:
        user = sel.user or next((c.user for c in sel.codings if c.user), "")
        reviewer = self._who(user)
        unit_id = self._unit_id(sel, doc_id, text, reviewer)
        self.links.add("selection", sel.guid, "meaningunit", unit_id)
        self.unit_of[sel.guid] = unit_id
        self.unit_reviewer.setdefault(unit_id, reviewer)
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
                                     "reviewer_id": self._who(coding.user, self.unit_reviewer[unit_id]),
                                     "created_at": coding.created or now()})

    # -- all -------------------------------------------------------------------------------------------
    def build(self) -> Plan:
        self._prepare_users()
        self.placed = CodebookPlacer(self.project, self.plan, self.links).place_all(self.rp.codes)
        self.code_notes = {c.guid: c.note_refs for root in self.rp.codes for c in root.walk() if c.note_refs}
        docs = self._documents()
        self.doc_ids = {g: d for g, (d, _) in docs.items()}
        self.doc_texts = dict(docs.values())
        cases = CasePlacer(self)
        cases.run()
        place_turns(self, cases.case_person)
        self._units(docs)
        NotePlacer(self).run()
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

