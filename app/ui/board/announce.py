"""What a screen reader hears on the sorting table: the focused card's name, count and place.

Cards, piles and theme areas are graphics items, which Qt's accessibility tree does not reach; so the view
carries the focused item's words in its accessible name ("Sorting table: Trust — 12 units — in Relations,
theme Care") and says so again (a NameChanged event) whenever focus moves or the item moves elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.board.table_items import CardItem, PileItem, TableItem, ThemeArea

if TYPE_CHECKING:
    from app.ui.board.table_view import TableView

CONTEXT = "SortingTable"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def _units(n: int) -> str:
    return _tr("1 unit") if n == 1 else _tr("%n units", n)


def describe(item: TableItem | None) -> str:
    """The words for one item of the table: its name, what it holds and where it lies."""
    if isinstance(item, CardItem):
        pile = item.parentItem()
        area = pile.parentItem() if isinstance(pile, PileItem) else None
        if isinstance(pile, PileItem) and isinstance(area, ThemeArea):
            place = _tr("in {pile}, theme {theme}").format(pile=pile.name, theme=area.name)
        elif isinstance(pile, PileItem):
            place = _tr("in {pile}, no theme").format(pile=pile.name)
        else:
            place = _tr("loose on the table")
        return _tr("{name} — {units} — {place}").format(name=item.name, units=_units(item.units), place=place)
    if isinstance(item, PileItem):
        area = item.parentItem()
        cards = _tr("1 code") if item.n_cards == 1 else _tr("%n codes", item.n_cards)
        place = (_tr("in theme {theme}").format(theme=area.name) if isinstance(area, ThemeArea)
                 else _tr("no theme"))
        return _tr("Pile {name} — {codes}, {units} — {place}").format(
            name=item.name, codes=cards, units=_units(item.units), place=place)
    if isinstance(item, ThemeArea):
        piles = [c for c in item.childItems() if isinstance(c, PileItem)]
        count = _tr("1 pile") if len(piles) == 1 else _tr("%n piles", len(piles))
        return _tr("Theme {name} — {piles}").format(name=item.name, piles=count)
    return ""


def accessible_name(view: TableView) -> str:
    focus = view.table.focusItem()
    words = describe(focus if isinstance(focus, TableItem) else None)
    return _tr("Sorting table: {item}").format(item=words) if words else _tr("Sorting table")


def install(view: TableView) -> None:
    """Keep the view's accessible name on its focused item (bound methods: no call reaches a deleted view)."""
    scene = view.table
    scene.focusItemChanged.connect(view.update_accessible_name)
    scene.selectionChanged.connect(view.update_accessible_name)
    scene.session.changed.connect(view.update_accessible_name)  # after the scene's own reload: the new items
    view.update_accessible_name()
