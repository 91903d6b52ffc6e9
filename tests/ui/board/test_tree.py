"""The codebook tree: the same tree as `lectio info --json`, drag and drop as one operation each, renaming,
merging and deleting with every meaning unit accounted for, and undo putting things back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.ui.board.tree_model import ID_ROLE, KIND_ROLE, MIME_TYPE, CodebookTreeModel

REPO = Path(__file__).resolve().parents[3]


def _walk(model: CodebookTreeModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        out.append(index)
        out += _walk(model, index)
    return out


def _index(model: CodebookTreeModel, kind: str, item_id: str) -> QModelIndex:
    index = model.index_of(kind, item_id)
    assert index.isValid(), (kind, item_id)
    return index


def _node_json(model: CodebookTreeModel, index: QModelIndex) -> dict[str, Any]:
    """A tree row written the way `lectio info --json` writes it."""
    kind = index.data(KIND_ROLE)
    row = {"id": index.data(ID_ROLE), "name": index.data()}
    children = [model.index(r, 0, index) for r in range(model.rowCount(index))]
    if kind == "code":
        row["units"] = int(index.siblingAtColumn(1).data())
        row["documents"] = int(index.siblingAtColumn(2).data())
    elif kind == "category":
        row["codes"] = [_node_json(model, c) for c in children if c.data(KIND_ROLE) == "code"]
        row["subcategories"] = [_node_json(model, c) for c in children if c.data(KIND_ROLE) == "category"]
    elif kind == "theme":
        row["categories"] = [_node_json(model, c) for c in children]
    return row


def _strip(row: dict[str, Any]) -> dict[str, Any]:
    """info --json rows without the fields the tree does not show as rows (definitions, descriptions)."""
    out = {k: v for k, v in row.items() if k not in ("definition", "description")}
    for key in ("codes", "subcategories", "categories"):
        if key in out:
            out[key] = [_strip(x) for x in out[key]]
    return out


def test_the_tree_model_passes_qtmodeltester(board: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(board.model)


@pytest.mark.slow  # runs lectio info in a new process
def test_the_tree_shows_exactly_what_info_json_prints(board: Any, session: Any) -> None:
    session.project.close()  # let the command line open the file, as a user would in a terminal
    done = subprocess.run([sys.executable, "-m", "app", "info", str(session.project.path), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    from app.core.project import open_project

    session.project = open_project(session.project.path, backup=False)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    model = board.model
    top = [model.index(r, 0) for r in range(model.rowCount())]
    themes = [i for i in top if i.data(KIND_ROLE) == "theme"]
    assert [_node_json(model, t) for t in themes] == [_strip(t) for t in info["tree"]]
    bins = {i.data(KIND_ROLE): i for i in top if i.data(KIND_ROLE) != "theme"}
    cats_bin, codes_bin = bins["unsorted_categories"], bins["unsorted_codes"]
    assert [_node_json(model, model.index(r, 0, cats_bin)) for r in range(model.rowCount(cats_bin))] == \
        [_strip(c) for c in info["unsorted"]["categories"]]
    assert [_node_json(model, model.index(r, 0, codes_bin)) for r in range(model.rowCount(codes_bin))] == \
        [_strip(c) for c in info["unsorted"]["codes"]]
    assert len(_walk(model)) == 3 + 7 + 17 + 2  # themes, categories, codes and the two Unsorted bins


def test_dropping_two_codes_on_a_category_is_one_step_and_undo_puts_them_back(board: Any, session: Any,
                                                                               disk: Any) -> None:
    model = board.model
    codes = [_index(model, "code", disk.code_id(n)) for n in ("Learning care tasks", "Costs of care")]
    target = _index(model, "category", disk.category_id("Dividing the work of care"))
    steps = session.undo_stack.count()
    data = model.mimeData(codes)
    assert data.hasFormat(MIME_TYPE)
    assert {d["kind"] for d in json.loads(bytes(data.data(MIME_TYPE).data()))} == {"code"}
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert disk.category_of("Learning care tasks") == "Dividing the work of care"
    assert disk.category_of("Costs of care") == "Dividing the work of care"
    assert session.undo_stack.count() == steps + 1
    moved = _index(model, "code", disk.code_id("Costs of care"))
    assert moved.parent().data(ID_ROLE) == disk.category_id("Dividing the work of care")
    session.undo_stack.undo()
    assert disk.category_of("Learning care tasks") is None
    assert disk.category_of("Costs of care") == "Carer strain"
    assert _index(model, "code", disk.code_id("Learning care tasks")).parent().data(KIND_ROLE) == "unsorted_codes"


def test_a_category_dropped_on_a_theme_moves_and_undo_brings_it_back(board: Any, session: Any, disk: Any) -> None:
    model = board.model
    cat = _index(model, "category", disk.category_id("Carer strain"))
    theme = _index(model, "theme", disk.theme_id("Holding the care together"))
    assert model.dropMimeData(model.mimeData([cat]), Qt.DropAction.MoveAction, -1, -1, theme)
    assert disk.theme_of("Carer strain") == "Holding the care together"
    bin_index = next(model.index(r, 0) for r in range(model.rowCount())
                     if model.index(r, 0).data(KIND_ROLE) == "unsorted_categories")
    cat = _index(model, "category", disk.category_id("Carer strain"))
    assert model.dropMimeData(model.mimeData([cat]), Qt.DropAction.MoveAction, -1, -1, bin_index)
    assert disk.theme_of("Carer strain") is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert disk.theme_of("Carer strain") == "Caring for the carer"


def test_drops_that_make_no_sense_are_refused(board: Any, disk: Any) -> None:
    model = board.model
    code = _index(model, "code", disk.code_id("Costs of care"))
    theme = _index(model, "theme", disk.theme_id("Holding the care together"))
    cat = _index(model, "category", disk.category_id("Carer strain"))
    assert not model.canDropMimeData(model.mimeData([code]), Qt.DropAction.MoveAction, -1, -1, theme)
    assert not model.canDropMimeData(model.mimeData([code, cat]), Qt.DropAction.MoveAction, -1, -1, cat)
    assert not model.dropMimeData(model.mimeData([cat]), Qt.DropAction.MoveAction, -1, -1, code)
    assert disk.theme_of("Carer strain") == "Caring for the carer"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Qt 6 keeps only the QPoint drag-event constructors
def test_a_drop_through_the_tree_view_moves_the_code(board: Any, session: Any, disk: Any, qtbot: Any) -> None:
    """The view's own drop handling (drag enter, move, drop events on the viewport), without a QDrag loop."""
    tree, model = board.tree, board.model
    source = _index(model, "code", disk.code_id("Learning care tasks"))
    target = _index(model, "category", disk.category_id("Carer strain"))
    tree.scrollTo(target)
    pos = tree.visualRect(target).center()
    data = model.mimeData([source])
    viewport = tree.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods),
                  QDragMoveEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, data, buttons, mods))
    assert disk.category_of("Learning care tasks") == "Carer strain"
    session.undo_stack.undo()
    assert disk.category_of("Learning care tasks") is None


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_rename_in_place_writes_the_file(board: Any, session: Any, disk: Any) -> None:
    model = board.model
    index = _index(model, "code", disk.code_id("Costs of care"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Money worries")
    assert disk.one("select count(*) from code where name = 'Money worries'") == 1
    session.undo_stack.undo()
    assert disk.code_id("Costs of care")


def test_merge_moves_every_unit_to_the_survivor_and_undo_restores_them(board: Any, session: Any,
                                                                      disk: Any) -> None:
    keep, other = disk.code_id("Knowledge overlooked"), disk.code_id("Being asked and listened to")
    before = disk.codings()
    units_before = disk.unit_ids()
    expected = {u for u, c in before if c in (keep, other)}
    questions: list[str] = []
    board.actions.confirm = lambda _title, text: questions.append(text) or True
    assert board.actions.merge(keep, [other])
    assert "6 meaning units" in questions[0]
    after = disk.codings()
    assert {u for u, c in after if c == keep} == expected
    assert not [c for _u, c in after if c == other]
    assert disk.unit_ids() == units_before
    assert board.model.find("code", other) is None
    assert board.model.find("code", keep).units == len(expected)
    session.undo_stack.undo()
    assert disk.codings() == before
    assert board.model.find("code", other) is not None


def test_delete_says_how_many_units_and_keeps_every_unit(board: Any, session: Any, disk: Any) -> None:
    cat = disk.category_id("Carer strain")
    code = disk.code_id("Concealing strain")
    units_before, codings_before = disk.unit_ids(), disk.codings()
    questions: list[str] = []
    board.actions.confirm = lambda _title, text: questions.append(text) or True
    assert board.actions.delete([("category", cat)])
    assert "6 meaning units" in questions[-1]
    assert disk.category_of("Concealing strain") is None and disk.codings() == codings_before
    assert board.actions.delete([("code", code)])
    assert "4 meaning units" in questions[-1]
    assert disk.unit_ids() == units_before  # the units stay; only the coding goes
    assert not [c for _u, c in disk.codings() if c == code]
    board.actions.confirm = lambda _title, _text: False
    assert not board.actions.delete([("code", disk.code_id("Costs of care"))])
    assert disk.code_id("Costs of care")
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert disk.codings() == codings_before and disk.category_of("Concealing strain") == "Carer strain"


def test_a_category_dropped_on_a_category_becomes_a_sub_category(board: Any, session: Any, disk: Any,
                                                                 qtmodeltester: Any) -> None:
    model = board.model
    child = _index(model, "category", disk.category_id("Conditions of professional work"))
    parent = _index(model, "category", disk.category_id("Continuity of relationships"))
    assert model.dropMimeData(model.mimeData([child]), Qt.DropAction.MoveAction, -1, -1, parent)
    assert disk.one("select p.name from category c join category p on p.id = c.parent_id where c.name = ?",
                    "Conditions of professional work") == "Continuity of relationships"
    child = _index(model, "category", disk.category_id("Conditions of professional work"))
    assert child.parent().data() == "Continuity of relationships"
    assert model.find("category", disk.category_id("Continuity of relationships")).units == 8  # 6 + 2, distinct
    qtmodeltester.check(model)
    pile = board.scene.piles[disk.category_id("Conditions of professional work")]
    assert pile.name == "Continuity of relationships › Conditions of professional work"
    # the parent cannot go inside its own child
    parent = _index(model, "category", disk.category_id("Continuity of relationships"))
    assert not model.canDropMimeData(model.mimeData([parent]), Qt.DropAction.MoveAction, -1, -1, child)
    session.undo_stack.undo()
    assert disk.one("select parent_id from category where name = ?", "Conditions of professional work") is None
