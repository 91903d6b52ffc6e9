"""``lectio publish STUDY.lectio postgresql://HOST/DB``: copy a local study to an empty server database.

Every table of models.TABLES is copied row for row (ids kept; the change log, the operation history and the
audit trail too, so undo and ``lectio log`` continue on the server), in one server transaction: a failure
half-way leaves the database empty again. Integer sequences are set past the copied ids. The database must
be empty (no tables): a study is never poured into another one. The file is only read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, text

from app import __version__
from app.core.errors import ProjectError
from app.core.models import TABLES, AuditEvent, now

BATCH = 500


@dataclass
class Published:
    where: str  # the server address, without password
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def publish(source: Path | str, url: str, *, password: str | None = None, reviewer: str | None = None) -> Published:
    """Copy the study file ``source`` to the empty database at ``url``; what was copied, per table."""
    from app.core.project import open_project
    from app.core.server import connect, parse_url, upgrade, user_tables

    source = Path(source)
    target_url, where = parse_url(url, password)
    engine = connect(target_url, where)
    try:
        with engine.connect() as conn:
            found = user_tables(conn)
        if found:
            raise ProjectError(where, f"is not empty (it has {len(found)} table{'s' * (len(found) != 1)}); "
                               "publish into a new, empty database")
        with open_project(source, read_only=True) as study:
            out = Published(str(where))
            with engine.begin() as conn:
                upgrade(conn)  # the schema a new server study gets
                with study.engine.connect() as src:
                    out.rows = copy_rows(src, conn)
                conn.execute(insert(AuditEvent.__table__), [{  # type: ignore[attr-defined]
                    "id": _new_id(), "at": now(), "reviewer_id": reviewer or study.reviewer_id or None,
                    "action": "publish", "summary": f"Published {source.name} to the server (Lectio {__version__})",
                    "details": "{}"}])
    finally:
        engine.dispose()
    return out


def copy_rows(src, dst) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Every row of every table from one study's connection to another's (a file to a server or back), ids
    kept; ``dst`` is a new, empty study inside a transaction. Nothing is logged as an operation on ``dst``:
    its ``opcontext`` row is replaced by the source's, whose ``op_id`` is empty between operations."""
    from app.core.dialect import defer_foreign_keys, is_server

    defer_foreign_keys(dst)
    dst.execute(text("DELETE FROM opcontext"))  # the source's own row comes with the copy
    rows = {}
    for name, model in TABLES.items():
        rows[name] = _copy_table(src, dst, model.__table__)  # type: ignore[attr-defined]
    dst.execute(text("UPDATE opcontext SET op_id = NULL WHERE id = 1"))
    if is_server(dst):
        _reset_sequences(dst)
    return rows


def download(project, out: Path) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A new study file ``out`` holding every row of the open study ``project`` (on a server): the way a reviewer
    copy of a team study starts. ``out`` must not exist; it is removed again if the copy fails."""
    from app.core.project import _make_engine
    from app.core.schema import create_schema

    out = Path(out)
    if out.exists():
        raise ProjectError(out, "a file with this name already exists; choose another name")
    engine = _make_engine(out)
    try:
        create_schema(engine)
        with engine.begin() as dst, project.engine.connect() as src:
            return copy_rows(src, dst)
    except BaseException:
        engine.dispose()
        out.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()


def _new_id() -> str:
    from app.core.models import new_id

    return new_id()


def _copy_table(src, dst, table) -> int:  # type: ignore[no-untyped-def]
    """Every row of ``table`` from the file to the server, in batches; how many."""
    count = 0
    result = src.execute(select(table)).mappings()
    while True:
        rows = result.fetchmany(BATCH)
        if not rows:
            break
        dst.execute(insert(table), [dict(r) for r in rows])
        count += len(rows)
    return count


def _reset_sequences(conn) -> None:  # type: ignore[no-untyped-def]
    """Each serial column's sequence continues after the highest copied id."""
    for name, model in TABLES.items():
        for col in model.__table__.columns:  # type: ignore[attr-defined]
            if not col.primary_key:
                continue
            seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": name, "c": col.name}).scalar()
            if seq:
                conn.execute(text(f'SELECT setval(:s, coalesce((SELECT max("{col.name}") FROM "{name}"), 0) + 1, '
                                  "false)"), {"s": seq})
