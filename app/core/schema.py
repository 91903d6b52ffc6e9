"""The schema version of a project file and the forward migrations between versions.

``PRAGMA application_id`` marks a file as Lectio's; ``PRAGMA user_version`` holds the schema version.
History:
  1. the first tables (models.py as of 0.1, without the search index)
  2. full-text search index ``document_fts`` (SQLite FTS5) over document text
  3. this round's tables and columns (participants, turns, change log, …). The step from 2 to 3 is
     structural and idempotent: ``ensure_tables`` rebuilds every table whose columns differ from models.py
     (SQLite's documented rebuild: create, copy, drop, rename), so a migrated file has exactly the schema of
     a new one; then the ``DATA_STEPS`` run (each idempotent), then the ``SCHEMA_EXTRAS`` that every file
     gets, new or migrated (virtual tables, triggers).
  4. the tables and columns of the round after (team server, translations, scripts, …): the same structural
     step as 3 (``ensure_tables``), then ``DATA_STEPS_V4``, then the ``SCHEMA_EXTRAS``.

How to add schema in this version: add the SQLModel class (in its own module, listed in ``models.TABLES``);
a column added to an existing table must be nullable or have a scalar Python default; a uniqueness rule is an
``Index(..., unique=True)`` (not a ``UniqueConstraint``); data that must be rewritten goes in a function appended
to ``DATA_STEPS``; triggers or virtual tables go in a function appended to ``SCHEMA_EXTRAS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Engine
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from app.core import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from app.core.fileformat import APPLICATION_ID, SCHEMA_VERSION
from app.core.names import resolve_duplicate_names

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5("
    "document_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
)


SchemaStep = Callable[[sqlite3.Connection], None]


def _fts(conn: sqlite3.Connection) -> None:
    """Version 3's search index (``search_fts`` over text, condensed meanings, notes, memos and codes, kept in
    step by triggers) in place of version 2's ``document_fts``; see app/core/search.py."""
    from app.core.search import create_search_index

    create_search_index(conn)


def _history(conn: sqlite3.Connection) -> None:
    from app.core.history import install_triggers

    install_triggers(conn)


# Run on every file, new or migrated, after the tables exist; each must be idempotent. ``_history`` generates
# the change-log triggers of every table in models.TABLES (and the search index's), so keep it last.
SCHEMA_EXTRAS: list[SchemaStep] = [_fts, _history]
# Run once when a version-2 file is brought to version 3, after ensure_tables; each must be idempotent.
DATA_STEPS: list[SchemaStep] = []
# Run once when a version-3 file is brought to version 4, after ensure_tables; each must be idempotent.
DATA_STEPS_V4: list[SchemaStep] = []
# Run once before ensure_tables, on the old tables: data the new tables' constraints would refuse (duplicate
# names before the unique name indexes exist). Each must be idempotent.
PRE_TABLE_STEPS: list[SchemaStep] = [resolve_duplicate_names]


def create_schema(engine: Engine) -> None:
    """Create every table of the current version in an empty file."""
    SQLModel.metadata.create_all(engine)
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection  # the sqlite3 connection under the pool's proxy
        for step in SCHEMA_EXTRAS:
            step(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
    finally:
        raw.close()


_DIALECT = sqlite_dialect.dialect()


def _ddl(element: object) -> str:
    return str(element.compile(dialect=_DIALECT)).strip()  # type: ignore[attr-defined]


def _literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def ensure_tables(conn: sqlite3.Connection) -> list[str]:
    """Make every table of models.py exist with exactly its columns; return the tables created or rebuilt.

    A table whose columns differ is rebuilt (create new, copy the shared columns, drop, rename), which is
    SQLite's documented way to change a table and gives the same DDL a new file has. Runs inside the caller's
    transaction with foreign keys off (the migration connection's default).
    """
    changed: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        have = [r[1] for r in conn.execute(f"PRAGMA table_info('{table.name}')")]
        want = [c.name for c in table.columns]
        if have == want:
            for index in table.indexes:
                conn.execute(_ddl(CreateIndex(index, if_not_exists=True)))
            continue
        changed.append(table.name)
        # SQLite's 12-step recipe: create the new table under a temporary name, copy, drop the old, rename.
        # (Renaming the *old* table instead would make SQLite rewrite other tables' foreign keys to follow it.)
        temp = f"_new_{table.name}"
        create = _ddl(CreateTable(table))
        conn.execute(create.replace(f"CREATE TABLE {table.name} (", f'CREATE TABLE "{temp}" (', 1))
        if have:
            columns, values = [], []
            for col in table.columns:
                columns.append(f'"{col.name}"')
                if col.name in have:
                    values.append(f'"{col.name}"')
                else:
                    default = col.default.arg if col.default is not None and col.default.is_scalar else None
                    values.append(_literal(default))
            conn.execute(f'INSERT INTO "{temp}" ({", ".join(columns)}) SELECT {", ".join(values)} FROM "{table.name}"')
            conn.execute(f'DROP TABLE "{table.name}"')
        conn.execute(f'ALTER TABLE "{temp}" RENAME TO "{table.name}"')
        for index in table.indexes:
            conn.execute(_ddl(CreateIndex(index, if_not_exists=True)))
    return changed


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute(FTS_DDL)
    conn.execute("INSERT INTO document_fts (document_id, text) SELECT id, text FROM document")


def _migrate_2_to_3(conn: sqlite3.Connection) -> None:
    for step in PRE_TABLE_STEPS:
        step(conn)
    ensure_tables(conn)
    for step in DATA_STEPS:
        step(conn)
    for step in SCHEMA_EXTRAS:
        step(conn)


def _migrate_3_to_4(conn: sqlite3.Connection) -> None:
    ensure_tables(conn)
    for step in DATA_STEPS_V4:
        step(conn)
    for step in SCHEMA_EXTRAS:
        step(conn)


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
}


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
