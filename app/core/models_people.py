"""The people of an interview study: participants (REFI-QDA "cases"), their typed attributes, and the speaker
turns of transcripts.

A turn is a span of a document's text (``start``..``end``, code points, end exclusive, like every offset) spoken
by one speaker label as the transcript wrote it; ``participant_id`` maps that label to a participant (two labels
may map to the same person). A whole document may also belong to one participant (``Document.participant_id``).
A meaning unit's participant is the participant of the turn where the unit starts, else the document's.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


def _new_id() -> str:
    import uuid

    return str(uuid.uuid4())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Participant(SQLModel, table=True):
    __table_args__ = (Index("ux_participant_name", "name", unique=True),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    name: str
    role: str = "participant"  # participant | interviewer
    position: int = 0
    created_at: str = Field(default_factory=_now)


class Attribute(SQLModel, table=True):
    """A variable every participant may have a value for (REFI-QDA ``<Variable>``)."""

    __table_args__ = (Index("ux_attribute_name", "name", unique=True),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    name: str
    type: str = "text"  # text | number | date | choice
    choices: str = "[]"  # JSON list of the allowed values when type == "choice"
    position: int = 0


class AttributeValue(SQLModel, table=True):
    __table_args__ = (Index("ux_attribute_value", "participant_id", "attribute_id", unique=True),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    participant_id: str = Field(foreign_key="participant.id", index=True, ondelete="CASCADE")
    attribute_id: str = Field(foreign_key="attribute.id", index=True, ondelete="CASCADE")
    value: str = ""  # numbers as written, dates as ISO 8601 (YYYY-MM-DD)


class Turn(SQLModel, table=True):
    __table_args__ = (Index("ix_turn_document_start", "document_id", "start"),)
    id: str = Field(default_factory=_new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", ondelete="CASCADE")
    start: int
    end: int
    speaker: str = ""  # the label as the transcript wrote it
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True, ondelete="SET NULL")
    seconds: float | None = None  # the turn's start time in the recording, when the transcript gives one
