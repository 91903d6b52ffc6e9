"""Pseudonymisation reaches the undo history: the change log is rewritten so no row image holds a replaced name.

Each undo step (an operation still applied) is either **kept**, its before and after images rewritten with the
pseudonyms (value by value, inside the JSON), or **lost**, its images forgotten and its state ``expired`` (it
stays in the list of what was done, like steps beyond the history limit). A step is lost when replaying it could
not be right in the pseudonymised study:

* it carries original file bytes (a removed document's PDF cannot be rewritten; the study's originals are
  replaced by the pseudonymised text);
* it touched a document whose text held a name, or that document's offset-bearing rows (meaning units, turns,
  text versions, unit reviews): offsets into the old text do not fit the new one;
* a later lost step touched the same rows (undoing it would skip the lost step's change).

The pseudonymisation itself is lost (its before images are the real names), and so is everything that can no
longer be replayed anyway (undo and redo entries, steps undone and dropped). The result counts kept and lost steps.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

OFFSET_TABLES = frozenset({"meaningunit", "turn", "textversion", "unitreview"})
_FORGET = "UPDATE changelog SET old = NULL, new = NULL, blob = NULL"


@dataclass(frozen=True)
class HistoryScrub:
    kept: int  # undo steps kept, names replaced in them
    lost: int  # undo steps that can no longer be undone
    values: int  # values rewritten in the change log


def undoable_steps(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM operationlog WHERE kind = 'do' AND state = 'done'").fetchone()[0]


_ESCAPE = re.compile(r"\\(?:[ntrbf]|u[0-9a-fA-F]{4})")


def holds_name(pattern: re.Pattern[str], image: str) -> bool:
    """A cheap first test on raw JSON: escapes (``\\n``, ``\\u0001``) read as spaces, so a name after an escaped
    newline still has a word boundary before it (a false alarm only costs parsing the image)."""
    return bool(pattern.search(_ESCAPE.sub(" ", image)))


def scrub_value(value: str, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str],
                seen: re.Pattern[str] | None = None) -> str | None:
    """The value with the names replaced, or None when it holds none. A JSON value (a codebook version, an ICR
    plan, a change-log image, JSON inside JSON) is rewritten string by string, so a name behind an escape
    (``\\nAnna``) is found and the JSON stays valid. ``seen``: the test for "may hold a name somewhere inside"
    when ``pattern`` is anchored (whole strings only)."""
    if value[:1] not in "{[" or not holds_name(seen or pattern, value):
        return pattern.sub(code_of, value) if pattern.search(value) else None
    try:
        data = json.loads(value)
    except ValueError:
        return pattern.sub(code_of, value) if pattern.search(value) else None

    changed = []

    def walk(item: Any) -> Any:
        if isinstance(item, str):
            scrubbed = scrub_value(item, pattern, code_of, seen)
            changed.extend([True] if scrubbed is not None else [])
            return item if scrubbed is None else scrubbed
        if isinstance(item, list):
            return [walk(i) for i in item]
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        return item

    out = walk(data)
    return json.dumps(out, ensure_ascii=False) if changed else None


def _rewrite(image: str | None, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str]
             ) -> tuple[str | None, int]:
    if not image or not holds_name(pattern, image):
        return image, 0
    values = json.loads(image)
    changed = 0
    for key, value in values.items():
        if isinstance(value, str) and (scrubbed := scrub_value(value, pattern, code_of)) is not None:
            values[key] = scrubbed
            changed += 1
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")), changed


def _document_of(table: str, key: str, image: str | None) -> str | None:
    if table in {"document", "documentfile"}:
        return key
    if table in OFFSET_TABLES and image:
        return json.loads(image).get("document_id")
    return None


def scrub_history(conn: sqlite3.Connection, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str],
                  final_op: str) -> HistoryScrub:
    """Rewrite the change log on ``conn`` (a sqlite3 connection inside a transaction); ``final_op`` is the
    pseudonymisation's own operation, which is never kept."""
    shifted: set[str] = set()  # documents whose text held a name at some time
    for key, old, new in conn.execute("SELECT row_key, old, new FROM changelog WHERE tbl = 'document'"):
        for image in (old, new):
            if image and holds_name(pattern, image) and pattern.search(json.loads(image).get("text") or ""):
                shifted.add(key)
    conn.execute("UPDATE operationlog SET state = 'expired' WHERE id = ?", (final_op,))
    conn.execute(f"{_FORGET} WHERE op_id NOT IN (SELECT id FROM operationlog WHERE kind = 'do' AND state = 'done') "
                 "AND (old IS NOT NULL OR new IS NOT NULL OR blob IS NOT NULL)")
    tainted: set[tuple[str, str]] = set()
    kept = lost = values = 0
    steps = [r[0] for r in conn.execute(
        "SELECT id FROM operationlog WHERE kind = 'do' AND state = 'done' ORDER BY seq DESC").fetchall()]
    for op_id in steps:
        rows = conn.execute("SELECT id, tbl, row_key, old, new, blob IS NOT NULL FROM changelog WHERE op_id = ?",
                            (op_id,)).fetchall()
        keys = {(t, k) for _, t, k, _, _, _ in rows}
        blocked = keys & tainted or any(
            has_blob or (_document_of(t, k, old or new) in shifted) for _, t, k, old, new, has_blob in rows)
        if blocked:
            tainted |= keys
            conn.execute(f"{_FORGET} WHERE op_id = ?", (op_id,))
            conn.execute("UPDATE operationlog SET state = 'expired' WHERE id = ?", (op_id,))
            lost += 1
            continue
        kept += 1
        for row_id, _t, _k, old, new, _b in rows:
            new_old, a = _rewrite(old, pattern, code_of)
            new_new, b = _rewrite(new, pattern, code_of)
            if a or b:
                conn.execute("UPDATE changelog SET old = ?, new = ? WHERE id = ?", (new_old, new_new, row_id))
                values += a + b
    return HistoryScrub(kept, lost, values)
