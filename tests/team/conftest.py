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
    """A new database holding the study's tables (as the owner, ``lectio_admin``); returns its URL."""
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    import app.core.models  # noqa: F401

    url = pg_server.create_db(f"study{next(_numbers)}")
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    SQLModel.metadata.create_all(engine)
    engine.dispose()
    return url
