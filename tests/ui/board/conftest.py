"""Board tests: offscreen Qt, settings kept away from the user's, and a demo study copied per test."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="lectio-board-settings-"))

from app.core.project import open_project  # noqa: E402


@pytest.fixture
def session(demo_path: Path, qtbot: Any) -> Iterator[Any]:
    """The demo study (built once per session, tests/conftest.py), this test's own copy, in a session."""
    from app.ui.app_state import ProjectSession

    s = ProjectSession(open_project(demo_path, backup=False))
    yield s
    s.close()


@pytest.fixture
def board(session: Any, qtbot: Any) -> Any:
    from app.ui.board import BoardView

    view = BoardView(session)
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    qtbot.waitExposed(view)
    return view


class FileReader:
    """Reads the project file with plain sqlite3: what is really on disk, not what a view holds."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def rows(self, sql: str, *args: Any) -> list[tuple]:
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            return con.execute(sql, args).fetchall()
        finally:
            con.close()

    def one(self, sql: str, *args: Any) -> Any:
        rows = self.rows(sql, *args)
        return rows[0][0] if rows else None

    def code_id(self, name: str) -> str:
        return self.one("select id from code where name = ?", name)

    def category_id(self, name: str) -> str:
        return self.one("select id from category where name = ?", name)

    def theme_id(self, name: str) -> str:
        return self.one("select id from theme where name = ?", name)

    def category_of(self, code_name: str) -> str | None:
        return self.one("select c.name from code k left join category c on c.id = k.category_id where k.name = ?",
                        code_name)

    def theme_of(self, category_name: str) -> str | None:
        return self.one("select t.name from category c left join theme t on t.id = c.theme_id where c.name = ?",
                        category_name)

    def codings(self) -> set[tuple[str, str]]:
        return set(self.rows("select unit_id, code_id from coding"))

    def unit_ids(self) -> set[str]:
        return {r[0] for r in self.rows("select id from meaningunit")}


@pytest.fixture
def disk(session: Any) -> FileReader:
    return FileReader(session.project.path)
