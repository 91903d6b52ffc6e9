"""The change log and the undo history, kept in the study file.

Every table of ``models.TABLES`` (except the log tables) has three triggers, generated here from the models,
that append the before and after image of each row an operation inserts, updates or deletes to ``changelog``,
tagged with the operation's id (``opcontext.op_id``, set by ``ops.operation``). Foreign-key cascades fire
them too. Outside an operation (bookkeeping such as reading time) the triggers write nothing.

Undo applies the inverse images of an operation in reverse order, as a new operation (itself logged, so its
inverse is the redo). The history therefore survives a restart and works the same from the CLI and the window.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, LargeBinary, text
from sqlalchemy.types import Float

from app.core.errors import InvalidOperation

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.core.ops import Outcome
    from app.core.project import Project

# Tables that are records themselves, not data: never logged, never undone.
LOG_TABLES = frozenset({"changelog", "operationlog", "opcontext", "auditevent"})
# Bookkeeping: written outside operations (reading time, position); a cascade may remove them with a document.
BOOKKEEPING_TABLES = frozenset({"readingprogress"})
_CURRENT = "(SELECT op_id FROM opcontext WHERE id = 1)"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def logged_tables() -> dict[str, Any]:
    from app.core.models import TABLES

    return {name: model.__table__ for name, model in TABLES.items() if name not in LOG_TABLES}  # type: ignore[attr-defined]


def primary_key(table: Any) -> str:
    return next(c.name for c in table.columns if c.primary_key)


BLOB_MARK = "@blob"


def _blob_column(table: Any) -> str | None:
    return next((c.name for c in table.columns if isinstance(c.type, LargeBinary)), None)


def _image(table: Any, row: str) -> str:
    """json_object(...) of every column of the OLD or NEW row. A BLOB is kept only in before images (undo needs
    them; redo replays the undo's before images, so an after image never needs the bytes): the first BLOB
    column raw in ``changelog.blob`` (the image says "@blob"), any other as hex."""
    parts = []
    first_blob = _blob_column(table)
    for col in table.columns:
        ref = f"{row}.{_q(col.name)}"
        if isinstance(col.type, LargeBinary):
            if row != "OLD":
                ref = "NULL"
            elif col.name == first_blob:
                ref = f"CASE WHEN {ref} IS NULL THEN NULL ELSE '{BLOB_MARK}' END"
            else:
                ref = f"hex({ref})"
        elif isinstance(col.type, Float):  # json_object keeps only 15 digits of a REAL
            ref = f"CASE WHEN {ref} IS NULL THEN NULL ELSE printf('%!.17g', {ref}) END"
        parts.append(f"'{col.name}', {ref}")
    return f"json_object({', '.join(parts)})"


def trigger_ddl(name: str, table: Any) -> list[str]:
    """DROP + CREATE statements of the three change-log triggers of one table."""
    pk = _q(primary_key(table))
    blob_col = _blob_column(table)
    blob = f"OLD.{_q(blob_col)}" if blob_col else "NULL"
    out = []
    for kind, event, key, old, new, raw in (
        ("insert", "INSERT", f"NEW.{pk}", "NULL", _image(table, "NEW"), "NULL"),
        ("update", "UPDATE", f"NEW.{pk}", _image(table, "OLD"), _image(table, "NEW"), blob),
        ("delete", "DELETE", f"OLD.{pk}", _image(table, "OLD"), "NULL", blob),
    ):
        trigger = _q(f"log_{name}_{kind}")
        out.append(f"DROP TRIGGER IF EXISTS {trigger}")
        out.append(
            f"CREATE TRIGGER {trigger} AFTER {event} ON {_q(name)} WHEN {_CURRENT} IS NOT NULL BEGIN "
            f"INSERT INTO changelog (op_id, tbl, row_key, kind, old, new, blob) VALUES "
            f"({_CURRENT}, '{name}', {key}, '{kind}', {old}, {new}, {raw}); END"
        )
    return out




def install_triggers(conn: sqlite3.Connection) -> None:
    """A ``SCHEMA_EXTRAS`` step: (re)create every change-log trigger, and the
    one row of ``opcontext``. Idempotent; run on every new and migrated file."""
    conn.execute("INSERT OR IGNORE INTO opcontext (id, op_id, data_version) VALUES (1, NULL, 0)")
    for name, table in logged_tables().items():
        for statement in trigger_ddl(name, table):
            conn.execute(statement)


# -- applying images -----------------------------------------------------------------------------------
def _decode(table: Any, image: dict[str, Any], blob: bytes | None) -> dict[str, Any]:
    out = {}
    for col in table.columns:
        if col.name not in image:
            continue
        value = image[col.name]
        if value == BLOB_MARK and isinstance(col.type, LargeBinary):
            value = blob
        elif value is not None and isinstance(col.type, LargeBinary):
            value = bytes.fromhex(value)
        elif value is not None and isinstance(col.type, Float):
            value = float(value)
        elif value is not None and isinstance(col.type, Boolean):  # 0/1 in a file's image, true/false on a server
            value = bool(value)
        out[col.name] = value
    return out


def apply_inverse(conn: Connection, op_id: str) -> None:
    """Write the before image of every change of ``op_id``, newest first (foreign keys checked at commit)."""
    tables = logged_tables()
    from app.core.dialect import defer_foreign_keys

    defer_foreign_keys(conn)
    changes = conn.execute(text("SELECT tbl, row_key, kind, old, new, blob FROM changelog WHERE op_id = :op "
                                "ORDER BY id DESC"), {"op": op_id}).all()
    for tbl, key, kind, old, new, blob in changes:
        table = tables.get(tbl)
        if table is None:
            raise InvalidOperation(f"the history mentions a table this version does not know ({tbl})")
        pk = primary_key(table)
        if kind == "insert":
            conn.execute(text(f"DELETE FROM {_q(tbl)} WHERE {_q(pk)} = :k"), {"k": key})
        elif kind == "delete":
            values = _decode(table, json.loads(old), blob)
            cols = ", ".join(_q(c) for c in values)
            marks = ", ".join(f":v{i}" for i in range(len(values)))
            conn.execute(text(f"INSERT INTO {_q(tbl)} ({cols}) VALUES ({marks})"),
                         {f"v{i}": v for i, v in enumerate(values.values())})
        else:
            before, after = json.loads(old), json.loads(new)
            changed = _decode(table, {k: v for k, v in before.items() if after.get(k) != v}, blob)
            if changed:
                sets = ", ".join(f"{_q(c)} = :v{i}" for i, c in enumerate(changed))
                conn.execute(text(f"UPDATE {_q(tbl)} SET {sets} WHERE {_q(pk)} = :k"),
                             {"k": before[pk], **{f"v{i}": v for i, v in enumerate(changed.values())}})


def _keys(conn: Connection, op_id: str) -> set[tuple[str, str]]:
    return {(t, k) for t, k in conn.execute(
        text("SELECT DISTINCT tbl, row_key FROM changelog WHERE op_id = :op"), {"op": op_id}).all()}


# -- the history ----------------------------------------------------------------------------------------
HISTORY_LIMIT = 1000  # undo steps kept with their row images; older ones keep only which rows they touched


def prune(conn: Connection, limit: int | None = None) -> int:
    """Forget the row images of all but the newest ``limit`` user operations (they can no longer be undone;
    the change log still says which rows they touched, which merging needs). Returns how many were expired."""
    limit = HISTORY_LIMIT if limit is None else limit
    cut = conn.execute(text("SELECT seq FROM operationlog WHERE kind = 'do' ORDER BY seq DESC LIMIT 1 OFFSET :n"),
                       {"n": max(limit - 1, 0)}).scalar()
    if cut is None:
        return 0
    old = "SELECT id FROM operationlog WHERE seq < :cut"
    conn.execute(text(f"UPDATE changelog SET old = NULL, new = NULL, blob = NULL WHERE op_id IN ({old}) "
                      "AND (old IS NOT NULL OR new IS NOT NULL)"), {"cut": cut})
    return conn.execute(text("UPDATE operationlog SET state = 'expired' WHERE kind = 'do' AND seq < :cut "
                             "AND state IN ('done', 'undone')"), {"cut": cut}).rowcount
@dataclass(frozen=True)
class HistoryEntry:
    id: str
    seq: int
    label: str
    action: str
    reviewer_id: str | None
    at: str
    kind: str
    target: str | None
    state: str


_ENTRY = "SELECT id, seq, label, action, reviewer_id, at, kind, target, state FROM operationlog"


def _entry(conn: Connection, where: str, params: dict[str, Any], order: str) -> HistoryEntry | None:
    row = conn.execute(text(f"{_ENTRY} WHERE {where} ORDER BY seq {order} LIMIT 1"), params).first()
    return HistoryEntry(*row) if row else None


def _next_undo(conn: Connection, reviewer_id: str | None, floor: int = 0) -> HistoryEntry | None:
    where = "kind = 'do' AND state = 'done' AND seq > :floor"
    if reviewer_id:
        where += " AND reviewer_id = :r"
    return _entry(conn, where, {"r": reviewer_id, "floor": floor}, "DESC")


def _next_redo(conn: Connection, reviewer_id: str | None, floor: int = 0) -> HistoryEntry | None:
    where = "kind = 'do' AND state = 'undone' AND seq > :floor"
    if reviewer_id:
        where += " AND reviewer_id = :r"
    return _entry(conn, where, {"r": reviewer_id, "floor": floor}, "ASC")


def can_undo(project: Project, reviewer_id: str | None = None, floor: int = 0) -> HistoryEntry | None:
    """The operation ``undo`` would undo now, or None."""
    with project.engine.connect() as conn:
        return _next_undo(conn, reviewer_id, floor)


def can_redo(project: Project, reviewer_id: str | None = None, floor: int = 0) -> HistoryEntry | None:
    """The operation ``redo`` would redo now, or None."""
    with project.engine.connect() as conn:
        return _next_redo(conn, reviewer_id, floor)


def undoable_count(project: Project, floor: int = 0) -> int:
    with project.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM operationlog WHERE kind = 'do' AND state = 'done' "
                                 "AND seq > :f"), {"f": floor}).scalar_one()


def last_seq(project: Project) -> int:
    with project.engine.connect() as conn:
        return conn.execute(text("SELECT coalesce(max(seq), 0) FROM operationlog")).scalar_one()


def data_version(project: Project) -> int:
    """A counter that grows with every change an operation makes (undo and redo included): a cache token."""
    with project.engine.connect() as conn:
        return conn.execute(text("SELECT data_version FROM opcontext WHERE id = 1")).scalar() or 0


def _pick(conn: Connection, target_id: str | None, state: str, reviewer_id: str | None,
          floor: int) -> HistoryEntry | None:
    if target_id is not None:
        return _entry(conn, "id = :id AND kind = 'do' AND state = :st", {"id": target_id, "st": state}, "DESC")
    return (_next_undo if state == "done" else _next_redo)(conn, reviewer_id, floor)


def undo(project: Project, reviewer_id: str | None = None, *, floor: int = 0,
         target_id: str | None = None) -> Outcome[HistoryEntry | None]:
    """Undo the newest operation still applied (of ``reviewer_id`` when given; or the operation
    ``target_id``) as a new, logged operation.

    Refused, with the study unchanged, when a later operation still applied touched the same rows, or when
    undoing would remove rows that later work hangs on.
    """
    from app.core.ops import Changes, Outcome, current_op_id, operation

    with project.engine.connect() as conn:
        target = _pick(conn, target_id, "done", reviewer_id, floor)
    if target is None:
        return Outcome("Nothing to undo", Changes(), None)
    with operation(project, "undo", f"Undo {target.label}") as op:
        conn = op.session.connection()
        target = _pick(conn, target_id, "done", reviewer_id, floor)  # again, inside the transaction
        if target is None:
            raise InvalidOperation("nothing to undo")
        mine = _keys(conn, target.id)
        later = conn.execute(text(
            "SELECT DISTINCT c.tbl, c.row_key, o.label FROM changelog c JOIN operationlog o ON o.id = c.op_id "
            "WHERE o.kind = 'do' AND o.state = 'done' AND o.seq > :s"), {"s": target.seq}).all()
        clash = next((label for t, k, label in later if (t, k) in mine), None)
        if clash is not None:
            raise InvalidOperation(f"cannot undo {target.label!r}: the later change {clash!r} touched the same "
                                   "items; undo that first")
        op.kind, op.target, op.summary = "undo", target.id, f"Undo: {target.label}"
        op.details = {"target": target.id}
        apply_inverse(conn, target.id)
        _check_contained(conn, current_op_id(op), mine, target.label, "undo")
        conn.execute(text("UPDATE operationlog SET state = 'undone' WHERE id = :id"), {"id": target.id})
        tables = {t for t, _ in _keys(conn, current_op_id(op))}
    done = target.id
    return Outcome(f"Undo {target.label}", _changes(tables), target,
                   lambda p: redo(p, reviewer_id, target_id=done))


def redo(project: Project, reviewer_id: str | None = None, *, floor: int = 0,
         target_id: str | None = None) -> Outcome[HistoryEntry | None]:
    """Apply again the earliest operation still undone (of ``reviewer_id`` when given; or the operation
    ``target_id``), as a new operation."""
    from app.core.ops import Changes, Outcome, current_op_id, operation

    with project.engine.connect() as conn:
        target = _pick(conn, target_id, "undone", reviewer_id, floor)
    if target is None:
        return Outcome("Nothing to redo", Changes(), None)
    with operation(project, "redo", f"Redo {target.label}") as op:
        conn = op.session.connection()
        target = _pick(conn, target_id, "undone", reviewer_id, floor)
        if target is None:
            raise InvalidOperation("nothing to redo")
        undone_by = _entry(conn, "kind = 'undo' AND target = :t", {"t": target.id}, "DESC")
        if undone_by is None:
            raise InvalidOperation(f"the history of {target.label!r} is incomplete; it cannot be redone")
        op.kind, op.target, op.summary = "redo", target.id, f"Redo: {target.label}"
        op.details = {"target": target.id}
        apply_inverse(conn, undone_by.id)
        _check_contained(conn, current_op_id(op), _keys(conn, undone_by.id), target.label, "redo")
        conn.execute(text("UPDATE operationlog SET state = 'done' WHERE id = :id"), {"id": target.id})
        tables = {t for t, _ in _keys(conn, current_op_id(op))}
    done = target.id
    return Outcome(f"Redo {target.label}", _changes(tables), target,
                   lambda p: undo(p, reviewer_id, target_id=done))


def _changes(tables: set[str]) -> Any:
    """What the views must refresh; every view when a table no ``Changes`` field names was touched."""
    from app.core.ops import _TABLE_KIND, Changes

    if any(t not in _TABLE_KIND for t in tables):
        return Changes(**{k: True for k in Changes.__dataclass_fields__})
    return Changes.for_tables(tables)


def _check_contained(conn: Connection, op_id: str, allowed: set[tuple[str, str]], label: str, verb: str) -> None:
    """Undoing must not reach beyond the rows of the operation (a cascade into later work)."""
    extra = {(t, k) for t, k in _keys(conn, op_id) if (t, k) not in allowed and t not in BOOKKEEPING_TABLES}
    if extra:
        raise InvalidOperation(f"cannot {verb} {label!r}: later work depends on it")


def history(project: Project, limit: int | None = None) -> list[HistoryEntry]:
    """Every logged operation, oldest first."""
    sql = f"{_ENTRY} ORDER BY seq" + (f" DESC LIMIT {int(limit)}" if limit else "")
    with project.engine.connect() as conn:
        rows = [HistoryEntry(*r) for r in conn.execute(text(sql)).all()]
    return rows[::-1] if limit else rows
