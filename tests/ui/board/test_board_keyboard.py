"""The sorting table by keyboard alone: go from card to card, hear each card's name, count and place, move a
card to another pile with M, open its meaning units with Enter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from app.ui.board.table_items import CardItem


def _spoken(widget: Any) -> str:
    """What assistive technology reads for the widget: Qt's accessible interface, not our attributes."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _tab_to(view: Any, qtbot: Any, name: str) -> None:
    for _ in range(len(view.table.ordered_items()) + 1):
        focus = view.table.focusItem()
        if isinstance(focus, CardItem) and focus.name == name:
            return
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the card {name!r}")


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_card_is_found_moved_and_opened_with_keys_and_its_place_is_announced(board: Any, disk: Any,
                                                                                qtbot: Any) -> None:
    view = board.table
    view.setFocus()
    assert _spoken(view) == "Sorting table"
    _tab_to(view, qtbot, "Concealing strain")
    assert _spoken(view) == ("Sorting table: Concealing strain — 4 units — in Carer strain, "
                             "theme Caring for the carer")
    assert board.editor.name.text() == "Concealing strain"  # the details follow the keyboard

    def choose_pile() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(dialog.filter, "Support for the carer")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_pile)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert disk.category_of("Concealing strain") == "Support for the carer"
    assert _spoken(view) == ("Sorting table: Concealing strain — 4 units — in Support for the carer, "
                             "theme Caring for the carer")

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert board.tabs.currentWidget() is board.retrieval
    assert board.window().focusWidget() is board.retrieval.view  # the keyboard is in the unit list
    assert board.retrieval.model.rowCount() == 4
    with qtbot.waitSignal(board.session.navigate, timeout=2000) as shown:  # Enter on a unit: to the reader
        qtbot.keyClick(board.retrieval.view, Qt.Key.Key_Return)
    assert shown.args[1]  # a meaning unit's id


def test_piles_and_themes_are_announced_with_what_they_hold(board: Any, disk: Any, qtbot: Any) -> None:
    view = board.table
    view.setFocus()
    board.scene.select_only("category", disk.category_id("Carer strain"))
    assert _spoken(view).startswith("Sorting table: Pile Carer strain — ")
    assert _spoken(view).endswith(" — in theme Caring for the carer")
    board.scene.select_only("theme", disk.theme_id("Caring for the carer"))
    assert _spoken(view) == "Sorting table: Theme Caring for the carer — 2 piles"
