"""Pass 2: select text, press a key, and the unit is in the project file with the exact offsets; undo, redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.project import Project
from app.core.units import list_units
from app.ui.text_offsets import OffsetMap
from tests.ui.reader.conftest import open_doc

PHRASE = "I go over every morning before work"


def _units_in_file(project: Project, doc_id: str, reviewer_id: str) -> set[tuple[int, int, str]]:
    """Read back through core with a fresh session: what is really in the file."""
    return {(u.start, u.end, u.text) for u in list_units(project, doc_id, reviewer_id)}


def _select(reader, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    """Select code-point offsets in the real widget with a QTextCursor (Qt counts UTF-16 units)."""
    offsets = OffsetMap(reader.text.toPlainText())
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(offsets.to_qt(start))
    cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)


def test_pressing_m_on_a_selection_makes_a_unit_with_exact_offsets_and_undo_redo_work(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    start = reader.body.index(PHRASE)
    before = _units_in_file(project, doc_id, rid)
    _select(reader, start, start + len(PHRASE))
    qtbot.keyClick(reader.text, Qt.Key.Key_M)

    after = _units_in_file(project, doc_id, rid)
    assert after - before == {(start, start + len(PHRASE), PHRASE)}
    new_id = reader.current_unit_id
    assert new_id in reader.highlights.index.by_id
    assert reader.unit_panel.model.row_of(new_id) >= 0
    assert window.undo_action.text() == "&Undo Create meaning unit"
    model = reader.documents.model
    count = model.index(model.row_of(doc_id), 4)
    qtbot.waitUntil(lambda: count.data() == str(len(after)), timeout=2000)  # the list's count follows

    window.session.undo_stack.undo()
    assert _units_in_file(project, doc_id, rid) == before
    assert new_id not in reader.highlights.index.by_id
    window.session.undo_stack.redo()
    assert _units_in_file(project, doc_id, rid) == after
    assert new_id in reader.highlights.index.by_id


def test_ctrl_z_and_ctrl_shift_z_in_the_window_undo_and_redo_the_unit(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 2 – husband", 2)
    phrase = "She was in hospital eleven weeks"
    start = reader.body.index(phrase)
    before = _units_in_file(project, doc_id, rid)
    _select(reader, start, start + len(phrase))
    qtbot.keyClick(reader.text, Qt.Key.Key_M)
    assert (start, start + len(phrase), phrase) in _units_in_file(project, doc_id, rid)

    qtbot.keyClick(reader.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _units_in_file(project, doc_id, rid) == before
    qtbot.keyClick(reader.text, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert (start, start + len(phrase), phrase) in _units_in_file(project, doc_id, rid)


def test_the_context_menu_offers_make_unit_and_a_selection_with_spaces_is_trimmed(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    start = reader.body.index(PHRASE)
    _select(reader, start - 1, start + len(PHRASE) + 1)  # a space either side
    assert reader.actions_by_name["make_unit"] in reader.text.menu_actions
    reader.actions_by_name["make_unit"].trigger()
    assert (start, start + len(PHRASE), PHRASE) in _units_in_file(project, doc_id, rid)


def test_keys_move_between_units_adjust_their_bounds_and_delete_them(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    own = [u for u in reader.spans if u.reviewer_id == rid]
    reader.text.place_cursor(0)
    qtbot.keyClick(reader.text, Qt.Key.Key_N)
    assert reader.current_unit_id == own[0].id
    qtbot.keyClick(reader.text, Qt.Key.Key_N)
    assert reader.current_unit_id == own[1].id
    qtbot.keyClick(reader.text, Qt.Key.Key_P)
    assert reader.current_unit_id == own[0].id
    assert reader.unit_panel.list.currentIndex().row() == 0

    first = own[0]
    qtbot.keyClick(reader.text, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    moved = next(u for u in list_units(project, doc_id, rid) if u.id == first.id)
    assert moved.start == first.start and moved.end > first.end
    assert moved.text == reader.body[moved.start:moved.end]
    qtbot.keyClick(reader.text, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier)
    moved2 = next(u for u in list_units(project, doc_id, rid) if u.id == first.id)
    assert moved2.start > first.start and moved2.end == moved.end
    assert window.session.undo_stack.undoText() == "Adjust meaning unit"

    qtbot.keyClick(reader.text, Qt.Key.Key_Delete)
    assert first.id not in {u.id for u in list_units(project, doc_id, rid)}
    window.session.undo_stack.undo()
    assert first.id in {u.id for u in list_units(project, doc_id, rid)}


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_other_reviewers_units_are_shown_on_request_and_stay_read_only(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    others = [u for u in reader.spans if u.reviewer_id != rid]
    assert others, "the demo has a second reviewer on this document"
    reader.text.place_cursor(others[0].start + 1)
    assert reader.current_unit_id != others[0].id  # hidden layer: not selectable
    qtbot.keyClick(reader.text, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert reader.highlights.show_others
    reader.set_current_unit(others[0].id, move_cursor=True)
    qtbot.keyClick(reader.text, Qt.Key.Key_Delete)
    assert others[0].id in {u.id for u in list_units(project, doc_id)}  # read-only
    assert reader.text.handles is None  # no boundary handles on someone else's unit


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_condensed_meaning_is_edited_in_the_side_panel(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    model = reader.unit_panel.model
    index = model.index(0)
    unit_id = model.units[0].id
    assert model.setData(index, "  A new condensed meaning ")
    stored = next(u for u in list_units(project, doc_id, rid) if u.id == unit_id)
    assert stored.condensed == "A new condensed meaning"
    assert model.data(index) == "A new condensed meaning"
    assert window.session.undo_stack.undoText() == "Edit condensed meaning"


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_boundary_handle_drag_moves_the_units_end(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    unit = next(u for u in reader.spans if u.reviewer_id == rid)
    reader.set_current_unit(unit.id, move_cursor=True)
    assert reader.text.handles is not None
    reader.text.handle_dragged.emit("end", unit.end - 3)
    stored = next(u for u in list_units(project, doc_id, rid) if u.id == unit.id)
    assert (stored.start, stored.end) == (unit.start, unit.end - 3)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_reviewer_switcher_chooses_whose_layer_is_edited(qtbot, window, reader) -> None:
    project = window.session.project
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    ben = next(r for r in project.reviewers() if r.name.startswith("Ben"))
    window.session.set_reviewer(ben.id)
    assert reader.unit_panel.heading.text().startswith("Meaning units — Ben Okafor")
    assert {u.reviewer_id for u in reader.unit_panel.model.units} == {ben.id}
    start = reader.body.index(PHRASE)
    reader.text.select_span(start, start + len(PHRASE))
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_Return)  # Enter makes a unit too
    assert (start, start + len(PHRASE), PHRASE) in _units_in_file(project, doc_id, ben.id)


def test_f6_moves_the_focus_through_the_panes(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 2)
    qtbot.keyClick(reader.text, Qt.Key.Key_F6)
    assert reader.unit_panel.list.hasFocus()
    qtbot.keyClick(reader.unit_panel.list, Qt.Key.Key_F6)
    assert reader.documents.table.hasFocus()
    qtbot.keyClick(reader.documents.table, Qt.Key.Key_Down)  # the next document opens
    assert reader.title.text() == "Interview 2 – husband"
    qtbot.keyClick(reader.documents.table, Qt.Key.Key_F6)
    assert reader.text.hasFocus()
