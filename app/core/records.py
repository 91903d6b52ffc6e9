"""What the window receives from core's read functions: frozen plain dataclasses, never ORM rows.

Each record mirrors one table's columns with the same attribute names the UI already uses (``code.name``,
``doc.text``, ``reviewer.colour``…), so the UI needs no session, cannot write a row by accident and cannot
trip over a detached instance. ``tests/core/test_records.py`` checks that each record has exactly its
table's columns, so a new column must be added here too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.models import Category, Code, Document, Reviewer, Theme


@dataclass(frozen=True)
class ReviewerRecord:
    id: str
    name: str
    initials: str
    colour: str
    is_consensus: bool
    created_at: str


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    name: str
    kind: str
    text: str
    text_sha256: str
    page_starts: str
    metadata_json: str
    original_name: str
    sha256: str
    position: int
    imported_at: str
    participant_id: str | None


@dataclass(frozen=True)
class ThemeRecord:
    id: str
    name: str
    description: str
    position: int
    x: float
    y: float


@dataclass(frozen=True)
class CategoryRecord:
    id: str
    name: str
    description: str
    theme_id: str | None
    parent_id: str | None
    colour: str
    position: int
    x: float
    y: float


@dataclass(frozen=True)
class CodeRecord:
    id: str
    name: str
    definition: str
    inclusion: str
    exclusion: str
    colour: str
    category_id: str | None
    exemplar_unit_id: str | None
    position: int
    x: float
    y: float
    version: int  # the edit token a second writer is checked against (app/core/concurrency.py)


RECORD_OF: dict[type, type] = {Reviewer: ReviewerRecord, Document: DocumentRecord, Theme: ThemeRecord,
                               Category: CategoryRecord, Code: CodeRecord}


def record(row: Any) -> Any:
    """The frozen record of one ORM row (of a table listed in ``RECORD_OF``)."""
    cls = RECORD_OF[type(row)]
    return cls(**{f.name: getattr(row, f.name) for f in dataclasses.fields(cls)})


def records(rows: Iterable[Any]) -> list[Any]:
    return [record(r) for r in rows]
