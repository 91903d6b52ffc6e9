"""The tables of a .lectio project file.

Primary keys are UUID strings so that two reviewers' files merge without clashes. Offsets into a
document's text are Python ``str`` indices (code points), end exclusive.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC timestamp in ISO 8601, stored as text so the file stays readable by any SQLite tool."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Meta(SQLModel, table=True):
    """Key/value facts about the project: title, research question, creating version."""

    key: str = Field(primary_key=True)
    value: str = ""


class Reviewer(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    initials: str = ""
    colour: str = "#1f77b4"
    is_consensus: bool = False
    created_at: str = Field(default_factory=now)


class Document(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str = Field(index=True)
    kind: str
    text: str
    text_sha256: str = Field(index=True)
    page_starts: str = "[0]"  # JSON list of offsets
    metadata_json: str = "{}"
    original_name: str = ""
    sha256: str = Field(index=True)  # of the original file's bytes
    position: int = 0
    imported_at: str = Field(default_factory=now)
    # the participant a whole document belongs to (a written answer, one interview per file); models_people
    participant_id: str | None = Field(default=None, foreign_key="participant.id", index=True, ondelete="SET NULL")


class DocumentFile(SQLModel, table=True):
    """The original bytes of an imported file, kept apart so listing documents never loads them."""

    document_id: str = Field(foreign_key="document.id", primary_key=True, ondelete="CASCADE")
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ReadingProgress(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("document_id", "reviewer_id", "pass_no"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    reviewer_id: str = Field(foreign_key="reviewer.id", ondelete="CASCADE")
    pass_no: int
    status: str = "not_started"  # not_started | in_progress | done
    position: int = 0
    seconds_spent: float = 0.0
    updated_at: str = Field(default_factory=now)


class MeaningUnit(SQLModel, table=True):
    __table_args__ = (Index("ix_unit_document_reviewer", "document_id", "reviewer_id", "start"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", ondelete="CASCADE")
    reviewer_id: str = Field(foreign_key="reviewer.id", index=True, ondelete="CASCADE")
    start: int
    end: int
    text: str
    condensed: str = ""
    created_at: str = Field(default_factory=now)


class Annotation(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(foreign_key="meaningunit.id", index=True, ondelete="CASCADE")
    reviewer_id: str = Field(foreign_key="reviewer.id", ondelete="CASCADE")
    text: str
    created_at: str = Field(default_factory=now)
    updated_at: str = Field(default_factory=now)


class Memo(SQLModel, table=True):
    """Free notes on the project (target_id empty), a document, a code, a category or a theme."""

    __table_args__ = (Index("ix_memo_target", "target_kind", "target_id"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    target_kind: str  # project | document | code | category | theme
    target_id: str = ""
    kind: str = "memo"  # memo | first_impressions | note (a titled, dated entry; several per target)
    reviewer_id: str | None = Field(default=None, foreign_key="reviewer.id", ondelete="SET NULL")
    text: str = ""
    updated_at: str = Field(default_factory=now)
    title: str = ""  # a note's name (REFI-QDA <Note name>, e.g. a QualCoder journal entry's title)


class Theme(SQLModel, table=True):
    # names unique ignoring case (app/core/names.py): themes in the study, categories per theme and parent,
    # codes per category
    __table_args__ = (Index("ux_theme_name", text("lower(name)"), unique=True),)
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    description: str = ""
    position: int = 0
    x: float = 0.0
    y: float = 0.0


class Category(SQLModel, table=True):
    __table_args__ = (Index("ux_category_name", text("coalesce(theme_id, '')"), text("coalesce(parent_id, '')"),
                            text("lower(name)"), unique=True),)
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    description: str = ""
    theme_id: str | None = Field(default=None, foreign_key="theme.id", index=True, ondelete="SET NULL")
    parent_id: str | None = Field(default=None, foreign_key="category.id", ondelete="SET NULL")
    colour: str = ""
    position: int = 0
    x: float = 0.0
    y: float = 0.0


class Code(SQLModel, table=True):
    __table_args__ = (Index("ux_code_name", text("coalesce(category_id, '')"), text("lower(name)"), unique=True),)
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    colour: str = "#888888"
    category_id: str | None = Field(default=None, foreign_key="category.id", index=True, ondelete="SET NULL")
    exemplar_unit_id: str | None = Field(default=None, foreign_key="meaningunit.id", ondelete="SET NULL")
    position: int = 0
    x: float = 0.0
    y: float = 0.0
    # a new token on every edit of its content: optimistic concurrency (app/core/concurrency.py); a server default
    # too, so rows written past core (other tools, older copies) still fit
    version: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class Coding(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("unit_id", "code_id"),)
    id: str = Field(default_factory=new_id, primary_key=True)
    unit_id: str = Field(foreign_key="meaningunit.id", index=True, ondelete="CASCADE")
    code_id: str = Field(foreign_key="code.id", index=True, ondelete="CASCADE")
    reviewer_id: str = Field(foreign_key="reviewer.id", ondelete="CASCADE")
    created_at: str = Field(default_factory=now)


class ConsensusDecision(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    document_id: str = Field(foreign_key="document.id", index=True, ondelete="CASCADE")
    units_a: str = "[]"  # JSON list of unit ids of reviewer A
    units_b: str = "[]"
    outcome: str  # accept_a | accept_b | merge | reject | edit | agreed (identical units adopted)
    consensus_unit_id: str | None = Field(default=None, foreign_key="meaningunit.id", ondelete="SET NULL")
    note: str = ""
    decided_by: str | None = Field(default=None, foreign_key="reviewer.id", ondelete="SET NULL")
    decided_at: str = Field(default_factory=now)


class AuditEvent(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    at: str = Field(default_factory=now, index=True)
    reviewer_id: str | None = None  # not a foreign key: the trail outlives deleted reviewers
    action: str
    summary: str = ""
    details: str = "{}"


from app.core.models_analysis import SavedQuery  # noqa: E402
from app.core.models_dossier import ChangeReason, CodebookSnapshot  # noqa: E402
from app.core.models_history import ChangeLog, CurrentOp, OperationLog  # noqa: E402
from app.core.models_people import Attribute, AttributeValue, Participant, Turn  # noqa: E402
from app.core.models_refi import RefiLink  # noqa: E402
from app.core.models_textfix import TextVersion, UnitReview  # noqa: E402

# Every table, parents before children. A feature's own tables live in its own models_*.py and are listed here.
TABLES: dict[str, type[SQLModel]] = {
    cls.__tablename__: cls  # type: ignore[misc]
    for cls in (
        Meta, Reviewer, Participant, Attribute, Document, DocumentFile, ReadingProgress, MeaningUnit, Annotation,
        Memo, Theme, Category, Code, Coding, ConsensusDecision, AuditEvent, AttributeValue, Turn, ChangeLog,
        OperationLog, CurrentOp, CodebookSnapshot, ChangeReason, TextVersion, UnitReview, SavedQuery,
        RefiLink,  # app/core/models_refi.py (REFI-QDA GUIDs seen)
    )
}
