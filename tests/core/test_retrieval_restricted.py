"""The board's counts and unit lists restricted to a set of units (a coding query's): counted in Python by the
same rules as the SQL over every unit, so restricting to every unit changes nothing."""

from __future__ import annotations

from app.core.codebook import list_categories, list_codes, list_themes
from app.core.retrieval import node_counts, units_under
from app.core.units import list_units


def test_restricting_to_every_unit_gives_the_same_counts(demo_project) -> None:
    every = frozenset(u.id for u in list_units(demo_project))
    assert node_counts(demo_project, every) == {k: v for k, v in node_counts(demo_project).items() if v[0]}


def test_restricted_counts_and_lists_hold_only_the_chosen_units(demo_project) -> None:
    units = list_units(demo_project)
    half = frozenset(u.id for u in units[::2])
    doc_of = {u.id: u.document_id for u in units}
    counts = node_counts(demo_project, half)
    items = ([("code", c.id) for c in list_codes(demo_project)]
             + [("category", c.id) for c in list_categories(demo_project)]
             + [("theme", t.id) for t in list_themes(demo_project)])
    assert any(counts.get(i, (0, 0))[0] < node_counts(demo_project).get(i, (0, 0))[0] for i in items)
    for kind, item_id in items:
        rows = units_under(demo_project, kind, item_id, half)
        assert {r.unit_id for r in rows} <= half
        all_rows = {r.unit_id for r in units_under(demo_project, kind, item_id)}
        assert {r.unit_id for r in rows} == all_rows & half
        assert counts.get((kind, item_id), (0, 0)) == (len(rows), len({doc_of[r.unit_id] for r in rows}))
