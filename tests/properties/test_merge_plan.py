"""The merge planner (app/consensus/merge_plan.py through ``preview_merge``) on copies of the demo study:
merging a file with a copy of itself plans nothing; planning is deterministic; changes the two reviewers made
to different things never conflict, theirs are taken and ours are kept."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.consensus.copies import create_reviewer_copy
from app.consensus.merge import preview_merge
from app.core import codebook, units
from app.core.documents import list_documents
from app.core.project import Project, copy_database, open_project
from tests.studies import open_copy

pytestmark = pytest.mark.slow  # each example writes two studies (every action an fsync'ed commit)
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# what each side does: edit the definition of code i, or mark a new unit at (document, start, length)
Edit = tuple[str, int, int, int]
EDIT = st.one_of(st.tuples(st.just("code"), st.integers(0, 10_000), st.just(0), st.just(0)),
                 st.tuples(st.just("unit"), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(1, 60)))


def _apply(project: Project, edits: list[Edit], codes: list[str], side: str) -> dict[str, set[str]]:
    done: dict[str, set[str]] = {"code": set(), "unit": set()}
    docs = list_documents(project)
    for n, (kind, a, b, length) in enumerate(edits):
        if kind == "code":
            code_id = codes[a % len(codes)]
            codebook.update_code(project, code_id, definition=f"{side} edit {n}")
            done["code"].add(code_id)
        else:
            doc = docs[a % len(docs)]
            start = b % max(1, doc.chars - length)
            done["unit"].add(units.create_unit(project, doc.id, start, start + length, condensed=side).value.id)
    return done


def _canonical(plan: Any) -> tuple:
    return ({t: sorted(r["id"] for r in rows) for t, rows in plan.inserts.items()},
            sorted(repr((t, sorted(v.items()))) for t, v in plan.updates), sorted(c.key for c in plan.conflicts),
            plan.warnings, plan.skipped_deleted)


@SETTINGS
@given(st.lists(EDIT, max_size=5))
def test_a_file_merged_with_a_copy_of_itself_plans_nothing(demo_file: Path, edits: list[Edit]) -> None:
    with tempfile.TemporaryDirectory() as folder, open_copy(demo_file, Path(folder) / "ours.lectio") as ours:
        _apply(ours, edits, [c.id for c in codebook.list_codes(ours)], "ours")
        copy_database(ours.path, Path(folder) / "same.lectio")
        plan = preview_merge(ours, Path(folder) / "same.lectio")
        assert plan.empty and plan.conflicts == [] and not plan.skipped_deleted


@SETTINGS
@given(st.tuples(st.lists(EDIT, max_size=4), st.lists(EDIT, max_size=4)))  # ours, theirs
def test_changes_to_different_things_never_conflict_and_planning_is_deterministic(
        demo_file: Path, edits: tuple[list[Edit], list[Edit]]) -> None:
    ours_edits, their_edits = edits
    with tempfile.TemporaryDirectory() as folder, open_copy(demo_file, Path(folder) / "ours.lectio") as ours:
        codes = [c.id for c in codebook.list_codes(ours)]
        half = len(codes) // 2  # we edit codes of the first half, they of the second: never the same one
        theirs_path = create_reviewer_copy(ours, Path(folder) / "theirs.lectio", "Ben Okafor").path
        with open_project(theirs_path, backup=False) as theirs:
            there = _apply(theirs, their_edits, codes[half:], "theirs")
            their_definitions = {c.id: c.definition for c in codebook.list_codes(theirs)}
        here = _apply(ours, ours_edits, codes[:half], "ours")

        plan = preview_merge(ours, theirs_path)
        assert plan.conflicts == []
        updated = {row["id"]: row for table, row in plan.updates if table == "code"}
        assert set(updated) == there["code"]  # theirs taken …
        assert all(updated[i]["definition"] == their_definitions[i] for i in updated)
        assert not set(updated) & here["code"]  # … ours kept
        assert {r["id"] for r in plan.inserts["meaningunit"]} == there["unit"]
        assert _canonical(preview_merge(ours, theirs_path)) == _canonical(plan)
