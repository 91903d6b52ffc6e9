"""Where a study in a SQLite file and a study on a PostgreSQL server differ, in one place.

The core writes portable SQL through SQLAlchemy; what cannot be portable has a branch here:

- ``insert``: an INSERT with ``on_conflict_do_update`` / ``do_nothing`` (SQLite's and PostgreSQL's dialects
  both have it, with the same arguments), in place of ``INSERT OR …``;
- ``defer_foreign_keys``: undo writes rows back in the change log's order (``PRAGMA defer_foreign_keys`` on
  SQLite; ``SET CONSTRAINTS ALL DEFERRED`` on PostgreSQL, whose foreign keys are made DEFERRABLE for it);
- ``raw_rows`` / ``raw_stream``: a query on the driver's own cursor (``?`` placeholders become psycopg's ``%s``);
- ``group_concat``: ``func.group_concat`` compiles to ``string_agg`` on PostgreSQL;
- ``table_exists``: ``sqlite_master`` or ``to_regclass``;
- the PostgreSQL forms of the change-log triggers (plpgsql functions writing the same ``changelog`` rows as
  ``history.trigger_ddl``'s SQLite triggers) and of the search index (a table kept by triggers, searched with
  ``tsvector`` instead of FTS5), created by ``create_server_extras``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import LargeBinary, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import functions

SQLITE, POSTGRESQL = "sqlite", "postgresql"


def name_of(bind: Any) -> str:
    """``sqlite`` or ``postgresql`` for an engine, connection or session."""
    if hasattr(bind, "get_bind"):  # a Session
        bind = bind.get_bind()
    return bind.dialect.name


def is_server(bind: Any) -> bool:
    return name_of(bind) == POSTGRESQL


def insert(bind: Any, table: Any) -> Any:
    """An INSERT for ``bind``'s dialect that has ``on_conflict_do_update`` and ``on_conflict_do_nothing``."""
    return (postgresql.insert if is_server(bind) else sqlite.insert)(table)


def defer_foreign_keys(conn: Any) -> None:
    """Check foreign keys at commit, not per statement, for the rest of this transaction."""
    if is_server(conn):
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def table_exists(conn: Any, name: str) -> bool:
    if is_server(conn):
        return conn.execute(text("SELECT to_regclass(:n) IS NOT NULL"), {"n": name}).scalar()
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": name}).first() is not None


def insertion_order(bind: Any, alias: str) -> str:
    """An ORDER BY term for "in the order the rows were written" of a table never updated in place (the audit
    trail): SQLite's rowid; on PostgreSQL the time, then the row's physical place (publish copies in order)."""
    return f"{alias}.at, {alias}.ctid" if is_server(bind) else f"{alias}.rowid"


def raw_rows(conn: Any, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of ``sql`` (with ``?`` placeholders) read with the driver's own cursor, for the hot paths where
    SQLAlchemy's row objects cost more than the query. ``conn``: a SQLAlchemy Connection."""
    raw = conn.connection.driver_connection
    if is_server(conn):
        with raw.cursor() as cur:
            cur.execute(sql.replace("%", "%%").replace("?", "%s"), params)
            return cur.fetchall()
    return raw.execute(sql, params).fetchall()


def raw_stream(conn: Any, sql: str, params: tuple = ()) -> Iterable[tuple]:
    """``raw_rows`` as the rows come, to be read once and at once (on SQLite the cursor itself: each row can be
    dropped once used; on PostgreSQL the fetched list)."""
    if is_server(conn):
        return raw_rows(conn, sql, params)
    return conn.connection.driver_connection.execute(sql, params)


class group_concat(functions.GenericFunction):  # noqa: N801 - the SQL function's name
    """``func.group_concat(x, sep)``: SQLite's own function; ``string_agg`` on PostgreSQL."""

    inherit_cache = True


@compiles(group_concat, POSTGRESQL)
def _group_concat_pg(element: Any, compiler: Any, **kw: Any) -> str:
    args = list(element.clauses)
    sep = compiler.process(args[1], **kw) if len(args) > 1 else "','"
    return f"string_agg(CAST({compiler.process(args[0], **kw)} AS TEXT), {sep})"


# -- PostgreSQL: the change log ---------------------------------------------------------------------------
def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _pg_image(table: Any, row: str, blob_mark: str) -> str:
    """jsonb of every column of OLD or NEW, as ``history._image`` writes it on SQLite (the first BLOB column
    marked, others as hex, BLOBs only in before images)."""
    from app.core.history import _blob_column

    first_blob = _blob_column(table)
    parts = []
    for col in table.columns:
        ref = f"{row}.{_q(col.name)}"
        if isinstance(col.type, LargeBinary):
            if row != "OLD":
                ref = "NULL::text"
            elif col.name == first_blob:
                ref = f"CASE WHEN {ref} IS NULL THEN NULL ELSE '{blob_mark}' END"
            else:
                ref = f"encode({ref}, 'hex')"
        parts.append(f"'{col.name}', {ref}")
    return f"jsonb_build_object({', '.join(parts)})::text"


def pg_log_trigger_ddl(name: str, table: Any) -> list[str]:
    """The plpgsql function and trigger that log one table's changes to ``changelog``."""
    from app.core.history import BLOB_MARK, _blob_column, primary_key

    pk = _q(primary_key(table))
    blob_col = _blob_column(table)
    blob = f"OLD.{_q(blob_col)}" if blob_col else "NULL::bytea"
    cols = "INSERT INTO changelog (op_id, tbl, row_key, kind, old, new, blob) VALUES"
    new, old = _pg_image(table, "NEW", BLOB_MARK), _pg_image(table, "OLD", BLOB_MARK)
    fn = _q(f"log_{name}")
    body = (
        "DECLARE op text := (SELECT op_id FROM opcontext WHERE id = 1); BEGIN "
        "IF op IS NULL THEN RETURN NULL; END IF; "
        f"IF TG_OP = 'INSERT' THEN {cols} (op, '{name}', NEW.{pk}::text, 'insert', NULL, {new}, NULL); "
        f"ELSIF TG_OP = 'UPDATE' THEN {cols} (op, '{name}', NEW.{pk}::text, 'update', {old}, {new}, {blob}); "
        f"ELSE {cols} (op, '{name}', OLD.{pk}::text, 'delete', {old}, NULL, {blob}); END IF; "
        "RETURN NULL; END"
    )
    return [
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $lectio$ {body} $lectio$",
        f"CREATE OR REPLACE TRIGGER {fn} AFTER INSERT OR UPDATE OR DELETE ON {_q(name)} "
        f"FOR EACH ROW EXECUTE FUNCTION {fn}()",
    ]


# -- PostgreSQL: the search index --------------------------------------------------------------------------
TS_CONFIG = "english"  # stems English words as FTS5's porter tokenizer does
PG_SEARCH_DDL = [
    "CREATE TABLE IF NOT EXISTS search_fts (kind text NOT NULL, item_id text NOT NULL, document_id text, "
    "body text NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_search_fts_item ON search_fts (item_id)",
    "CREATE INDEX IF NOT EXISTS ix_search_fts_document ON search_fts (document_id)",
]


def pg_search_fold_ddl() -> list[str]:
    """Accent- and case-blind search on the server (``search_fold``): the fold function and the index on the
    folded body, in place of a version-4 study's index on the body as it is (Alembic step 0004a, too)."""
    from app.core.search_fold import fold_function_ddl

    return [fold_function_ddl(), "DROP INDEX IF EXISTS ix_search_fts_body",
            f"CREATE INDEX IF NOT EXISTS ix_search_fts_fold ON search_fts "
            f"USING gin (to_tsvector('{TS_CONFIG}', lectio_fold(body)))"]


def _pg(sql: str) -> str:
    return sql.replace("char(10)", "chr(10)")


def pg_search_ddl() -> list[str]:
    """search_fts as a plain table, kept in step by a plpgsql trigger per source table (as on SQLite)."""
    from app.core.search import _SOURCES, _insert_sql

    out = list(PG_SEARCH_DDL) + pg_search_fold_ddl()
    for table, (kind, _body, _doc, columns) in _SOURCES.items():
        remove_old = f"DELETE FROM search_fts WHERE kind = '{kind}' AND item_id = OLD.id"
        on_delete = "DELETE FROM search_fts WHERE document_id = OLD.id" if table == "document" else remove_old
        fn = _q(f"search_{table}")
        body = (
            f"BEGIN IF TG_OP = 'DELETE' THEN {on_delete}; RETURN NULL; END IF; "
            f"IF TG_OP = 'UPDATE' THEN {remove_old}; END IF; {_pg(_insert_sql(table, 'NEW'))}; RETURN NULL; END"
        )
        out += [
            f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS $lectio$ {body} $lectio$",
            f"CREATE OR REPLACE TRIGGER {fn} AFTER INSERT OR DELETE OR UPDATE OF {columns} ON {_q(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {fn}()",
        ]
    out.append("DELETE FROM search_fts")
    out += [_pg(_insert_sql(table, table, f"FROM {table}")) for table in _SOURCES]
    return out


def pg_tsquery(query: str) -> str:
    """The user's words as a to_tsquery string: quoted phrases stay phrases (``<->``), every other word is a
    prefix (``word:*``), all ANDed. Only word characters reach the query, so nothing typed can break it."""
    terms: list[str] = []
    last = 0
    for m in re.finditer(r'"([^"]*)"?', query):
        terms += [f"{w}:*" for w in re.findall(r"\w+", query[last:m.start()])]
        words = re.findall(r"\w+", m.group(1))
        if words:
            terms.append("(" + " <-> ".join(words) + ")")
        last = m.end()
    terms += [f"{w}:*" for w in re.findall(r"\w+", query[last:])]
    return " & ".join(terms)


def pg_search_rows(session: Any, query: str) -> list[tuple]:
    """(kind, item id, document id, body marked with \\x01…\\x02, document name) of every match, best first,
    as ``search.search_project`` reads them from FTS5's ``highlight()`` on SQLite. Accents and case are folded
    as the file's index folds them (``search_fold``); a study whose owner has not yet opened it with this
    version (no ``lectio_fold`` yet: a reviewer's login may not add it) is searched as it is."""
    from app.core.search_fold import remark

    q = pg_tsquery(query)
    if not q:
        return []
    if not session.execute(text("SELECT to_regproc('lectio_fold') IS NOT NULL")).scalar():
        return session.execute(text(
            f"SELECT f.kind, f.item_id, f.document_id, ts_headline('{TS_CONFIG}', f.body, q, :opts), d.name "
            f"FROM search_fts f CROSS JOIN to_tsquery('{TS_CONFIG}', :q) q "
            f"LEFT JOIN document d ON d.id = f.document_id WHERE to_tsvector('{TS_CONFIG}', f.body) @@ q "
            f"ORDER BY CASE f.kind WHEN 'text' THEN 0 ELSE 1 END, ts_rank(to_tsvector('{TS_CONFIG}', f.body), q) "
            "DESC"), {"q": q, "opts": _HEADLINE}).all()
    rows = session.execute(text(
        f"SELECT f.kind, f.item_id, f.document_id, f.body, "
        f"ts_headline('{TS_CONFIG}', lectio_fold(f.body), q, :opts), d.name "
        f"FROM search_fts f CROSS JOIN to_tsquery('{TS_CONFIG}', lectio_fold(:q)) q "
        f"LEFT JOIN document d ON d.id = f.document_id WHERE to_tsvector('{TS_CONFIG}', lectio_fold(f.body)) @@ q "
        f"ORDER BY CASE f.kind WHEN 'text' THEN 0 ELSE 1 END, "
        f"ts_rank(to_tsvector('{TS_CONFIG}', lectio_fold(f.body)), q) DESC"), {"q": q, "opts": _HEADLINE}).all()
    return [(kind, item, doc, remark(body, marked), name) for kind, item, doc, body, marked, name in rows]


_HEADLINE = "StartSel=\x01, StopSel=\x02, HighlightAll=true"


# -- PostgreSQL: the whole set of extras -----------------------------------------------------------------
_DEFERRABLE_FKS = """
DO $lectio$ DECLARE r record; BEGIN
  FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
           WHERE contype = 'f' AND connamespace = current_schema()::regnamespace AND NOT condeferrable LOOP
    EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', r.t, r.conname);
  END LOOP;
END $lectio$
"""


def create_server_extras(conn: Any) -> None:
    """On a PostgreSQL connection (SQLAlchemy), after the tables exist: deferrable foreign keys, the one row
    of ``opcontext``, the change-log triggers of every logged table, and the search index. Idempotent."""
    from app.core.history import logged_tables

    statements = [_DEFERRABLE_FKS, "INSERT INTO opcontext (id, op_id, data_version) VALUES (1, NULL, 0) "
                                   "ON CONFLICT (id) DO NOTHING", *pg_search_ddl()]
    for name, table in logged_tables().items():
        statements += pg_log_trigger_ddl(name, table)
    raw = conn.connection.driver_connection  # psycopg's own execute: no parameters, so "%" is left alone
    for statement in statements:
        raw.execute(statement)
    from app.core.server_finish import install as install_finish
    from app.server.notify import install_notify

    install_finish(raw)  # an operation's history entry and audit event in one round trip
    install_notify(raw)  # live updates: each committed change announced to listening windows (issue 22)
