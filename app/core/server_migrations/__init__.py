"""The Alembic environment of studies on a PostgreSQL server (see app/core/server.py). Its baseline is schema
version 4; a later version adds a revision here. Files in SQLite keep their own steps (app/core/schema.py)."""
