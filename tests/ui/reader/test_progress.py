"""The document list: pass markers change as documents are read; time and reading position are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from app.core.memos import get_memo
from app.core.units import get_progress
from app.ui.reader.document_list import DocumentFilterProxy, DocumentListModel
from app.ui.reader.text_dialog import TextDialog
from app.ui.reader.unit_panel import UnitListModel
from tests.ui.reader.conftest import open_doc


def _marker(reader, doc_id: str, pass_no: int) -> str:  # type: ignore[no-untyped-def]
    model = reader.documents.model
    return model.index(model.row_of(doc_id), pass_no).data()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_ctrl_d_marks_the_pass_done_and_the_marker_changes(qtbot, window, reader) -> None:
    project = window.session.project
    doc_id = open_doc(reader, "Interview 3 – community nurse", 3)
    assert get_progress(project, doc_id)[3].status == "not_started"
    assert _marker(reader, doc_id, 3) == "◐"  # never marked, but Ana's codes there show pass 3 has started
    qtbot.keyClick(reader.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert get_progress(project, doc_id)[3].status == "done"
    assert _marker(reader, doc_id, 3) == "●"
    assert window.undo_action.text() == "&Undo Mark pass 3 done"
    assert "done" in reader.status_line.text()
    qtbot.keyClick(reader.text, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again: back to in progress
    assert _marker(reader, doc_id, 3) == "◐"
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert _marker(reader, doc_id, 3) == "◐"
    assert get_progress(project, doc_id)[3].status == "not_started"


def test_reading_time_and_position_are_stored_per_reviewer_and_restored(qtbot, window, reader) -> None:
    project = window.session.project
    steps = window.session.undo_stack.count()
    doc_id = open_doc(reader, "Interview 1 – daughter", 1)
    other = open_doc(reader, "Interview 2 – husband", 1)
    reader.show_document(doc_id, 1)
    bar = reader.text.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = reader.text.top_offset()
    assert top > 0
    reader.timer.stop()  # the real one-second clock would add a tick on a slow machine
    reader.timer.pending = 95  # as if the window had been active for 95 s
    reader.show_document(other, 1)  # switching document writes the time and the position
    state = get_progress(project, doc_id)[1]
    assert state.seconds_spent == 95 and state.position == top
    row = reader.documents.model.rows[reader.documents.model.row_of(doc_id)]
    assert row.seconds == 95
    assert reader.documents.model.index(reader.documents.model.row_of(doc_id), 6).data() == "1 min"
    assert window.session.undo_stack.count() == steps  # time and position are not undo steps

    reader.show_document(doc_id, 1)
    assert abs(reader.text.top_offset() - top) < 120  # back where the reviewer left off

    ben = next(r for r in project.reviewers() if r.name.startswith("Ben"))
    window.session.set_reviewer(ben.id)
    assert get_progress(project, doc_id, ben.id)[1].position != top


def test_the_timer_counts_only_while_reading_and_flushes(qtbot, window, reader) -> None:
    doc_id = open_doc(reader, "Interview 2 – husband", 2)
    before = get_progress(window.session.project, doc_id)[2].seconds_spent
    reader.timer.tick()
    counted = reader.timer.pending
    assert counted in (0.0, 1.0)  # 1 when the application is active (it is, in this test, if the platform says so)
    reader.timer.pending = 12
    reader.timer.flush()
    assert get_progress(window.session.project, doc_id)[2].seconds_spent == before + 12
    reader.hide()
    reader.timer.tick()
    assert reader.timer.pending == 0


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_first_impressions_memo_is_one_key_away(qtbot, window, reader) -> None:
    project = window.session.project
    doc_id = open_doc(reader, "Interview 2 – husband", 1)

    def write() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TextDialog)
        dialog.edit.setPlainText("Tired, proud, protective.")
        dialog.accept()
    QTimer.singleShot(0, write)
    qtbot.keyClick(reader.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert get_memo(project, "document", doc_id, kind="first_impressions") == "Tired, proud, protective."
    assert window.session.undo_stack.undoText() == "Edit first impressions"


def test_pass_keys_switch_the_view_and_immersion_hides_coding(qtbot, window, reader) -> None:
    open_doc(reader, "Interview 1 – daughter", 1)
    assert not reader.unit_panel.isVisible() and reader.highlights.painted == 0
    assert not reader.actions_by_name["make_unit"].isEnabled()
    qtbot.keyClick(reader.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert reader.pass_no == 2 and reader.unit_panel.isVisible() and reader.highlights.painted > 0
    qtbot.keyClick(reader.text, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert reader.pass_no == 3 and reader.margin.isVisible() and not reader.unit_panel.isVisible()
    size = reader.text.point_size
    qtbot.keyClick(reader.text, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.text.point_size == size + 1
    qtbot.keyClick(reader.text, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert reader.pass_no == 1 and not reader.margin.isVisible()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_status_filter_and_sorting_of_the_document_list(qtbot, window, reader) -> None:
    docs = reader.documents
    proxy: DocumentFilterProxy = docs.proxy
    assert proxy.rowCount() == 5  # four texts and the interview transcript from a .vtt
    docs.filter.setCurrentText("Pass 3 to do")
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert "Interview 1 – daughter" not in names and "Interview 3 – community nurse" in names
    docs.filter.setCurrentText("All documents")
    proxy.sort(4, Qt.SortOrder.DescendingOrder)  # by number of units
    counts = [int(d) if (d := proxy.index(r, 4).data()).isdigit() else 0 for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_item_models_pass_the_model_tester(request, window, reader) -> None:
    """One tester per model: a single tester re-pointed at the next model would check a later signal of the
    first (the reading-time refresh) against the last one's rows."""
    open_doc(reader, "Interview 1 – daughter", 2)
    fresh, units = DocumentListModel(), UnitListModel()
    testers = []
    for model in (reader.documents.model, reader.documents.proxy, reader.unit_panel.model, fresh, units):
        tester = ModelTester(request.config)
        tester.check(model, force_py=True)
        testers.append(tester)
    for tester in testers:
        tester._cleanup()  # pytest-qt's fixture does the same at teardown
