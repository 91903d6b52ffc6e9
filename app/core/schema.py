"""The schema version of a project file and the forward migrations between versions.

``PRAGMA application_id`` marks a file as Lectio's; ``PRAGMA user_version`` holds the schema version.
History:
  1. the first tables (models.py as of 0.1, without the search index)
  2. full-text search index ``document_fts`` (SQLite FTS5) over document text
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from app.core import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.core.fileformat import APPLICATION_ID, SCHEMA_VERSION

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5("
    "document_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
)


def create_schema(engine: Engine) -> None:
    """Create every table of the current version in an empty file."""
    SQLModel.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(FTS_DDL)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute(FTS_DDL)
    conn.execute("INSERT INTO document_fts (document_id, text) SELECT id, text FROM document")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring a file forward to SCHEMA_VERSION, one version per transaction."""
    for version in range(from_version, SCHEMA_VERSION):
        conn.execute("BEGIN")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
