"""The audit trail as a reader sees it: who did what, when, in words (what a methods section cites).

Written by ``ops.operation`` (one event per user action, undo and redo included; never for bookkeeping such
as reading time), read here with reviewers' names instead of ids.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from app.core.dialect import insertion_order

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class AuditEntry:
    at: str
    reviewer: str  # the reviewer's name ("" when the event had none; the id when the reviewer is gone)
    action: str
    summary: str
    details: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        who = self.reviewer or "—"
        return f"{self.at}  {who}: {self.summary or self.action}"


def audit_trail(project: Project, limit: int | None = None) -> list[AuditEntry]:
    """Every audit event in the order it was written (the newest ``limit`` when given)."""
    sql = ("SELECT e.at, e.reviewer_id, r.name, e.action, e.summary, e.details FROM auditevent e "
           "LEFT JOIN reviewer r ON r.id = e.reviewer_id ORDER BY ")
    with project.engine.connect() as conn:
        rows = conn.execute(text(sql + insertion_order(conn, "e"))).all()
    if limit is not None:
        rows = rows[-limit:] if limit > 0 else []
    out = []
    for at, rid, name, action, summary, details in rows:
        try:
            data = json.loads(details or "{}")
        except ValueError:
            data = {}
        out.append(AuditEntry(at, name or rid or "", action, summary, data if isinstance(data, dict) else {}))
    return out
