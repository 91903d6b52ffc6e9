"""Reviewer copies (blind holds nothing of the others) and merging them back (twice adds nothing,
conflicts listed, never overwritten silently)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.consensus.copies import create_reviewer_copy
from app.consensus.merge import merge_file, preview_merge, resolve_conflict
from app.core import codebook, units
from app.core.documents import list_documents
from app.core.errors import LectioError, ProjectError
from app.core.project import open_project
from app.core.reviewers import find_reviewer
from tests.consensus.conftest import build_study

TABLES = ("meaningunit", "annotation", "coding", "readingprogress")


def by_reviewer(path: Path) -> dict[str, dict[str, int]]:
    """table -> reviewer name -> rows, read straight from the file."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            rows = conn.execute(f"SELECT r.name, count(*) FROM {table} t JOIN reviewer r ON r.id = t.reviewer_id "
                                "GROUP BY r.name").fetchall()
            out[table] = dict(rows)
        out["first_impressions"] = dict(conn.execute(
            "SELECT coalesce(r.name, ''), count(*) FROM memo m LEFT JOIN reviewer r ON r.id = m.reviewer_id "
            "WHERE m.kind = 'first_impressions' GROUP BY r.name").fetchall())
        return out
    finally:
        conn.close()


def total(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_blind_copy_holds_none_of_the_others_work(demo, tmp_path: Path) -> None:
    ana_note = next(n for n in units.list_annotations(demo) if n.reviewer_id == find_reviewer(demo, "Ana Ruiz").id)
    units.edit_annotation(demo, ana_note.id, "Ana's private hunch about the biscuit tin")  # leaves a trace
    before = by_reviewer(demo.path)
    assert before["meaningunit"] == {"Ana Ruiz": 31, "Ben Okafor": 10}
    assert before["annotation"].get("Ana Ruiz") and before["readingprogress"].get("Ana Ruiz")
    out = tmp_path / "ben.lectio"
    result = create_reviewer_copy(demo, out, "Ben Okafor", blind=True)
    after = by_reviewer(out)
    for table in (*TABLES, "first_impressions"):
        assert set(after[table]) <= {"Ben Okafor"}, (table, after[table])
    assert after["meaningunit"] == {"Ben Okafor": 10}  # Ben's own work stays
    assert after["coding"]["Ben Okafor"] == before["coding"]["Ben Okafor"]
    assert total(out, "consensusdecision") == 0
    # nothing of Ana's words survives in the audit trail or the change log (the original's change log holds it)
    for query, expected in (("SELECT count(*) FROM auditevent WHERE details LIKE '%private hunch%'", (0, 0)),
                            ("SELECT count(*) FROM changelog WHERE new LIKE '%private hunch%'", (1, 0))):
        for path, n in zip((demo.path, out), expected, strict=True):
            conn = sqlite3.connect(path)
            assert conn.execute(query).fetchone()[0] == n, (path, query)
            conn.close()
        conn.close()
    # same documents and codebook
    assert total(out, "document") == 5 and total(out, "code") == 17 and total(out, "category") == 7
    assert total(out, "documentfile") == 5
    with open_project(out, backup=False) as copy:
        assert copy.meta("copy_for") == result.reviewer_id == find_reviewer(copy, "Ben Okafor").id
        assert copy.meta("copy_blind") == "1"


def test_new_reviewer_copy_not_blind_keeps_everything(demo, tmp_path: Path) -> None:
    out = tmp_path / "cleo.lectio"
    result = create_reviewer_copy(demo.path, out, "Cleo Diaz")
    assert by_reviewer(out)["meaningunit"] == {"Ana Ruiz": 31, "Ben Okafor": 10}
    with open_project(out, backup=False) as copy:
        assert find_reviewer(copy, "Cleo Diaz").id == result.reviewer_id
    with pytest.raises(ProjectError, match="already exists"):
        create_reviewer_copy(demo, out, "Dan")


def _work_in_copy(path: Path, reviewer: str) -> dict[str, str]:
    """The copy's reviewer makes a unit with a code and a note; returns ids."""
    with open_project(path, backup=False) as copy:
        copy.reviewer_id = find_reviewer(copy, reviewer).id
        doc = list_documents(copy)[0]
        code = codebook.list_codes(copy)[0]
        unit = units.create_unit(copy, doc.id, 5, 50, condensed="new there").value
        codebook.assign_code(copy, unit.id, code.id)
        note = units.add_annotation(copy, unit.id, "a thought there").value
        return {"unit": unit.id, "note": note.id, "code": code.id}


def test_merge_brings_new_work_and_twice_adds_nothing(demo, tmp_path: Path) -> None:
    out = tmp_path / "cleo.lectio"
    create_reviewer_copy(demo, out, "Cleo Diaz", blind=True)
    made = _work_in_copy(out, "Cleo Diaz")
    first = merge_file(demo, out)
    assert first.value.added == {"reviewer": 1, "meaningunit": 1, "coding": 1, "annotation": 1}
    assert not first.value.conflicts
    counts = by_reviewer(demo.path)
    assert counts["meaningunit"] == {"Ana Ruiz": 31, "Ben Okafor": 10, "Cleo Diaz": 1}
    assert counts["annotation"]["Cleo Diaz"] == 1 and counts["coding"]["Cleo Diaz"] == 1
    assert units.get_unit(demo, made["unit"]).condensed == "new there"
    snapshot = {t: total(demo.path, t) for t in (*TABLES, "reviewer", "document", "code", "memo")}
    second = merge_file(demo, out)
    assert second.value.nothing_new and not second.value.conflicts
    assert {t: total(demo.path, t) for t in snapshot} == snapshot
    assert demo.meta("merged_blind") == "1"
    # undo removes exactly what came in; redo brings it back
    undone = first.undo(demo)
    assert by_reviewer(demo.path)["meaningunit"] == {"Ana Ruiz": 31, "Ben Okafor": 10}
    undone.undo(demo)
    assert by_reviewer(demo.path)["meaningunit"]["Cleo Diaz"] == 1


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_code_renamed_two_ways_is_a_conflict(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor", blind=True)
    codes = codebook.list_codes(demo)
    both, only_there = codes[0], codes[1]
    with open_project(out, backup=False) as copy:
        codebook.update_code(copy, both.id, name="Renamed there")
        codebook.update_code(copy, only_there.id, definition="Sharper definition from Ben")
    codebook.update_code(demo, both.id, name="Renamed here")
    plan = preview_merge(demo, out)
    assert [(c.kind, c.id) for c in plan.conflicts] == [("changed_both", both.id)]
    result = merge_file(demo, out).value
    assert [(c.kind, c.table, c.id) for c in result.conflicts] == [("changed_both", "code", both.id)]
    assert "Renamed here" in result.conflicts[0].describe() and "Renamed there" in result.conflicts[0].describe()
    assert codebook.get_code(demo, both.id).name == "Renamed here"  # ours kept until decided
    assert result.updated == {"code": 1}  # changed only there: taken
    assert codebook.get_code(demo, only_there.id).definition == "Sharper definition from Ben"
    # decide: theirs
    resolve_conflict(demo, result.conflicts[0], "theirs")
    assert codebook.get_code(demo, both.id).name == "Renamed there"
    assert not merge_file(demo, out).value.conflicts


def test_conflict_kept_ours_is_not_asked_again(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor")
    code = codebook.list_codes(demo)[2]
    with open_project(out, backup=False) as copy:
        codebook.update_code(copy, code.id, name="Theirs")
    codebook.update_code(demo, code.id, name="Ours")
    conflict = merge_file(demo, out).value.conflicts[0]
    resolve_conflict(demo, conflict, "ours")
    assert codebook.get_code(demo, code.id).name == "Ours"
    assert merge_file(demo, out).value.conflicts == []


def test_deleted_here_edited_there_is_a_conflict(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor")
    ben = find_reviewer(demo, "Ben Okafor").id
    edited, untouched = units.list_units(demo, reviewer_id=ben)[:2]
    with open_project(out, backup=False) as copy:
        units.set_condensed(copy, edited.id, "Ben sharpened this")
    units.delete_unit(demo, edited.id)
    units.delete_unit(demo, untouched.id)
    result = merge_file(demo, out).value
    assert [(c.kind, c.id) for c in result.conflicts] == [("deleted_here", edited.id)]
    assert result.added == {}  # neither unit came back silently
    with pytest.raises(LectioError):
        units.get_unit(demo, untouched.id)
    resolve_conflict(demo, result.conflicts[0], "theirs")
    back = units.get_unit(demo, edited.id)
    assert back.condensed == "Ben sharpened this"
    assert units.codes_of_units(demo, [edited.id])  # its codings came back with it


def test_deleted_there_is_listed_not_applied(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor")
    ben = find_reviewer(demo, "Ben Okafor").id
    gone = units.list_units(demo, reviewer_id=ben)[0]
    with open_project(out, backup=False) as copy:
        units.delete_unit(copy, gone.id)
    result = merge_file(demo, out).value
    assert [(c.kind, c.id) for c in result.conflicts] == [("deleted_there", gone.id)]
    assert units.get_unit(demo, gone.id)  # still here
    resolve_conflict(demo, result.conflicts[0], "theirs")
    with pytest.raises(LectioError):
        units.get_unit(demo, gone.id)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_documents_matched_by_text_when_ids_differ(tmp_path: Path) -> None:
    texts = ["One shared interview text, long enough for a unit or two.", "Only in the other file."]
    ours = build_study(tmp_path / "ours.lectio", texts[:1], ["Red"], {"Ana": [(0, 0, 10, ["Red"])]})
    theirs = build_study(tmp_path / "theirs.lectio", texts, ["Red"],
                         {"Ben": [(0, 4, 20, ["Red"]), (1, 0, 4, [])]})
    theirs.project.close()
    result = merge_file(ours.project, tmp_path / "theirs.lectio").value
    assert result.added["document"] == 1  # the second text only
    assert total(ours.project.path, "document") == 2
    ben_units = units.list_units(ours.project, reviewer_id=find_reviewer(ours.project, "Ben").id)
    shared = next(u for u in ben_units if (u.start, u.end) == (4, 20))
    assert shared.document_id == ours.docs[0]  # remapped onto our copy of the same text
    assert any("exists twice" in w for w in result.warnings)  # 'Red' was made separately in each file
    from app.core.search import search_project

    assert search_project(ours.project, "other")  # the new document is searchable
    assert merge_file(ours.project, tmp_path / "theirs.lectio").value.nothing_new
    ours.project.close()


def test_merge_refuses_itself_and_non_projects(demo, tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="itself"):
        merge_file(demo, demo.path)
    junk = tmp_path / "junk.lectio"
    junk.write_text("not a database")
    with pytest.raises(ProjectError):
        merge_file(demo, junk)


def test_reading_progress_made_in_the_copy_comes_back(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor", blind=True)
    ben = find_reviewer(demo, "Ben Okafor").id
    doc, pass_no = next((d, p) for d in list_documents(demo)
                        for p, state in units.get_progress(demo, d.id, reviewer_id=ben).items()
                        if state.status != "done")
    with open_project(out, backup=False) as copy:
        units.set_progress(copy, doc.id, pass_no, status="done", reviewer_id=ben)
    merge_file(demo, out)
    assert units.get_progress(demo, doc.id, reviewer_id=ben)[pass_no].status == "done"


def test_code_moved_into_a_new_category_there(demo, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(demo, out, "Ben Okafor", blind=True)
    code = codebook.find_code_by_name(demo, "Costs of care")
    with open_project(out, backup=False) as copy:
        new_cat = codebook.create_category(copy, "Money matters").value
        codebook.move_codes(copy, [code.id], new_cat.id)
    result = merge_file(demo, out)
    assert result.value.added["category"] == 1 and result.value.updated == {"code": 1}
    assert codebook.get_code(demo, code.id).category_id == new_cat.id
    result.undo(demo)
    assert codebook.get_code(demo, code.id).category_id == code.category_id
    assert all(c.name != "Money matters" for c in codebook.list_categories(demo))
