"""Unique names for codes, categories and themes: the rule, the upgrade that makes old files obey it, and the
message when a write would break it.

The rule lives in the schema (unique expression indexes declared in models.py: a code's name per category,
a category's per theme and parent category, a theme's in the study, all ignoring upper/lower case) and in core
(``app.core.codebook`` checks before writing, with ``str.casefold`` so that "ÄRGER" meets "ärger" too, which
SQLite's ASCII-only ``lower()`` would miss). A file from before the rule may hold duplicates ("Trust" and
"trust" in one category): ``resolve_duplicate_names`` renames the later ones visibly ("trust (2)") and records
what it renamed, which ``open_project`` reports.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from app.core.errors import InvalidOperation

RENAMED_KEY = "renamed_on_upgrade"

# table -> the columns that make up its parent (what "beside" means for that kind of thing)
PARENTS: dict[str, tuple[str, ...]] = {"code": ("category_id",), "category": ("theme_id", "parent_id"), "theme": ()}
WHAT = {"code": "code", "category": "category", "theme": "theme"}


def same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def free_name(wanted: str, taken: Iterable[str]) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``… — the first that none of ``taken`` equals (ignoring case)."""
    folded = {t.strip().casefold() for t in taken}
    if wanted.strip().casefold() not in folded:
        return wanted
    n = 2
    while f"{wanted} ({n})".casefold() in folded:
        n += 1
    return f"{wanted} ({n})"


def refuse_duplicate(kind: str, name: str, siblings: Iterable[str], where: str = "") -> None:
    for other in siblings:
        if same_name(other, name):
            place = f" {where}" if where else ""
            raise InvalidOperation(f"there is already a {WHAT[kind]} called {other!r}{place}; choose another name")


@contextmanager
def unique_names(kind: str, name: str = "") -> Iterator[None]:
    """Turn the schema's refusal (a unique index) into the same plain message core gives."""
    from sqlalchemy.exc import IntegrityError

    try:
        yield
    except IntegrityError as exc:
        text = str(exc.orig).lower()
        if "unique" not in text or (f"{kind}.name" not in text and f"ux_{kind}_name" not in text):
            raise
        called = f" called {name!r}" if name else " with this name"
        raise InvalidOperation(f"there is already a {WHAT[kind]}{called} here; choose another name") from exc


# -- the upgrade --------------------------------------------------------------------------------------
def resolve_duplicate_names(conn: sqlite3.Connection) -> None:
    """Rename duplicates that the unique indexes would refuse; record each renaming under ``RENAMED_KEY``.

    Runs before the tables get their new indexes (see schema.PRE_TABLE_STEPS), inside the migration's
    transaction. The first of a group (by position, then age) keeps its name.
    """
    notes: list[str] = []
    for table, parents in PARENTS.items():
        cols = ", ".join(["id", "name", *parents])
        rows = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY position, rowid').fetchall()
        groups: dict[tuple, list[tuple]] = {}
        for row in rows:
            key = (*[p or "" for p in row[2:]], str(row[1]).lower())
            groups.setdefault(key, []).append(row)
        for group in groups.values():
            if len(group) < 2:
                continue
            keeper = group[0][1]
            siblings = [r[1] for r in rows if tuple(p or "" for p in r[2:]) == tuple(p or "" for p in group[0][2:])]
            for row in group[1:]:
                new = free_name(row[1], siblings)
                siblings.append(new)
                conn.execute(f'UPDATE "{table}" SET name = ? WHERE id = ?', (new, row[0]))
                notes.append(f"{WHAT[table]} {row[1]!r} renamed {new!r} (beside {keeper!r})")
    if notes:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (RENAMED_KEY, json.dumps(notes, ensure_ascii=False)))


def renamed_on_upgrade(conn: sqlite3.Connection) -> list[str]:
    """What the upgrade renamed (once: the record is removed when read)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (RENAMED_KEY,)).fetchone()
        if row is None:
            return []
        conn.execute("DELETE FROM meta WHERE key = ?", (RENAMED_KEY,))
        return list(json.loads(row[0]))
    except (sqlite3.Error, ValueError):
        return []
