"""The core's undo walk on PostgreSQL: every public operation of the core (the same list and the same argument
factories as ``tests/core/test_undo_everything.py``, which runs it on a file) runs on a published study, is
undone and redone, and the server's rows equal the before- and after-state row for row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core import history
from app.core.history import LOG_TABLES
from app.core.models import TABLES
from app.core.project import open_project
from app.core.publish import publish
from tests.core.test_undo_everything import FACTORIES, Study, public_operations
from tests.core.test_undo_everything import template as template  # the same study, published for each test


def server_snapshot(project: Any) -> dict[str, list[tuple]]:
    with project.engine.connect() as conn:
        return {t: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in TABLES if t not in LOG_TABLES}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_undo_restores_every_row_and_redo_repeats_on_the_server(name: str, template, tmp_path: Path,
                                                                pg_cluster: Any) -> None:
    url = pg_cluster.new_database()
    publish(template[0], url)
    s = Study(open_project(url), tmp_path, dict(template[1]))
    try:
        assert s.project.on_server
        fn = public_operations()[name]
        args, kwargs = FACTORIES[name](s)
        steps = history.undoable_count(s.project)
        before = server_snapshot(s.project)
        fn(s.project, *args, **kwargs)
        after = server_snapshot(s.project)
        assert after != before, "the operation changed nothing"
        assert history.undoable_count(s.project) == steps + 1, "not exactly one undo step"
        history.undo(s.project)
        assert server_snapshot(s.project) == before
        history.redo(s.project)
        assert server_snapshot(s.project) == after
    finally:
        s.project.close()
