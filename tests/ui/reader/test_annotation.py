"""Pass 3: notes in the margin level with their unit, added from the keyboard; codes from the picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.codebook import find_code_by_name
from app.core.reading import codes_of_document, notes_of_document
from app.core.units import list_units
from app.ui.reader.code_picker import CodePicker
from app.ui.reader.text_dialog import TextDialog
from tests.ui.reader.conftest import open_doc


def _unit_line_top(reader, unit) -> int:  # type: ignore[no-untyped-def]
    """The top of the unit's first line (QTextEdit.cursorRect), in the margin's coordinates."""
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(reader.text.offsets.to_qt(unit.start))
    in_viewport = QPoint(0, reader.text.cursorRect(cursor).top())
    return reader.margin.mapFrom(reader.text, reader.text.viewport().mapTo(reader.text, in_viewport)).y()


def _answer_dialog(text: str) -> None:
    """Write into the dialog that is about to open and save it (as a user would)."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TextDialog)
        dialog.edit.setPlainText(text)
        dialog.accept()
    QTimer.singleShot(0, fill)


def test_a_note_appears_in_the_margin_level_with_its_unit(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 2 – husband", 3)
    unit = next(u for u in reader.spans if u.reviewer_id == rid and u.id not in reader.notes)
    reader.set_current_unit(unit.id, move_cursor=True)
    _answer_dialog("He speaks of duty, not of choice.")
    qtbot.keyClick(reader.text, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    notes = notes_of_document(project, doc_id)[unit.id]
    assert [n.text for n in notes] == ["He speaks of duty, not of choice."]
    assert window.undo_action.text() == "&Undo Add note"
    card = reader.margin.card_rects()[unit.id]
    line_top = _unit_line_top(reader, unit)
    assert abs(card.top() - line_top) <= 3
    assert reader.margin.isVisible() and reader.margin.geometry().left() > reader.text.viewport().geometry().right()

    window.session.undo_stack.undo()
    assert unit.id not in notes_of_document(project, doc_id)


def test_cards_do_not_overlap_and_follow_the_text_when_it_scrolls(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 3)
    rects = sorted(reader.margin.card_rects().values(), key=lambda r: r.top())
    assert len(rects) >= 2
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:], strict=False))
    unit_id, before = next(iter(reader.margin.card_rects().items()))
    bar = reader.text.verticalScrollBar()
    # scroll by 120 px where the text allows it (how far it can scroll depends on the fonts of the machine)
    start = min(bar.value(), max(0, bar.maximum() - 120))
    if start != bar.value():
        bar.setValue(start)
        unit_id, before = next(iter(reader.margin.card_rects().items()))
    bar.setValue(start + 120)
    moved = bar.value() - start
    assert moved >= 100, f"the text scrolls only {moved} px here"
    after = reader.margin.card_rects().get(unit_id)
    if after is not None:
        assert after.top() <= before.top() - (moved - 20)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_code_picker_creates_a_code_and_assigns_it_in_one_undo_step(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 2 – husband", 3)
    unit = next(u for u in reader.spans if u.reviewer_id == rid)
    before = {c.name for c in codes_of_document(project, doc_id).get(unit.id, [])}

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, CodePicker)
        picker.choose("Duty as love")
    reader.set_current_unit(unit.id, move_cursor=True)
    QTimer.singleShot(0, pick)
    qtbot.keyClick(reader.text, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)

    code = find_code_by_name(project, "Duty as love")
    assert code is not None
    assert {c.name for c in codes_of_document(project, doc_id)[unit.id]} == before | {"Duty as love"}
    assert window.session.undo_stack.undoText() == "Create code Duty as love and assign it"
    window.session.undo_stack.undo()
    assert find_code_by_name(project, "Duty as love") is None
    assert {c.name for c in codes_of_document(project, doc_id).get(unit.id, [])} == before


def test_the_picker_type_ahead_assigns_an_existing_code_and_removes_an_assigned_one(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 3)
    unit = next(u for u in reader.spans if u.reviewer_id == rid and reader.codes.get(u.id))
    existing = reader.codes[unit.id][0]
    all_codes = [c for codes in reader.codes.values() for c in codes]
    other = next(c for c in all_codes if c.id not in {x.id for x in reader.codes[unit.id]})
    picker = CodePicker(all_codes, {c.id for c in reader.codes[unit.id]})
    qtbot.addWidget(picker)
    assert picker.choose(other.name[:5].lower()) == ("assign", other.id) or \
        picker.choice[0] == "assign"  # the best type-ahead match for a prefix
    reader.editor.apply_code_choice(unit.id, ("assign", other.id))
    assert other.id in {c.id for c in codes_of_document(project, doc_id)[unit.id]}
    again = CodePicker(all_codes, {c.id for c in reader.codes[unit.id]})
    qtbot.addWidget(again)
    assert again.choose(existing.name) == ("unassign", existing.id)
    reader.editor.apply_code_choice(unit.id, again.choice)
    assert existing.id not in {c.id for c in codes_of_document(project, doc_id).get(unit.id, [])}


def test_editing_and_deleting_a_note_from_the_keyboard(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 3 – community nurse", 3)
    unit = next(u for u in reader.spans if u.reviewer_id == rid and len(reader.notes.get(u.id, [])) == 1)
    note = reader.notes[unit.id][0]
    reader.set_current_unit(unit.id, move_cursor=True)
    _answer_dialog("Rewritten thought.")
    qtbot.keyClick(reader.text, Qt.Key.Key_F2)
    assert [n.text for n in notes_of_document(project, doc_id)[unit.id]] == ["Rewritten thought."]
    window.activateWindow()  # the dialog took the focus away (a window manager gives it back)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(reader.text, Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert unit.id not in notes_of_document(project, doc_id)
    window.session.undo_stack.undo()
    assert [n.id for n in notes_of_document(project, doc_id)[unit.id]] == [note.id]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_code_can_be_named_from_the_note(qtbot, window, reader) -> None:
    from app.ui.reader.editing import note_name

    assert note_name("Powerful metaphor: the carer as an object. Candidate?") == "Powerful metaphor"
    assert note_name("'Nobody asked' is repeated – a strong sense") == "Nobody asked' is repeated"
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 3)
    unit = next(u for u in reader.spans if u.reviewer_id == rid and reader.notes.get(u.id))

    def pick() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, CodePicker)
        button = picker.findChild(QPushButton, "codeFromNote")
        button.click()
        assert picker.edit.text() == note_name(reader.notes[unit.id][-1].text)
        picker.choose(picker.edit.text())
    reader.set_current_unit(unit.id, move_cursor=True)
    QTimer.singleShot(0, pick)
    reader.editor.code_unit()
    name = note_name(reader.notes[unit.id][-1].text)
    assert name in {c.name for c in codes_of_document(project, doc_id)[unit.id]}


def test_dragging_a_boundary_handle_with_the_mouse_moves_the_start(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 2 – husband", 2)
    unit = next(u for u in reader.spans if u.reviewer_id == rid)
    reader.set_current_unit(unit.id, move_cursor=True)
    start_qt, _end_qt = reader.text.handles
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(start_qt)
    grab = reader.text.cursorRect(cursor).center()
    cursor.setPosition(reader.text.offsets.to_qt(unit.start + 4))
    target = reader.text.cursorRect(cursor).center() + QPoint(1, 0)
    viewport = reader.text.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)
    stored = next(u for u in reader.spans if u.id == unit.id)
    assert stored.end == unit.end and unit.start < stored.start <= unit.start + 5
    in_file = next(u for u in list_units(project, doc_id) if u.id == unit.id)
    assert (in_file.start, in_file.end) == (stored.start, stored.end)
    assert in_file.text == reader.body[stored.start:stored.end]
