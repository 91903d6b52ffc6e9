"""A team study published before the server's search folded accents (Alembic revision 0004) keeps working: a
reviewer's login, which may not change the schema, opens and searches it as it is; the owner's next open adds
the folding (0004a), and from then on "muller" finds "Müller" for everyone."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster and a database

TEXT = "Frau Müller kam jeden Morgen; niemand fragte sie."


def _words(project, query: str) -> set[str]:
    from app.core.search import search_project

    return {TEXT[h.start:h.end] for h in search_project(project, query) if h.where == "text"}


def test_a_study_of_revision_0004_is_searched_as_it_is_until_its_owner_brings_it_forward(pg_cluster, pg_url) -> None:
    from app.core import documents
    from app.core.project import open_project
    from app.core.server import HEAD, create_server_project, schema_revision
    from app.importers.base import ImportedText
    from app.server import team

    with create_server_project(pg_url, title="Before folding", reviewer="Ana") as project:
        documents.add_document(project, ImportedText(TEXT, "txt"), name="Interview", original=TEXT.encode())
    database = pg_url.rsplit("/", 1)[1]
    pg_cluster.psql("DROP INDEX ix_search_fts_fold; DROP FUNCTION lectio_fold(text); "
                    "CREATE INDEX ix_search_fts_body ON search_fts USING gin (to_tsvector('english', body)); "
                    "UPDATE alembic_version SET version_num = '0004'", database)
    login = team.add_reviewer(pg_url, "Ben Okafor", "a long enough password").login
    as_ben = pg_url.replace("lectio@", f"{login}@")
    with open_project(as_ben) as project:  # may not change the schema: opened as it is
        assert schema_revision(project.engine) == "0004"
        assert _words(project, "Müller") == {"Müller"} and _words(project, "muller") == set()
    with open_project(pg_url) as project:  # the owner: brought forward
        assert schema_revision(project.engine) == HEAD == "0004a"
        assert _words(project, "muller") == {"Müller"}
    with open_project(as_ben) as project:
        assert _words(project, "MULLER") == {"Müller"}
    indexes = pg_cluster.psql("SELECT indexname FROM pg_indexes WHERE tablename = 'search_fts' ORDER BY 1", database)
    assert "ix_search_fts_fold" in indexes and "ix_search_fts_body" not in indexes
