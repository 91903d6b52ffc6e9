"""Memos: free notes on the project, a document (including pass-1 "first impressions"), a code, a
category or a theme. One memo per target, kind and reviewer; writing an empty memo deletes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.errors import InvalidOperation
from app.core.models import Memo, now
from app.core.ops import Changes, Outcome, delete_rows, insert_rows, operation, row_values, update_fields

if TYPE_CHECKING:
    from app.core.project import Project

TARGET_KINDS = ("project", "document", "code", "category", "theme")


def _find(project: Project, target_kind: str, target_id: str, kind: str, reviewer_id: str | None) -> Memo | None:
    with project.read_session() as s:
        stmt = select(Memo).where(Memo.target_kind == target_kind, Memo.target_id == target_id, Memo.kind == kind)
        if kind == "first_impressions":
            stmt = stmt.where(Memo.reviewer_id == reviewer_id)
        return s.exec(stmt).first()


def get_memo(project: Project, target_kind: str, target_id: str = "", *, kind: str = "memo",
             reviewer_id: str | None = None) -> str:
    memo = _find(project, target_kind, target_id, kind, reviewer_id or project.reviewer_id)
    return memo.text if memo else ""


def set_memo(project: Project, target_kind: str, target_id: str = "", text: str = "", *, kind: str = "memo",
             reviewer_id: str | None = None) -> Outcome[None]:
    if target_kind not in TARGET_KINDS:
        raise InvalidOperation(f"a memo cannot be attached to {target_kind!r}")
    rid = reviewer_id or project.reviewer_id or None
    label = "Edit first impressions" if kind == "first_impressions" else "Edit memo"
    with operation(project, "memo", label):
        memo = _find(project, target_kind, target_id, kind, rid)
        if memo is None:
            if not text.strip():
                return Outcome(label, Changes())
            row = Memo(target_kind=target_kind, target_id=target_id, kind=kind, reviewer_id=rid, text=text)
            return insert_rows(project, [row_values(row)], label, action="memo")
        if not text.strip():
            return delete_rows(project, [("memo", memo.id)], label, action="memo")
        outcome = update_fields(project, "memo", memo.id, {"text": text, "updated_at": now()}, label,
                                action="memo")
    return Outcome(label, outcome.changes, None)


def list_memos(project: Project) -> list[Memo]:
    with project.read_session() as s:
        return list(s.exec(select(Memo).order_by(Memo.target_kind, Memo.updated_at)))
