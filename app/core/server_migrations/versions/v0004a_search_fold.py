"""Still file format 4: the server's search folds accents and case as the file's FTS5 does (``search_fold``).

Adds the IMMUTABLE function ``lectio_fold`` and puts the search index on the folded body in place of the body as
it is. Nothing in the rows changes (``search_fts.body`` keeps the original text), so a study published before
works before and after this step; one its reviewers open before its owner does is searched unfolded until then
(``dialect.pg_search_rows``)."""

from alembic import op

revision = "0004a"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.core.dialect import pg_search_fold_ddl

    raw = op.get_bind().connection.driver_connection  # psycopg's own execute, no parameters
    for statement in pg_search_fold_ddl():
        raw.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("a study is never taken back to an older schema")
