"""Live updates: after every committed change the server tells each listening client which tables changed
(PostgreSQL LISTEN/NOTIFY), so every window shows another reviewer's work within a second.

``install_notify`` adds one statement-level trigger per study table that sends ``pg_notify(CHANNEL, table)``;
PostgreSQL delivers notifications only when the transaction commits and folds repeats within one transaction,
so an operation of a thousand rows is one message per table, and a rolled-back one is none. Reading time and
position (bookkeeping) are not announced. The payload is only a table name, never a row: a blind reviewer
learns that something changed, not what.

``ChangeListener`` is the client side without Qt: a connection of its own in autocommit that LISTENs, whose
socket a caller watches (``fileno``), and ``drain()`` that returns the tables named since the last call.
"""

from __future__ import annotations

from typing import Any

from app.server.connect import connect

CHANNEL = "lectio_changes"
QUIET_TABLES = frozenset({"readingprogress", "changelog", "operationlog", "opcontext", "auditevent", "teamlogin",
                          "search_fts", "alembic_version"})

FUNCTION = f"""
CREATE OR REPLACE FUNCTION lectio_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
    RETURN NULL;
END $$
"""


def install_notify(conn: Any) -> None:
    """(Re)create the notification triggers of every study table in ``conn``'s database. Idempotent."""
    conn.execute(FUNCTION)
    tables = [r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()").fetchall()]
    for table in tables:
        if table in QUIET_TABLES:
            continue
        conn.execute(f'DROP TRIGGER IF EXISTS lectio_notify ON "{table}"')
        conn.execute(f'CREATE TRIGGER lectio_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
                     "FOR EACH STATEMENT EXECUTE FUNCTION lectio_notify()")


class ChangeListener:
    """A LISTENing connection to the study at ``url``. Watch ``fileno()`` for reading, then call ``drain()``."""

    def __init__(self, url: str) -> None:
        self.conn = connect(url, autocommit=True)
        self.conn.execute(f"LISTEN {CHANNEL}")
        self.pid = self.conn.info.backend_pid

    def fileno(self) -> int:
        return self.conn.fileno()

    def drain(self, timeout: float = 0.0) -> set[str]:
        """The tables named in the notifications that have arrived (waiting up to ``timeout`` seconds for the
        first one); empty when none."""
        tables: set[str] = set()
        if timeout > 0:
            for note in self.conn.notifies(timeout=timeout, stop_after=1):
                tables.add(note.payload)
        for note in self.conn.notifies(timeout=0.0):  # whatever is queued, without waiting
            tables.add(note.payload)
        return tables

    def close(self) -> None:
        self.conn.close()
