"""Live updates: a change another client commits reaches a listening window within a second (LISTEN/NOTIFY
through a QSocketNotifier); a rolled-back change is never announced."""

from __future__ import annotations

import time

import psycopg
import pytest

from app.core.ops import Changes
from app.server.notify import install_notify
from app.ui.team_listener import TeamListener, changes_for

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process


def test_another_clients_change_reaches_the_listener_within_a_second(qtbot, team_db: str) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(team_db) as conn:
        install_notify(conn)
    listener = TeamListener(team_db)
    try:
        with psycopg.connect(team_db) as other:  # the second client: its own connection, its own transactions
            with qtbot.waitSignal(listener.changed, timeout=1000) as heard:
                for i in range(50):  # one operation of many rows: one refresh
                    other.execute("INSERT INTO code (id, name, definition, inclusion, exclusion, colour, position, "
                                  "version, x, y) VALUES (%s, %s, '', '', '', '#888', 0, 0, 0, 0)",
                                  (f"c{i}", f"Code {i}"))
                other.commit()
                sent = time.monotonic()
            assert time.monotonic() - sent < 1.0
            assert heard.args[0].codes and not heard.args[0].units
            with qtbot.assertNotEmitted(listener.changed, wait=400):
                other.execute("UPDATE code SET name = 'Never' WHERE id = 'c1'")
                other.rollback()
            with qtbot.waitSignal(listener.changed, timeout=1000) as heard:
                other.execute("UPDATE meta SET value = 'x' WHERE key = 'nothing'")  # a statement, no rows
                other.execute("INSERT INTO theme (id, name, description, position, x, y) "
                              "VALUES ('t', 'Care', '', 0, 0, 0)")
                other.commit()
            assert heard.args[0].themes and heard.args[0].project
    finally:
        listener.close()


def test_an_unknown_table_refreshes_every_view() -> None:
    everything = Changes(**{k: True for k in Changes.__dataclass_fields__})
    assert changes_for({"codebooksnapshot"}) == everything
    assert changes_for({"code", "coding"}).kinds() == ["codes", "codings"]
