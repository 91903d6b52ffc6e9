"""A search hit opens where the thing found is edited: a code, category or theme on the board (selected, its
details open), a memo in the board's details or in View › Study notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.codebook import list_categories, list_codes
from app.ui.search_dialog import HIT_ROLE, hit_heading


def _search(reader, query: str):  # type: ignore[no-untyped-def]
    reader.open_project_search()
    dialog = reader._search_dialog
    dialog.edit.setText(query)
    dialog.run()
    return dialog, [dialog.results.item(i).data(HIT_ROLE) for i in range(dialog.results.count())]


def _press_enter_on(qtbot, dialog, row: int) -> None:  # type: ignore[no-untyped-def]
    dialog.results.setCurrentRow(row)
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)


@pytest.mark.slow  # a main window on the demo (over half a second)
def test_a_code_hit_selects_the_code_on_the_board_with_its_details(qtbot, window, reader) -> None:
    code = next(c for c in list_codes(window.session.project) if c.name == "Professional time pressure")
    dialog, hits = _search(reader, '"professional time pressure"')
    row = next(i for i, h in enumerate(hits) if h.where == "code")
    assert hit_heading(hits[row]) == "Code Professional time pressure"
    _press_enter_on(qtbot, dialog, row)

    board = window.workspace.board
    assert window.workspace.currentWidget() is board
    assert board.current() == ("code", code.id)
    assert [(i.kind, i.item_id) for i in board.scene.selected_items()] == [("code", code.id)]
    assert board.tabs.currentWidget() is board.editor
    assert board.editor.name.text() == "Professional time pressure"
    assert list(board.tree.selected_items()) == [("code", code.id)]
    card = board.scene.item("code", code.id)

    qtbot.wait(150)  # the board's first show lays it out and fits the table; then the table scrolls to the card
    assert board.table.viewport().rect().contains(board.table.mapFromScene(card.sceneBoundingRect()).boundingRect())


@pytest.mark.slow  # a main window on the demo (over half a second)
def test_a_category_hit_is_found_and_selects_the_pile(qtbot, window, reader) -> None:
    category = next(c for c in list_categories(window.session.project) if c.name == "Dividing the work of care")
    dialog, hits = _search(reader, "dividing")
    row = next(i for i, h in enumerate(hits) if h.where == "category")
    assert hit_heading(hits[row]) == "Category Dividing the work of care"
    _press_enter_on(qtbot, dialog, row)
    board = window.workspace.board
    assert window.workspace.currentWidget() is board
    assert board.current() == ("category", category.id)
    assert board.editor.name.text() == "Dividing the work of care"


@pytest.mark.slow  # a main window on the demo (over half a second)
def test_a_codes_memo_hit_opens_the_memo_in_the_boards_details(qtbot, window, reader) -> None:
    dialog, hits = _search(reader, '"discuss at consensus"')
    row = next(i for i, h in enumerate(hits) if h.where == "memo")
    assert hits[row].label == "Memo on code Knowledge overlooked"
    _press_enter_on(qtbot, dialog, row)
    board = window.workspace.board
    assert window.workspace.currentWidget() is board
    assert board.editor.name.text() == "Knowledge overlooked"
    assert "discuss at consensus" in board.editor.code_memo.toPlainText()
    assert board.editor.code_memo.hasFocus() or board.editor.focusWidget() is board.editor.code_memo


@pytest.mark.slow  # a main window on the demo (over half a second)
def test_a_study_memo_hit_opens_the_study_notes_with_it_chosen(qtbot, window, reader) -> None:
    dialog, hits = _search(reader, '"consensus meeting planned"')
    row = next(i for i, h in enumerate(hits) if h.where == "memo")
    assert hit_heading(hits[row]) == "Memo on the study"
    _press_enter_on(qtbot, dialog, row)
    notes = window.workspace.notes_dialog
    assert notes is not None and notes.isVisible()
    assert "Consensus meeting planned after BO finishes pass 2" in notes.text.toPlainText()
    assert notes.on_label.text() == "The study"
    assert notes.list.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == hits[row].item_id


@pytest.mark.slow  # a main window on the demo (over half a second)
def test_first_impressions_hit_opens_in_the_study_notes_with_its_author(qtbot, window, reader) -> None:
    dialog, hits = _search(reader, '"one good nurse"')
    row = next(i for i, h in enumerate(hits) if h.where == "memo")
    assert hits[row].label == "First impressions on document Interview 1 – daughter"
    dialog._activated(dialog.results.item(row))
    notes = window.workspace.notes_dialog
    assert notes.text.toPlainText().startswith("Reads like a story of one good nurse")
    assert notes.byline.text().startswith("Ben Okafor, ")
