"""Find in the document (Ctrl+F) and across the project (Ctrl+Shift+F, SQLite FTS5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.search_dialog import split_context
from tests.ui.reader.conftest import open_doc


def test_project_search_finds_a_word_and_clicking_a_result_opens_the_place(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 2 – husband", 1)
    window.workspace.show_view("board")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = reader._search_dialog
    assert dialog.isVisible()
    dialog.edit.setText("biscuit")
    dialog.run()
    assert dialog.results.count() >= 1
    hit = dialog.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    before, match, _after = split_context(hit)
    assert match.lower() == "biscuit"
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.workspace.currentWidget() is reader
    assert reader.document_id == hit.document_id
    assert reader.text.cursor_offset() == hit.start
    assert reader.body[hit.start:hit.end].lower() == "biscuit"
    # in the middle of the view, the word highlighted
    cursor_y = reader.text.cursorRect().center().y()
    assert abs(cursor_y - reader.text.viewport().height() // 2) <= reader.text.fontMetrics().height() * 2
    assert [reader.body[a:b].lower() for a, b in reader.highlights.find_spans] == ["biscuit"]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_search_waits_for_a_pause_and_labels_where_each_hit_was_found(qtbot, window, reader) -> None:
    from app.ui.search_dialog import PAUSE_MS, hit_heading

    reader.open_project_search()
    dialog = reader._search_dialog
    qtbot.keyClicks(dialog.edit, "knowl")
    assert dialog.results.count() == 0  # still typing
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=PAUSE_MS * 8)
    hits = [dialog.results.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(dialog.results.count())]
    assert {"text", "condensed", "code"} <= {h.where for h in hits}
    condensed = next(h for h in hits if h.where == "condensed")
    assert hit_heading(condensed) == f"{condensed.document_name} · Condensed meaning"
    assert next(h for h in hits if h.where == "code").label.startswith("Code ")
    row = next(i for i, h in enumerate(hits) if h.where == "condensed")
    dialog.results.setCurrentRow(row)
    dialog._activated(dialog.results.item(row))
    assert reader.document_id == condensed.document_id and reader.current_unit_id == condensed.unit_id


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_find_in_document_highlights_matches_and_moves_between_them(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 2)
    qtbot.keyClick(reader.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = reader.find_bar
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "nurse")
    expected = [i for i in range(len(reader.body)) if reader.body[i:i + 5].lower() == "nurse"]
    assert [a for a, _b in bar.matches] == expected
    assert reader.text.cursor_offset() == expected[0]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert reader.text.cursor_offset() == expected[1]
    assert bar.count.text() == f"2 of {len(expected)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and reader.highlights.find_spans == []


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_another_view_can_ask_for_a_unit_and_the_reader_shows_it(qtbot, window, reader) -> None:
    doc_id = open_doc(reader, "Interview 1 – daughter", 1)
    other = open_doc(reader, "Interview 3 – community nurse", 1)
    unit = next(u for u in reader.spans if u.reviewer_id == window.session.reviewer_id)
    window.workspace.show_view("board")
    window.session.navigate.emit(other, unit.id, -1)
    assert window.workspace.currentWidget() is reader
    assert reader.document_id == other and reader.pass_no == 2  # a unit is shown where units are
    assert reader.current_unit_id == unit.id
    assert reader.unit_panel.model.units[reader.unit_panel.list.currentIndex().row()].id == unit.id
    assert doc_id != other
