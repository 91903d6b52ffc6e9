"""The rows an import will insert, gathered before anything is written, and the one transaction that
writes them (so a failure half-way leaves the project exactly as it was)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from app.core.dialect import insert as dialect_insert
from app.core.models import TABLES
from app.core.ops import Changes, Outcome, operation

if TYPE_CHECKING:
    from app.core.project import Project

# Parents before children: the order rows are inserted in.
ORDER = ("meta", "reviewer", "participant", "attribute", "document", "documentfile", "theme", "category", "code",
         "meaningunit", "coding", "annotation", "memo", "attributevalue", "turn", "refilink")
UPSERT = {"meta": "key", "refilink": "id"}  # rows that may replace a stale one of the same key


@dataclass
class Plan:
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in ORDER})
    warnings: list[str] = field(default_factory=list)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.rows[table].append(row)

    def counts(self) -> dict[str, int]:
        names = {"document": "documents", "reviewer": "reviewers", "theme": "themes", "category": "categories",
                 "code": "codes", "meaningunit": "meaning units", "coding": "codings", "annotation": "notes",
                 "memo": "memos", "participant": "participants", "attribute": "attributes",
                 "turn": "speaker turns"}
        return {names[t]: len(self.rows[t]) for t in ORDER if t in names}

    def empty(self) -> bool:
        return not any(self.rows.values())


def apply_plan(project: Project, plan: Plan, label: str) -> Outcome[None]:
    """Insert every planned row as one operation (one transaction, one audit event, one undo step)."""
    if plan.empty():
        return Outcome(label, Changes(), None, None)
    with operation(project, "import_refi", label) as op:
        for table in ORDER:
            rows = plan.rows[table]
            t = TABLES[table].__table__  # type: ignore[attr-defined]
            if table in UPSERT:  # meta only ever fills an empty value; the undo's delete reads as empty again
                key = UPSERT[table]
                if rows:
                    stmt = dialect_insert(op.session, t)
                    stmt = stmt.on_conflict_do_update(
                        index_elements=[key], set_={k: stmt.excluded[k] for k in rows[0] if k != key})
                    op.session.execute(stmt, rows)
            elif rows:
                op.session.execute(insert(t), rows)
        op.details = {"counts": plan.counts(), "warnings": len(plan.warnings)}
    return Outcome(label, Changes.for_tables({t for t in ORDER if plan.rows[t]}), None)
