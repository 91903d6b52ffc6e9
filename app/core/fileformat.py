"""What makes a file a Lectio project, checked with nothing but the standard library.

Kept apart from project.py so the window can refuse a bad file at once, before the database layer loads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import __version__
from app.core.errors import ProjectError

APPLICATION_ID = 0x4C454354  # "LECT" in PRAGMA application_id
SCHEMA_VERSION = 4
SQLITE_HEADER = b"SQLite format 3\x00"


def inspect_file(path: Path) -> int:
    """Check that ``path`` is a Lectio project this version can open; return its schema version.

    Reads only: nothing is written, even when the answer is no.
    """
    if not path.exists():
        raise ProjectError(path, "no such file")
    if path.is_dir():
        raise ProjectError(path, "is a folder, not a Lectio project file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ProjectError(path, "permission denied: the file cannot be read") from exc
    if not header:
        raise ProjectError(path, "the file is empty, not a Lectio project")
    if header != SQLITE_HEADER:
        raise ProjectError(path, "not a Lectio project (not a database file)")
    try:
        # Not mode=ro: after a crash the file may have a hot journal, which SQLite must roll back (a write)
        # before the last committed state can be read. Reading the two pragmas writes nothing else.
        conn = sqlite3.connect(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, f"not a Lectio project or damaged ({exc})") from exc
    if app_id != APPLICATION_ID:
        raise ProjectError(path, "not a Lectio project (a database of another program)")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            path,
            f"made by a newer Lectio (file format {version}; this Lectio {__version__} reads up to "
            f"{SCHEMA_VERSION}) — update Lectio to open it",
        )
    if version < 1:
        raise ProjectError(path, "not a Lectio project (no schema version)")
    return version
