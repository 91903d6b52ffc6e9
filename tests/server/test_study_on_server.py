"""A study on PostgreSQL is the same Project the core uses: schema, change log, undo, search."""

from __future__ import annotations

import pytest

from app.core.errors import ProjectError


def test_a_new_study_schema_on_the_server(pg_cluster, pg_url) -> None:
    from app.core.server import create_server_schema, make_engine, parse_url

    url, _where = parse_url(pg_url)
    engine = make_engine(url)
    create_server_schema(engine)
    engine.dispose()
    tables = set(pg_cluster.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
                                 pg_url.rsplit("/", 1)[1]).split())
    assert {"document", "meaningunit", "code", "coding", "changelog", "operationlog", "search_fts",
            "alembic_version"} <= tables


def test_an_empty_database_is_not_a_study(pg_url) -> None:
    from app.core.project import open_project

    with pytest.raises(ProjectError, match="holds no Lectio study"):
        open_project(pg_url)
