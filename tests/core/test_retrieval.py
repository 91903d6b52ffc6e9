"""Board queries (units under an item, analysis rows, counts, hygiene) and the sorting table's operations
(make_pile, rearrange), on the demo study written to a real file."""

from __future__ import annotations

import pytest

from app.core import codebook, units
from app.core.errors import LectioError
from app.core.models import Category, Code
from app.core.overview import codebook_tree
from app.core.project import Project, open_project
from app.core.retrieval import analysis_rows, hygiene, node_counts, units_under


@pytest.fixture
def demo(demo_project: Project) -> Project:
    """A fresh copy of the demo study for each test (built once per session, tests/conftest.py)."""
    return demo_project


def _code(project: Project, name: str) -> Code:
    code = codebook.find_code_by_name(project, name)
    assert code is not None
    return code


def _category(project: Project, name: str) -> Category:
    return next(c for c in codebook.list_categories(project) if c.name == name)


def _reopen(project: Project) -> Project:
    """A fresh read of the file, as another program would see it."""
    project.close()
    return open_project(project.path, backup=False)


def test_units_under_a_code_category_and_theme(demo: Project) -> None:
    tree = codebook_tree(demo)
    theme = tree.themes[0]
    cat = theme.categories[0]
    code = cat.codes[1]
    rows = units_under(demo, "code", code.id)
    assert len(rows) == code.units
    assert all(code.name in r.codes and r.page >= 1 and r.reviewer in ("Ana Ruiz", "Ben Okafor") for r in rows)
    assert {r.document_id for r in rows} and len({r.document_id for r in rows}) == code.documents
    for r in rows:
        assert r.text == units.get_unit(demo, r.unit_id).text
    cat_rows = units_under(demo, "category", cat.id)
    expected = {r.unit_id for c in cat.codes for r in units_under(demo, "code", c.id)}
    assert {r.unit_id for r in cat_rows} == expected
    assert len(cat_rows) == len(expected)  # a unit with two codes of the category is listed once
    theme_rows = units_under(demo, "theme", theme.id)
    assert expected <= {r.unit_id for r in theme_rows}
    assert node_counts(demo)[("theme", theme.id)][0] == len(theme_rows)
    noted = [r for r in units_under(demo, "theme", theme.id) if r.notes]
    assert noted, "the demo has notes on units of the first theme"


def test_analysis_rows_hold_every_unit_with_codes_categories_and_themes(demo: Project) -> None:
    rows = analysis_rows(demo)
    assert len(rows) == len(units.list_units(demo))
    knowledge = _code(demo, "Knowledge overlooked")
    row = next(r for r in rows if "Knowledge overlooked" in r.codes.split("; "))
    assert row.categories == "Carers' knowledge as expertise"
    assert row.themes == "Being recognised as someone who knows"
    assert any(r.unit_id == row.unit_id for r in units_under(demo, "code", knowledge.id))


def test_hygiene_findings_follow_the_codebook(demo: Project) -> None:
    found = {(f.problem, f.name) for f in hygiene(demo)}
    assert found == {("no_units", "Costs of care"), ("no_category", "Learning care tasks"),
                     ("single_code", "Conditions of professional work")}
    codebook.create_theme(demo, "Empty theme")
    codebook.create_category(demo, "Empty category")
    found = {(f.problem, f.name) for f in hygiene(demo)}
    assert ("empty_theme", "Empty theme") in found and ("empty_category", "Empty category") in found


def test_make_pile_is_one_step_and_undo_puts_the_cards_back(demo: Project) -> None:
    loose = _code(demo, "Learning care tasks")
    other = _code(demo, "Costs of care")
    old_category = other.category_id
    outcome = codebook.make_pile(demo, [loose.id, other.id], "Practical care", x=500, y=900)
    pile = outcome.value
    demo = _reopen(demo)
    assert _category(demo, "Practical care").x == 500
    assert {c.category_id for c in (_code(demo, "Learning care tasks"), _code(demo, "Costs of care"))} == {pile.id}
    redo = outcome.undo(demo)
    assert not [c for c in codebook.list_categories(demo) if c.name == "Practical care"]
    assert _code(demo, "Learning care tasks").category_id is None
    assert _code(demo, "Costs of care").category_id == old_category
    redo.undo(demo)
    assert _code(demo, "Costs of care").category_id == pile.id  # the same pile comes back
    demo.close()


def test_rearrange_moves_several_things_at_once_and_refuses_nonsense(demo: Project) -> None:
    code = _code(demo, "Continuity of staff")
    cat = _category(demo, "Carer strain")
    outcome = codebook.rearrange(demo, "Drop", [("code", code.id, {"category_id": None, "x": 10, "y": 20}),
                                                ("category", cat.id, {"theme_id": None, "x": 900})])
    assert _code(demo, "Continuity of staff").category_id is None and _code(demo, "Continuity of staff").y == 20
    assert _category(demo, "Carer strain").theme_id is None
    outcome.undo(demo)
    assert _code(demo, "Continuity of staff").category_id == code.category_id
    assert _category(demo, "Carer strain").theme_id == cat.theme_id and _category(demo, "Carer strain").x == cat.x
    with pytest.raises(LectioError):
        codebook.rearrange(demo, "Bad", [("code", code.id, {"name": "renamed"})])
    with pytest.raises(LectioError):
        codebook.rearrange(demo, "Bad", [("code", code.id, {"category_id": "no-such-category"})])
    assert _code(demo, "Continuity of staff").name == "Continuity of staff"
