"""Codebook versions: snapshots at milestones, and the difference between two, with the reasons given."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import codebook
from app.core.codebook_versions import (
    CURRENT,
    diff_snapshots,
    list_snapshots,
    record_reason,
    take_snapshot,
)
from app.core.errors import InvalidOperation
from app.core.project import Project, create_project

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def pilot_codebook(path: Path) -> tuple[Project, dict[str, str]]:
    project = create_project(path, title="Versions", reviewer="Ada")
    theme = codebook.create_theme(project, "Care at home").value.id
    relations = codebook.create_category(project, "Relations", theme_id=theme).value.id
    practice = codebook.create_category(project, "Practice", theme_id=theme).value.id
    ids = {"relations": relations, "practice": practice, "theme": theme}
    for name, cat in (("Doubt", relations), ("Trust", relations), ("Routines", practice), ("Noise", None)):
        ids[name] = codebook.create_code(project, name, definition=f"About {name.lower()}", category_id=cat).value.id
    return project, ids


def test_a_diff_names_every_rename_move_redefinition_addition_and_removal_with_reasons(tmp_path: Path) -> None:
    project, ids = pilot_codebook(tmp_path / "v.lectio")
    with project:
        take_snapshot(project, "after pilot coding")
        codebook.update_code(project, ids["Doubt"], name="Distrust")
        record_reason(project, "code", ids["Doubt"], "renamed", "Doubt was too mild for what carers said")
        codebook.move_codes(project, [ids["Routines"]], ids["relations"])
        record_reason(project, "code", ids["Routines"], "moved", "Routines are negotiated between carer and nurse")
        codebook.update_code(project, ids["Trust"], definition="Confidence in the other's care")
        codebook.delete_code(project, ids["Noise"])
        codebook.create_code(project, "Being heard", category_id=ids["relations"])
        take_snapshot(project, "after consensus 1")
        changes = diff_snapshots(project, "after pilot coding", "after consensus 1")
        seen = {(c.change, c.kind, c.name): c for c in changes}
        assert set(seen) == {
            ("renamed", "code", "Distrust"), ("moved", "code", "Routines"), ("redefined", "code", "Trust"),
            ("removed", "code", "Noise"), ("added", "code", "Being heard"),
        }
        renamed = seen["renamed", "code", "Distrust"]
        assert (renamed.before, renamed.after) == ("Doubt", "Distrust")
        assert renamed.reason == "Doubt was too mild for what carers said"
        moved = seen["moved", "code", "Routines"]
        assert (moved.before, moved.after) == ("Care at home › Practice", "Care at home › Relations")
        assert moved.reason == "Routines are negotiated between carer and nurse"
        redefined = seen["redefined", "code", "Trust"]
        assert "About trust" in redefined.before and "Confidence in the other's care" in redefined.after
        assert redefined.reason == ""
        assert seen["added", "code", "Being heard"].after == "Care at home › Relations"
        # the snapshot kept the removed code's name, and nothing changed since the last version
        assert diff_snapshots(project, "after consensus 1", CURRENT) == []
        assert [v.name for v in list_snapshots(project)] == ["after pilot coding", "after consensus 1"]
        assert [v.codes for v in list_snapshots(project)] == [4, 4]


def test_names_are_unique_and_an_unknown_version_is_named(tmp_path: Path) -> None:
    project, _ids = pilot_codebook(tmp_path / "v.lectio")
    with project:
        take_snapshot(project, "Pilot")
        with pytest.raises(InvalidOperation, match="already a codebook version called 'pilot'"):
            take_snapshot(project, "pilot")
        with pytest.raises(InvalidOperation, match="current"):
            take_snapshot(project, "Current")
        with pytest.raises(Exception, match="no codebook version called 'Final'"):
            diff_snapshots(project, "Pilot", "Final")


@pytest.mark.slow  # runs the command line in other processes
def test_the_command_line_keeps_lists_and_compares_versions(tmp_path: Path) -> None:
    path = tmp_path / "v.lectio"
    project, ids = pilot_codebook(path)
    project.close()
    assert lectio("codebook-snapshot", str(path), "after pilot coding").returncode == 0
    with __import__("app.core.project", fromlist=["open_project"]).open_project(path) as project:
        codebook.update_category(project, ids["practice"], name="Daily practice")
    done = lectio("codebook-snapshot", str(path), "after consensus 1")
    assert done.returncode == 0 and "after consensus 1" in done.stdout
    listed = json.loads(lectio("codebook-versions", str(path), "--json").stdout)
    assert [(v["name"], v["codes"]) for v in listed] == [("after pilot coding", 4), ("after consensus 1", 4)]
    assert all(v["when"] for v in listed)
    diff = json.loads(lectio("codebook-diff", str(path), "after pilot coding", "after consensus 1", "--json").stdout)
    assert [(c["change"], c["kind"], c["before"], c["after"]) for c in diff["changes"]] == [
        ("renamed", "category", "Practice", "Daily practice"),
    ]
    words = lectio("codebook-diff", str(path), "after pilot coding", "after consensus 1").stdout
    assert "Category 'Practice' renamed to 'Daily practice'" in words
    missing = lectio("codebook-diff", str(path), "after pilot coding", "final")
    assert missing.returncode == 1 and "no codebook version called 'final'" in missing.stderr
    assert "Traceback" not in missing.stderr
