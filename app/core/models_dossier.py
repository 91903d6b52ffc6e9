"""Tables of the trustworthiness record: codebook snapshots, and the reasons researchers give for changes.

A snapshot is the whole codebook as JSON at a milestone (themes, categories, codes with definitions,
inclusion and exclusion criteria and exemplar quotes), so two versions can be compared even after the items
themselves were deleted. A reason belongs to one change of one item (a rename, a move, a new definition).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def _new_id() -> str:
    return str(uuid.uuid4())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class CodebookSnapshot(SQLModel, table=True):
    # Names are unique per study, checked in core rather than by an index: a merge brings in the other
    # reviewer's snapshots, and two files may each have kept a version of the same name.
    id: str = Field(default_factory=_new_id, primary_key=True)
    name: str = Field(index=True)
    at: str = Field(default_factory=_now)
    automatic: bool = False  # taken by Lectio before a merge or a consensus session
    reviewer_id: str | None = None  # who took it (not a foreign key: the record outlives the reviewer)
    data: str = "{}"  # JSON: {"themes": [...], "categories": [...], "codes": [...]}


class ChangeReason(SQLModel, table=True):
    __table_args__ = (Index("ix_change_reason_item", "item_id", "at"),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    at: str = Field(default_factory=_now)
    item_kind: str  # code | category | theme
    item_id: str
    change: str  # renamed | moved | redefined
    reason: str
    reviewer_id: str | None = None
