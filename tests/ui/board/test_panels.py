"""Retrieval, the analysis table, hygiene and the details editor on the board."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core import memos


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_retrieval_lists_the_units_under_a_category_and_a_click_asks_for_the_reader(board: Any, session: Any,
                                                                                   disk: Any, qtbot: Any,
                                                                                   qtmodeltester: Any) -> None:
    cat = disk.category_id("Carers' knowledge as expertise")
    board.select("category", cat)
    board.tabs.setCurrentWidget(board.retrieval)
    model = board.retrieval.model
    qtmodeltester.check(model)
    assert model.rowCount() == 13
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Document", "Page", "Reviewer", "Meaning unit", "Condensed meaning", "Notes"]
    docs = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Interview 1 – daughter" in docs
    assert any(model.index(r, 5).data() for r in range(model.rowCount())), "notes are shown"
    view = board.retrieval.view
    view.scrollToTop()
    first = board.retrieval.proxy.index(0, 3)
    with qtbot.waitSignal(session.navigate, timeout=2000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(first).center())
    document_id, unit_id, offset = signal.args
    assert offset == -1
    assert disk.one("select document_id from meaningunit where id = ?", unit_id) == document_id
    assert unit_id in {u for u, c in disk.codings() if c in {disk.code_id("Knowledge overlooked"),
                                                            disk.code_id("Carer's knowledge of the person"),
                                                            disk.code_id("Being asked and listened to")}}


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_analysis_table_holds_every_unit_and_sorts_and_filters(board: Any, disk: Any,
                                                                   qtmodeltester: Any) -> None:
    board.tabs.setCurrentWidget(board.analysis)
    table = board.analysis
    qtmodeltester.check(table.model)
    qtmodeltester.check(table.proxy)
    assert table.proxy.rowCount() == len(disk.unit_ids()) == 41
    table.filter.setText("biscuit")
    rows = [[table.proxy.index(r, c).data() for c in range(6)] for r in range(table.proxy.rowCount())]
    assert 1 <= len(rows) < 41 and all("biscuit" in " ".join(r).casefold() for r in rows)
    row = next(r for r in rows if r[2] == "Knowledge overlooked")
    assert "biscuit tin" in row[0] and row[3] == "Carers' knowledge as expertise"
    assert row[4] == "Being recognised as someone who knows"
    table.filter.clear()
    table.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    codes = [table.proxy.index(r, 2).data().casefold() for r in range(table.proxy.rowCount())]
    assert codes == sorted(codes)
    assert "41 meaning units" in table.count.text()


def test_hygiene_lists_problems_and_a_click_selects_the_item(board: Any, session: Any, disk: Any,
                                                             qtbot: Any) -> None:
    panel = board.hygiene
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("Costs of care" in t and "no meaning units" in t for t in texts)
    assert any("Learning care tasks" in t and "no category" in t for t in texts)
    assert any("Conditions of professional work" in t and "single code" in t for t in texts)
    assert board.tabs.tabText(3) == "Hygiene (3)"
    board.actions.create_theme()
    assert any("New theme" in panel.list.item(i).text() for i in range(panel.list.count()))
    assert board.tabs.tabText(3) == "Hygiene (4)"
    session.undo_stack.undo()
    board.tabs.setCurrentWidget(panel)
    item = next(panel.list.item(i) for i in range(panel.list.count()) if "Costs of care" in panel.list.item(i).text())
    panel.list.scrollToItem(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
    assert board.tree.currentIndex().data() == "Costs of care"
    assert [i.key for i in board.scene.selected_items()] == [("code", disk.code_id("Costs of care"))]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_details_editor_saves_each_field_as_one_undoable_edit(board: Any, session: Any, disk: Any,
                                                                  qtbot: Any) -> None:
    code = disk.code_id("Knowledge overlooked")
    board.select("code", code)
    editor = board.editor
    assert editor.name.text() == "Knowledge overlooked"
    editor.definition.setPlainText("Staff act as if the carer knew nothing.")
    editor.definition.editing_finished.emit()
    assert disk.one("select definition from code where id = ?", code) == "Staff act as if the carer knew nothing."
    assert editor.exemplar.count() == 1 + 6  # "(none chosen)" and the code's own six units
    editor.exemplar.setCurrentIndex(2)
    chosen = editor.exemplar.itemData(2)
    assert disk.one("select exemplar_unit_id from code where id = ?", code) == chosen
    assert (chosen, code) in disk.codings()  # an exemplar comes from the code's own units
    editor.code_memo.setPlainText("Key phrase: 'nobody asked'.")
    editor.code_memo.editing_finished.emit()
    assert "nobody asked" in memos.get_memo(session.project, "code", code)
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert disk.one("select definition from code where id = ?", code) != "Staff act as if the carer knew nothing."
    assert disk.one("select exemplar_unit_id from code where id = ?", code) is None
    theme = disk.theme_id("Caring for the carer")
    board.select("theme", theme)
    assert editor.pages.currentIndex() == 2
    editor.description.setPlainText("Who looks after the one who looks after?")
    editor.description.editing_finished.emit()
    assert disk.one("select description from theme where id = ?", theme) == "Who looks after the one who looks after?"


def test_move_to_offers_the_right_places_and_moves_there(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    from app.ui.board.move_dialog import MoveDialog, move_targets

    targets = move_targets(session.project, {"code"})
    assert targets[0][1] == ("unsorted_codes", None) and len(targets) == 1 + 7
    dialog = MoveDialog(targets, "codes")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "strain")
    assert dialog.target() == ("category", disk.category_id("Carer strain"))
    assert board.actions.move([("code", disk.code_id("Learning care tasks"))], *dialog.target())
    assert disk.category_of("Learning care tasks") == "Carer strain"
    themes = [t for _label, t in move_targets(session.project, {"category"}) if t[0] == "theme"]
    assert len(themes) == 3
    session.undo_stack.undo()
    assert disk.category_of("Learning care tasks") is None


def test_deleting_the_item_on_show_clears_the_details_and_the_unit_list(board: Any, session: Any,
                                                                       disk: Any) -> None:
    code = disk.code_id("Concealing strain")
    board.select("code", code)
    assert board.retrieval.model.rowCount() == 4
    board.actions.confirm = lambda _title, _text: True
    assert board.actions.delete([("code", code)])
    assert board.retrieval.model.rowCount() == 0 and board.editor.item_id == ""
    assert "Select" in board.retrieval.title.text()


def test_the_boards_menu_items_bring_the_board_forward_from_the_reader(session: Any, qtbot: Any) -> None:
    """View › Codebook hygiene (Ctrl+Shift+H) works from any view; it must show the board, not change it unseen."""
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(session.project)
    window.show()
    assert window.workspace.currentWidget() is window.workspace.reader
    hygiene = next(a for a in window.view_menu.actions() if a.text() == "Codebook hygiene")
    hygiene.trigger()
    board = window.workspace.board
    assert window.workspace.currentWidget() is board
    assert board.tabs.currentWidget() is board.hygiene
    window.workspace.show_view("reader")
    next(a for a in window.view_menu.actions() if a.text() == "Fit the sorting table").trigger()
    assert window.workspace.currentWidget() is board
