"""The worked example gives every view something real to show."""

from __future__ import annotations

from collections import Counter

from sqlmodel import select

from app.core import documents, units
from app.core.models import MeaningUnit, ReadingProgress
from app.core.overview import codebook_tree, counts


def test_demo_has_what_each_view_needs(demo_project) -> None:
    n = counts(demo_project)
    assert n["documents"] >= 3 and n["meaning_units"] >= 20 and n["annotations"] >= 5
    assert n["codes"] >= 8 and n["categories"] >= 3 and n["themes"] >= 2
    assert len(demo_project.reviewers()) == 2
    tree = codebook_tree(demo_project)
    assert len(tree.unsorted_codes) == 1
    with demo_project.read_session() as s:
        assert all(u.condensed for u in s.exec(select(MeaningUnit)))
        statuses = Counter((p.pass_no, p.status) for p in s.exec(select(ReadingProgress)))
    assert {(1, "done"), (2, "done"), (3, "done"), (3, "in_progress")} <= set(statuses)


def test_every_demo_unit_quotes_its_document_exactly(demo_project) -> None:
    texts = {d.id: documents.get_document(demo_project, d.id).text for d in documents.list_documents(demo_project)}
    for unit in units.list_units(demo_project):
        assert texts[unit.document_id][unit.start:unit.end] == unit.text
    assert any(ord(ch) > 0xFFFF for u in units.list_units(demo_project) for ch in u.text)  # an emoji in a unit


def test_every_code_in_the_demo_has_a_definition(demo_project) -> None:
    tree = codebook_tree(demo_project)
    codes = [c for t in tree.themes for cat in t.categories for c in cat.all_codes()] + tree.unsorted_codes
    assert codes and all(c.definition for c in codes)


def test_demo_has_participants_with_attributes_and_a_transcript_from_a_vtt(demo_project) -> None:
    from app.core.overview import project_info
    from app.core.participants import list_turns

    people = {p["name"]: p for p in project_info(demo_project)["participants"]}
    assert people["Interviewer"]["role"] == "interviewer"
    assert people["P04"]["attributes"] == {"Relationship": "daughter-in-law", "Carer type": "family carer",
                                           "Age": 48, "Interview date": "2024-05-12"}
    assert {"P01", "P02", "P03"} <= set(people)
    doc = documents.find_document(demo_project, "Interview 4 – daughter-in-law (video call)")
    assert doc.kind == "vtt" and doc.original_name.endswith(".vtt")
    turns = list_turns(demo_project, doc.id)
    assert [(t.speaker, t.seconds) for t in turns][:2] == [("Interviewer", 3.2), ("P04", 8.6)]
