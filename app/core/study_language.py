"""The study's language: the language its export documents are written in (Word/xlsx headings, methods
paragraphs, numbers and dates), which may differ from the window's. Kept in the ``meta`` table as
``study_language``; unset, exports follow the window's (or the system's) language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import i18n
from app.core.errors import InvalidOperation
from app.core.ops import Outcome
from app.core.study import _write_meta

if TYPE_CHECKING:
    from app.core.project import Project

META_KEY = "study_language"


def study_language(project: Project) -> str:
    """The language set for the study's documents ("" when none is set)."""
    return project.meta(META_KEY, "")


def export_language(project: Project) -> str:
    """The language the study's documents are written in: the study's, else the current one."""
    return i18n.normalise(study_language(project)) or i18n.current_language()


def set_study_language(project: Project, code: str | None) -> Outcome[dict[str, str]]:
    """Set (or with None/"" clear) the study's language, as one undoable operation."""
    value: str | None = None
    if code:
        try:
            value = i18n.check_language(code)
        except ValueError as exc:
            raise InvalidOperation(f"{project.path.name}: {exc}") from None
    return _write_meta(project, {META_KEY: value}, "Study language")
