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
                conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
                conn.execute(text("DELETE FROM opcontext"))  # the file's own row comes with the copy
                with study.engine.connect() as src:
                    for name, model in TABLES.items():
                        out.rows[name] = _copy_table(src, conn, model.__table__)  # type: ignore[attr-defined]
                _reset_sequences(conn)
                conn.execute(text("UPDATE opcontext SET op_id = NULL WHERE id = 1"))
                conn.execute(insert(AuditEvent.__table__), [{  # type: ignore[attr-defined]
                    "id": _new_id(), "at": now(), "reviewer_id": reviewer or study.reviewer_id or None,
                    "action": "publish", "summary": f"Published {source.name} to the server (Lectio {__version__})",
                    "details": "{}"}])
    finally:
        engine.dispose()
    return out


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
