"""Categories and themes are found by their names and descriptions (for the window's search), with the same
word rules as the study's index; a titled note's hit is labelled with its title."""

from __future__ import annotations

import pytest

from app.core import codebook, notes
from app.core.project import create_project
from app.core.search import search_project
from app.core.search_codebook import search_groups


def test_categories_and_themes_are_found_by_prefix_stem_and_phrase(demo_project) -> None:
    hits = search_groups(demo_project, "partner")
    assert {h.label for h in hits} >= {"Theme Holding the care together", "Category Conditions of professional work"}
    assert all(h.where in ("category", "theme") and h.item_id and not h.document_id for h in hits)
    (divide,) = search_groups(demo_project, "divid")
    assert (divide.where, divide.label) == ("category", "Category Dividing the work of care")
    assert divide.context[divide.marks[0][0]:divide.marks[0][1]] == "Dividing"
    assert [h.label for h in search_groups(demo_project, '"holding the care"')] == ["Theme Holding the care together"]
    assert search_groups(demo_project, "zebra") == [] and search_groups(demo_project, "  ") == []


@pytest.mark.slow  # a new study (over half a second, measured)
def test_arabic_names_are_found_inside_words_and_notes_are_labelled_by_title(tmp_path) -> None:
    with create_project(tmp_path / "s.lectio", reviewer="Me") as p:
        codebook.create_theme(p, "الثقة في المستشفى")
        (hit,) = search_groups(p, "مستشفى")
        assert hit.where == "theme" and hit.context[hit.marks[0][0]:hit.marks[0][1]] == "مستشفى"
        notes.add_note(p, "Week 1", "Recruitment slower than planned")
        (memo,) = search_project(p, "recruitment")
        assert (memo.where, memo.label) == ("memo", "Note “Week 1” on the study")
        assert memo.as_json()["where"] == "memo"
