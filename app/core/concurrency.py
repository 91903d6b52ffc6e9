"""Optimistic concurrency for several people editing one study at once (a team server, issue 22).

A code carries a ``version``: a fresh token written by every edit of its content (name, definition, criteria,
colour, exemplar; not its place on the sorting table). An editor remembers the version it showed and passes it
back with the edit; if someone saved in between, the edit is refused with both versions in words, and nothing
is overwritten. A random token rather than a counter, because undo puts the before image back (version
included): a counter would then hand out the same number twice for different contents.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import text

from app.core.errors import InvalidOperation

VERSIONED_FIELDS = frozenset({"name", "definition", "inclusion", "exclusion", "colour", "exemplar_unit_id"})


class EditConflict(InvalidOperation):
    """Someone else changed the item after the editor showed it; ``theirs`` and ``yours`` are the differing
    fields (the item's current values and the refused edit)."""

    def __init__(self, message: str, *, kind: str, item_id: str, name: str, theirs: dict[str, Any],
                 yours: dict[str, Any], version: int, by: str, at: str = "") -> None:
        super().__init__(message)
        self.kind, self.item_id, self.name = kind, item_id, name
        self.theirs, self.yours, self.version, self.by, self.at = theirs, yours, version, by, at


def new_version(current: int | None) -> int:
    """A new version token, never the current one."""
    while True:
        token = secrets.randbelow(2**31 - 1) + 1
        if token != current:
            return token


def _short(value: Any, width: int = 60) -> str:
    s = " ".join(str(value if value is not None else "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def last_editor(session: Any, table: str, row_id: str) -> str:
    """The name of the reviewer whose operation changed the row last (empty when unknown)."""
    return last_edit(session, table, row_id)[0]


def last_edit(session: Any, table: str, row_id: str) -> tuple[str, str]:
    """(who, when: ISO time) of the operation that changed the row last; empty strings when unknown."""
    row = session.execute(text(
        "SELECT r.name, o.at FROM changelog c JOIN operationlog o ON o.id = c.op_id "
        "LEFT JOIN reviewer r ON r.id = o.reviewer_id WHERE c.tbl = :t AND c.row_key = :k "
        "ORDER BY c.id DESC LIMIT 1"), {"t": table, "k": row_id}).first()
    return (row[0] or "", row[1] or "") if row else ("", "")


def check_version(session: Any, kind: str, row: dict[str, Any], expected: int | None,
                  values: dict[str, Any]) -> None:
    """Refuse ``values`` (an edit of ``row``, read inside the writing transaction) when the row's version is
    no longer ``expected``."""
    if expected is None or int(row.get("version") or 0) == int(expected):
        return
    fields = [f for f in values if f in VERSIONED_FIELDS] or sorted(VERSIONED_FIELDS & set(row))
    theirs = {f: row.get(f) for f in fields}
    yours = {f: values.get(f, row.get(f)) for f in fields}
    by, at = last_edit(session, kind, row["id"])
    parts = "; ".join(f"{f} now {_short(theirs[f])!r}, yours {_short(yours[f])!r}" for f in fields)
    who = f"by {by} " if by else ""
    raise EditConflict(
        f"the {kind} {row.get('name', '')!r} was changed {who}while you were editing it ({parts}); "
        "nothing was overwritten: look at its new version and edit again",
        kind=kind, item_id=row["id"], name=str(row.get("name", "")), theirs=theirs, yours=yours,
        version=int(row.get("version") or 0), by=by, at=at)


def last_change(project: Any, table: str, row_id: str) -> tuple[str, str]:
    """(who, when) of the last operation that changed the row (an editor showing a conflict refreshes it)."""
    with project.read_session() as session:
        return last_edit(session, table, row_id)
