"""The server tests' PostgreSQL: one throwaway cluster per test session (``tests/pg.py``); skipped without it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg import MISSING, Cluster, find_bin, wait_ready


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    bindir = find_bin()
    if bindir is None:
        pytest.skip(MISSING)
    cluster = Cluster(bindir)
    try:
        cluster.start()
        wait_ready(cluster)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """A new, empty database on the test cluster (its URL, with no password)."""
    return pg_cluster.new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.slow)])
def backend(request: pytest.FixtureRequest) -> str:
    """The back-end a core behavioural test runs on; ``postgresql`` skips without PostgreSQL (and is in the slow
    lane: a server and a database per test cost about a second)."""
    return request.param


@pytest.fixture
def study(backend: str, request: pytest.FixtureRequest, tmp_path) -> Iterator:
    """A new, empty study (reviewer "Ana Ruiz") in a file or in a new database on the test cluster."""
    if backend == "sqlite":
        from app.core.project import create_project

        project = create_project(tmp_path / "study.lectio", title="Both", reviewer="Ana Ruiz")
    else:
        from app.core.server import create_server_project

        cluster = request.getfixturevalue("pg_cluster")
        project = create_server_project(cluster.new_database(), title="Both", reviewer="Ana Ruiz")
    yield project
    project.close()
