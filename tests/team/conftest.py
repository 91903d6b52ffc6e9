"""Fixtures of the team tests: one PostgreSQL cluster per session, one fresh database per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.team.pg import MISSING, PgServer, pg_bin, start_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if pg_bin() is None:
        pytest.skip(MISSING)
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def team_db(pg_server: PgServer) -> str:
    """A new database holding an empty study's schema as a new server study gets it (tables, change-log and
    search triggers), owned by ``lectio_admin``; returns its URL."""
    from app.core.server import create_server_schema, make_engine, parse_url

    url = pg_server.create_db(f"study{next(_numbers)}")
    engine = make_engine(parse_url(url)[0])
    create_server_schema(engine)
    engine.dispose()
    return url


@pytest.fixture
def published(pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small study published to a new database: reviewers Ana, Ben, Cleo and Dan and one code, Trust."""
    from app.core import codebook
    from app.core.project import create_project
    from app.core.publish import publish
    from app.core.reviewers import add_reviewer

    local = tmp_path_factory.mktemp("to-publish") / "study.lectio"
    project = create_project(local, title="Team study", reviewer="Ana")
    for name in ("Ben", "Cleo", "Dan"):
        add_reviewer(project, name)
    codebook.create_code(project, "Trust", definition="Relying on someone")
    project.close()
    url = pg_server.create_db(f"study{next(_numbers)}")
    publish(local, url)
    return url
