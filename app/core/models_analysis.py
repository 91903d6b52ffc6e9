"""Saved coding queries: a name and the expression (app.analysis.query) whose result is a set of meaning units."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SavedQuery(SQLModel, table=True):
    __table_args__ = (Index("ux_savedquery_name", "name", unique=True),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    name: str
    expression: str
    created_at: str = Field(default_factory=_now)
    updated_at: str = Field(default_factory=_now)
