"""A study file opened with ``sqlite3`` alone, read-only, for the figures of the command line.

``lectio matrix|cooccurrence|saturation STUDY --json`` reads a study and prints a figure. Through
``open_project`` the process first imports SQLAlchemy, SQLModel and every table's model (about half a second)
only to hand the analysis reader a raw cursor. ``LocalStudy`` is that raw cursor without the rest: the same
checks as a read-only ``open_project`` (a Lectio file of this version, SQLite's quick check, no lock, nothing
written), then the reads of ``app/analysis/data.py`` on the driver's own connection inside one read transaction.

The quick check reads the whole file (a sixth of a second for 100,000 units). It runs on a second connection in
a thread while the study is read — SQLite works without Python's lock, so on another core — and the reads end
by waiting for it: a damaged study is refused with the same line as before, and no figure of it is made.

It is used only where it gives the same answer: a local file already in this version's format, and no coding
query (saved queries are read through the models). Anything else — a server address, an older file that needs
its temporary upgrade, ``--query`` — goes through ``open_project`` as before.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from app.core.errors import LectioError, ProjectError

Rows = Callable[..., list]


class LocalStudy:
    """The part of ``Project`` the analysis reader uses: ``path``, ``read_rows()`` and ``layer_id()``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, check: BackgroundCheck) -> None:
        self.path = path
        self._conn = conn
        self._check = check

    @classmethod
    def open(cls, location: str | Path) -> LocalStudy | None:
        """The study at ``location`` opened read-only, or None when only ``open_project`` can open it (a server
        address, or a file of an older version). A missing or foreign file raises ``ProjectError`` with the same
        one line ``open_project`` gives; a damaged one raises it when it is read (its quick check runs meanwhile)."""
        from app.core.fileformat import SCHEMA_VERSION, inspect_file

        if str(location).lower().startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            return None
        path = Path(location)
        try:
            version = inspect_file(path)
        except ProjectError as exc:
            if "damaged" in exc.reason:
                from app.core.backups import damaged_message

                raise ProjectError(path, damaged_message(path)) from exc
            raise
        if version != SCHEMA_VERSION:
            return None
        conn, uri = _connect(path)
        return cls(path, conn, BackgroundCheck(path, uri))

    def __enter__(self) -> LocalStudy:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._check.wait()  # (its verdict no longer matters, but its connection is closed before we return)
        self._conn.close()

    @contextmanager
    def read_rows(self) -> Iterator[Rows]:
        """``q(sql, *params)`` → rows as tuples (``stream=True``: the cursor, rows as they are stepped), every
        call inside one read transaction (one snapshot). The reads end only once the quick check has passed."""
        conn = self._conn
        try:
            conn.execute("BEGIN")
            try:
                yield lambda sql, *params, stream=False: (conn.execute(sql, params) if stream
                                                          else conn.execute(sql, params).fetchall())
            finally:
                conn.execute("COMMIT")  # a read transaction: nothing to keep or undo
        except sqlite3.DatabaseError:
            self._check.verdict()  # a damaged file is named as damaged, not by SQLite's words for the page
            raise
        self._check.verdict()

    def layer_id(self, reviewer: str) -> str:
        """The id of a reviewer (by id or name, as ``find_reviewer``) or of the consensus layer."""
        try:
            rows = self._conn.execute("SELECT id, name, is_consensus FROM reviewer ORDER BY created_at, name"
                                      ).fetchall()
        except sqlite3.DatabaseError:
            self._check.verdict()
            raise
        if reviewer.casefold() == "consensus":
            found = [r[0] for r in rows if r[2]]
            if not found:
                raise LectioError(f"{self.path}: there is no consensus layer yet")
            return str(found[0])
        for rid, name, _ in rows:
            if reviewer in (rid, name) or name.casefold() == reviewer.casefold():
                return str(rid)
        raise LectioError(f"{self.path}: no reviewer called {reviewer!r} in {self.path.name}")


def _connect(path: Path) -> tuple[sqlite3.Connection, str]:
    """A read-only connection as ``open_project(read_only=True)`` makes one (a study in a folder that cannot be
    written is opened immutable: SQLite could not make its shared-memory file), and the address it was made by."""
    from app.core.errors import plain_reason
    from app.core.lock import real_path

    real = real_path(path)
    uri = f"{real.as_uri()}?mode=ro" + ("" if os.access(real.parent, os.W_OK) else "&immutable=1")
    try:
        return sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None), uri
    except sqlite3.Error as exc:
        raise ProjectError(path, plain_reason(exc)) from exc


class BackgroundCheck:
    """SQLite's quick check of the study on a connection of its own, in a thread started at once."""

    def __init__(self, path: Path, uri: str) -> None:
        self._error: ProjectError | None = None
        self._thread = threading.Thread(target=self._run, args=(path, uri), name="lectio-quick-check", daemon=True)
        self._thread.start()

    def _run(self, path: Path, uri: str) -> None:
        from app.core.backups import refuse_if_damaged
        from app.core.errors import plain_reason

        try:
            conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
            try:
                refuse_if_damaged(conn, path, "quick_check")
            finally:
                conn.close()
        except ProjectError as exc:
            self._error = exc
        except sqlite3.Error as exc:
            self._error = ProjectError(path, plain_reason(exc))

    def wait(self) -> None:
        self._thread.join()

    def verdict(self) -> None:
        """Wait for the check; a damaged (or unreadable) study raises ``ProjectError`` with its one line."""
        self.wait()
        if self._error is not None:
            raise self._error
