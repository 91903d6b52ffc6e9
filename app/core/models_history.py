"""The history tables: the change log (machine), the operation log (the undo history) and the one-row
context that tells the change-log triggers which operation is writing.

The triggers themselves are generated from ``models.TABLES`` in ``app/core/history.py`` (a ``SCHEMA_EXTRAS``
step), so a table added by any feature is logged without anyone writing code for it.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel


class ChangeLog(SQLModel, table=True):
    """One row written, updated or deleted inside an operation: its before and after image as JSON objects
    of every column (REAL columns as text with 17 significant digits). The before value of a table's first
    BLOB column is kept raw in ``blob`` (the image says ``"@blob"``); further BLOB columns as hex."""

    __table_args__ = (Index("ix_changelog_op", "op_id", "id"), Index("ix_changelog_row", "tbl", "row_key"))
    id: int | None = Field(default=None, primary_key=True)  # the order the changes happened in
    op_id: str
    tbl: str
    row_key: str
    kind: str  # insert | update | delete
    old: str | None = None
    new: str | None = None
    blob: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class OperationLog(SQLModel, table=True):
    """One user operation (or an undo or redo of one) that changed at least one row.

    ``state`` of a ``do`` operation: ``done`` (applied), ``undone`` (undone and redoable), ``dropped``
    (undone, then a new operation cleared the redo chain) or ``expired`` (beyond ``history.HISTORY_LIMIT``: its
    row images are forgotten). Undo and redo rows name their ``target``.
    """

    __table_args__ = (Index("ux_operationlog_seq", "seq", unique=True),)
    id: str = Field(primary_key=True)
    seq: int
    label: str = ""
    action: str = ""
    reviewer_id: str | None = None  # not a foreign key: the history outlives deleted reviewers
    at: str = ""
    kind: str = "do"  # do | undo | redo
    target: str | None = None
    state: str = "done"  # do operations: done | undone | dropped | expired


class CurrentOp(SQLModel, table=True):
    """One row (id 1): the operation writing now (read by the change-log triggers; NULL outside one) and the
    data version, a counter bumped by every operation that changed something (a cache token)."""

    __tablename__ = "opcontext"
    id: int = Field(default=1, primary_key=True)
    op_id: str | None = None
    data_version: int = 0
