"""Code, category and theme names are unique per parent, ignoring case, in the file itself and in core."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core import codebook
from app.core.errors import InvalidOperation
from app.core.project import create_project, open_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _names(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(f"SELECT name FROM {table}"))
    finally:
        conn.close()


def test_renaming_a_code_onto_an_existing_name_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "study.lectio"
    with create_project(path) as project:
        codebook.create_code(project, "Trust")
        doubt = codebook.create_code(project, "Doubt").value
        for clash in ("Trust", "trust", "  TRUST "):
            with pytest.raises(InvalidOperation, match="already a code called 'Trust'"):
                codebook.update_code(project, doubt.id, name=clash)
        codebook.update_code(project, doubt.id, name="Distrust")  # a free name is fine
    assert _names(path, "code") == ["Distrust", "Trust"]


def test_categories_are_unique_beside_each_other_not_across_themes(tmp_path: Path) -> None:
    with create_project(tmp_path / "s.lectio") as project:
        care = codebook.create_theme(project, "Care").value
        work = codebook.create_theme(project, "Work").value
        codebook.create_category(project, "Barriers", theme_id=care.id)
        codebook.create_category(project, "barriers", theme_id=work.id)  # another theme: allowed
        with pytest.raises(InvalidOperation, match="already a category called 'Barriers'"):
            codebook.create_category(project, "BARRIERS", theme_id=care.id)
        other = codebook.create_category(project, "Facilitators", theme_id=care.id).value
        with pytest.raises(InvalidOperation, match="already a category"):
            codebook.update_category(project, other.id, name="barriers")
        with pytest.raises(InvalidOperation, match="already a theme called 'Care'"):
            codebook.update_theme(project, work.id, name="care")
        with pytest.raises(InvalidOperation, match="already a theme"):
            codebook.create_theme(project, "CARE")


def test_the_file_itself_refuses_a_duplicate_written_past_core(tmp_path: Path) -> None:
    path = tmp_path / "s.lectio"
    with create_project(path) as project:
        cat = codebook.create_category(project, "Relations").value
        codebook.create_code(project, "Trust", category_id=cat.id)
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("INSERT INTO code (id, name, definition, inclusion, exclusion, colour, category_id, "
                          "position, x, y) VALUES ('x', 'TRUST', '', '', '', '#000', ?, 0, 0, 0)", (cat.id,))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute("INSERT INTO theme (id, name, description, position, x, y) VALUES ('a', 'T', '', 0, 0, 0)"
                         ", ('b', 't', '', 0, 0, 0)")
    finally:
        conn.close()


def test_the_index_refusal_reaches_the_user_as_the_same_message(tmp_path: Path) -> None:
    """Two codes of one name in different categories (as an imported file may hold): moving one beside the
    other is refused by the index, and core says so in words."""
    path = tmp_path / "s.lectio"
    with create_project(path) as project:
        a = codebook.create_category(project, "A").value
        b = codebook.create_category(project, "B").value
        codebook.create_code(project, "Trust", category_id=a.id)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO code (id, name, definition, inclusion, exclusion, colour, category_id, position, x, y) "
                 "VALUES ('imported', 'trust', '', '', '', '#000', ?, 1, 0, 0)", (b.id,))
    conn.commit()
    conn.close()
    with open_project(path, backup=False) as project:
        with pytest.raises(InvalidOperation, match="already a code"):
            codebook.move_codes(project, ["imported"], a.id)
        assert {c.name: c.category_id for c in codebook.list_codes(project)} == {"Trust": a.id, "trust": b.id}


def test_piles_made_on_the_table_get_free_names(tmp_path: Path) -> None:
    with create_project(tmp_path / "s.lectio") as project:
        codes = [codebook.create_code(project, f"c{i}").value for i in range(3)]
        names = [codebook.make_pile(project, [c.id]).value.name for c in codes]
    assert names == ["New pile", "New pile (2)", "New pile (3)"]


def test_upgrading_a_file_with_duplicates_renames_them_visibly_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "v2.lectio"
    shutil.copy(FIXTURES / "project_v2.lectio", path)
    assert _names(path, "code") == ["Trust", "trust"]
    with open_project(path) as project:
        assert project.renamed_on_upgrade == ["code 'trust' renamed 'trust (2)' (beside 'Trust')"]
    assert _names(path, "code") == ["Trust", "trust (2)"]
    with open_project(path) as project:  # reported once, when it happened
        assert project.renamed_on_upgrade == []
