"""The test cluster itself: a real PostgreSQL answers, and each test gets its own empty database."""

from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster (started once, ~3 s) and a database per test


def test_a_real_postgresql_answers(pg_cluster, pg_url) -> None:
    with psycopg.connect(pg_url) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
    assert int(version) >= 120000
    assert tables == 0
    assert pg_cluster.psql("SELECT 40 + 2").strip() == "42"
