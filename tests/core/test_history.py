"""The history in the file: the redo chain, per-reviewer undo, refusals that leave the study unchanged, moves
decided in core, the data version, and composite actions that are one step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core import codebook, documents, history, moves, units
from app.core.errors import InvalidOperation
from app.core.importing import import_files
from app.core.ops import operation
from app.core.project import Project, create_project
from app.core.retrieval import node_counts
from app.core.reviewers import add_reviewer
from app.importers.base import ImportedText

TEXT = "The nurse came every morning and always knocked. We never knew who would come next."


def _study(tmp_path: Path) -> tuple[Project, str]:
    project = create_project(tmp_path / "h.lectio", reviewer="Ana Ruiz")
    doc = documents.add_document(project, ImportedText(TEXT, "txt"), name="One", original=TEXT.encode()).value
    return project, doc.id


def _dump(project: Project) -> list[tuple]:
    conn = sqlite3.connect(project.path)
    try:
        return [(t, sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr))
                for t in ("code", "category", "meaningunit", "coding", "document", "theme")]
    finally:
        conn.close()


def test_a_new_action_clears_the_redo_chain(tmp_path: Path) -> None:
    project, _doc = _study(tmp_path)
    codebook.create_code(project, "A")
    codebook.create_code(project, "B")
    assert history.undo(project).value.label == "Create code B"
    assert history.can_redo(project).label == "Create code B"
    codebook.create_code(project, "C")
    assert history.can_redo(project) is None
    assert history.redo(project).value is None
    assert [c.name for c in codebook.list_codes(project)] == ["A", "C"]
    project.close()


def test_undo_per_reviewer_takes_that_reviewers_last_change(tmp_path: Path) -> None:
    project, doc = _study(tmp_path)
    ana = project.reviewer_id
    ben = add_reviewer(project, "Ben Okafor").value.id
    units.create_unit(project, doc, 0, 10, reviewer_id=ana)
    project.reviewer_id = ben
    units.create_unit(project, doc, 11, 20, reviewer_id=ben)
    project.reviewer_id = ana
    undone = history.undo(project, ana)
    assert undone.value.reviewer_id == ana
    assert [(u.start, u.reviewer_id) for u in units.list_units(project, doc)] == [(11, ben)]
    project.close()


def test_undo_is_refused_when_later_work_touched_the_same_rows(tmp_path: Path) -> None:
    project, doc = _study(tmp_path)
    unit = units.create_unit(project, doc, 0, 10).value
    code = codebook.create_code(project, "A").value
    codebook.assign_code(project, unit.id, code.id)  # later work hanging on the unit
    created_unit = history.history(project)[-3]
    before = _dump(project)
    with pytest.raises(InvalidOperation, match="later work depends on it"):
        history.undo(project, target_id=created_unit.id)
    codebook.update_code(project, code.id, name="Renamed")
    created_code = history.history(project)[-3]
    assert created_code.label == "Create code A"
    with pytest.raises(InvalidOperation, match="touched the same items"):
        history.undo(project, target_id=created_code.id)
    assert _dump(project)[1:] == before[1:]  # categories, units, codings... as they were
    project.close()


def test_moves_are_decided_in_core(tmp_path: Path) -> None:
    project, _doc = _study(tmp_path)
    outer = codebook.create_category(project, "Outer").value
    inner = codebook.create_category(project, "Inner", parent_id=outer.id).value
    assert moves.plan_move(project, [("category", outer.id)], "category", inner.id) is None  # a cycle
    assert moves.plan_move(project, [("category", inner.id)], "category", outer.id) is None  # already there
    with pytest.raises(InvalidOperation):
        moves.move_items(project, [("category", outer.id)], "category", inner.id)
    with pytest.raises(InvalidOperation):
        codebook.rearrange(project, "Drop", [("category", outer.id, {"parent_id": inner.id})])
    with pytest.raises(InvalidOperation):
        codebook.set_parent_category(project, outer.id, inner.id)
    code = codebook.create_code(project, "A").value
    moves.move_items(project, [("code", code.id)], "category", inner.id)
    assert codebook.get_code(project, code.id).category_id == inner.id
    project.close()


def test_a_composite_is_one_step_and_fails_whole(tmp_path: Path) -> None:
    project, doc = _study(tmp_path)
    unit = units.create_unit(project, doc, 0, 10).value
    steps = history.undoable_count(project)
    codebook.create_code_and_assign(project, unit.id, "Knocking")
    assert history.undoable_count(project) == steps + 1
    before = _dump(project)
    # a code of that name exists already: neither code is created
    with pytest.raises(InvalidOperation), operation(project, "macro", "Two things"):
        codebook.create_code(project, "Second")
        codebook.create_code(project, "knocking")
    assert _dump(project) == before and history.undoable_count(project) == steps + 1
    history.undo(project)
    assert codebook.list_codes(project) == [] and units.list_units(project)[0].id == unit.id
    project.close()


def test_the_data_version_moves_with_every_change_and_invalidates_counts(tmp_path: Path) -> None:
    project, doc = _study(tmp_path)
    unit = units.create_unit(project, doc, 0, 10).value
    code = codebook.create_code(project, "A").value
    version = history.data_version(project)
    assert node_counts(project).get(("code", code.id), (0, 0))[0] == 0
    codebook.assign_code(project, unit.id, code.id)
    assert history.data_version(project) == version + 1
    assert node_counts(project)[("code", code.id)][0] == 1
    history.undo(project)
    assert node_counts(project).get(("code", code.id), (0, 0))[0] == 0
    units.set_progress(project, doc, 1, add_seconds=5)  # bookkeeping: no new version
    assert history.data_version(project) == version + 2
    project.close()


def test_importing_several_files_is_one_step(tmp_path: Path) -> None:
    project, _doc = _study(tmp_path)
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"f{i}.txt")
        paths[-1].write_text(f"File number {i}, with its own words.", encoding="utf-8")
    results = import_files(project, paths, workers=1)
    assert all(r.ok for r in results) and len(documents.list_documents(project)) == 4
    assert history.can_undo(project).label == "Import 3 documents"
    history.undo(project)
    assert [d.name for d in documents.list_documents(project)] == ["One"]
    history.redo(project)
    assert len(documents.list_documents(project)) == 4
    project.close()


def test_old_steps_expire_but_keep_which_rows_they_touched(tmp_path: Path) -> None:
    project, _doc = _study(tmp_path)
    for name in ("A", "B", "C", "D"):
        codebook.create_code(project, name)
    with project.write_session() as s:
        assert history.prune(s.connection(), limit=2) == 3  # the document, A and B
    assert [h.state for h in history.history(project)] == ["expired"] * 3 + ["done"] * 2
    history.undo(project)
    history.undo(project)
    assert history.undo(project).value is None  # nothing older can be undone
    assert [c.name for c in codebook.list_codes(project)] == ["A", "B"]
    conn = sqlite3.connect(project.path)
    rows = conn.execute("SELECT count(*), count(old), count(new) FROM changelog c JOIN operationlog o "
                        "ON o.id = c.op_id WHERE o.state = 'expired'").fetchone()
    conn.close()
    assert rows[0] > 0 and rows[1:] == (0, 0)
    project.close()
