"""Automatic backups of a study, listed newest first and restored by number.

A backup is written with SQLite's backup API into a temporary file beside its final place, checked
(``PRAGMA integrity_check``), flushed to the disk, then renamed into place: a backup file is whole or absent,
never 0 bytes. Rotation runs only after a new good backup is in place, keeps the newest ``BACKUPS_KEPT`` good
ones and removes only files that are not good backups (empty or broken leftovers) or older good ones.

A backup is taken when work has been done since the newest one (the window calls ``backup_if_changed`` on a
timer and on close; a command that wrote calls it when it closes the study), never on open: a nearly full disk
must not stop a study from opening.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import ProjectError, plain_reason

if TYPE_CHECKING:
    from app.core.project import Project

BACKUPS_KEPT = 5
SUFFIX = ".lectio"
HEADER = b"SQLite format 3\x00"
TEMP_MARK = ".partial-"


def backup_dir_for(path: Path) -> Path:
    return path.with_name(path.stem + ".lectio-backups")


@dataclass(frozen=True)
class Backup:
    number: int  # 1 is the newest
    path: Path
    taken: datetime
    size: int

    def describe(self) -> str:
        return f"{self.number}  {self.taken:%Y-%m-%d %H:%M:%S}  {_size(self.size)}  {self.path.name}"


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, round(n / 1024))} KB"


def _looks_whole(path: Path) -> bool:
    """A non-empty SQLite file (cheap: reads 16 bytes)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(HEADER)) == HEADER and path.stat().st_size >= 512
    except OSError:
        return False


def _taken(path: Path, stem: str) -> datetime:
    stamp = path.stem[len(stem) + 1:]
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime)


def list_backups(path: Path | str) -> list[Backup]:
    """The study's backups that look whole, newest first, numbered from 1."""
    path = Path(path)
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{path.stem}-*{SUFFIX}") if TEMP_MARK not in p.name and _looks_whole(p)]
    found.sort(key=lambda p: p.name, reverse=True)
    return [Backup(i + 1, p, _taken(p, path.stem), p.stat().st_size) for i, p in enumerate(found)]


def check_database(path: Path) -> str | None:
    """None when ``path`` passes SQLite's integrity check, else the reason in words."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(3)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return plain_reason(exc)
    return None if rows == ["ok"] else "the copy is damaged"


def newest_good_backup(path: Path) -> Backup | None:
    for backup in list_backups(path):
        if check_database(backup.path) is None:
            return backup
    return None


def damaged_message(path: Path) -> str:
    """The one line a damaged study is reported with, naming its newest good backup."""
    good = newest_good_backup(path)
    if good is None:
        return "the file is damaged, and there is no good backup of it"
    return (f"the file is damaged; its newest good backup is {good.path} ({good.taken:%Y-%m-%d %H:%M}) — "
            f"restore it with: lectio restore {path}")


def refuse_if_damaged(conn: sqlite3.Connection, path: Path, check: str = "integrity_check") -> None:
    """SQLite's ``integrity_check`` (or the faster ``quick_check``) on an open connection; a damaged study is
    refused with ``damaged_message``, any other failure (locked, unreadable) in its own plain words."""
    from app.core.errors import DAMAGED

    try:
        result = [row[0] for row in conn.execute(f"PRAGMA {check}(5)")]
    except sqlite3.DatabaseError as exc:
        if plain_reason(exc) != DAMAGED:
            raise ProjectError(path, plain_reason(exc)) from exc
        raise ProjectError(path, damaged_message(path)) from exc
    if result != ["ok"]:
        raise ProjectError(path, damaged_message(path))


# -- writing ------------------------------------------------------------------------------------------
def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def durable_replace(temp: Path, target: Path) -> None:
    """Flush ``temp`` to the disk, rename it over ``target``, flush the folder: ``target`` is whole, new or old."""
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, target)
    _fsync_dir(target.parent)


def safe_copy(source: Path, target: Path) -> Path:
    """Copy a database through SQLite's backup API into a temporary file, check it, then rename it to
    ``target``. On any failure (a full disk included) nothing is left behind and ProjectError is raised."""
    temp = target.with_name(f"{target.name}{TEMP_MARK}{os.getpid()}")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                ok = [r[0] for r in dst.execute("PRAGMA integrity_check(1)")] == ["ok"]
            finally:
                dst.close()
        finally:
            src.close()
        if not ok:
            raise ProjectError(target, "the backup copy did not pass its check")
        durable_replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        with contextlib.suppress(OSError):
            Path(f"{temp}-journal").unlink()
        if isinstance(exc, ProjectError | KeyboardInterrupt):
            raise
        if isinstance(exc, sqlite3.Error | OSError):
            raise ProjectError(target, f"the copy was not written: {plain_reason(exc)}") from exc
        raise
    return target


def _marker(conn: sqlite3.Connection) -> tuple[int, int] | None:
    """What changes with every user action: the audit trail's length and its newest row."""
    try:
        return tuple(conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM auditevent").fetchone())  # type: ignore[return-value]
    except sqlite3.Error:
        return None


def _marker_of(path: Path) -> tuple[int, int] | None:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        return _marker(conn)
    finally:
        conn.close()


def work_since_last_backup(path: Path) -> bool:
    """True when the study holds user actions its newest backup does not."""
    now_marker = _marker_of(path)
    if now_marker is None or now_marker[0] == 0:
        return False  # nothing done in this study yet
    backups = list_backups(path)
    return not backups or _marker_of(backups[0].path) != now_marker


def take_backup(path: Path | str) -> Path:
    """Write a new checked backup now, then rotate. Raises ProjectError (naming the reason) when it cannot."""
    path = Path(path)
    folder = backup_dir_for(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise ProjectError(folder, f"no backup was written: {plain_reason(exc)}") from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        target = safe_copy(path, folder / f"{path.stem}-{stamp}{SUFFIX}")
    except ProjectError as exc:
        raise ProjectError(path, f"no backup was written: {plain_reason(exc.__cause__ or exc)}") from exc
    rotate(path)
    return target


def rotate(path: Path, keep: int = BACKUPS_KEPT) -> None:
    """Keep the newest ``keep`` good backups; remove older ones, and leftovers that are not backups at all
    (empty or broken files, temporary files of a backup that was interrupted an hour or more ago)."""
    folder = backup_dir_for(path)
    if not folder.is_dir():
        return
    good = {b.path for b in list_backups(path)}
    for p in folder.glob(f"{path.stem}-*"):
        stale_temp = TEMP_MARK in p.name and time.time() - p.stat().st_mtime > 3600
        broken = TEMP_MARK not in p.name and p.suffix == SUFFIX and p not in good
        if stale_temp or broken:
            with contextlib.suppress(OSError):
                p.unlink()
    for backup in list_backups(path)[keep:]:
        with contextlib.suppress(OSError):
            backup.path.unlink()


def backup_if_changed(project: Project) -> Path | None:
    """Back up the open study when work was done since its newest backup. Never raises: a failed backup is
    logged and reported by returning None (the study itself is untouched)."""
    if getattr(project, "read_only", False) or getattr(project, "on_server", False):
        return None  # a study on a server is kept by the server (its own backups, pg_dump)
    try:
        if not work_since_last_backup(project.path):
            return None
        return take_backup(project.path)
    except Exception as exc:  # noqa: BLE001 - a backup must never take the study down with it
        from app.core.logfile import write_log

        write_log(f"{project.path}: backup failed: {plain_reason(exc)}")
        project.last_backup_error = plain_reason(exc)
        return None


# -- restoring ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Restored:
    backup: Backup
    set_aside: Path | None  # where the replaced (damaged) file was kept


def restore_backup(path: Path | str, number: int = 1) -> Restored:
    """Put backup ``number`` (1 = newest) in place of the study. The file it replaces is kept beside it as
    ``<name>.replaced-<time>.lectio``; the study must not be open anywhere."""
    from app.core.lock import ProjectLock

    path = Path(path)
    backups = list_backups(path)
    if not backups:
        raise ProjectError(path, f"has no backups (none in {backup_dir_for(path)})")
    if not 1 <= number <= len(backups):
        raise ProjectError(path, f"has backups 1 to {len(backups)}, not {number} (see: lectio backups {path})")
    chosen = backups[number - 1]
    problem = check_database(chosen.path)
    if problem:
        raise ProjectError(chosen.path, f"cannot be restored: {problem}")
    if not os.access(path.parent, os.W_OK):
        raise ProjectError(path, "cannot write in this folder (read-only location)")
    lock = ProjectLock(path)
    lock.acquire()
    try:
        temp = path.with_name(f"{path.name}{TEMP_MARK}{os.getpid()}")
        safe_copy(chosen.path, temp)
        aside = None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        if path.exists():
            aside = path.with_name(f"{path.stem}.replaced-{stamp}{SUFFIX}")
            os.replace(path, aside)
        journal = Path(f"{path}-journal")  # a journal of the replaced file must not be played into the backup
        if journal.exists():
            os.replace(journal, Path(f"{aside or path}-journal.replaced-{stamp}"))
        os.replace(temp, path)
        _fsync_dir(path.parent)
    finally:
        lock.release()
    return Restored(chosen, aside)
