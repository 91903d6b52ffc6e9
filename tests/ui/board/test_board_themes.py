"""The sorting table in the light, dark and high-contrast themes, checked from the pixels on screen: a slip's
paper and its writing (WCAG 4.5:1), dark paper in the dark theme, and a new theme painted at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage

from app.core.colourmath import contrast, luminance
from app.ui import paper, theme
from app.ui.board.table_items import NAME_W, CardItem
from tests.ui.pixels import page_and_text

TEXT = 4.5


def _shown(board: Any) -> QImage:
    return board.table.viewport().grab().toImage()


def _on_screen_now(board: Any, qtbot: Any, point: QPoint) -> str:
    """The colour the window shows at a viewport point: its backing store, as last painted (no new rendering)."""
    window = board.window()
    at = board.table.viewport().mapTo(window, point)
    return window.screen().grabWindow(window.winId()).toImage().pixelColor(at).name()


def _on_screen(board: Any, item: Any, rect: QRectF) -> QRect:
    """``rect`` (item coordinates) in the viewport's pixels, shrunk a pixel so no border is read."""
    return board.table.mapFromScene(item.mapRectToScene(rect)).boundingRect().adjusted(1, 1, -1, -1)


def _a_whole_card(board: Any) -> CardItem:
    """A card nothing lies on (the last of a pile, or a loose one), on screen."""
    view = board.table
    cards = [c for c in board.scene.cards.values() if not c.covered]
    card = min(cards, key=lambda c: (c.sceneBoundingRect().top(), c.sceneBoundingRect().left()))
    view.resetTransform()
    view.user_zoomed = True
    view.centerOn(card)
    return card


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_a_slip_s_writing_stands_out_from_its_paper(board: Any, qtbot: Any, restored_palette: None,
                                                    name: str) -> None:
    theme.apply(name)
    card = _a_whole_card(board)
    image = _shown(board)
    name_page, name_text = page_and_text(image, _on_screen(board, card, QRectF(9, 11, NAME_W, card.name_h)))
    footer_page, footer_text = page_and_text(image, _on_screen(board, card, card._footer_rect()))
    expected = paper.BOARDS[name]
    assert name_page == footer_page == expected.paper, f"{name}: the slip is drawn on {name_page}"
    assert contrast(name_text, name_page) >= TEXT, f"{name}: the card's name {name_text} on {name_page}"
    assert contrast(footer_text, footer_page) >= TEXT, f"{name}: the card's counts {footer_text} on {footer_page}"
    area = next(iter(board.scene.areas.values()))
    board.table.centerOn(area.mapToScene(area._name_rect().center()))
    image = _shown(board)
    title_page, title_text = page_and_text(image, _on_screen(board, area, area._name_rect()))
    assert contrast(title_text, title_page) >= TEXT, f"{name}: a theme's name {title_text} on {title_page}"
    if name == "light":
        assert luminance(name_page) > 0.9
    else:  # dark paper, light ink
        assert luminance(name_page) < 0.05 and luminance(name_text) > 0.6, f"{name}: {name_text} on {name_page}"
        assert luminance(title_page) < 0.05


def _bare_table(board: Any) -> QPoint:
    """A pixel of the viewport with no item on it: the table itself."""
    view = board.table
    for y in range(10, view.viewport().height() - 10, 20):
        for x in range(10, view.viewport().width() - 10, 20):
            if not board.scene.items(view.mapToScene(QPoint(x, y)).toPoint().toPointF()):
                return QPoint(x, y)
    raise AssertionError("no bare table on screen")


def test_changing_the_theme_repaints_the_table_at_once(board: Any, qtbot: Any, restored_palette: None) -> None:
    """The items cache their pictures: a new theme (Preferences, or the system going dark) must reach them."""
    theme.apply("light")
    card = _a_whole_card(board)
    spot = _on_screen(board, card, card._footer_rect()).topLeft()
    table = _bare_table(board)
    image = _shown(board)
    assert (image.pixelColor(spot).name(), image.pixelColor(table).name()) == (paper.BOARDS["light"].paper,
                                                                               paper.BOARDS["light"].table)
    for name in ("dark", "high-contrast", "light"):
        theme.apply(name)  # what Preferences does; the system switching to dark calls the same
        image = _shown(board)
        assert image.pixelColor(spot).name() == paper.BOARDS[name].paper, f"{name}: the slip"
        assert image.pixelColor(table).name() == paper.BOARDS[name].table, f"{name}: the table"
        want = (paper.BOARDS[name].paper, paper.BOARDS[name].table)
        qtbot.waitUntil(lambda want=want: (_on_screen_now(board, qtbot, spot),
                                           _on_screen_now(board, qtbot, table)) == want, timeout=2000)


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_trees_red_zero_is_legible_in_every_theme(board: Any, qtbot: Any, restored_palette: None,
                                                      name: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    theme.apply(name)
    qtbot.waitUntil(lambda: board.tree.palette().color(QPalette.ColorRole.Base).name()
                    == theme.COLOURS[name][QPalette.ColorRole.Base])  # widgets hear of a new palette by event
    empty = next(c for c in board.scene.cards.values() if c.units == 0)
    index = board.model.index_of("code", empty.item_id, 1)
    red = board.model.data(index, Qt.ItemDataRole.ForegroundRole).name()
    base = board.tree.palette().color(QPalette.ColorRole.Base).name()
    assert contrast(red, base) >= TEXT, f"{name}: the tree's 0 in {red} on {base}"
    assert QColor(red).hue() in range(0, 15) or QColor(red).hue() > 345, f"{name}: {red} is still red"


def test_the_table_goes_dark_when_the_system_does(board: Any, restored_palette: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    theme.apply("system")
    card = _a_whole_card(board)
    spot = _on_screen(board, card, card._footer_rect()).topLeft()
    assert _shown(board).pixelColor(spot).name() == paper.BOARDS["light"].paper
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switched to dark
    assert _shown(board).pixelColor(spot).name() == paper.BOARDS["dark"].paper
