"""Every view restricted to a saved coding query: the reader shows only the query's units (highlights, unit list,
margin), Esc or one click shows every unit again; the board counts and lists only the query's units."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.analysis.saved import save_query
from app.core.codebook import find_code_by_name
from app.core.documents import find_document
from app.core.retrieval import node_counts
from app.core.units import codes_of_units, list_units
from tests.ui.reader.conftest import open_doc

QUERY = "Overlooked"
CODE = "Knowledge overlooked"


def _choose(view_filter, name: str) -> None:  # type: ignore[no-untyped-def]
    """Open the list (it fills itself afresh) and pick the query, as a user does."""
    box = view_filter.box
    box.about_to_open.emit()  # what opening the list does (a real popup warns on the offscreen platform)
    index = box.findData(name)
    assert index > 0, [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(index)
    box.activated.emit(index)


def _query_units(project, doc_id: str) -> set[str]:  # type: ignore[no-untyped-def]
    code = find_code_by_name(project, CODE)
    units = list_units(project, doc_id)
    coded = codes_of_units(project, [u.id for u in units])
    return {u.id for u in units if code.id in coded.get(u.id, [])}


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_reader_shows_only_the_query_units_until_esc(qtbot, window, reader) -> None:
    project = window.session.project
    window.session.do(save_query, QUERY, f'code:"{CODE}"')
    doc_id = open_doc(reader, "Interview 1 – daughter", 3)
    reader.actions_by_name["show_others"].setChecked(True)
    reader._others_toggled()
    everything = {u.id for u in reader.spans}
    wanted = _query_units(project, doc_id)
    assert wanted and everything - wanted  # the query keeps some units of this document and drops others

    _choose(reader.query_filter, QUERY)
    assert reader.query_filter.box.currentText() == f"Query: {QUERY}"
    assert {u.id for u in reader.spans} == wanted
    assert set(reader.highlights.index.by_id) == wanted  # the highlights on the page
    assert {c.unit.id for c in reader.margin.cards} <= wanted and reader.margin.cards  # the margin's cards
    reader.set_pass(2)
    own = {u.id for u in reader.unit_panel.model.units}
    assert own and own <= wanted  # the unit list
    assert reader.query_filter.clear_button.isVisible()

    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_Escape)
    assert not reader.query_filter.active
    assert {u.id for u in reader.spans} == everything
    assert reader.query_filter.box.currentIndex() == 0 and not reader.query_filter.clear_button.isVisible()

    _choose(reader.query_filter, QUERY)  # and the ✕ clears it in one click
    qtbot.mouseClick(reader.query_filter.clear_button, Qt.MouseButton.LeftButton)
    assert {u.id for u in reader.spans} == everything


def test_esc_without_a_filter_leaves_the_reader_alone(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 2)
    before = [u.id for u in reader.spans]
    qtbot.keyClick(reader.text, Qt.Key.Key_Escape)
    assert [u.id for u in reader.spans] == before and not reader.query_filter.active


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_filter_follows_new_codings(qtbot, window, reader) -> None:
    from app.core.codebook import assign_code

    project = window.session.project
    window.session.do(save_query, QUERY, f'code:"{CODE}"')
    doc_id = open_doc(reader, "Interview 1 – daughter", 2)
    _choose(reader.query_filter, QUERY)
    outside = next(u for u in list_units(project, doc_id) if u.id not in _query_units(project, doc_id))
    window.session.do(assign_code, outside.id, find_code_by_name(project, CODE).id)
    assert outside.id in {u.id for u in reader.spans}


def test_the_board_counts_and_lists_only_the_query_units(qtbot, window) -> None:
    project = window.session.project
    window.session.do(save_query, QUERY, f'document:"Interview 1 – daughter" AND code:"{CODE}"')
    board = window.workspace.board
    code = find_code_by_name(project, CODE)
    card = board.scene.cards[code.id]
    total = node_counts(project)[("code", code.id)][0]
    in_doc = len(_query_units(project, find_document(project, "Interview 1 – daughter").id))
    _choose(board.query_filter, QUERY)
    card = board.scene.cards[code.id]
    assert card.units < total
    assert (card.units, card.documents) == (in_doc, 1)
    board.select("code", code.id)
    rows = board.retrieval.model.rowCount()
    assert rows == card.units
    assert f"{card.units} meaning unit" in board.retrieval.title.text()
    node = board.model.find("code", code.id)
    assert node.units == card.units
    assert board.analysis.model.rowCount() == in_doc  # the analysis table tab: the query's units only
    qtbot.mouseClick(board.query_filter.clear_button, Qt.MouseButton.LeftButton)
    assert board.scene.cards[code.id].units == total
    assert board.retrieval.model.rowCount() == total
