"""The sorting table driven with the mouse and the keyboard: each drop is one change in the project file,
and undo puts it back. The tree follows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt

from app.ui.board.table_items import CardItem, PileItem, ThemeArea


def _drag(qtbot: Any, board: Any, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press on ``start``, move in steps, release on ``end`` — real mouse events on the table's viewport."""
    view = board.table
    viewport = view.viewport()
    view.ensureVisible(board.scene.itemsBoundingRect(), 0, 0)
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    assert viewport.rect().contains(a) and viewport.rect().contains(b), "both ends must be on screen"
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for k in range(1, steps + 1):
        p = a + (b - a) * k / steps
        qtbot.mouseMove(viewport, pos=p)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _fit_all(board: Any) -> None:
    """Zoom out so the whole table is on screen (the drags below cross it)."""
    view = board.table
    rect = board.scene.itemsBoundingRect()
    view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
    view.user_zoomed = True


def _card(board: Any, disk: Any, name: str) -> CardItem:
    return board.scene.cards[disk.code_id(name)]


def _centre(item: Any) -> QPointF:
    return item.sceneBoundingRect().center()


def _grip(card: CardItem) -> QPointF:
    """The visible top strip of a card (cards in a pile overlap below it)."""
    return card.scenePos() + QPointF(40, 18)


def test_the_table_shows_every_code_category_and_theme(board: Any, disk: Any) -> None:
    scene = board.scene
    assert len(scene.cards) == 17 and len(scene.piles) == 7 and len(scene.areas) == 3
    card = _card(board, disk, "Knowledge overlooked")
    assert isinstance(card.parentItem(), PileItem) and card.units == 6
    assert isinstance(card.parentItem().parentItem(), ThemeArea)
    assert _card(board, disk, "Learning care tasks").parentItem() is None  # a loose slip


def test_a_card_dropped_on_a_pile_joins_it_and_undo_takes_it_out(board: Any, session: Any, disk: Any,
                                                                 qtbot: Any) -> None:
    _fit_all(board)
    loose = _card(board, disk, "Learning care tasks")
    pile = board.scene.piles[disk.category_id("Carer strain")]
    steps = session.undo_stack.count()
    _drag(qtbot, board, _grip(loose), _centre(pile))
    assert disk.category_of("Learning care tasks") == "Carer strain"
    assert session.undo_stack.count() == steps + 1
    assert board.scene.cards[disk.code_id("Learning care tasks")].parentItem() is board.scene.piles[
        disk.category_id("Carer strain")]
    node = board.model.find("code", disk.code_id("Learning care tasks"))
    assert node.parent.kind == "category" and node.parent.name == "Carer strain"  # the tree follows
    session.undo_stack.undo()
    assert disk.category_of("Learning care tasks") is None
    assert board.scene.cards[disk.code_id("Learning care tasks")].parentItem() is None


def test_a_card_dropped_on_a_loose_card_makes_a_new_pile_named_in_place(board: Any, session: Any, disk: Any,
                                                                        qtbot: Any) -> None:
    _fit_all(board)
    moving = _card(board, disk, "Costs of care")
    loose = _card(board, disk, "Learning care tasks")
    steps = session.undo_stack.count()
    _drag(qtbot, board, _grip(moving), _centre(loose))
    assert disk.category_of("Costs of care") == "New pile"
    assert disk.category_of("Learning care tasks") == "New pile"
    assert session.undo_stack.count() == steps + 1
    editor = board.table.editor
    assert editor is not None and editor.text() == "New pile"
    editor.setText("Practical and financial work")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert disk.category_of("Costs of care") == "Practical and financial work"
    session.undo_stack.undo()  # the name
    session.undo_stack.undo()  # the pile
    assert disk.category_of("Costs of care") == "Carer strain"
    assert disk.category_of("Learning care tasks") is None
    assert disk.one("select count(*) from category") == 7


def test_a_card_dropped_on_bare_table_leaves_its_pile_where_it_lies(board: Any, session: Any, disk: Any,
                                                                    qtbot: Any) -> None:
    _fit_all(board)
    card = _card(board, disk, "Home as a workplace")
    rect = board.scene.itemsBoundingRect()
    spot = QPointF(rect.right() - 120, rect.bottom() - 20)
    assert not [i for i in board.scene.items(spot) if isinstance(i, (CardItem, PileItem, ThemeArea))]
    _drag(qtbot, board, _grip(card), spot)
    assert disk.category_of("Home as a workplace") is None
    x, y = disk.rows("select x, y from code where name = 'Home as a workplace'")[0]
    assert abs(x + 40 - spot.x()) < 3 and abs(y + 18 - spot.y()) < 3
    session.undo_stack.undo()
    assert disk.category_of("Home as a workplace") == "Dividing the work of care"


def test_a_pile_dropped_in_a_theme_area_joins_the_theme(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    _fit_all(board)
    pile = board.scene.piles[disk.category_id("Conditions of professional work")]
    area = board.scene.areas[disk.theme_id("Being recognised as someone who knows")]
    inside = area.sceneBoundingRect()
    spot = QPointF(inside.right() - 30, inside.bottom() - 20)
    under = [i for i in board.scene.items(spot) if isinstance(i, (CardItem, PileItem, ThemeArea))]
    assert under == [area]
    x_before = disk.one("select x from category where name = 'Conditions of professional work'")
    _drag(qtbot, board, pile.scenePos() + QPointF(30, 12), spot)
    assert disk.theme_of("Conditions of professional work") == "Being recognised as someone who knows"
    assert disk.one("select x from category where name = 'Conditions of professional work'") != x_before
    moved = board.scene.piles[disk.category_id("Conditions of professional work")]
    assert moved.parentItem() is board.scene.areas[disk.theme_id("Being recognised as someone who knows")]
    session.undo_stack.undo()
    assert disk.theme_of("Conditions of professional work") == "Holding the care together"
    assert disk.one("select x from category where name = 'Conditions of professional work'") == x_before


def test_moving_a_theme_area_carries_its_piles(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    _fit_all(board)
    area = board.scene.areas[disk.theme_id("Caring for the carer")]
    before = dict(disk.rows("select name, y from category where theme_id = ?", disk.theme_id("Caring for the carer")))
    grip = area.scenePos() + QPointF(area.rect().width() - 40, 20)
    _drag(qtbot, board, grip, grip + QPointF(0, 100))
    after = dict(disk.rows("select name, y from category where theme_id = ?", disk.theme_id("Caring for the carer")))
    shifts = {round(after[n] - before[n]) for n in before}
    assert len(shifts) == 1 and abs(shifts.pop() - 100) <= 2  # every pile by the same step (screen pixels round)
    session.undo_stack.undo()
    assert dict(disk.rows("select name, y from category where theme_id = ?",
                          disk.theme_id("Caring for the carer"))) == before


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_keyboard_moves_group_and_ungroup(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    view, scene = board.table, board.scene
    view.setFocus()
    scene.select_only("code", disk.code_id("Learning care tasks"))
    x0 = disk.one("select x from code where name = 'Learning care tasks'")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert disk.one("select x from code where name = 'Learning care tasks'") == x0 + 70
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # a pile of one
    assert disk.category_of("Learning care tasks") == "New pile"
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)  # keep the proposed name
    assert disk.category_of("Learning care tasks") == "New pile"
    scene.select_only("code", disk.code_id("Concealing strain"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert disk.category_of("Concealing strain") is None
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert len(scene.selected_items()) == 1
    for _ in range(4):
        session.undo_stack.undo()
    assert disk.category_of("Concealing strain") == "Carer strain"
    assert disk.category_of("Learning care tasks") is None
    assert disk.one("select x from code where name = 'Learning care tasks'") == x0


def test_selecting_on_the_table_selects_in_the_tree_and_shows_the_units(board: Any, disk: Any, qtbot: Any) -> None:
    _fit_all(board)
    card = _card(board, disk, "Knowledge overlooked")
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=board.table.mapFromScene(_grip(card)))
    current = board.tree.currentIndex()
    assert current.data() == "Knowledge overlooked"
    assert board.retrieval.model.rowCount() == 6
    assert board.editor.name.text() == "Knowledge overlooked"


def test_a_category_made_in_the_tree_lies_beside_its_theme_s_piles(board: Any, disk: Any) -> None:
    theme = disk.theme_id("Being recognised as someone who knows")
    height = board.scene.areas[theme].rect().height()
    cat_id = board.actions.create_category(theme)
    pile = board.scene.piles[cat_id]
    area = board.scene.areas[theme]
    assert pile.parentItem() is area
    assert area.rect().height() == height  # the area grew sideways, not down over the next theme
    neighbour = board.scene.piles[disk.category_id("Dividing the work of care")]
    assert pile.scenePos().y() == neighbour.scenePos().y() and pile.scenePos().x() > neighbour.scenePos().x()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_table_keys_work_inside_the_main_window(session: Any, disk: Any, qtbot: Any) -> None:
    """Other views' shortcuts (the reader uses M and Delete) must not swallow the board's keys."""
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(session.project)
    window.resize(1400, 900)
    window.show()
    board = window.workspace.show_view("board")
    qtbot.waitExposed(window)
    board.table.setFocus()
    board.scene.select_only("code", disk.code_id("Learning care tasks"))
    x0 = disk.one("select x from code where name = 'Learning care tasks'")
    qtbot.keyClick(board.table, Qt.Key.Key_Left)
    assert disk.one("select x from code where name = 'Learning care tasks'") == x0 - 10
    qtbot.keyClick(board.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert disk.category_of("Learning care tasks") == "New pile"
    qtbot.keyClick(board.table.editor, Qt.Key.Key_Escape)
    questions: list[str] = []
    board.actions.confirm = lambda _title, text: questions.append(text) or True
    board.scene.select_only("code", disk.code_id("Concealing strain"))
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Delete)
    assert questions and "4 meaning units" in questions[0]
    assert disk.code_id("Concealing strain") is None
    for _ in range(3):
        window.undo_action.trigger()
    assert disk.code_id("Concealing strain") is not None
    assert disk.category_of("Learning care tasks") is None
    assert disk.one("select x from code where name = 'Learning care tasks'") == x0
