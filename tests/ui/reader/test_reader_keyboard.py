"""The reader by keyboard alone: select words with keys, make a meaning unit, go from unit to unit in the text and
in the unit list; the text field's accessible name says which unit is current."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app.core.units import list_units
from tests.ui.reader.conftest import open_doc

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _spoken(widget) -> str:  # type: ignore[no-untyped-def]
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_unit_is_made_and_visited_with_keys_only_and_announced(qtbot, window, reader) -> None:
    project, rid = window.session.project, window.session.reviewer_id
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    before = {u.id for u in list_units(project, doc_id, rid)}
    qtbot.keyClick(reader.text, Qt.Key.Key_Home, CTRL)
    for _ in range(3):  # the first three words
        qtbot.keyClick(reader.text, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(reader.text, Qt.Key.Key_M)

    made = [u for u in list_units(project, doc_id, rid) if u.id not in before]
    assert len(made) == 1
    unit = made[0]
    assert unit.text == reader.body[unit.start:unit.end] and unit.text.strip()
    assert unit.start == 0 and len(unit.text.split()) == 3
    count = reader.unit_panel.model.rowCount()
    assert reader.current_unit_id == unit.id
    assert _spoken(reader.text).startswith("Document text — Unit 1: ")
    assert _spoken(reader.text).endswith(f"(of {count})")

    qtbot.keyClick(reader.text, Qt.Key.Key_N)  # the next unit
    assert reader.current_unit_id != unit.id
    assert _spoken(reader.text).startswith("Document text — Unit 2: ")

    qtbot.keyClick(reader.text, Qt.Key.Key_F6)  # to the unit list
    assert reader.unit_panel.list.hasFocus()
    qtbot.keyClick(reader.unit_panel.list, Qt.Key.Key_Up)
    assert reader.current_unit_id == unit.id  # the list moves the text's current unit too
    assert _spoken(reader.text).startswith("Document text — Unit 1: ")
    assert _spoken(reader.unit_panel.list) == "Meaning units"
    row = QAccessible.queryAccessibleInterface(reader.unit_panel.list)
    assert row.childCount() >= count  # rows are exposed to assistive technology with their own words
