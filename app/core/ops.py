"""The shape of every user action: one transaction, one audit event, what changed, and its inverse.

An operation is a plain function ``op(project, ...) -> Outcome``. ``Outcome.undo`` is another operation
(already bound to its arguments) that reverses it and itself returns an Outcome whose ``undo`` redoes the
change — so a QUndoCommand only has to swap the two. Deletes snapshot every row they remove or touch
(found through the foreign keys), so their undo puts back exactly what was there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel

from app.core.models import TABLES, AuditEvent

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
    label: str
    changes: Changes
    value: T = None  # type: ignore[assignment]
    undo: UndoFn | None = None


@dataclass
class OpContext:
    session: Session
    reviewer_id: str | None
    details: dict[str, Any] = field(default_factory=dict)
    summary: str = ""


@contextmanager
def operation(project: Project, action: str, summary: str = "") -> Iterator[OpContext]:
    """Run the body in one write transaction and record one audit event for it."""
    with project.write_session() as session:
        ctx = OpContext(session, project.reviewer_id or None, summary=summary)
        yield ctx
        session.add(
            AuditEvent(
                reviewer_id=ctx.reviewer_id, action=action, summary=ctx.summary,
                details=json.dumps(ctx.details, ensure_ascii=False, default=str),
            )
        )


# -- row snapshots ------------------------------------------------------------------------------------
RowKey = tuple[str, str]  # (table name, id)
Row = tuple[str, dict[str, Any]]  # (table name, full column values)


def _pk(table: str) -> str:
    return "document_id" if table == "documentfile" else ("key" if table == "meta" else "id")


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
        stmt = sqlite_insert(t).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=[pk], set_={k: v for k, v in values.items() if k != pk})
        session.execute(stmt)
        if table == "document":
            from app.core.search import index_document

            index_document(session, values["id"], values["text"])


def delete_rows(project: Project, keys: list[RowKey], label: str, *, action: str = "delete") -> Outcome[None]:
    """Delete rows (and their dependents); the undo restores every row exactly."""
    with operation(project, action, label) as op:
        rows = snapshot_for_delete(op.session, keys)
        if any(t == "document" for t, _ in keys):
            from app.core.search import unindex_document

            for t, rid in keys:
                if t == "document":
                    unindex_document(op.session, rid)
        delete_keys(op.session, keys)
        op.details = {"deleted": [list(k) for k in keys], "rows": len(rows)}
    tables = {t for t, _ in rows}
    return Outcome(label, Changes.for_tables(tables), None, lambda p: restore_rows(p, rows, keys, label))


def restore_rows(
    project: Project, rows: list[Row], keys: list[RowKey], label: str, redo: UndoFn | None = None
) -> Outcome[None]:
    """Put back rows removed by ``delete_rows`` (or changed by a merge); the undo deletes them again, or
    runs ``redo`` when the original change was more than a delete."""
    with operation(project, "restore", f"Restore: {label}") as op:
        upsert_rows(op.session, rows)
        op.details = {"restored": [list(k) for k in keys], "rows": len(rows)}
    tables = {t for t, _ in rows}
    return Outcome(label, Changes.for_tables(tables), None, redo or (lambda p: delete_rows(p, keys, label)))


def insert_rows(project: Project, rows: list[Row], label: str, *, action: str = "create") -> Outcome[None]:
    """Insert new rows in one transaction; the undo deletes them."""
    with operation(project, action, label) as op:
        for table, values in rows:
            op.session.execute(insert(TABLES[table].__table__).values(**values))  # type: ignore[attr-defined]
        op.details = {"created": [[t, v.get("id")] for t, v in rows]}
    keys = [(t, v[_pk(t)]) for t, v in rows]
    return Outcome(label, Changes.for_tables({t for t, _ in rows}), None, lambda p: delete_rows(p, keys, label))


def update_fields(
    project: Project, table: str, row_id: str, values: dict[str, Any], label: str, *, action: str = "update"
) -> Outcome[dict[str, Any]]:
    """Change some columns of one row; the undo sets the old values back."""
    t = TABLES[table].__table__  # type: ignore[attr-defined]
    with operation(project, action, label) as op:
        old = _row_dict(op.session, table, row_id)
        if old is None:
            from app.core.errors import NotFound

            raise NotFound(f"{table} {row_id} is not in the project")
        before = {k: old[k] for k in values}
        op.session.execute(update(t).where(t.c[_pk(table)] == row_id).values(**values))
        op.details = {"table": table, "id": row_id, "before": before, "after": values}
    return Outcome(
        label, Changes.for_tables({table}), values,
        lambda p: update_fields(p, table, row_id, before, label, action=action),
    )


def row_values(model: SQLModel) -> Row:
    """A model instance as a row for ``insert_rows``."""
    return (model.__tablename__, model.model_dump())  # type: ignore[attr-defined]
