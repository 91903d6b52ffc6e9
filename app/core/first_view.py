"""What the window shows first, read straight from the file with the standard library's sqlite3.

Kept apart from the rest of core so that the window can read it before SQLAlchemy loads (app/ui/preview.py):
read-only, no lock, nothing written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

FIRST_CHARS = 60_000  # enough text for the first screens; the reader loads the rest


def read_first_view(path: Path) -> tuple[list[str], str, str] | None:
    """(document names in the reader's order, the first document's name, the start of its text), or None."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM document ORDER BY position, name")]
        if not names:
            return None
        row = conn.execute("SELECT name, substr(text, 1, ?) FROM document ORDER BY position, name LIMIT 1",
                           (FIRST_CHARS,)).fetchone()
        return names, row[0], row[1]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
