"""A study on PostgreSQL is the same Project the core uses: schema, change log, undo, search."""

from __future__ import annotations

import pytest

from app.core.errors import ProjectError

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster (started once, ~3 s) and a database per test


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


def test_sslmode_from_the_url_reaches_the_server(pg_url) -> None:
    """The test server offers no TLS: sslmode=disable opens, sslmode=require is refused in one line."""
    from app.core.project import open_project
    from app.core.server import create_server_project

    create_server_project(pg_url, title="TLS").close()
    with open_project(pg_url + "?sslmode=disable") as project:
        assert project.title == "TLS"
    with pytest.raises(ProjectError) as refused:
        open_project(pg_url + "?sslmode=require")
    assert "SSL" in str(refused.value) and "\n" not in str(refused.value)


def test_a_study_from_a_newer_lectio_is_refused_and_an_older_revision_is_brought_forward(pg_cluster, pg_url) -> None:
    from app.core.project import open_project
    from app.core.server import HEAD, create_server_project

    create_server_project(pg_url, title="Versions").close()
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.psql("UPDATE alembic_version SET version_num = '9999'", database)
    with pytest.raises(ProjectError, match="newer Lectio"):
        open_project(pg_url)
    pg_cluster.psql(f"UPDATE alembic_version SET version_num = '{HEAD}'", database)
    with open_project(pg_url) as project:
        assert project.title == "Versions" and project.on_server


def test_the_password_never_shows_in_what_a_project_prints(pg_cluster, pg_url) -> None:
    from app.core.project import open_project
    from app.core.server import create_server_project

    create_server_project(pg_url, title="Quiet").close()
    with open_project(pg_url.replace("lectio@", "lectio:hunter2@")) as project:  # trust: any password is taken
        shown = [str(project.path), repr(project.path), project.path.name, project.title]
    assert not any("hunter2" in s for s in shown)
    assert str(project.path).startswith("postgresql://lectio@127.0.0.1:")


def test_the_servers_refusals_read_as_plain_sentences(pg_cluster, pg_url, capsys) -> None:
    import uuid

    from sqlalchemy import text

    from app.cli import main
    from app.core import codebook
    from app.core.errors import plain_reason
    from app.core.server import create_server_project

    with create_server_project(pg_url, title="Refusals") as project:
        codebook.create_code(project, "Trust")
        with pytest.raises(Exception) as clash, project.engine.begin() as conn:
            conn.execute(text("INSERT INTO code (id, name, definition, inclusion, exclusion, colour, position, x, y) "
                              "VALUES ('x', 'trust', '', '', '', '', 9, 0, 0)"))
        assert plain_reason(clash.value).startswith("there is already a code with this name")
    outsider = "guest_" + uuid.uuid4().hex[:6]
    pg_cluster.psql(f"CREATE ROLE {outsider} LOGIN")
    assert main(["info", pg_url.replace("lectio@", f"{outsider}@")]) == 1
    err = capsys.readouterr().err
    assert "the server does not allow your login to do this" in err and err.count("\n") == 1
