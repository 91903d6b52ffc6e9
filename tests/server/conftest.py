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
