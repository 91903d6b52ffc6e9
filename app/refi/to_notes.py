"""Plan where each REFI-QDA note lands, keeping its name and date (nothing is glued into another text).

- a note referred to by a selection (or its coding) → an annotation on that selection's meaning unit;
- a note holding a ``PlainTextSelection`` (QualCoder's annotations) → an annotation on a meaning unit of that
  span, in the source that refers to the note (the unit is made when there is none);
- a note on a code, category, theme or the project → the target's memo when it has none (the note's name kept
  as its title), else another titled, dated note (``Memo`` kind ``note``); on a source the same, but only a
  note called "Memo" becomes the document's memo; "First impressions" → a reviewer's first impressions;
- a source's ``<Description>`` → the document's memo;
- a note nothing refers to (a QualCoder journal entry) → a titled, dated note on the project.
A note imported before (its GUID is known) is not imported again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import Memo, new_id, now
from app.refi.model import RNote, RSelection

if TYPE_CHECKING:
    from app.refi.to_project import ProjectPlanner

MEMO_NAMES = {"memo", "project memo", "description"}  # names that are no title (Lectio's export, <Description>)
FIRST = "first impressions"


class NotePlacer:
    def __init__(self, planner: ProjectPlanner) -> None:
        self.p = planner
        with planner.project.read_session() as s:
            memos = list(s.exec(select(Memo)))
        self.has_memo = {(m.target_kind, m.target_id) for m in memos if m.kind == "memo"}
        self.has_first = {(m.target_id, m.reviewer_id) for m in memos if m.kind == "first_impressions"}
        self.seen_again = 0

    # -- helpers ---------------------------------------------------------------------------------------
    def _note(self, guid: str) -> RNote | None:
        """The note to import, or None (missing, empty, or imported before)."""
        p = self.p
        note = p.notes.get(guid)
        if note is None:
            p.problems["note references to notes missing from the file"] += 1
            return None
        p.used_notes.add(guid)
        if not note.text:
            p.problems["empty notes"] += 1
            return None
        if p.links.get("note", guid, "annotation", "memo") or guid in self.placed:
            self.seen_again += guid not in self.placed
            return None
        return note

    def _annotation(self, unit_id: str, note: RNote) -> None:
        p = self.p
        if (unit_id, note.text) in p.known_notes:
            return
        p.known_notes.add((unit_id, note.text))
        ann_id = new_id()
        p.plan.add("annotation", {
            "id": ann_id, "unit_id": unit_id, "reviewer_id": p._who(note.user, p.unit_reviewer[unit_id]),
            "text": note.text, "created_at": note.created or now(), "updated_at": note.created or now()})
        self.placed.add(note.guid)
        p.links.add("note", note.guid, "annotation", ann_id)

    def _entry(self, kind: str, target: str, note: RNote, *, journal: bool = False) -> None:
        """A memo on ``kind``/``target`` from ``note``: its first impressions, its memo (the first note on a
        target without one, keeping the note's name as title), or another titled, dated note."""
        p = self.p
        name = note.name
        rid: str | None = p._who(note.user) if note.guid else None  # a <Description> has no author
        memo_kind, memo_title = "note", name
        if kind == "document" and rid and name.casefold() == FIRST and (target, rid) not in self.has_first:
            self.has_first.add((target, rid))
            memo_kind, memo_title = "first_impressions", ""
        elif not journal and (kind, target) not in self.has_memo and (
                kind != "document" or not name or name.casefold() in MEMO_NAMES):
            self.has_memo.add((kind, target))
            memo_kind, memo_title = "memo", "" if name.casefold() in MEMO_NAMES else name
        memo_id = new_id()
        p.plan.add("memo", {"id": memo_id, "target_kind": kind, "target_id": target, "kind": memo_kind,
                            "reviewer_id": rid, "text": note.text, "updated_at": note.created or now(),
                            "title": memo_title})
        if note.guid:
            self.placed.add(note.guid)
            p.links.add("note", note.guid, "memo", memo_id)

    # -- all -------------------------------------------------------------------------------------------
    def run(self) -> None:
        p = self.p
        self.placed: set[str] = set()
        for src in p.rp.sources:
            doc = p.doc_ids.get(src.guid)
            for sel in src.selections:
                unit_id = p.unit_of.get(sel.guid)
                for ref in dict.fromkeys(sel.note_refs):
                    note = self._note(ref)
                    if note and unit_id:
                        self._annotation(unit_id, note)
            if doc is None:
                continue
            anchored = {ref for ref, _, _ in src.note_anchors}
            for i, (ref, start, end) in enumerate(src.note_anchors):
                note = self._note(ref)
                if note is None:
                    continue
                reviewer = p._who(note.user)
                sel = RSelection(f"note:{ref}:{i}", start, end, user=note.user)
                unit_id = p._unit_id(sel, doc, p.doc_texts[doc], reviewer)
                p.unit_reviewer.setdefault(unit_id, reviewer)
                self._annotation(unit_id, note)
            if src.description and doc in p.new_docs:
                self._entry("document", doc, RNote("", "Description", src.description, "", src.created))
            for ref in dict.fromkeys(src.note_refs):
                if ref not in anchored and (note := self._note(ref)):
                    self._entry("document", doc, note)
        for node_guid, (kind, target_id) in p.placed.targets.items():
            for ref in p.code_notes.get(node_guid, []):
                if note := self._note(ref):
                    self._entry(kind, target_id, note)
        for ref in p.rp.note_refs:
            if note := self._note(ref):
                self._entry("project", "", note)
        loose = [g for g in p.notes if g not in p.used_notes]
        kept = 0
        for guid in loose:
            if note := self._note(guid):
                self._entry("project", "", note, journal=True)
                kept += 1
        if kept:
            p.warn(f"{kept} note(s) not attached to anything (journal entries) became titled notes on the project")
        if self.seen_again:
            p.warn(f"{self.seen_again} note(s) were imported before; not imported again")
