"""Create, open, migrate, lock and close a .lectio project file; open it read-only where it cannot be written.

Every check that can refuse a file runs before anything is written, so a refused file is left exactly
as it was. Backups are ``app.core.backups``' job: taken when work was done (on close, on the window's timer),
never by copying the whole study on open.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app import __version__
from app.core.backups import (
    BACKUPS_KEPT,
    backup_dir_for,
    backup_if_changed,
    damaged_message,
    refuse_if_damaged,
    safe_copy,
)
from app.core.errors import ProjectError
from app.core.fileformat import SCHEMA_VERSION, inspect_file
from app.core.lock import ProjectLock, real_path
from app.core.models import Meta, Reviewer, new_id
from app.core.palette import REVIEWER_COLOURS
from app.core.schema import create_schema, migrate

if TYPE_CHECKING:
    from app.core.records import ReviewerRecord

__all__ = ["BACKUPS_KEPT", "PROJECT_SUFFIX", "Project", "backup_dir_for", "copy_database", "create_project",
           "inspect_file", "open_project"]

PROJECT_SUFFIX = ".lectio"
ON_REQUEST = "opened for reading only"  # the read-only reason of a command that only reads (no banner)
DEFAULT_COLOURS = REVIEWER_COLOURS  # app/core/palette.py


def _make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    if read_only:  # an SQLite URI, passed as is (a URL would mangle spaces and percent signs in the path)
        uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=10, isolation_level=None))
    else:
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10, "isolation_level": None}
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            dbapi_conn.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # pysqlite's own transaction handling is off (isolation_level=None); we emit BEGIN ourselves so a
        # transaction covers reads too. Writers take the write lock up front to avoid upgrade deadlocks.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate and not read_only else "BEGIN")

    return engine


class Project:
    """An open project: its file, its engine, its lock and the reviewer whose layer is being edited.

    ``read_only``: opened without the right or the wish to write (a read-only file, folder or drive; a
    command that only reads while the window has the study open). ``read_only_reason`` says which, for the
    window's banner; every write is refused with that reason.
    """

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock | None, *, read_only: str = "") -> None:
        self.path = path
        self.engine = engine
        self.write_engine = engine.execution_options(immediate=True)
        self.lock = lock
        self.read_only_reason = read_only
        self.reviewer_id: str = ""
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self.backup_on_close = False
        self.last_backup_error = ""
        self.renamed_on_upgrade: list[str] = []
        self._temp_copy: Path | None = None
        reviewers = self.reviewers()
        if reviewers:
            self.reviewer_id = reviewers[0].id

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def on_server(self) -> bool:
        """A study on a PostgreSQL server (app/core/server.py) rather than in a file."""
        return self.engine.dialect.name == "postgresql"

    # -- sessions ---------------------------------------------------------------------------------
    def read_session(self) -> Session:
        """A short session for reading; objects stay usable after it closes. Inside an operation (same
        thread) it reads through the operation's transaction, so checks see what the operation wrote."""
        from app.core.ops import active_session

        active = active_session(self)
        if active is not None:
            return Session(bind=active.connection(), expire_on_commit=False)
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any exception."""
        if self.read_only:
            raise ProjectError(self.path, f"is open read-only ({self.read_only_reason}); this change was not saved")
        try:
            with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
                yield session
        except BaseException as exc:  # say which action was not saved (the window's exception hook reads it)
            if not hasattr(exc, "lectio_action"):
                with contextlib.suppress(AttributeError, TypeError):
                    exc.lectio_action = _calling_action()  # type: ignore[attr-defined]
            raise

    # -- facts --------------------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        with self.read_session() as s:
            row = s.get(Meta, key)
            return row.value if row else default

    @property
    def title(self) -> str:
        return self.meta("title", self.path.stem)

    def reviewers(self, include_consensus: bool = True) -> list[ReviewerRecord]:
        """The reviewers as frozen records (``app/core/records.py``)."""
        from app.core.records import records

        with self.read_session() as s:
            rows = records(s.exec(select(Reviewer).order_by(Reviewer.created_at, Reviewer.name)))
        return [r for r in rows if include_consensus or not r.is_consensus]

    def backup_now(self) -> Path | None:
        """A backup when work was done since the newest one (the window's timer calls this)."""
        return backup_if_changed(self)

    def close(self) -> None:
        try:
            if self.backup_on_close and self.lock is not None and self.lock.held:
                backup_if_changed(self)
        finally:
            self.engine.dispose()
            if self.lock is not None:
                self.lock.release()
            if self._temp_copy is not None:
                import shutil

                shutil.rmtree(self._temp_copy.parent, ignore_errors=True)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _calling_action() -> str:
    """The summary (or action name) of the ``operation()`` that opened this write session, if any."""
    frame = sys._getframe(2)
    for _ in range(6):
        if frame is None:
            break
        if frame.f_code.co_name == "operation":
            return str(frame.f_locals.get("summary") or frame.f_locals.get("action") or "")
        frame = frame.f_back
    return ""


# -- create -----------------------------------------------------------------------------------------
def create_project(
    path: Path | str, *, title: str = "", reviewer: str = "", research_question: str = ""
) -> Project:
    """Write a new, empty project with one reviewer. Refuses to overwrite anything."""
    path = Path(path)
    if path.exists():
        raise ProjectError(path, "a file with this name already exists; choose another name")
    if not path.parent.is_dir():
        raise ProjectError(path, f"the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise ProjectError(path, "cannot write in this folder (read-only location)")
    lock = ProjectLock(path)
    lock.acquire()
    try:
        engine = _make_engine(path)
        create_schema(engine)
        name = reviewer.strip() or os.environ.get("USER") or "Reviewer 1"
        with Session(engine) as s, s.begin():
            s.add(Meta(key="title", value=title.strip() or path.stem))
            s.add(Meta(key="research_question", value=research_question.strip()))
            s.add(Meta(key="created_with", value=__version__))
            s.add(Reviewer(id=new_id(), name=name, initials=initials_of(name), colour=DEFAULT_COLOURS[0]))
        lock.lock_file_itself()
    except Exception as exc:
        lock.release()
        path.unlink(missing_ok=True)
        Path(f"{path}-journal").unlink(missing_ok=True)
        if isinstance(exc, ProjectError):
            raise
        from app.core.errors import plain_reason

        raise ProjectError(path, f"could not create the project: {plain_reason(exc)}") from exc
    return Project(path, engine, lock)


def initials_of(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    return "".join(p[0].upper() for p in parts[:3]) or "?"


# -- open -------------------------------------------------------------------------------------------
def _writable(path: Path) -> str:
    """Why the study cannot be written here ("" when it can)."""
    real = real_path(path)
    with contextlib.suppress(OSError, AttributeError):
        if os.statvfs(real).f_flag & os.ST_RDONLY:
            return "it is on a read-only drive"
    if not os.access(real, os.W_OK):
        return "the file is read-only"
    if not os.access(real.parent, os.W_OK):
        return "its folder or drive is read-only"
    return ""


def open_project(path: Path | str, *, backup: bool = True, read_only: bool = False) -> Project:
    """Open an existing project: check, lock, verify integrity, migrate (after a backup of the old version).

    ``path`` may be a server address (``postgresql://…``): the same Project over PostgreSQL, without a lock file
    or backups. ``backup``: take a backup on close when work was done. ``read_only``: open without a lock and refuse
    every write (what commands that only read use, so they work while the window has the study open). A study
    that cannot be written (read-only file, folder or drive) opens read-only as well.
    """
    from app.core.server import is_server_url, open_server

    if is_server_url(path):  # postgresql://… : a study on a server (app/core/server.py)
        return open_server(str(path), read_only=read_only)
    path = Path(path)
    version = _inspect(path)
    cannot_write = _writable(path)
    if read_only or cannot_write:
        return _open_read_only(path, version, cannot_write or ON_REQUEST)
    lock = ProjectLock(path)
    lock.acquire()
    renamed: list[str] = []
    try:
        _check_integrity(path)
        migration_backup = None
        if version < SCHEMA_VERSION:
            migration_backup = path.with_name(f"{path.stem}.v{version}-backup{PROJECT_SUFFIX}")
            try:
                safe_copy(path, migration_backup)
            except ProjectError as exc:
                raise ProjectError(path, f"was not updated to the new file format, because {exc.reason}") from exc
            renamed = _migrate_file(path, version)
        project = Project(path, _make_engine(real_path(path)), lock)
    except Exception as exc:
        lock.release()
        if isinstance(exc, ProjectError):
            raise
        from app.core.errors import plain_reason

        raise ProjectError(path, f"could not open the project: {plain_reason(exc)}") from exc
    project.migrated_from = version if version < SCHEMA_VERSION else None
    project.backup_path = migration_backup
    project.backup_on_close = backup
    project.renamed_on_upgrade = renamed
    return project


def _inspect(path: Path) -> int:
    try:
        return inspect_file(path)
    except ProjectError as exc:
        if "damaged" in exc.reason:
            raise ProjectError(path, damaged_message(path)) from exc
        raise


def _migrate_file(path: Path, version: int) -> list[str]:
    """Bring the file to this version; return what the upgrade renamed (duplicate names), for the user."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(conn, version)
        from app.core.names import renamed_on_upgrade

        return renamed_on_upgrade(conn)
    finally:
        conn.close()


def _open_read_only(path: Path, version: int, reason: str) -> Project:
    """No lock, no writes. An older file is updated in a temporary copy (the study itself is not touched)."""
    immutable = bool(_writable(path)) and not os.access(real_path(path).parent, os.W_OK)
    _check_integrity(path, read_only=True, immutable=immutable)
    source, temp_copy, renamed = real_path(path), None, []
    if version < SCHEMA_VERSION:
        folder = Path(tempfile.mkdtemp(prefix="lectio-read-"))
        temp_copy = folder / path.name
        try:
            safe_copy(source, temp_copy)
            renamed = _migrate_file(temp_copy, version)
        except Exception as exc:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
            from app.core.errors import plain_reason

            raise ProjectError(path, f"could not be read in its old file format: {plain_reason(exc)}") from exc
        source, immutable = temp_copy, False
    project = Project(path, _make_engine(source, read_only=True, immutable=immutable), None, read_only=reason)
    project._temp_copy = temp_copy
    project.migrated_from = version if version < SCHEMA_VERSION else None
    project.renamed_on_upgrade = renamed
    return project


def _check_integrity(path: Path, *, read_only: bool = False, immutable: bool = False) -> None:
    try:
        if read_only:
            uri = f"{real_path(path).as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
            conn = sqlite3.connect(uri, uri=True, timeout=10)
        else:
            conn = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as exc:
        from app.core.errors import plain_reason

        raise ProjectError(path, plain_reason(exc)) from exc
    try:
        # a study opened to be read only gets SQLite's quick check (every page and record, not the indexes
        # against their tables: a tenth of the time on a large study, and nothing is written to a damaged index)
        refuse_if_damaged(conn, path, "quick_check" if read_only else "integrity_check")
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent, checked copy through SQLite's backup API (safe even while the file is in use)."""
    safe_copy(source, target)
