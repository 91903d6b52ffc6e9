"""Study notes: the memos that no panel of the codebook board or the reader holds, listed and edited by id.

The board edits a code's, category's or theme's own memo and the reader a reviewer's first impressions of a
document, one per target. Everything else a study keeps as a memo has no such place: memos on the study itself,
a document's memo (a REFI-QDA ``<Description>``), and titled, dated notes (``Memo.kind == "note"``: a REFI-QDA
note with a name, e.g. a QualCoder journal entry, of which a target may have several). ``list_notes`` lists
those; ``add_note``, ``edit_note`` and ``delete_note`` change one by id, each one undoable, audited step.
``note_of`` answers any memo (for a search hit on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.errors import InvalidOperation, NotFound
from app.core.models import Category, Code, Document, Memo, Reviewer, Theme, new_id, now
from app.core.ops import Changes, Outcome, delete_rows, insert_rows, operation, update_fields

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.core.project import Project

BOARD_KINDS = ("code", "category", "theme")  # targets whose own memo the board's details edit
_TARGET_MODELS = {"document": Document, "code": Code, "category": Category, "theme": Theme}


@dataclass(frozen=True)
class StudyNote:
    """One memo as the notes list shows it."""

    id: str
    title: str
    text: str
    kind: str  # memo | first_impressions | note
    target_kind: str  # project | document | code | category | theme
    target_id: str
    target_name: str  # the document's, code's … name; "" for the study
    author: str  # the reviewer's name, "" when unknown
    date: str  # ISO 8601 (``Memo.updated_at``: a titled note's own date)

    @property
    def on_board(self) -> bool:
        """Whether the board's details edit this memo (a code's, category's or theme's own memo)."""
        return self.kind == "memo" and self.target_kind in BOARD_KINDS


def _note(memo: Memo, names: dict[tuple[str, str], str], authors: dict[str, str]) -> StudyNote:
    return StudyNote(memo.id, memo.title or "", memo.text, memo.kind, memo.target_kind, memo.target_id,
                     names.get((memo.target_kind, memo.target_id), ""), authors.get(memo.reviewer_id or "", ""),
                     memo.updated_at)


def _lookups(s: Session) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    names: dict[tuple[str, str], str] = {}
    for kind, model in _TARGET_MODELS.items():
        for row_id, name in s.exec(select(model.id, model.name)):  # type: ignore[attr-defined]
            names[(kind, row_id)] = name
    authors = {rid: name for rid, name in s.exec(select(Reviewer.id, Reviewer.name))}
    return names, authors


def list_notes(project: Project) -> list[StudyNote]:
    """The study's notes that neither the board nor the reader shows: memos on the study and on documents
    (first impressions included, every reviewer's) and every titled note; newest first."""
    with project.read_session() as s:
        names, authors = _lookups(s)
        memos = list(s.exec(select(Memo)))
        out = [_note(m, names, authors) for m in memos
               if not (m.kind == "memo" and m.target_kind in BOARD_KINDS)]
    return sorted(out, key=lambda n: (n.date, n.title, n.id), reverse=True)


def note_of(project: Project, memo_id: str) -> StudyNote | None:
    """Any memo by id (a board memo too), or None when it is not in the study."""
    with project.read_session() as s:
        memo = s.get(Memo, memo_id)
        if memo is None:
            return None
        names, authors = _lookups(s)
        return _note(memo, names, authors)


def add_note(project: Project, title: str, text: str = "", *, target_kind: str = "project",
             target_id: str = "") -> Outcome[str]:
    """A new titled, dated note by the current reviewer (on the study unless a target is given); its id."""
    title, label = title.strip(), "Add note"
    if not title and not text.strip():
        raise InvalidOperation("a note needs a title or a text")
    if target_kind not in ("project", *_TARGET_MODELS):
        raise InvalidOperation(f"a note cannot be attached to {target_kind!r}")
    note_id = new_id()
    row = {"id": note_id, "target_kind": target_kind, "target_id": target_id if target_kind != "project" else "",
           "kind": "note", "reviewer_id": project.reviewer_id or None, "text": text, "updated_at": now(),
           "title": title}
    out = insert_rows(project, [("memo", row)], label, action="memo")
    return Outcome(label, out.changes, note_id)


def edit_note(project: Project, memo_id: str, *, title: str | None = None, text: str | None = None) -> Outcome[None]:
    """Change a note's title and/or text. A titled note keeps its date (the entry's own); a memo or first
    impressions take the time of the change, as ``memos.set_memo`` does."""
    label = "Edit note"
    with operation(project, "memo", label):
        current = note_of(project, memo_id)
        if current is None:
            raise NotFound(f"note {memo_id} is not in the study")
        values: dict[str, str] = {}
        if title is not None and title.strip() != current.title:
            values["title"] = title.strip()
        if text is not None and text != current.text:
            values["text"] = text
        if not values:
            return Outcome(label, Changes(), None)
        if not values.get("title", current.title) and not values.get("text", current.text).strip():
            raise InvalidOperation("a note needs a title or a text (delete it instead)")
        if current.kind != "note":
            values["updated_at"] = now()
        out = update_fields(project, "memo", memo_id, values, label, action="memo")
    return Outcome(label, out.changes, None)


def delete_note(project: Project, memo_id: str) -> Outcome[None]:
    """Delete one note (or memo) by id."""
    if note_of(project, memo_id) is None:
        raise NotFound(f"note {memo_id} is not in the study")
    return delete_rows(project, [("memo", memo_id)], "Delete note", action="memo")
