"""The project file: create, reopen, migrate, refuse what is not ours, lock, back up, survive a kill."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core import documents, units
from app.core.errors import ProjectError
from app.core.lock import lock_path_for
from app.core.project import BACKUPS_KEPT, backup_dir_for, create_project, open_project
from app.core.schema import SCHEMA_VERSION
from app.core.search import search_project
from app.importers.base import ImportedText

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_text(project, text: str = "She said the nurse never asked her anything.", name: str = "doc"):
    return documents.add_document(project, ImportedText(text, "txt"), name=name, original=text.encode()).value


def test_create_then_reopen_keeps_title_reviewer_and_work(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    with create_project(path, title="Care at home", reviewer="Ana Ruiz", research_question="How?") as project:
        doc = _add_text(project)
        units.create_unit(project, doc.id, 4, 8)
    with open_project(path) as project:
        assert project.title == "Care at home"
        assert project.meta("research_question") == "How?"
        assert [r.name for r in project.reviewers()] == ["Ana Ruiz"]
        assert [(u.start, u.end, u.text) for u in units.list_units(project)] == [(4, 8, "said")]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_create_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    path.write_text("my thesis notes")
    with pytest.raises(ProjectError, match="already exists"):
        create_project(path)
    assert path.read_text() == "my thesis notes"


def _another_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not ours')")
    conn.commit()
    conn.close()


def _newer_project(path: Path) -> None:
    create_project(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("Dear diary, today I coded."), "not a Lectio project"),
        (lambda p: p.write_bytes(b""), "empty"),
        (_another_programs_database, "another program"),
        (_newer_project, "newer Lectio"),
    ],
    ids=["text-renamed", "zero-bytes", "other-sqlite", "newer-version"],
)
def test_foreign_or_newer_files_are_refused_and_left_as_they_were(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "suspect.lectio"
    make(path)
    before = _digest(path)
    with pytest.raises(ProjectError) as err:
        open_project(path)
    message = str(err.value)
    assert reason in message and str(path) in message and "\n" not in message
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["suspect.lectio"]  # no lock, no backup left behind


def test_missing_path_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such file"):
        open_project(tmp_path / "nowhere.lectio")
    folder = tmp_path / "folder.lectio"
    folder.mkdir()
    with pytest.raises(ProjectError, match="is a folder"):
        open_project(folder)


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.lectio"
    with create_project(path) as project:
        for i in range(30):
            _add_text(project, f"Document number {i} " + "text " * 400, name=f"d{i}")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3: page * 3 + 200] = b"\xff" * 200  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(ProjectError, match="damaged"):
        open_project(path)
    assert _digest(path) == before


def test_migrates_a_frozen_version_1_file_after_backing_it_up(tmp_path: Path) -> None:
    path = tmp_path / "old.lectio"
    shutil.copy(FIXTURES / "project_v1.lectio", path)
    with open_project(path) as project:
        assert project.migrated_from == 1
        assert project.title == "Old study from version 1"
        unit = units.list_units(project)[0]
        assert unit.text == "She said the nurse never asked her anything."
        hits = search_project(project, "nurse asked")
        assert [h.document_name for h in hits if h.where == "text"] == ["Interview A"]
    backup = tmp_path / "old.v1-backup.lectio"
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_second_open_in_this_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    with create_project(path), pytest.raises(ProjectError, match="already open"):
        open_project(path)
    open_project(path).close()  # released on close


HOLDER = textwrap.dedent("""
    import sys, time
    from app.core.project import open_project
    project = open_project(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
""")


def _start_holder(path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


@pytest.mark.slow  # starts and kills other processes
def test_another_running_lectio_holds_the_file_and_a_killed_one_does_not(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    create_project(path).close()
    holder = _start_holder(path)
    try:
        with pytest.raises(ProjectError, match=f"already open in another Lectio \\(process {holder.pid}"):
            open_project(path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]
    assert lock_path_for(path).exists()  # the crashed program left its lock file behind…
    open_project(path).close()  # …and it is taken over, not obeyed


CRASHER = textwrap.dedent("""
    import sys
    from app.core import documents, units
    from app.core.project import open_project
    project = open_project(sys.argv[1])
    doc = documents.list_documents(project)[0]
    i = 0
    while True:
        unit = units.create_unit(project, doc.id, i % 40, i % 40 + 5, condensed=f"unit {i}").value
        print(unit.id, flush=True)
        i += 1
""")


@pytest.mark.slow  # starts and kills other processes
def test_killed_mid_work_the_file_opens_and_holds_every_confirmed_action(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    with create_project(path) as project:
        _add_text(project, "x" * 100)
    proc = subprocess.Popen([sys.executable, "-c", CRASHER, str(path)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout is not None
    confirmed = [proc.stdout.readline().strip() for _ in range(40)]
    time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    with open_project(path) as project:
        stored = {u.id for u in units.list_units(project)}
    assert set(confirmed) <= stored
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_rotating_backups_keep_the_last_five(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    create_project(path).close()
    for i in range(BACKUPS_KEPT + 3):
        with open_project(path) as project:
            _add_text(project, f"text {i}", name=f"doc {i}")
        time.sleep(0.01)
    backups = sorted(backup_dir_for(path).glob("*.lectio"))
    assert len(backups) == BACKUPS_KEPT
    newest = backups[-1]
    with sqlite3.connect(newest) as conn:  # taken on close: the newest copy holds the last session's work
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == BACKUPS_KEPT + 3
    with open_project(path):  # opened and closed without work: no copy is made
        pass
    assert sorted(backup_dir_for(path).glob("*.lectio")) == backups


def _read_only_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write in. Root ignores permission bits, so as root use sysfs."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("no read-only location available to root here")
        return Path("/sys")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_a_read_only_location_is_refused_with_a_message(tmp_path: Path) -> None:
    folder = _read_only_folder(tmp_path)
    try:
        with pytest.raises(ProjectError, match="read-only location") as err:
            create_project(folder / "study.lectio")
        assert str(folder / "study.lectio") in str(err.value)
        assert not (folder / "study.lectio").exists()
    finally:
        if folder != Path("/sys"):
            folder.chmod(0o755)


def test_a_file_with_a_hot_journal_left_by_a_crash_opens_at_its_last_commit(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    with create_project(path) as project:
        _add_text(project, "committed before the crash", name="kept")
    crash = textwrap.dedent("""
        import os, sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")  # spill to the file so a hot journal is left behind
        conn.execute("BEGIN")
        conn.execute("UPDATE meta SET value = 'half-written' WHERE key = 'title'")
        conn.execute("DELETE FROM document")
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 2000,)] * 500)
        os._exit(9)  # killed inside the transaction
    """)
    subprocess.run([sys.executable, "-c", crash, str(path)], check=False)
    assert Path(f"{path}-journal").exists()
    with open_project(path) as project:
        assert project.title == "study" and [d.name for d in documents.list_documents(project)] == ["kept"]


def _assert_no_process_left_on(path: Path) -> None:
    """No import worker of a killed Lectio may live on (Linux: read /proc)."""
    proc_dir = Path("/proc")
    if not proc_dir.is_dir():
        return
    deadline = time.time() + 10
    while True:
        left = []
        for entry in proc_dir.iterdir():
            try:
                if entry.name.isdigit() and str(path).encode() in (entry / "cmdline").read_bytes():
                    left.append(entry.name)
            except OSError:
                continue
        if not left or time.time() > deadline:
            break
        time.sleep(0.1)
    assert left == []


@pytest.mark.slow  # starts and kills other processes
def test_an_import_killed_half_way_holds_whole_documents_and_a_second_run_finishes(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    create_project(path).close()
    files = []
    for i in range(40):
        f = tmp_path / f"transcript {i:02}.txt"
        f.write_text(f"Transcript {i}. " + "The nurse came on Tuesday and asked how I was. " * 6000, encoding="utf-8")
        files.append(f)
    proc = subprocess.Popen([sys.executable, "-m", "app", "import", str(path), *map(str, files)],
                            cwd=Path(__file__).resolve().parents[2], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while stored < 2 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1) as conn:
                stored = conn.execute("SELECT count(*) FROM document").fetchone()[0]
        except sqlite3.OperationalError:
            continue
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _assert_no_process_left_on(path)
    with open_project(path) as project:
        docs = documents.list_documents(project)
        assert 0 < len(docs) < len(files)  # killed half-way
        for d in docs:  # …holding whole documents only
            assert d.chars == len((tmp_path / d.original_name).read_text(encoding="utf-8"))
    again = subprocess.run([sys.executable, "-m", "app", "import", str(path), *map(str, files)],
                           cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("already in the project") == len(docs)
    with open_project(path) as project:
        assert sorted(d.original_name for d in documents.list_documents(project)) == [f.name for f in files]
        assert [h.document_name for h in search_project(project, "Transcript 39")][:1] == ["transcript 39"]
