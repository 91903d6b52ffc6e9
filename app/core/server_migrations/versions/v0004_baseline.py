"""Schema version 4 (the first on a server): every table of models.TABLES, then the PostgreSQL extras
(deferrable foreign keys, change-log triggers, search index)."""

from alembic import op
from sqlmodel import SQLModel

from app.core import models  # noqa: F401

revision = "0004"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.core.dialect import create_server_extras

    bind = op.get_bind()
    SQLModel.metadata.create_all(bind)
    create_server_extras(bind)


def downgrade() -> None:
    raise NotImplementedError("a study is never taken back to an older schema")
