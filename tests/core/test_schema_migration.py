"""A migrated old file and a newly created one have the same schema, and the migration keeps the work."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core.project import create_project, open_project
from app.core.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parents[1] / "fixtures"


def schema_of(path: Path) -> dict[str, tuple]:
    """Tables with their columns (name, type, not null, default, pk), index names with their columns and
    uniqueness, and foreign keys: what a query or a constraint can tell apart, not the order DDL ran in."""
    conn = sqlite3.connect(path)
    try:
        out: dict[str, tuple] = {}
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (name,) in tables:
            columns = tuple(r[1:] for r in conn.execute(f"PRAGMA table_info('{name}')"))
            indexes = frozenset(
                (r[1], r[2], tuple(c[2] for c in conn.execute(f"PRAGMA index_info('{r[1]}')")))
                for r in conn.execute(f"PRAGMA index_list('{name}')")
            )
            fks = frozenset(tuple(r[2:]) for r in conn.execute(f"PRAGMA foreign_key_list('{name}')"))
            out[name] = (columns, indexes, fks)
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
        out["<triggers>"] = (frozenset(t for (t,) in triggers),)
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_migrated_file_has_exactly_the_schema_of_a_new_one(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.lectio"
    shutil.copy(FIXTURES / f"project_v{version}.lectio", old)
    open_project(old).close()
    create_project(tmp_path / "new.lectio").close()
    migrated, fresh = schema_of(old), schema_of(tmp_path / "new.lectio")
    assert sorted(migrated) == sorted(fresh)
    for table in fresh:
        assert migrated[table] == fresh[table], table
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrating_version_2_keeps_documents_units_and_codings(tmp_path: Path) -> None:
    path = tmp_path / "v2.lectio"
    shutil.copy(FIXTURES / "project_v2.lectio", path)
    with open_project(path) as project:
        assert project.migrated_from == 2
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT text FROM meaningunit").fetchall() == [(" The exercises h",)]
    assert conn.execute(
        "SELECT code.name FROM coding JOIN code ON code.id = coding.code_id"
    ).fetchall() == [("Trust",)]
    assert conn.execute("SELECT participant_id FROM document").fetchall() == [(None,)]
    assert (tmp_path / "v2.v2-backup.lectio").exists()


def test_migrating_version_3_keeps_the_demo_study(tmp_path: Path) -> None:
    """project_v3.lectio is the demo as Lectio wrote it at the end of stop 13 (``lectio demo``, schema 3)."""
    path = tmp_path / "v3.lectio"
    shutil.copy(FIXTURES / "project_v3.lectio", path)
    before = sqlite3.connect(path)
    counts = {t: before.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("document", "meaningunit", "coding", "code", "participant", "turn")}
    before.close()
    with open_project(path) as project:
        assert project.migrated_from == 3
    conn = sqlite3.connect(path)
    assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert counts["document"] == 5 and counts["coding"] > 0
