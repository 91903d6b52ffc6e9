"""Create, open, migrate, back up, lock and close a .lectio project file.

Every check that can refuse a file runs before anything is written, so a refused file is left exactly
as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app import __version__
from app.core.errors import ProjectError
from app.core.fileformat import SCHEMA_VERSION, inspect_file
from app.core.lock import ProjectLock
from app.core.models import Meta, Reviewer, new_id
from app.core.schema import create_schema, migrate

PROJECT_SUFFIX = ".lectio"
BACKUPS_KEPT = 5
DEFAULT_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


def backup_dir_for(path: Path) -> Path:
    return path.with_name(path.stem + ".lectio-backups")


def _make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10, "isolation_level": None}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys = ON")
        dbapi_conn.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # pysqlite's own transaction handling is off (isolation_level=None); we emit BEGIN ourselves so a
        # transaction covers reads too. Writers take the write lock up front to avoid upgrade deadlocks.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Project:
    """An open project: its file, its engine, its lock and the reviewer whose layer is being edited."""

    def __init__(self, path: Path, engine: Engine, lock: ProjectLock) -> None:
        self.path = path
        self.engine = engine
        self.write_engine = engine.execution_options(immediate=True)
        self.lock = lock
        self.reviewer_id: str = ""
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        reviewers = self.reviewers()
        if reviewers:
            self.reviewer_id = reviewers[0].id

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
        with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    # -- facts --------------------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        with self.read_session() as s:
            row = s.get(Meta, key)
            return row.value if row else default

    @property
    def title(self) -> str:
        return self.meta("title", self.path.stem)

    def reviewers(self, include_consensus: bool = True) -> list[Reviewer]:
        with self.read_session() as s:
            rows = list(s.exec(select(Reviewer).order_by(Reviewer.created_at, Reviewer.name)))
        return [r for r in rows if include_consensus or not r.is_consensus]

    def close(self) -> None:
        self.engine.dispose()
        self.lock.release()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
    except Exception as exc:
        lock.release()
        path.unlink(missing_ok=True)
        if isinstance(exc, ProjectError):
            raise
        raise ProjectError(path, f"could not create the project ({exc})") from exc
    return Project(path, engine, lock)


def initials_of(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    return "".join(p[0].upper() for p in parts[:3]) or "?"


# -- open -------------------------------------------------------------------------------------------
def open_project(path: Path | str, *, backup: bool = True) -> Project:
    """Open an existing project: check, lock, verify integrity, migrate (after a backup), back up."""
    path = Path(path)
    version = inspect_file(path)
    if not os.access(path, os.W_OK):
        raise ProjectError(path, "the file is read-only; copy it somewhere you can write to")
    lock = ProjectLock(path)
    lock.acquire()
    try:
        _check_integrity(path)
        migration_backup = None
        if version < SCHEMA_VERSION:
            migration_backup = path.with_name(f"{path.stem}.v{version}-backup{PROJECT_SUFFIX}")
            copy_database(path, migration_backup)
            conn = sqlite3.connect(path, isolation_level=None)
            try:
                migrate(conn, version)
            finally:
                conn.close()
        rotating = write_rotating_backup(path) if backup else None
        project = Project(path, _make_engine(path), lock)
    except Exception as exc:
        lock.release()
        if isinstance(exc, ProjectError):
            raise
        raise ProjectError(path, f"could not open the project ({exc})") from exc
    project.migrated_from = version if version < SCHEMA_VERSION else None
    project.backup_path = migration_backup or rotating
    return project


def _check_integrity(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, f"the file is damaged ({exc})") from exc
    finally:
        conn.close()
    if result != ["ok"]:
        raise ProjectError(path, f"the file is damaged (integrity check: {'; '.join(result)[:200]})")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe even while the file is in use)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def write_rotating_backup(path: Path) -> Path | None:
    """Copy the project into ``<stem>.lectio-backups/`` when it changed since the newest copy; keep 5."""
    folder = backup_dir_for(path)
    existing = sorted(folder.glob(f"{path.stem}-*{PROJECT_SUFFIX}")) if folder.is_dir() else []
    if existing and existing[-1].stat().st_mtime >= path.stat().st_mtime:
        return None
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}{PROJECT_SUFFIX}"
    copy_database(path, target)
    existing.append(target)
    for old in existing[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target
