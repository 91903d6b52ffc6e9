"""The command line, run as a user runs it: a real process, real files, stdout, stderr and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test runs lectio in a new process

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.lectio"
    result = lectio("demo", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_new_creates_a_project_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    result = lectio("new", str(path), "--title", "Care at home", "--reviewer", "Ana Ruiz")
    assert result.returncode == 0 and path.exists()
    info = json.loads(lectio("info", str(path), "--json").stdout)
    assert info["title"] == "Care at home" and [r["name"] for r in info["reviewers"]] == ["Ana Ruiz"]
    before = path.read_bytes()
    again = lectio("new", str(path))
    assert again.returncode != 0 and str(path) in again.stderr and "already exists" in again.stderr
    assert path.read_bytes() == before


def test_info_json_has_the_agreed_shape(demo_file: Path) -> None:
    info = json.loads(lectio("info", str(demo_file), "--json").stdout)
    assert {"title", "schema_version", "reviewers", "documents", "counts", "tree", "unsorted"} <= set(info)
    assert isinstance(info["schema_version"], int)
    assert all({"id", "name"} <= set(r) for r in info["reviewers"])
    assert all({"id", "name", "kind", "chars", "pages"} <= set(d) for d in info["documents"])
    assert set(info["counts"]) == {"documents", "meaning_units", "annotations", "codes", "codings",
                                   "categories", "themes"}
    conn = sqlite3.connect(demo_file)
    assert info["counts"]["meaning_units"] == conn.execute("SELECT count(*) FROM meaningunit").fetchone()[0]
    assert info["counts"]["codings"] == conn.execute("SELECT count(*) FROM coding").fetchone()[0]
    theme = info["tree"][0]
    assert {"name", "description", "categories"} <= set(theme)
    category = theme["categories"][0]
    assert {"name", "description", "codes"} <= set(category)
    assert {"name", "definition", "units"} <= set(category["codes"][0])
    assert set(info["unsorted"]) == {"categories", "codes"} and len(info["unsorted"]["codes"]) == 1
    code_units = {c["name"]: c["units"] for t in info["tree"] for cat in t["categories"] for c in cat["codes"]}
    expected = dict(conn.execute(
        "SELECT code.name, count(DISTINCT coding.unit_id) FROM code LEFT JOIN coding ON coding.code_id = code.id "
        "GROUP BY code.id").fetchall())
    assert all(code_units[name] == expected[name] for name in code_units)


def test_demo_refuses_to_overwrite(demo_file: Path) -> None:
    result = lectio("demo", str(demo_file))
    assert result.returncode == 1 and "already exists" in result.stderr


def test_import_and_text_print_what_was_imported(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    lectio("new", str(path))
    note = tmp_path / "field notes.txt"
    note.write_text("Visit 3: the daughter said “nobody asked me” — twice.\n", encoding="utf-8")
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    result = lectio("import", str(path), str(note), str(bad))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["lectio: empty.pdf: the file is empty"]
    assert result.stdout.strip() == "field notes.txt: imported as 'field notes'"
    assert lectio("text", str(path), "field notes").stdout == "Visit 3: the daughter said “nobody asked me” — twice.\n"
    again = lectio("import", str(path), str(note))
    assert again.returncode == 0 and "already in the project" in again.stderr


@pytest.mark.parametrize("kind", ["missing", "folder", "text-renamed", "other-sqlite", "newer"])
def test_bad_project_paths_give_one_line_naming_the_path(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.lectio"
    if kind == "folder":
        path.mkdir()
    elif kind == "text-renamed":
        path.write_text("just some notes")
    elif kind == "other-sqlite":
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    elif kind == "newer":
        lectio("new", str(path))
        sqlite3.connect(path).execute("PRAGMA user_version = 999")
    before = path.read_bytes() if path.is_file() else None
    for args in (("info", str(path)), (str(path), "--screenshot", str(tmp_path / "s.png"))):
        result = lectio(*args)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in result.stderr
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / "s.png").exists()


def test_screenshot_renders_the_window_at_1400_by_900(demo_file: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "reader.png"
    result = lectio(str(demo_file), "--screenshot", str(out), "--document", "Interview 1 – daughter", "--pass", "2")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixel(x, y) for x in range(0, 1400, 23) for y in range(0, 900, 23)}
    assert len(colours) > 10  # a rendered window, not a blank image


def test_version_and_help() -> None:
    from app import __version__

    assert lectio("--version").stdout.strip() == f"Lectio {__version__}"
    assert "demo" in lectio("--help").stdout


def test_a_screenshot_does_not_enter_the_recent_projects(demo_file: Path, tmp_path: Path) -> None:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    subprocess.run([sys.executable, "-m", "app", str(demo_file), "--screenshot", str(tmp_path / "s.png")],
                   cwd=REPO, env=env, check=True, capture_output=True, timeout=120)
    config = tmp_path / "config"
    recorded = "".join(p.read_text(errors="replace") for p in config.rglob("*.conf")) if config.exists() else ""
    assert (tmp_path / "s.png").exists() and str(demo_file) not in recorded


def test_output_piped_into_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`lectio info STUDY | head -1`: the reader closes the pipe; Lectio must stop quietly, not report an error."""
    demo_file = tmp_path / "demo.lectio"
    assert lectio("demo", str(demo_file)).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "app", "info", str(demo_file)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # like `head` that has already exited
    _out, err = proc.communicate(timeout=120)
    assert err == ""
