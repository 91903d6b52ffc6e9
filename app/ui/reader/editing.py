"""What the reader changes: units, their bounds and condensed meanings, notes, codes, progress, memos.

Every change is one ``session.do`` (or one macro), so it is undoable with a readable label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu

from app.core.codebook import assign_code, create_code_and_assign, list_codes, unassign_code
from app.core.memos import get_memo, set_memo
from app.core.reading import CodeTag, NoteInfo, word_step
from app.core.units import (
    add_annotation,
    create_unit,
    delete_annotation,
    delete_unit,
    edit_annotation,
    set_condensed,
    set_progress,
    set_unit_bounds,
)
from app.ui.reader.code_picker import CodePicker
from app.ui.reader.text_dialog import TextDialog

if TYPE_CHECKING:
    from app.ui.app_state import ProjectSession
    from app.ui.reader.reader_view import ReaderView


def note_name(text: str, limit: int = 60) -> str:
    """A code name proposed from a note: its first sentence or line, cut at a word."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    for stop in (". ", "; ", " – ", ": "):
        if stop in first:
            first = first.split(stop)[0]
    first = first.strip(" .;:'\"“”‘’")
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0]
    return first


class ReaderEditor:
    """What the reader changes, as a controller held by ReaderView (``view.editor``): the editing slots the
    reader's actions, margin and unit panel call. It is given the session (every change is one
    ``session.do``) and the view whose document state it reads (document, pass, text, units, notes, codes,
    the current unit)."""

    def __init__(self, session: ProjectSession, view: ReaderView) -> None:
        self.session = session
        self.view = view

    # -- meaning units ------------------------------------------------------------------------------
    def make_unit(self) -> str | None:
        """A meaning unit from the selection (whitespace at its ends left out); returns its id."""
        if self.view.pass_no not in (2, 3) or not self.view.document_id:
            return None
        span = self.view.text.selection_span()
        if span is None:
            self.session.status.emit(QCoreApplication.translate("ReaderEditing", "Select the words of the unit "
                                                                                 "first, then press M"))
            return None
        start, end = span
        while start < end and self.view.body[start].isspace():
            start += 1
        while end > start and self.view.body[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        from app.core.participants import trim_interviewer

        pieces = trim_interviewer(self.session.project, self.view.document_id, start, end)
        if not pieces:
            self.session.status.emit(QCoreApplication.translate("ReaderEditing", "Interviewer turns are left out of "
                                                                                 "meaning units (Participants › "
                                                                                 "setting)"))
            return None
        with self.view.highlights.held():  # one repaint of the highlights for the whole action
            with self.session.macro(QCoreApplication.translate("ReaderEditor", "Create meaning unit")):
                for a, b in pieces:
                    outcome = self.session.do(create_unit, self.view.document_id, a, b)
                    if outcome is None:
                        return None
            start, end = pieces[-1]
            unit_id = outcome.value.id
            self.view._quiet_cursor = True
            try:
                self.view.text.place_cursor(end, centre=False)
            finally:
                self.view._quiet_cursor = False
            self.view.set_current_unit(unit_id)
        return unit_id

    def _editable_current(self) -> str | None:
        unit = self.view.highlights.index.by_id.get(self.view.current_unit_id or "")
        if unit is None or unit.reviewer_id != self.session.reviewer_id:
            if unit is not None:
                self.session.status.emit(QCoreApplication.translate("ReaderEditing", "That unit belongs to another "
                                                                                     "reviewer and is read-only here"))
            return None
        return unit.id

    def delete_unit(self) -> None:
        focus = self.view.focusWidget()
        if focus is not None and self.view.documents.isAncestorOf(focus):
            return  # Delete in the document list is not about the unit on the page
        unit_id = self._editable_current()
        if unit_id:
            self.session.do(delete_unit, unit_id)

    def step_unit(self, direction: int) -> None:
        units = self.view.own_units()
        if not units:
            return
        ids = [u.id for u in units]
        if self.view.current_unit_id in ids:
            k = ids.index(self.view.current_unit_id) + direction
        else:
            here = self.view.text.cursor_offset()
            k = next((i for i, u in enumerate(units) if u.start >= here), len(units)) if direction > 0 else \
                max(-1, next((i for i in range(len(units) - 1, -1, -1) if units[i].start < here), -1))
        k = max(0, min(len(units) - 1, k))
        self.view.set_current_unit(ids[k], move_cursor=True)

    def adjust(self, which: str, direction: int) -> None:
        unit_id = self._editable_current()
        if not unit_id:
            return
        unit = self.view.highlights.index.by_id[unit_id]
        start, end = unit.start, unit.end
        if which == "start":
            start = word_step(self.view.body, start, direction)
        else:
            end = word_step(self.view.body, end, direction)
        if start < end and (start, end) != (unit.start, unit.end):
            self.session.do(set_unit_bounds, unit_id, start, end)

    def _handle_dragged(self, which: str, offset: int) -> None:
        unit_id = self._editable_current()
        if not unit_id:
            return
        unit = self.view.highlights.index.by_id[unit_id]
        start, end = (offset, unit.end) if which == "start" else (unit.start, offset)
        if start < end and (start, end) != (unit.start, unit.end):
            self.session.do(set_unit_bounds, unit_id, start, end)
        else:
            self.view.highlights.refresh()

    def _condensed_edited(self, unit_id: str, text: str) -> None:
        self.session.do(set_condensed, unit_id, text)

    # -- notes --------------------------------------------------------------------------------------
    def _unit_heading(self, unit_id: str) -> str:
        unit = self.view.highlights.index.by_id[unit_id]
        quote = " ".join(self.view.body[unit.start:unit.end].split())
        return f"“{quote[:160]}{'…' if len(quote) > 160 else ''}”"

    def add_note(self, unit_id: str | None = None) -> None:
        unit_id = unit_id or self._editable_current()
        if not unit_id:
            self.session.status.emit(QCoreApplication.translate("ReaderEditing", "Move to one of your units first (N "
                                                                                 "/ P), then add a note"))
            return
        dialog = TextDialog(QCoreApplication.translate("ReaderEditor", "Add note"), self._unit_heading(unit_id),
                            placeholder=QCoreApplication.translate("ReaderEditor", "A thought, an impression, a "
                                                                                   "first analysis…"), parent=self.view)
        if dialog.exec() and dialog.text().strip():
            self.session.do(add_annotation, unit_id, dialog.text())

    def _own_notes(self, unit_id: str | None) -> list[NoteInfo]:
        return [n for n in self.view.notes.get(unit_id or "", []) if n.reviewer_id == self.session.reviewer_id]

    def _note_by_id(self, note_id: str) -> NoteInfo | None:
        return next((n for notes in self.view.notes.values() for n in notes if n.id == note_id), None)

    def _pick_note(self, title: str) -> NoteInfo | None:
        """``title``: the chooser's title, a whole translated phrase ("Edit note", "Delete note")."""
        notes = self._own_notes(self._editable_current())
        if not notes:
            self.session.status.emit(QCoreApplication.translate("ReaderEditing", "This unit has no notes of yours"))
            return None
        if len(notes) == 1:
            return notes[0]
        labels = [f"{i + 1}. {n.text[:70]}" for i, n in enumerate(notes)]
        question = QCoreApplication.translate("ReaderEditor", "Which note?")
        choice, ok = QInputDialog.getItem(self.view, title, question, labels, 0, False)
        return notes[labels.index(choice)] if ok else None

    def edit_note(self) -> None:
        note = self._pick_note(QCoreApplication.translate("ReaderEditor", "Edit note"))
        if note:
            self.edit_note_by_id(note.id)

    def edit_note_by_id(self, note_id: str) -> None:
        note = self._note_by_id(note_id)
        if note is None or note.reviewer_id != self.session.reviewer_id:
            return
        dialog = TextDialog(
            QCoreApplication.translate("ReaderEditor", "Edit note"),
            self._unit_heading(note.unit_id),
            note.text,
            parent=self.view,
        )
        if dialog.exec():
            if dialog.text().strip():
                if dialog.text().strip() != note.text:
                    self.session.do(edit_annotation, note_id, dialog.text())
            else:
                self.session.do(delete_annotation, note_id)

    def delete_note(self, note_id: str | None = None) -> None:
        title = QCoreApplication.translate("ReaderEditor", "Delete note")
        note = self._note_by_id(note_id) if note_id else self._pick_note(title)
        if note is not None and note.reviewer_id == self.session.reviewer_id:
            self.session.do(delete_annotation, note.id)

    # -- codes --------------------------------------------------------------------------------------
    def code_unit(self, unit_id: str | None = None, initial: str = "") -> None:
        unit_id = unit_id or self._editable_current()
        if not unit_id:
            self.session.status.emit(
                QCoreApplication.translate("ReaderEditing", "Move to one of your units first (N / P), then code it")
            )
            return
        codes = [CodeTag(c.id, c.name, c.colour) for c in list_codes(self.session.project)]
        assigned = {c.id for c in self.view.codes.get(unit_id, [])}
        notes = self._own_notes(unit_id)
        picker = CodePicker(
            codes,
            assigned,
            initial=initial,
            unit_label=self._unit_heading(unit_id),
            from_note=note_name(notes[-1].text) if notes else "",
            parent=self.view,
        )
        if picker.exec() and picker.choice:
            self.apply_code_choice(unit_id, picker.choice)

    def apply_code_choice(self, unit_id: str, choice: tuple[str, str]) -> None:
        kind, value = choice
        if kind == "assign":
            self.session.do(assign_code, unit_id, value)
        elif kind == "unassign":
            self.session.do(unassign_code, unit_id, value)
        elif kind == "create":
            self.session.do(create_code_and_assign, unit_id, value)

    def _margin_menu(self, unit_id: str, note_id: str, where: QPoint) -> None:
        self.view.set_current_unit(unit_id)
        unit = self.view.highlights.index.by_id.get(unit_id)
        own = unit is not None and unit.reviewer_id == self.session.reviewer_id
        note = self._note_by_id(note_id) if note_id else None
        menu = QMenu(self.view)
        if note is not None and note.reviewer_id == self.session.reviewer_id:
            menu.addAction(
                QCoreApplication.translate("ReaderEditing", "Edit note…"), lambda: self.edit_note_by_id(note.id)
            )
            menu.addAction(
                QCoreApplication.translate("ReaderEditing", "Delete note"), lambda: self.delete_note(note.id)
            )
            menu.addAction(
                QCoreApplication.translate("ReaderEditing", "Create code from this note…"),
                lambda: self.code_unit(unit_id, note_name(note.text)),
            )
            menu.addSeparator()
        if own:
            menu.addAction(QCoreApplication.translate("ReaderEditor", "Add note…"), lambda: self.add_note(unit_id))
            menu.addAction(QCoreApplication.translate("ReaderEditor", "Code unit…"), lambda: self.code_unit(unit_id))
            for code in self.view.codes.get(unit_id, []):
                menu.addAction(
                    QCoreApplication.translate("ReaderEditor", "Remove code “{name}”").format(name=code.name),
                    lambda c=code.id: self.session.do(unassign_code, unit_id, c),
                )
        if not menu.isEmpty():
            menu.exec(where)
        menu.deleteLater()

    # -- progress and memo --------------------------------------------------------------------------
    def toggle_done(self) -> None:
        if not self.view.document_id:
            return
        row = next((r for r in self.view.documents.model.rows if r.id == self.view.document_id), None)
        done = row is not None and row.statuses[self.view.pass_no - 1] == "done"
        self.session.do(
            set_progress, self.view.document_id, self.view.pass_no, status="in_progress" if done else "done"
        )

    def edit_first_impressions(self) -> None:
        if not self.view.document_id:
            return
        project = self.session.project
        current = get_memo(project, "document", self.view.document_id, kind="first_impressions")
        row = next((r for r in self.view.documents.model.rows if r.id == self.view.document_id), None)
        dialog = TextDialog(
            QCoreApplication.translate("ReaderEditor", "First impressions"),
            QCoreApplication.translate("ReaderEditor", "Your first impressions of <b>{value}</b>").format(
                value=row.name if row else ""
            ),
            current,
            placeholder=QCoreApplication.translate("ReaderEditor", "What strikes you on a first reading?"),
            parent=self.view,
        )
        if dialog.exec() and dialog.text() != current:
            self.session.do(set_memo, "document", self.view.document_id, dialog.text(), kind="first_impressions")
