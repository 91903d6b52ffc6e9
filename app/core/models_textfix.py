"""Tables of text correction: a document's earlier text versions, and the meaning units an edit touched.

A correction keeps the previous text (the original file's bytes stay in ``documentfile`` untouched), so what
changed, when and by whom can be shown and the text read as it was. A unit whose words an edit changed (or
deleted) waits in ``unitreview`` with its words before and after until a reviewer has looked at it.
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


class TextVersion(SQLModel, table=True):
    __table_args__ = (Index("ix_textversion_document", "document_id", "at"),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", ondelete="CASCADE")
    at: str = Field(default_factory=_now)
    reviewer_id: str | None = None  # who corrected it (not a foreign key: the record outlives the reviewer)
    summary: str = ""  # "corrected 4 places"
    places: int = 0
    text: str = ""  # the text as it was BEFORE this correction


class UnitReview(SQLModel, table=True):
    __table_args__ = (Index("ix_unitreview_document", "document_id"),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    unit_id: str = Field(foreign_key="meaningunit.id", index=True, ondelete="CASCADE")
    document_id: str = Field(foreign_key="document.id", ondelete="CASCADE")
    status: str = "changed"  # changed | deleted (its words are gone: an empty span to resolve)
    old_text: str = ""  # the unit's words before the first correction that touched it
    new_text: str = ""
    at: str = Field(default_factory=_now)
    reviewed: bool = False
