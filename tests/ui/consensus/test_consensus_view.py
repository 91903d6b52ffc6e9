"""The consensus session driven through the view: walk the disagreements, resolve them with the buttons
and keys, see progress count up, undo, and resume later where the session stopped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from app.consensus.decisions import decision_log
from app.core.models import ConsensusDecision, MeaningUnit, Reviewer
from app.ui.app_state import ProjectSession
from app.ui.consensus import ConsensusView


@pytest.fixture
def view(qtbot, demo_project):
    session = ProjectSession(demo_project)
    widget = ConsensusView(session)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.items is not None)
    yield widget
    session.undo_stack.clear()


def _consensus_units(project) -> list[MeaningUnit]:
    with project.read_session() as s:
        return list(s.exec(select(MeaningUnit).join(Reviewer, Reviewer.id == MeaningUnit.reviewer_id)
                           .where(Reviewer.is_consensus == True)))  # noqa: E712


def test_the_view_lists_disagreements_of_documents_both_reviewers_coded(view) -> None:
    names = {view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())}
    assert names == {"Interview 1 – daughter", "Interview 2 – husband"}  # Ben coded only these two
    assert view.progress_label.text() == f"0 of {view.items.total} resolved" and view.items.total > 5
    assert view.current is not None and not view.current.resolved  # starts on the first open item
    assert view.panel_a.title.text().count("Ana Ruiz") == 1 and view.panel_b.title.text().count("Ben Okafor") == 1


def test_accept_a_with_a_rationale_stores_the_decision_and_the_consensus_unit(qtbot, view) -> None:
    project = view.session.project
    item = view.current
    view.rationale.setPlainText("Ana's code fits the participant's words better.")
    qtbot.mouseClick(view.buttons["accept_a"], Qt.MouseButton.LeftButton)
    assert view.progress_label.text() == f"1 of {view.items.total} resolved"
    log = decision_log(project)
    assert [(e.outcome, e.note) for e in log] == [("accept_a", "Ana's code fits the participant's words better.")]
    assert log[0].decided_by == "Ana Ruiz"
    units = _consensus_units(project)
    assert [(u.start, u.end) for u in units] == [(item.a.start, item.a.end)]
    assert view.current is not None and view.current.id != item.id  # moved on to the next open one


def test_keys_resolve_and_undo_puts_the_disagreement_back(qtbot, view) -> None:
    project = view.session.project
    first = view.current
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # reject
    with project.read_session() as s:
        decisions = list(s.exec(select(ConsensusDecision)))
    assert [d.outcome for d in decisions] == ["reject"] and decisions[0].consensus_unit_id is None
    view.session.undo_stack.undo()
    assert view.progress_label.text() == f"0 of {view.items.total} resolved"
    with project.read_session() as s:
        assert list(s.exec(select(ConsensusDecision))) == []
    view.tree.setCurrentItem(view._row_for(first.id))
    assert view.current.id == first.id and not view.current.resolved


def test_merge_takes_the_union_of_both_boundaries_and_codes(qtbot, view) -> None:
    pair = next(i for i in view.items.items if i.a and i.b and i.kind == "code_mismatch")
    view.tree.setCurrentItem(view._row_for(pair.id))
    qtbot.mouseClick(view.buttons["merge"], Qt.MouseButton.LeftButton)
    unit = _consensus_units(view.session.project)[0]
    assert (unit.start, unit.end) == (min(pair.a.start, pair.b.start), max(pair.a.end, pair.b.end))
    from app.core.units import codes_of_units

    assert set(codes_of_units(view.session.project, [unit.id])[unit.id]) == set(pair.a.code_ids + pair.b.code_ids)


def test_a_session_resumes_where_it_stopped(qtbot, view, demo_project) -> None:
    for _ in range(3):
        qtbot.mouseClick(view.buttons["reject"], Qt.MouseButton.LeftButton)
    later = ConsensusView(ProjectSession(demo_project))
    qtbot.addWidget(later)
    later.show()
    qtbot.waitUntil(lambda: later.items is not None)
    assert later.progress_label.text() == f"3 of {later.items.total} resolved"
    assert later.current is not None and not later.current.resolved


def test_the_agreement_panel_shows_the_figures_per_code_and_pooled(qtbot, view) -> None:
    from app.consensus.agreement import agreement

    panel = view.agreement
    view.tabs.setCurrentWidget(panel)
    job = panel.compute()
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    expected = agreement(view.session.project, double_coded_only=True)
    assert panel.table.rowCount() == len(expected.codes) + 1
    pooled_row = next(r for r in range(panel.table.rowCount())
                      if panel.table.item(r, 0).text() == "Pooled (all codes)")
    assert panel.table.item(pooled_row, 2).text() == f"{expected.pooled.kappa:.2f}"
    assert "Ana Ruiz" in panel.summary.text() and "matched" in panel.summary.text()


def test_edit_lets_the_reviewers_choose_the_span_by_selecting_words_and_tick_codes(qtbot, view) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.units import codes_of_units
    from app.ui.consensus.edit_dialog import EditConsensusDialog

    pair = next(i for i in view.items.items if i.a and i.b and i.kind == "code_mismatch")
    view.tree.setCurrentItem(view._row_for(pair.id))
    start, end = pair.a.start + 9, pair.a.end  # drop the first words of A's unit
    keep = pair.b.code_ids[0]

    def fill_in() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, EditConsensusDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, fill_in)
            return
        dialog.select(start, end)
        for row in range(dialog.codes.count()):
            item = dialog.codes.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == keep
                               else Qt.CheckState.Unchecked)
        dialog.accept()

    QTimer.singleShot(20, fill_in)
    view.rationale.setPlainText("We agreed on the core sentence only.")
    assert view.resolve("edit")
    unit = _consensus_units(view.session.project)[0]
    assert (unit.start, unit.end) == (start, end)
    assert codes_of_units(view.session.project, [unit.id])[unit.id] == [keep]
    assert decision_log(view.session.project)[0].note == "We agreed on the core sentence only."


def test_a_code_renamed_elsewhere_shows_its_new_name_in_both_versions(qtbot, view) -> None:
    """Renaming happens on the board; the consensus view must not keep showing the old name."""
    from app.core.codebook import list_codes, update_code

    pair = next(i for i in view.items.items if i.a and i.b and i.kind == "code_mismatch")
    view.tree.setCurrentItem(view._row_for(pair.id))
    code = next(c for c in list_codes(view.session.project) if c.id == pair.a.code_ids[0])
    assert code.name in view.panel_a.details.text()
    view.session.do(update_code, code.id, name="Renamed on the board")
    assert "Renamed on the board" in view.panel_a.details.text()
    assert code.name not in view.panel_a.details.text()
    view.session.undo_stack.undo()
    assert code.name in view.panel_a.details.text()


def test_the_agreement_headings_are_readable_before_the_first_computation(view) -> None:
    header = view.agreement.table.horizontalHeader()
    for column in range(1, header.count()):
        heading = view.agreement.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading), heading
