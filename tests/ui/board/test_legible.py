"""The board is legible with any fonts: names wrap instead of being cut, cards grow to fit, nothing written
overlaps (rendered with DejaVu, the fonts of a bare Linux machine); the tree shows full names on hover, keeps
the Unsorted bins open as the user left them, and follows a dropped item (issue 15)."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core import codebook
from app.ui.board.table_items import NAME_W, CardItem, PileItem, ThemeArea, wrapped_height

LONG_CODE = "Carers' knowledge as expertise that professionals overlook in everyday care decisions"
LONG_PILE = "Being recognised, or not, as a partner who knows the person best in the home"
LONG_THEME = "Partnership depends on continuity, recognition and a fair share of the invisible work of care"
MIXED_DESCRIPTION = ("Carers want to be treated as partners by the professionals who visit.\n"
                     "يريد مقدمو الرعاية أن يعاملهم المهنيون كشركاء في رعاية الشخص في البيت.\n\nAnd to be heard.")


@pytest.fixture
def dejavu(monkeypatch: pytest.MonkeyPatch) -> None:
    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("DejaVu fonts are not installed")

    def font(size: float, bold: bool = False, serif: bool = False) -> QFont:
        f = QFont("DejaVu Serif" if serif else "DejaVu Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    monkeypatch.setattr(CardItem, "_name_font", font(10.5, bold=True))
    monkeypatch.setattr(CardItem, "_small_font", font(8.5))
    monkeypatch.setattr(PileItem, "_title_font", font(11, bold=True, serif=True))
    monkeypatch.setattr(PileItem, "_small_font", font(8.5))
    monkeypatch.setattr(ThemeArea, "_title_font", font(15, bold=True, serif=True))
    monkeypatch.setattr(ThemeArea, "_small_font", font(9))


def _lengthen(session: Any) -> None:
    project = session.project
    codes = {c.name: c for c in codebook.list_codes(project)}
    cats = {c.name: c for c in codebook.list_categories(project)}
    themes = {t.name: t for t in codebook.list_themes(project)}
    codebook.update_code(project, codes["Carer's knowledge of the person"].id, name=LONG_CODE)
    codebook.update_code(project, codes["Knowledge overlooked"].id, name=LONG_CODE + " (second reading)")
    codebook.update_code(project, codes["Learning care tasks"].id, name="Learning care tasks " * 4)
    codebook.update_category(project, cats["Carers' knowledge as expertise"].id, name=LONG_PILE)
    codebook.update_theme(project, themes["Being recognised as someone who knows"].id, name=LONG_THEME,
                          description=MIXED_DESCRIPTION)  # drawn paragraph by paragraph, each in its direction
    session.refresh_all()


def test_long_names_wrap_cards_grow_and_nothing_written_overlaps(dejavu: None, session: Any, qtbot: Any) -> None:
    from app.ui.board import BoardView

    _lengthen(session)
    board = BoardView(session)
    qtbot.addWidget(board)
    board.resize(1400, 860)
    board.show()
    qtbot.waitExposed(board)
    items = [i for i in board.scene.items() if isinstance(i, (CardItem, PileItem, ThemeArea))]
    cards = [i for i in items if isinstance(i, CardItem)]
    long_card = next(c for c in cards if c.name == LONG_CODE)
    assert long_card.name_h >= 2 * CardItem._name_font.pointSizeF()  # on several lines, not elided
    assert long_card.name_h >= wrapped_height(CardItem._name_font, LONG_CODE, NAME_W)
    loose = next(c for c in cards if c.name.startswith("Learning care tasks"))
    assert loose.height > 66 and loose.boundingRect().height() >= loose.height  # the card grew to fit
    writings: list[tuple[Any, QRectF]] = [(i, r) for i in items for r in i.text_rects()]
    for item, rect in writings:  # each writing inside its own item
        if isinstance(item, (CardItem, PileItem)):
            assert item.sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(rect), (item.name, rect)
    for (a, ra), (b, rb) in itertools.combinations(writings, 2):
        assert not ra.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rb), (a.name, ra, b.name, rb)
    pile = board.scene.piles[next(c.id for c in codebook.list_categories(session.project) if c.name == LONG_PILE)]
    cards_in_pile = sorted((c for c in cards if c.parentItem() is pile), key=lambda c: c.pos().y())
    for upper, lower in itertools.pairwise(cards_in_pile):  # a covered card still shows its whole name
        assert upper.text_rects()[0].bottom() <= lower.sceneBoundingRect().top() + 3


def test_the_tree_shows_full_names_on_hover(board: Any, session: Any) -> None:
    _lengthen(session)
    model = board.model
    index = model.index_of("code", next(c.id for c in codebook.list_codes(session.project) if c.name == LONG_CODE))
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_CODE)


def test_unsorted_bins_keep_their_expansion_and_open_when_they_fill(board: Any, session: Any, disk: Any) -> None:
    from app.ui.board.tree_model import UNSORTED_CATEGORIES, UNSORTED_CODES

    tree, model = board.tree, board.model
    codes_bin = model.index_of(UNSORTED_CODES, "")
    tree.setExpanded(codes_bin, False)  # the user closes the Unsorted codes
    cat = disk.category_id("Conditions of professional work")
    session.do(codebook.move_categories, [cat], None)  # into the (empty until now) Unsorted categories
    assert not tree.isExpanded(model.index_of(UNSORTED_CODES, ""))  # stays as the user left it
    assert tree.isExpanded(model.index_of(UNSORTED_CATEGORIES, ""))  # filled: open, the moved pile in sight
    session.do(codebook.create_code, "Yet another code")  # another change: still as they were
    assert not tree.isExpanded(model.index_of(UNSORTED_CODES, ""))
    assert tree.isExpanded(model.index_of(UNSORTED_CATEGORIES, ""))


def test_the_tree_follows_a_category_dropped_into_a_theme(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    tree, model = board.tree, board.model
    tree.setFixedHeight(100)
    qtbot.wait(20)
    cat = disk.category_id("Support for the carer")
    source = model.index_of("category", cat)
    target = model.index_of("theme", disk.theme_id("Being recognised as someone who knows"))
    tree.scrollTo(target)
    pos = tree.visualRect(target).center()
    data = model.mimeData([source])
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods),
                  QDragMoveEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods)):
        QApplication.sendEvent(tree.viewport(), event)
    QApplication.sendEvent(tree.viewport(), QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, data, buttons, mods))
    assert disk.theme_of("Support for the carer") == "Being recognised as someone who knows"
    moved = model.index_of("category", cat)
    assert tree.viewport().rect().intersects(tree.visualRect(moved))  # in view, not somewhere below
