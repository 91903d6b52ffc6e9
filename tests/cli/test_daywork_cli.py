"""`lectio rename-document`, `remove-document`, `set` and `search`, run as a user runs them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import lectio

pytestmark = pytest.mark.slow  # each test runs the command line several times


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.lectio"
    a, b = tmp_path / "Interview A.txt", tmp_path / "Interview B.txt"
    a.write_text("She joined a rehabilitation programme; the exercises were hard. The heart failure nurse phoned.")
    b.write_text("Nobody mentioned rehab. Exercise was not offered.")
    assert lectio("new", str(path), "--title", "Rehab", "--reviewer", "Ana").returncode == 0
    assert lectio("import", str(path), str(a), str(b)).returncode == 0
    return path


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM document ORDER BY position")]
    finally:
        conn.close()


def test_rename_and_remove_a_document(study: Path) -> None:
    result = lectio("rename-document", str(study), "Interview A", "Mrs Khan")
    assert result.returncode == 0, result.stderr
    assert _names(study) == ["Mrs Khan", "Interview B"]
    clash = lectio("rename-document", str(study), "Mrs Khan", "interview b")
    assert clash.returncode != 0 and "study.lectio" in clash.stderr and "already a document" in clash.stderr
    assert len(clash.stderr.strip().splitlines()) == 1 and "Traceback" not in clash.stderr
    missing = lectio("remove-document", str(study), "Nobody")
    assert missing.returncode != 0 and "no document called 'Nobody'" in missing.stderr
    removed = lectio("remove-document", str(study), "Mrs Khan")
    assert removed.returncode == 0 and "0 meaning units" in removed.stdout
    assert _names(study) == ["Interview B"]


def test_set_changes_title_and_question(study: Path) -> None:
    result = lectio("set", str(study), "--title", "Rehabilitation at home", "--question", "What helps?")
    assert result.returncode == 0, result.stderr
    info = json.loads(lectio("info", str(study), "--json").stdout)
    assert (info["title"], info["research_question"]) == ("Rehabilitation at home", "What helps?")
    empty = lectio("set", str(study), "--title", "  ")
    assert empty.returncode != 0 and "needs a title" in empty.stderr
    assert lectio("set", str(study)).returncode != 0
    gone = lectio("set", str(study.with_name("nope.lectio")), "--title", "x")
    assert gone.returncode != 0 and "nope.lectio" in gone.stderr


def test_search_json_has_the_agreed_shape(study: Path) -> None:
    result = lectio("search", str(study), "rehab", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert all(set(h) == {"document", "where", "snippet"} for h in hits)
    assert sorted(h["document"] for h in hits) == ["Interview A", "Interview B"]
    assert any("rehabilitation" in h["snippet"] for h in hits) and {h["where"] for h in hits} == {"text"}
    exercise = json.loads(lectio("search", str(study), "exercise", "--json").stdout)["hits"]
    assert len(exercise) == 2
    phrase = json.loads(lectio("search", str(study), '"heart failure"', "--json").stdout)["hits"]
    assert [h["document"] for h in phrase] == ["Interview A"]
    assert json.loads(lectio("search", str(study), "zebra", "--json").stdout) == {"hits": []}
    plain = lectio("search", str(study), "rehab")
    assert "Interview B [Text]: Nobody mentioned rehab." in plain.stdout
