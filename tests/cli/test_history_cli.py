"""`lectio undo`, `lectio redo` and `lectio log`, run as a user runs them: the history lives in the file, so
an import or a merge done by one command is undone by the next."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import lectio


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                                             "('changelog', 'operationlog', 'opcontext', 'auditevent') AND name "
                                             "NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


@pytest.mark.slow
def test_import_is_one_step_undone_and_redone_from_the_command_line(tmp_path: Path) -> None:
    study = tmp_path / "s.lectio"
    assert lectio("new", str(study), "--reviewer", "Ana Ruiz").returncode == 0
    files = []
    for name, body in (("one.txt", "First interview, about mornings."), ("two.md", "# Second\n\nAbout evenings."),
                       ("three.txt", "Third: nights 🙂")):
        (tmp_path / name).write_text(body, encoding="utf-8")
        files.append(str(tmp_path / name))
    empty = _rows(study)
    assert lectio("import", str(study), *files).returncode == 0
    full = _rows(study)
    assert len(full["document"]) == 3 and len([r for r in full["search_fts"] if r[0] == "text"]) == 3
    undone = lectio("undo", str(study))
    assert undone.returncode == 0 and undone.stdout.strip() == "Undone: Import 3 documents"
    assert _rows(study) == empty
    redone = lectio("redo", str(study))
    assert redone.returncode == 0 and redone.stdout.strip() == "Redone: Import 3 documents"
    assert _rows(study) == full
    again = lectio("redo", str(study))
    assert again.returncode == 0 and again.stdout.strip() == "nothing to redo"
    log = json.loads(lectio("log", str(study), "--json").stdout)
    assert all({"at", "reviewer", "action", "summary"} <= set(e) for e in log)
    assert [e["summary"] for e in log[-2:]] == ["Undo: Import 3 documents", "Redo: Import 3 documents"]
    assert {e["reviewer"] for e in log} == {"Ana Ruiz"}


@pytest.mark.slow
def test_merge_is_undone_from_the_command_line(tmp_path: Path) -> None:
    study, copy = tmp_path / "s.lectio", tmp_path / "ben.lectio"
    (tmp_path / "a.txt").write_text("The nurse came every morning and always knocked.", encoding="utf-8")
    assert lectio("new", str(study), "--reviewer", "Ana Ruiz").returncode == 0
    assert lectio("import", str(study), str(tmp_path / "a.txt")).returncode == 0
    assert lectio("reviewer-copy", str(study), str(copy), "--reviewer", "Ben Okafor").returncode == 0
    (tmp_path / "b.txt").write_text("Ben brought this one.", encoding="utf-8")
    assert lectio("import", str(copy), str(tmp_path / "b.txt")).returncode == 0
    before = _rows(study)
    merged = lectio("merge", str(study), str(copy))
    assert merged.returncode == 0, merged.stderr
    after = _rows(study)
    assert len(after["document"]) == 2
    copy.unlink()  # a redo must not need the other file
    undone = lectio("undo", str(study))
    assert undone.returncode == 0 and undone.stdout.startswith("Undone: Merged ben.lectio")
    assert _rows(study) == before
    assert lectio("redo", str(study)).returncode == 0
    assert _rows(study) == after


@pytest.mark.slow
def test_nothing_to_undo_and_a_bad_file_fail_politely(tmp_path: Path) -> None:
    study = tmp_path / "s.lectio"
    assert lectio("new", str(study)).returncode == 0
    result = lectio("undo", str(study))
    assert result.returncode == 0 and result.stdout.strip() == "nothing to undo"
    missing = lectio("undo", str(tmp_path / "gone.lectio"))
    assert missing.returncode != 0 and "gone.lectio" in missing.stderr and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_the_demo_log_has_no_timer_events(tmp_path: Path) -> None:
    from app.core import units
    from app.core.documents import list_documents
    from app.core.project import open_project

    demo = tmp_path / "demo.lectio"
    assert lectio("demo", str(demo)).returncode == 0
    log = json.loads(lectio("log", str(demo), "--json").stdout)
    assert log and all(e["action"] != "progress" or e["summary"].startswith("Mark pass") for e in log)
    with open_project(demo, backup=False) as project:  # the reader's timer writing time and position
        doc = list_documents(project)[0].id
        for _ in range(3):
            units.set_progress(project, doc, 1, add_seconds=30, position=120)
    assert json.loads(lectio("log", str(demo), "--json").stdout) == log
    text = lectio("log", str(demo))
    assert text.returncode == 0 and len(text.stdout.strip().splitlines()) == len(log)
