"""Alembic's environment: always run on the connection app/core/server.py hands over (never from a config
file), inside that connection's transaction."""

from alembic import context
from sqlmodel import SQLModel

from app.core import models  # noqa: F401  (registers the tables)

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
