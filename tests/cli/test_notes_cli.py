"""`lectio notes`, `add-note`, `edit-note`, `delete-note`: the study notes from the command line, as a user runs
them; a refusal is one line naming the study, and the study is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import lectio

pytestmark = pytest.mark.slow  # each test runs the command line several times


def test_notes_are_listed_added_edited_and_deleted(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    assert lectio("new", str(study), "--reviewer", "Ana Ruiz").returncode == 0
    added = lectio("add-note", str(study), "Week 1", "--text", "Recruitment slower than planned")
    assert added.returncode == 0, added.stderr
    (note,) = json.loads(lectio("notes", str(study), "--json").stdout)["notes"]
    assert (note["title"], note["text"], note["on"], note["author"], note["kind"]) == (
        "Week 1", "Recruitment slower than planned", "project", "Ana Ruiz", "note")
    assert lectio("edit-note", str(study), note["id"], "--text", "Picked up").returncode == 0
    listed = lectio("notes", str(study))
    assert "Week 1 — on the study, by Ana Ruiz" in listed.stdout and "Picked up" in listed.stdout
    gone = lectio("edit-note", str(study), "no-such-id", "--text", "x")
    assert gone.returncode != 0 and gone.stderr.strip() == f"lectio: {study}: note no-such-id is not in the study"
    empty = lectio("edit-note", str(study), note["id"], "--title", "", "--text", " ")
    assert empty.returncode != 0 and str(study) in empty.stderr and "Traceback" not in empty.stderr
    assert lectio("delete-note", str(study), note["id"]).returncode == 0
    assert json.loads(lectio("notes", str(study), "--json").stdout)["notes"] == []
    assert lectio("undo", str(study)).returncode == 0
    assert [n["text"] for n in json.loads(lectio("notes", str(study), "--json").stdout)["notes"]] == ["Picked up"]
