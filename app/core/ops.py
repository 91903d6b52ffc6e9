"""The shape of every user action: one operation = one transaction, one history entry, one audit event.

An operation is a plain function ``op(project, ...) -> Outcome`` whose writes run inside ``operation()``.
No operation writes its own inverse: SQLite triggers record the before and after image of every row it
touches in the change log (``app/core/history.py``), and undo and redo apply those images. Operations
nest: one called inside another joins its transaction, so a composite action is one undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import delete, insert, select, text, update
from sqlmodel import Session, SQLModel

from app.core.dialect import insert as dialect_insert
from app.core.models import TABLES, AuditEvent, new_id, now
from app.core.progress import Cancelled

if TYPE_CHECKING:
    from app.core.project import Project

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """Which kinds of thing an operation changed; views refresh only what concerns them."""

    project: bool = False
    reviewers: bool = False
    documents: bool = False
    progress: bool = False
    units: bool = False
    annotations: bool = False
    memos: bool = False
    codes: bool = False
    codings: bool = False
    categories: bool = False
    themes: bool = False
    decisions: bool = False
    participants: bool = False  # participants, attributes and their values, speaker turns (models_people)

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    @classmethod
    def for_tables(cls, tables: set[str]) -> Changes:
        kinds = {_TABLE_KIND[t] for t in tables if t in _TABLE_KIND}
        return cls(**{k: True for k in kinds})

    def kinds(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


_TABLE_KIND = {
    "meta": "project", "reviewer": "reviewers", "document": "documents", "documentfile": "documents",
    "readingprogress": "progress", "meaningunit": "units", "annotation": "annotations", "memo": "memos",
    "code": "codes", "coding": "codings", "category": "categories", "theme": "themes",
    "consensusdecision": "decisions",
    "participant": "participants", "attribute": "participants", "attributevalue": "participants",
    "turn": "participants",
}

UndoFn = Callable[["Project"], "Outcome[Any]"]


@dataclass
class Outcome(Generic[T]):
    """What an operation did: a label for the Edit menu, what kind of thing changed, and its value.

    ``undo`` is derived from the history in the file: calling it undoes the operation that produced this
    Outcome (refused if later work touched the same rows) and returns an Outcome whose ``undo`` redoes it.
    An Outcome that changed nothing has no undo. Applications use ``history.undo`` / ``redo`` instead.
    """

    label: str
    changes: Changes
    value: T = None  # type: ignore[assignment]
    undo: UndoFn | None = None

    def __post_init__(self) -> None:
        if self.undo is None and self.changes.kinds():
            from app.core import history

            cell = getattr(_THREAD, "cell", None) or [None]
            self.undo = lambda p: (history.undo(p, target_id=cell[0]) if cell[0]
                                   else Outcome("Nothing to undo", Changes()))


def audit_details(details: dict[str, Any], action: str) -> str:
    """The details as stored in ``action``'s audit event: only its allow-listed fields (``audit_fields``)."""
    from app.core.audit_fields import audit_details as allowed

    return allowed(details, action)


@dataclass
class OpContext:
    session: Session
    reviewer_id: str | None
    details: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    op_id: str = ""
    kind: str = "do"  # do | undo | redo (set by history.undo / redo)
    target: str | None = None
    nested: bool = False


_THREAD = threading.local()  # .cell: [op id] of the operation running or finished last in this thread


@dataclass
class _Group:
    op_id: str
    action: str
    label: str
    thread: int
    audit_ids: list[str] = field(default_factory=list)  # this group's audit events, dropped if it is cancelled


def _per_thread(project: Project, name: str) -> dict[int, Any]:
    """Per-project, per-thread state (an import writes from a worker thread while the window reads)."""
    found = project.__dict__.get(name)
    if found is None:
        found = project.__dict__.setdefault(name, {})
    return found


def _active(project: Project) -> OpContext | None:
    return _per_thread(project, "_active_ops").get(threading.get_ident())


def active_session(project: Project) -> Session | None:
    """The session of the operation running in this thread, if any (``Project.read_session`` joins it)."""
    op = _active(project)
    return op.session if op else None


def current_op_id(op: OpContext) -> str:
    return op.op_id


@contextmanager
def operation(project: Project, action: str, summary: str = "") -> Iterator[OpContext]:
    """Run the body in one write transaction as one operation: the change-log triggers record every row it
    touches under a new operation id, and, when something changed, one history entry and one audit event.

    Called inside another operation in the same thread, it joins that one (one transaction, one undo step):
    that is how a composite action is built from smaller ones. Inside ``operation_group`` it writes its own
    transaction under the group's operation id.
    """
    outer = _active(project)
    if outer is not None:
        inner = OpContext(outer.session, outer.reviewer_id, summary=summary, op_id=outer.op_id, nested=True)
        yield inner
        for key, value in inner.details.items():  # the outer operation's audit event tells the whole action
            if isinstance(value, list) and isinstance(outer.details.get(key), list):
                outer.details[key] = outer.details[key] + value
            else:
                outer.details.setdefault(key, value)
        return
    group = _per_thread(project, "_op_groups").get(threading.get_ident())
    with project.write_session() as session:
        op_id = group.op_id if group else new_id()
        cell: list[str | None] = [None]
        _THREAD.cell = cell
        session.execute(text("UPDATE opcontext SET op_id = :op WHERE id = 1"), {"op": op_id})
        ctx = OpContext(session, project.reviewer_id or None, summary=summary, op_id=op_id)
        active = _per_thread(project, "_active_ops")
        active[threading.get_ident()] = ctx
        try:
            yield ctx
        finally:
            active.pop(threading.get_ident(), None)
        _finish(project, ctx, action, group)
    cell[0] = op_id


def _finish(project: Project, ctx: OpContext, action: str, group: _Group | None) -> None:
    s = ctx.session
    if project.on_server and _finish_on_server(project, ctx, action, group):
        return
    changed = s.execute(text("SELECT EXISTS (SELECT 1 FROM changelog WHERE op_id = :op)"), {"op": ctx.op_id}).scalar()
    if changed:
        exists = s.execute(text("SELECT 1 FROM operationlog WHERE id = :op"), {"op": ctx.op_id}).first()
        if not exists:
            seq = s.execute(text("SELECT coalesce(max(seq), 0) + 1 FROM operationlog")).scalar_one()
            label = group.label if group else (ctx.summary or action)
            s.execute(text("INSERT INTO operationlog (id, seq, label, action, reviewer_id, at, kind, target, state) "
                           "VALUES (:id, :seq, :label, :action, :r, :at, :kind, :target, 'done')"),
                      {"id": ctx.op_id, "seq": seq, "label": label, "action": group.action if group else action,
                       "r": ctx.reviewer_id, "at": now(), "kind": ctx.kind, "target": ctx.target})
            if ctx.kind == "do":  # a new action clears the redo chain
                # on a team server each reviewer's redo chain is their own (their undo undoes only their work)
                from app.core.dialect import is_server

                own = " AND reviewer_id = :r" if is_server(s) and ctx.reviewer_id else ""
                s.execute(text("UPDATE operationlog SET state = 'dropped' WHERE kind = 'do' AND state = 'undone'"
                               + own), {"r": ctx.reviewer_id})
                if seq % 50 == 0:
                    from app.core.history import prune

                    prune(s.connection())
        s.execute(text("UPDATE opcontext SET data_version = data_version + 1 WHERE id = 1"))
    s.execute(text("UPDATE opcontext SET op_id = NULL WHERE id = 1"))
    event = AuditEvent(reviewer_id=ctx.reviewer_id, action=action, summary=ctx.summary,
                       details=audit_details(ctx.details, action))
    s.add(event)
    if group is not None:
        group.audit_ids.append(event.id)


def _finish_on_server(project: Project, ctx: OpContext, action: str, group: _Group | None) -> bool:
    """``_finish`` and the commit in one round trip (``server_finish``); False when the server lacks the function."""
    from app.core import server_finish

    if not server_finish.available(project, ctx.session):
        return False
    audit_id = new_id()
    server_finish.finish_and_commit(
        ctx.session, op_id=ctx.op_id, label=group.label if group else (ctx.summary or action),
        action=group.action if group else action, reviewer_id=ctx.reviewer_id, at=now(), kind=ctx.kind,
        target=ctx.target, audit_id=audit_id, audit_action=action, summary=ctx.summary,
        details=audit_details(ctx.details, action))
    if group is not None:
        group.audit_ids.append(audit_id)
    return True


@contextmanager
def operation_group(project: Project, action: str, label: str) -> Iterator[_Group]:
    """Several transactions as one operation (one undo step): an import writes one transaction per document,
    so a killed import holds whole documents only, yet undoing it removes them all. Set ``.label`` on the
    yielded group to name the step once it is known."""
    group = _Group(new_id(), action, label, threading.get_ident())
    groups = _per_thread(project, "_op_groups")
    groups[group.thread] = group
    try:
        yield group
    except Cancelled:
        groups.pop(group.thread, None)
        _discard(project, group)
        raise
    finally:
        groups.pop(group.thread, None)
        if group.label != label and _group_logged(project, group.op_id):  # nothing written: nothing to name
            with project.write_session() as s:
                s.execute(text("UPDATE operationlog SET label = :l WHERE id = :id"),
                          {"l": group.label, "id": group.op_id})


def _discard(project: Project, group: _Group) -> None:
    """A cancelled group leaves the study as before: its committed transactions are reverted, and their
    history entry, change log and audit events removed (one transaction, itself not logged)."""
    from app.core.history import apply_inverse

    with project.write_session() as s:
        conn = s.connection()
        apply_inverse(conn, group.op_id)
        conn.execute(text("DELETE FROM changelog WHERE op_id = :op"), {"op": group.op_id})
        conn.execute(text("DELETE FROM operationlog WHERE id = :op"), {"op": group.op_id})
        conn.execute(delete(AuditEvent.__table__).where(  # type: ignore[attr-defined]
            AuditEvent.__table__.c.id.in_(group.audit_ids)))  # type: ignore[attr-defined]


def _group_logged(project: Project, op_id: str) -> bool:
    with project.read_session() as s:
        return s.execute(text("SELECT 1 FROM operationlog WHERE id = :id"), {"id": op_id}).first() is not None


@contextmanager
def bookkeeping(project: Project) -> Iterator[Session]:
    """A write that is neither undone nor audited (reading time, position, window settings). Inside an
    operation it joins it."""
    outer = _active(project)
    if outer is not None:
        yield outer.session
        return
    _THREAD.cell = [None]  # an Outcome made after this has nothing to undo
    with project.write_session() as session:
        yield session


# -- row snapshots ------------------------------------------------------------------------------------
RowKey = tuple[str, str]  # (table name, id)
Row = tuple[str, dict[str, Any]]  # (table name, full column values)


def _pk(table: str) -> str:
    t = TABLES[table].__table__  # type: ignore[attr-defined]
    return next(c.name for c in t.columns if c.primary_key)


def _row_dict(session: Session, table: str, key: str) -> dict[str, Any] | None:
    model = TABLES[table]
    t = model.__table__  # type: ignore[attr-defined]
    row = session.execute(select(t).where(t.c[_pk(table)] == key)).mappings().first()
    return dict(row) if row else None


def _dependents(session: Session, table: str, ids: list[str]) -> list[tuple[str, str, str]]:
    """Rows that point at ``table``'s ``ids``: (child table, child id, 'CASCADE' | 'SET NULL')."""
    found: list[tuple[str, str, str]] = []
    for child_name, child in TABLES.items():
        ct = child.__table__  # type: ignore[attr-defined]
        for fk in ct.foreign_keys:
            if fk.column.table.name != table:
                continue
            rows = session.execute(select(ct.c[_pk(child_name)]).where(fk.parent.in_(ids))).scalars()
            found += [(child_name, rid, fk.ondelete or "NO ACTION") for rid in rows]
    if table in {"document", "code", "category", "theme"}:
        memo = TABLES["memo"].__table__  # type: ignore[attr-defined]
        rows = session.execute(
            select(memo.c.id).where(memo.c.target_kind == table, memo.c.target_id.in_(ids))
        ).scalars()
        found += [("memo", rid, "CASCADE") for rid in rows]
    return found


def snapshot_for_delete(session: Session, keys: list[RowKey]) -> list[Row]:
    """Every row that deleting ``keys`` removes or changes, parents before children."""
    rows: list[Row] = []
    seen: set[RowKey] = set()
    queue: list[tuple[RowKey, bool]] = [(k, True) for k in keys]
    while queue:
        (table, rid), cascades = queue.pop(0)
        if (table, rid) in seen:
            continue
        seen.add((table, rid))
        values = _row_dict(session, table, rid)
        if values is None:
            continue
        rows.append((table, values))
        if not cascades:
            continue
        for child, cid, action in _dependents(session, table, [rid]):
            queue.append(((child, cid), action == "CASCADE"))
    return rows


def delete_keys(session: Session, keys: list[RowKey]) -> None:
    """Delete rows by key; foreign keys cascade, and memos on a deleted item go with it."""
    memo = TABLES["memo"].__table__  # type: ignore[attr-defined]
    for table, rid in keys:
        t = TABLES[table].__table__  # type: ignore[attr-defined]
        if table in {"document", "code", "category", "theme"}:
            session.execute(delete(memo).where(memo.c.target_kind == table, memo.c.target_id == rid))
        session.execute(delete(t).where(t.c[_pk(table)] == rid))


def upsert_rows(session: Session, rows: list[Row]) -> None:
    for table, values in rows:
        t = TABLES[table].__table__  # type: ignore[attr-defined]
        pk = _pk(table)
        stmt = dialect_insert(session, t).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[pk], set_={k: v for k, v in values.items() if k != pk})
        session.execute(stmt)


def delete_rows(project: Project, keys: list[RowKey], label: str, *, action: str = "delete") -> Outcome[None]:
    """Delete rows (and their dependents, through the foreign keys) in one operation."""
    with operation(project, action, label) as op:
        delete_keys(op.session, keys)
        op.details = {"deleted": [list(k) for k in keys]}
    return Outcome(label, Changes.for_tables({t for t, _ in keys} | _cascade_tables(keys)), None)


def _cascade_tables(keys: list[RowKey]) -> set[str]:
    """Tables a delete of ``keys`` may reach through foreign keys (for the views to refresh)."""
    out: set[str] = set()
    todo = [t for t, _ in keys]
    while todo:
        table = todo.pop()
        for child_name, child in TABLES.items():
            ct = child.__table__  # type: ignore[attr-defined]
            if child_name not in out and any(fk.column.table.name == table for fk in ct.foreign_keys):
                out.add(child_name)
                todo.append(child_name)
    if any(t in {"document", "code", "category", "theme"} for t, _ in keys):
        out.add("memo")
    return out


def restore_rows(
    project: Project, rows: list[Row], keys: list[RowKey], label: str, redo: UndoFn | None = None
) -> Outcome[None]:
    """Put rows back as they were (insert, or overwrite what is there) in one operation. ``keys`` and
    ``redo`` are kept for callers of the old signature; undo comes from the history."""
    with operation(project, "restore", f"Restore: {label}") as op:
        upsert_rows(op.session, rows)
        op.details = {"restored": [list(k) for k in keys]}
    return Outcome(label, Changes.for_tables({t for t, _ in rows}), None)


def insert_rows(project: Project, rows: list[Row], label: str, *, action: str = "create") -> Outcome[None]:
    """Insert new rows in one operation."""
    with operation(project, action, label) as op:
        for table, values in rows:
            op.session.execute(insert(TABLES[table].__table__).values(**values))  # type: ignore[attr-defined]
        op.details = {"created": [[t, v.get(_pk(t))] for t, v in rows]}
    return Outcome(label, Changes.for_tables({t for t, _ in rows}), None)


def update_fields(
    project: Project, table: str, row_id: str, values: dict[str, Any], label: str, *, action: str = "update"
) -> Outcome[dict[str, Any]]:
    """Change some columns of one row in one operation (the row must exist)."""
    t = TABLES[table].__table__  # type: ignore[attr-defined]
    with operation(project, action, label) as op:
        # the update's row count says whether the row exists (one statement less on a server, where each is a
        # round trip made while the operation holds the lock that serialises everyone's operations)
        found = (op.session.execute(update(t).where(t.c[_pk(table)] == row_id).values(**values)).rowcount
                 if values else _row_dict(op.session, table, row_id) is not None)
        if not found:
            from app.core.errors import NotFound

            raise NotFound(f"{table} {row_id} is not in the project")
        op.details = {"table": table, "id": row_id}
    return Outcome(label, Changes.for_tables({table}), values)


def row_values(model: SQLModel) -> Row:
    """A model instance as a row for ``insert_rows``."""
    return (model.__tablename__, model.model_dump())  # type: ignore[attr-defined]
