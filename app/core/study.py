"""The study's own facts: its title and research question (File › Study properties…, ``lectio set``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete

from app.core.dialect import insert as dialect_insert
from app.core.errors import InvalidOperation
from app.core.models import Meta
from app.core.ops import Changes, Outcome, operation

if TYPE_CHECKING:
    from app.core.project import Project

EDITABLE = {"title": "title", "research_question": "research question"}


def study_properties(project: Project) -> dict[str, str]:
    return {"title": project.title, "research_question": project.meta("research_question")}


def set_study_properties(
    project: Project, *, title: str | None = None, research_question: str | None = None
) -> Outcome[dict[str, str]]:
    """Change the title and/or the research question in one undoable operation (None leaves one as it is)."""
    wanted: dict[str, str] = {}
    if title is not None:
        title = " ".join(title.split())
        if not title:
            raise InvalidOperation(f"{project.path.name}: a study needs a title")
        wanted["title"] = title
    if research_question is not None:
        wanted["research_question"] = research_question.strip()
    return _write_meta(project, wanted, "Study properties")


def _write_meta(project: Project, values: dict[str, str | None], label: str) -> Outcome[dict[str, str]]:
    """Set meta rows (None deletes one); the undo writes the old values back."""
    with operation(project, "update", label) as op:
        before: dict[str, str | None] = {}
        for key, value in values.items():
            row = op.session.get(Meta, key)
            before[key] = row.value if row else None
            if value is None:
                op.session.execute(delete(Meta).where(Meta.key == key))  # type: ignore[arg-type]
            else:
                stmt = dialect_insert(op.session, Meta).values(key=key, value=value)
                op.session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
        op.details = {"table": "meta", "before": before, "after": values}
        changed = [EDITABLE.get(k, k) for k in values if before[k] != values[k]]
        op.summary = f"{label}: " + (", ".join(changed) if changed else "nothing changed")
    return Outcome(label, Changes(project=True), {k: v or "" for k, v in values.items()},
                   lambda p: _write_meta(p, before, label))
