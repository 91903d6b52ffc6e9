"""The study and its backups survive links, damage, read-only places and a full disk."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.core import backups, codebook, documents
from app.core.backups import backup_dir_for, list_backups, take_backup
from app.core.errors import DamagedText, ProjectError
from app.core.lock import lock_path_for
from app.core.project import create_project, open_project
from app.importers.base import ImportedText
from tests.mounts import make_read_only, small_disk

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "LECTIO_LOG_DIR": str(Path(args[-1]).parent if args else "/tmp"), **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env=full_env)


def _add(project, text: str = "The nurse never asked her anything.", name: str = "doc"):
    return documents.add_document(project, ImportedText(text, "txt"), name=name, original=text.encode()).value


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


HOLDER = textwrap.dedent("""
    import sys, time
    from app.core.project import open_project
    project = open_project(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
""")


def _hold(path: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def _stop(proc: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    proc.send_signal(sig)
    proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


# -- the lock follows the file ------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_two_processes_reaching_one_study_through_a_link_do_not_both_write(tmp_path: Path, link: str) -> None:
    study = tmp_path / "study.lectio"
    create_project(study).close()
    other = tmp_path / "elsewhere" / "same study.lectio"
    other.parent.mkdir()
    (other.symlink_to(study) if link == "symlink" else os.link(study, other))
    holder = _hold(other)
    try:
        with pytest.raises(ProjectError, match="already open in another Lectio"):
            open_project(study)
        note = tmp_path / "note.txt"
        note.write_text("Visit 3: the daughter said nobody asked her.", encoding="utf-8")
        run = lectio("import", str(study), str(note))
        assert run.returncode == 1 and "already open in another Lectio" in run.stderr
    finally:
        _stop(holder)
    with open_project(study) as project:  # the killed holder's lock is taken over
        assert documents.list_documents(project) == []


@pytest.mark.slow
def test_two_imports_at_once_through_two_names_import_the_file_once(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    create_project(study).close()
    link = tmp_path / "link.lectio"
    os.link(study, link)
    note = tmp_path / "note.txt"
    note.write_text("One interview. " * 2000, encoding="utf-8")
    env = {**os.environ, "LECTIO_LOG_DIR": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-m", "app", "import", str(p), str(note)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in (study, link)]
    outs = [p.communicate(timeout=120) for p in procs]
    with open_project(study) as project:
        assert len(documents.list_documents(project)) == 1, outs


@pytest.mark.slow
def test_a_lock_left_by_a_window_ended_with_sigterm_is_taken_over(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    create_project(study).close()
    _stop(_hold(study), signal.SIGTERM)
    assert lock_path_for(study).exists()  # the ended program's lock file is still there…
    with open_project(study) as project:  # …and it is taken over, not obeyed
        assert not project.read_only


# -- backups ------------------------------------------------------------------------------------------
def test_opening_a_study_copies_nothing_and_closing_after_work_writes_one_checked_backup(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    create_project(study).close()
    with open_project(study):
        pass
    assert not backup_dir_for(study).exists()  # no work, no copy: a nearly full disk still opens the study
    with open_project(study) as project:
        _add(project)
    [only] = list_backups(study)
    assert only.number == 1 and only.size > 0 and _integrity(only.path) == "ok"
    assert sorted(p.name for p in backup_dir_for(study).iterdir()) == [only.path.name]  # no temporary left


def test_rotation_keeps_good_backups_and_drops_empty_ones(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    with create_project(study) as project:
        _add(project)
    folder = backup_dir_for(study)
    folder.mkdir()
    for i in range(7):  # what an older Lectio left on a full disk: empty "backups", newer than the good ones
        (folder / f"study-20991231-0000{i:02}-000000.lectio").write_bytes(b"")
    good = [take_backup(study) for _ in range(backups.BACKUPS_KEPT + 2)]
    kept = list_backups(study)
    assert [b.path for b in kept] == good[::-1][: backups.BACKUPS_KEPT]
    assert all(_integrity(b.path) == "ok" for b in kept)
    assert sorted(folder.iterdir()) == sorted(b.path for b in kept)  # the empty files are gone


def test_a_backup_that_cannot_be_written_leaves_nothing_behind(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    with create_project(study) as project:
        _add(project)
    target = tmp_path / "no such folder" / "copy.lectio"
    with pytest.raises(ProjectError, match="the copy was not written: the file cannot be opened here"):
        backups.safe_copy(study, target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 2 + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))


@pytest.mark.slow
def test_a_damaged_study_names_its_newest_good_backup_and_restore_brings_it_back(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    create_project(study, title="Care at home").close()
    for i in range(3):
        with open_project(study) as project:
            for j in range(10):
                _add(project, f"Interview {i}.{j}: " + "the nurse came on Tuesday. " * 200, name=f"i{i}.{j}")
    newest = list_backups(study)[0]
    _damage(newest.path)  # the newest backup is damaged too: the message names the one before it
    _damage(study)
    run = lectio("info", str(study))
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 1 and len(lines) == 1, run.stderr
    good = list_backups(study)[1]
    assert "damaged" in lines[0] and str(good.path) in lines[0] and "lectio restore" in lines[0]
    listing = lectio("backups", str(study))
    assert listing.returncode == 0
    rows = [line.split() for line in listing.stdout.splitlines()[1:]]
    assert [r[0] for r in rows] == ["1", "2", "3"] and rows[1][-1] == good.path.name
    refused = lectio("restore", str(study), "--backup", "1")
    assert refused.returncode == 1 and "cannot be restored" in refused.stderr
    done = lectio("restore", str(study), "--backup", "2")
    assert done.returncode == 0, done.stderr
    with open_project(study, backup=False) as project:
        assert project.title == "Care at home" and len(documents.list_documents(project)) == 20
    assert list(tmp_path.glob("study.replaced-*.lectio"))  # the damaged file is kept, not destroyed


def test_restore_refuses_while_the_study_is_open(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    with create_project(study) as project:
        _add(project)
    take_backup(study)
    with open_project(study), pytest.raises(ProjectError, match="already open"):
        backups.restore_backup(study)


@pytest.mark.slow
def test_corrupted_document_text_is_reported_not_shown(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    with create_project(study) as project:
        _add(project, "She said the nurse never asked her anything.", name="Interview A")
    conn = sqlite3.connect(study)
    conn.execute("UPDATE document SET text = 'She said the nurse ALWAYS asked her anything.'")
    conn.commit()
    conn.close()
    with open_project(study, backup=False) as project:
        doc_id = documents.list_documents(project)[0].id
        with pytest.raises(DamagedText, match="'Interview A' is damaged"):
            documents.get_document(project, doc_id)
    run = lectio("text", str(study), "Interview A")
    assert run.returncode == 1 and "ALWAYS" not in run.stdout + run.stderr
    assert run.stderr.count("\n") == 1 and "damaged" in run.stderr


# -- read-only and reading while the window works ------------------------------------------------------
@pytest.mark.slow
def test_commands_that_only_read_work_while_another_lectio_has_the_study_open(tmp_path: Path) -> None:
    from app.demo import build_demo

    study = tmp_path / "demo.lectio"
    build_demo(study).close()
    holder = _hold(study)
    try:
        assert lectio("info", str(study)).returncode == 0
        assert lectio("info", str(study), "--json").returncode == 0
        out = tmp_path / "codebook.docx"
        run = lectio("export", "codebook", str(study), str(out))
        assert run.returncode == 0 and out.stat().st_size > 0, run.stderr
        run = lectio("export", "analysis-table", str(study), str(tmp_path / "table.csv"))
        assert run.returncode == 0, run.stderr
        assert lectio("agreement", str(study), "--json").returncode == 0
        shot = tmp_path / "shot.png"
        run = lectio(str(study), "--screenshot", str(shot), env={"QT_QPA_PLATFORM": "offscreen"})
        assert run.returncode == 0 and shot.stat().st_size > 0, run.stderr
        refused = lectio("import", str(study), str(out))
        assert refused.returncode == 1 and "already open in another Lectio" in refused.stderr
    finally:
        _stop(holder)


def test_a_study_opened_for_reading_refuses_writes_with_a_clear_message(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    with create_project(study) as project:
        _add(project)
    before = study.read_bytes()
    with open_project(study, read_only=True) as project:
        assert project.read_only and project.lock is None
        with pytest.raises(ProjectError, match="read-only.*this change was not saved"):
            codebook.create_code(project, "Trust")
    assert study.read_bytes() == before


@pytest.mark.slow
def test_a_study_on_a_read_only_drive_can_be_read_searched_and_exported(tmp_path: Path) -> None:
    from app.core.search import search_project

    with small_disk(tmp_path / "cd", "4m") as cd:
        study = cd / "study.lectio"
        with create_project(study, title="On a CD") as project:
            _add(project, "The nurse never asked her anything about the medicines.", name="Interview A")
        make_read_only(cd)
        with open_project(study) as project:  # not asked for read-only: the drive decides
            assert project.read_only and "read-only" in project.read_only_reason
            assert project.title == "On a CD"
            assert [h.document_name for h in search_project(project, "medicines")] == ["Interview A"]
            with pytest.raises(ProjectError, match="read-only"):
                codebook.create_code(project, "Trust")
        assert lectio("text", str(study), "Interview A").stdout.startswith("The nurse never asked")
        out = tmp_path / "table.csv"
        run = lectio("export", "analysis-table", str(study), str(out))
        assert run.returncode == 0 and out.exists(), run.stderr
        note = tmp_path / "note.txt"
        note.write_text("more", encoding="utf-8")
        run = lectio("import", str(study), str(note))
        assert run.returncode == 1 and run.stderr.count("\n") == 1 and "read-only" in run.stderr


# -- a full disk ----------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_full_disk_while_importing_and_exporting_leaves_the_study_and_every_backup_whole(tmp_path: Path) -> None:
    files = []
    for i in range(12):
        f = tmp_path / f"interview {i:02}.txt"
        f.write_text(f"Interview {i}. " + f"The nurse came on day {i} and asked how I was. " * 4000, encoding="utf-8")
        files.append(f)
    with small_disk(tmp_path / "disk", "3m") as disk:
        study = disk / "study.lectio"
        assert lectio("new", str(study)).returncode == 0
        for f in files:  # one import (and one backup on close) after another, until the disk is full
            run = lectio("import", str(study), str(f))
            assert "Traceback" not in run.stderr and "Error" not in run.stderr and "Errno" not in run.stderr
            if run.returncode != 0:
                assert "disk is full" in run.stderr, run.stderr
                assert f"{study.name}: {f.name} was not imported" in run.stderr  # the study, not the file, is blamed
                break
        else:
            pytest.fail("the disk never filled up")
        fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)  # whatever room a rolled-back import gave back
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        for what, out in (("analysis-table", disk / "table.docx"), ("qdpx", disk / "study.qdpx")):
            run = lectio("export", what, str(study), str(out))
            assert run.returncode == 1 and run.stderr.startswith(f"lectio: {out}: ") and "disk is full" in run.stderr
            assert run.stderr.count("\n") == 1 and "Errno" not in run.stderr and "Exception" not in run.stderr
        run = lectio("import", str(study), str(f))  # the file that did not fit
        assert run.returncode == 1 and f"lectio: {study.name}: {f.name} was not imported" in run.stderr
        assert _integrity(study) == "ok"
        with open_project(study) as project:  # still opens: nothing is copied on open
            assert documents.list_documents(project)
        kept = list_backups(study)
        assert kept and all(b.size > 0 and _integrity(b.path) == "ok" for b in kept)
        assert all(p.stat().st_size > 0 for p in backup_dir_for(study).iterdir())


def test_an_older_file_opened_for_reading_is_read_in_a_temporary_copy_and_left_as_it_was(tmp_path: Path) -> None:
    import hashlib
    import shutil

    study = tmp_path / "old.lectio"
    shutil.copy(REPO / "tests" / "fixtures" / "project_v2.lectio", study)
    before = hashlib.sha256(study.read_bytes()).hexdigest()
    with open_project(study, read_only=True) as project:
        assert project.migrated_from == 2 and project.read_only
        assert sorted(c.name for c in codebook.list_codes(project)) == ["Trust", "trust (2)"]
    assert hashlib.sha256(study.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.lectio"]


WINDOW = textwrap.dedent("""
    import sys
    from app.cli import main
    sys.exit(main([sys.argv[1]]))
""")


@pytest.mark.slow
def test_a_window_ended_with_sigterm_leaves_no_lock_that_is_obeyed(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    create_project(study).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LECTIO_LOG_DIR": str(tmp_path)}
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(study)], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        lock_file = lock_path_for(study)
        while f'"pid": {window.pid}' not in (lock_file.read_text() if lock_file.exists() else ""):
            assert time.time() < deadline and window.poll() is None, "the window never opened the study"
            time.sleep(0.2)
        with pytest.raises(ProjectError, match="already open in another Lectio"):
            open_project(study)
    finally:
        _stop(window, signal.SIGTERM)
    open_project(study).close()
