"""The consensus session's core: disagreements listed in document order with stable ids, decisions that
build the Consensus layer, progress that counts up and survives closing the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.consensus.decisions import adopt_agreements, decide, decision_log, progress_of, reopen
from app.consensus.disagreements import list_disagreements
from app.core.errors import InvalidOperation, NotFound
from app.core.project import open_project
from app.core.reviewers import consensus_reviewer
from app.core.units import codes_of_units, get_unit, list_units
from tests.consensus.conftest import build_study

TEXT = ["The nurse came every morning and always knocked. We never knew who would come next. "
        "He asked me what Dad likes for breakfast, which nobody had done before."]
CODES = ["Routine", "Uncertainty", "Being asked"]


def study(tmp_path: Path):
    # only_a (0-30), code mismatch (31-58 vs 31-58), boundary mismatch (59-90 vs 62-90), only_b (91-120)
    spec = {"Ana": [(0, 0, 30, ["Routine"]), (0, 31, 58, ["Routine"]), (0, 59, 90, ["Uncertainty"])],
            "Ben": [(0, 31, 58, ["Uncertainty"]), (0, 62, 90, ["Uncertainty"]), (0, 91, 120, ["Being asked"])]}
    return build_study(tmp_path / "s.lectio", TEXT, CODES, spec)


def test_every_kind_listed_in_document_order(tmp_path: Path) -> None:
    s = study(tmp_path)
    items = list_disagreements(s.project).items
    assert [(i.kind, i.start, i.end) for i in items] == [
        ("only_a", 0, 30), ("code_mismatch", 31, 58), ("boundary_mismatch", 59, 90), ("only_b", 91, 120)]
    mismatch = items[1]
    assert mismatch.a.code_names == ("Routine",) and mismatch.b.code_names == ("Uncertainty",)
    assert items[2].boundary_differs and not items[1].boundary_differs
    assert [i.id for i in list_disagreements(s.project).items] == [i.id for i in items]  # stable ids
    s.project.close()


def test_decisions_build_the_consensus_layer_and_progress_counts_up(tmp_path: Path) -> None:
    s = study(tmp_path)
    p = s.project
    items = list_disagreements(p).items
    assert progress_of(p) == (0, 4)
    accept = decide(p, items[0], "accept_a", "Clearly routine")
    merged = decide(p, items[1], "merge", "Both codes apply")
    decide(p, items[2], "edit", "Start at the sentence", start=59, end=88, codes=["Uncertainty", "Routine"])
    decide(p, items[3], "reject", "Not about the partnership")
    assert progress_of(p) == (4, 4)
    layer = consensus_reviewer(p, create=False)
    assert layer is not None
    cunits = list_units(p, reviewer_id=layer.id)
    assert [(u.start, u.end) for u in cunits] == [(0, 30), (31, 58), (59, 88)]
    names = {v: k for k, v in s.codes.items()}
    codes = codes_of_units(p, [u.id for u in cunits])
    assert sorted(names[c] for c in codes[merged.value.consensus_unit_id]) == ["Routine", "Uncertainty"]
    assert get_unit(p, accept.value.consensus_unit_id).text == TEXT[0][0:30]
    log = decision_log(p)
    assert [e.outcome for e in log] == ["accept_a", "merge", "edit", "reject"]
    assert log[1].note == "Both codes apply" and log[1].decided_by == "Ana" and log[1].decided_at
    with pytest.raises(InvalidOperation):
        decide(p, items[0], "accept_b")
    # undo takes the decision and its unit away, redo puts them back
    undone = merged.undo(p)
    assert progress_of(p) == (3, 4)
    with pytest.raises(NotFound):
        get_unit(p, merged.value.consensus_unit_id)
    undone.undo(p)
    assert progress_of(p) == (4, 4)
    s.project.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_session_stops_and_resumes(tmp_path: Path) -> None:
    s = study(tmp_path)
    first = list_disagreements(s.project)
    decide(s.project, first.items[0], "accept_a", "ok")
    decide(s.project, first.items[1], "accept_b", "Ben's code is closer")
    path = s.project.path
    s.project.close()
    with open_project(path, backup=False) as again:
        resumed = list_disagreements(again)
        assert resumed.progress_text() == "2 of 4 resolved"
        assert resumed.next_unresolved().id == first.items[2].id
        reopen(again, resumed.items[1].decision_id)
        assert progress_of(again) == (1, 4)


def test_accept_a_where_a_has_no_unit_leaves_none(tmp_path: Path) -> None:
    s = study(tmp_path)
    only_b = list_disagreements(s.project).items[3]
    result = decide(s.project, only_b, "accept_a", "A left it out on purpose").value
    assert result.consensus_unit_id is None
    assert progress_of(s.project) == (1, 4)
    with pytest.raises(InvalidOperation):
        decide(s.project, list_disagreements(s.project).items[0], "edit", "no span")
    with pytest.raises(InvalidOperation):
        decide(s.project, list_disagreements(s.project).items[0], "flip a coin")
    s.project.close()


def test_demo_disagreements_and_agreements(demo) -> None:
    listing = list_disagreements(demo)
    kinds = {i.kind for i in listing.items}
    assert {"only_a", "only_b", "code_mismatch"} <= kinds
    assert all(i.document_name.startswith(("Interview", "Article")) for i in listing.items)
    assert any(i.a and i.a.notes for i in listing.items)  # notes shown with the units
    adopted = adopt_agreements(demo).value
    assert adopted == 1  # the one pair identical in span and codes
    assert adopt_agreements(demo).value == 0
    assert progress_of(demo) == (0, listing.total)  # agreements are not disagreements


def test_session_settings_remember_the_pair(demo) -> None:
    from app.consensus.settings import SessionSettings, save_session_settings, session_settings

    default = session_settings(demo)
    assert [r.name for r in demo.reviewers() if r.id in (default.reviewer_a, default.reviewer_b)] == \
        ["Ana Ruiz", "Ben Okafor"]
    save_session_settings(demo, SessionSettings(default.reviewer_b, default.reviewer_a, 0.3))
    again = session_settings(demo)
    assert (again.reviewer_a, again.reviewer_b, again.threshold) == (default.reviewer_b, default.reviewer_a, 0.3)
    listing = list_disagreements(demo, again.reviewer_a, again.reviewer_b, threshold=again.threshold)
    assert listing.reviewers[0].name == "Ben Okafor"
    assert sum(total for _d, _n, _r, total in listing.documents()) == listing.total
