"""The UI receives plain frozen dataclasses, not ORM rows; and never imports the models or SQL."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from app.core.codebook import list_categories, list_codes, list_themes
from app.core.documents import get_document, list_documents
from app.core.records import RECORD_OF

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
FORBIDDEN = ("app.core.models", "sqlmodel", "sqlalchemy")


def test_no_ui_module_imports_the_models_or_sql() -> None:
    found = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.relative_to(UI)}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert found == []


def test_each_record_has_exactly_its_tables_columns() -> None:
    for model, record in RECORD_OF.items():
        assert [f.name for f in dataclasses.fields(record)] == [c.name for c in model.__table__.columns]


def test_the_main_read_functions_return_frozen_dataclasses(demo_project) -> None:
    values = {"list_codes": list_codes(demo_project), "list_categories": list_categories(demo_project),
              "list_themes": list_themes(demo_project), "reviewers": demo_project.reviewers(),
              "list_documents": list_documents(demo_project)}
    values["get_document"] = [get_document(demo_project, values["list_documents"][0].id)]
    for name, rows in values.items():
        assert rows, name
        for row in rows:
            assert dataclasses.is_dataclass(row) and not isinstance(row, type), name
    code = values["list_codes"][0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        code.name = "changed"  # type: ignore[misc]
