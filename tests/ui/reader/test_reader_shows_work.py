"""The reader shows your own work: condensed meanings edited in several lines and shown whole, codes on the
unit, condensed meanings in pass 3, margin cards never cut at the end, headings never clipped (issue 15)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.core.codebook import assign_code, find_code_by_name
from app.core.units import get_unit
from app.ui.reader.unit_panel import CODES_ROLE
from tests.ui.reader.conftest import open_doc


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_condensed_meaning_is_written_in_several_lines_and_shown_whole(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 2)
    panel = reader.unit_panel
    unit = panel.model.units[1]
    index = panel.model.index(1)
    panel.list.setCurrentIndex(index)
    reader.set_current_unit(unit.id, move_cursor=True)
    short = panel.list.sizeHintForIndex(index).height()
    panel.edit_current()
    editor = panel.list.findChild(QPlainTextEdit, "condensedEditor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Felt invisible in her own home, treated like the furniture by staff")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line, not the end
    qtbot.keyClicks(editor, "who came in without knocking and never asked her anything at all")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wanted = ("Felt invisible in her own home, treated like the furniture by staff\n"
              "who came in without knocking and never asked her anything at all")
    qtbot.waitUntil(lambda: get_unit(window.session.project, unit.id).condensed == wanted, timeout=2000)
    index = panel.model.index(panel.model.row_of(unit.id))
    assert panel.list.sizeHintForIndex(index).height() >= short + 2 * panel.list.fontMetrics().height()


def test_codes_given_in_pass_2_show_on_the_unit(qtbot, window, reader) -> None:
    project = window.session.project
    from app.core.units import create_unit

    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    panel = reader.unit_panel
    at = reader.body.index("Interviewer: Take your time.")
    unit = window.session.do(create_unit, doc_id, at, at + len("Interviewer: Take your time.")).value
    row = panel.model.row_of(unit.id)
    assert panel.model.index(row).data(CODES_ROLE) == []
    before = panel.list.sizeHintForIndex(panel.model.index(row)).height()
    code = find_code_by_name(project, "Duty as love") or find_code_by_name(project, "Continuity of staff")
    window.session.do(assign_code, unit.id, code.id)
    assert [c.name for c in panel.model.index(row).data(CODES_ROLE)] == [code.name]
    assert panel.list.sizeHintForIndex(panel.model.index(row)).height() > before


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_pass_3_cards_show_the_condensed_meaning_and_none_is_cut_at_the_end(qtbot, window, reader) -> None:
    from app.core.units import add_annotation, create_unit

    doc_id = open_doc(reader, "Interview 1 – daughter", 3)
    margin = reader.margin
    card = next(c for c in margin.cards if c.unit.condensed)
    assert card.condensed_rect is not None and card.rect.contains(card.condensed_rect)
    end = len(reader.body.rstrip())
    for k in range(4):  # four noted units on the last lines: their cards need more room than the text has left
        unit = window.session.do(create_unit, doc_id, end - 160 + 40 * k, end - 120 + 40 * k).value
        window.session.do(add_annotation, unit.id, "A long note that takes several lines in the margin " * 2)
    bar = reader.text.verticalScrollBar()
    qtbot.wait(50)  # the text's layout settles, then scroll to its very end
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() and bool(margin.cards), timeout=1000)
    visible = QRect(0, 0, margin.width(), margin.height())
    last = max(margin.cards, key=lambda c: c.unit.start)
    assert visible.contains(last.rect), (last.rect, visible)
    rects = sorted((c.rect for c in margin.cards), key=lambda r: r.top())
    assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:], strict=False))
    for c in margin.cards:  # chips wrap inside their card
        assert all(c.rect.contains(r) for _code, r in c.chips)


def test_the_heading_elides_a_long_name_instead_of_cutting_it(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 1)
    title = reader.title
    title.setText("A very long document name that cannot fit into the heading of the reader at all – part two")
    title.resize(180, title.height())
    shown = title.shown_text()
    assert "…" in shown and shown.endswith("two") and title.fontMetrics().horizontalAdvance(shown) <= 180
    title.repaint()
    assert title.toolTip() == title.text()
    header = reader.documents.table.horizontalHeader()
    for col in range(1, 7):  # the list's column headings fit their columns
        text = header.model().headerData(col, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) + 8 <= header.sectionSize(col)
