"""Export, then import into a new project: the same documents, unit offsets, codes, codings and notes."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from app.core import codebook, documents, memos, units
from app.core.project import create_project
from app.importers.base import ImportedText
from app.refi import export_qdc, export_qdpx, import_qdc, import_qdpx
from tests.refi.helpers import schema, snapshot, state


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_demo_round_trips_exactly(tmp_path, demo_project):
    with demo_project as demo:
        export_qdpx(demo, tmp_path / "demo.qdpx")
        before = snapshot(demo)
    with create_project(tmp_path / "copy.lectio", reviewer="Ana Ruiz") as copy:
        outcome = import_qdpx(copy, tmp_path / "demo.qdpx")
        after = snapshot(copy)
        assert outcome.value.counts["meaning units"] == 41
    for key in before:
        assert after[key] == before[key], key
    assert len(before["units"]) == 41 and len(before["codings"]) == 49 and len(before["notes"]) == 15


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_imported_copy_exports_a_valid_identical_project(tmp_path, demo_project):
    with demo_project as demo:
        export_qdpx(demo, tmp_path / "one.qdpx")
    with create_project(tmp_path / "copy.lectio", reviewer="Ana Ruiz") as copy:
        import_qdpx(copy, tmp_path / "one.qdpx")
        export_qdpx(copy, tmp_path / "two.qdpx")
        first = snapshot(copy)
    with zipfile.ZipFile(tmp_path / "two.qdpx") as zf:
        assert schema("Project.xsd").validate(etree.fromstring(zf.read("project.qde")))
    with create_project(tmp_path / "third.lectio", reviewer="Ana Ruiz") as third:
        import_qdpx(third, tmp_path / "two.qdpx")
        assert snapshot(third) == first


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_emoji_accents_and_subcategories_survive(tmp_path):
    text = "Zoë 👩‍⚕️ said: the nurse 🙂 came at 8.\nDépart à l'hôpital 🏥 was hard.\n"
    with create_project(tmp_path / "a.lectio", reviewer="Ana") as a:
        doc = documents.add_document(a, ImportedText(text, "txt"), name="Emoji", original=text.encode()).value
        start = text.index("the nurse")
        unit = units.create_unit(a, doc.id, start, start + len("the nurse 🙂 came"), condensed="nurse came").value
        later = text.index("hôpital")
        unit2 = units.create_unit(a, doc.id, later, later + len("hôpital 🏥"), condensed="").value
        theme = codebook.create_theme(a, "Care").value
        cat = codebook.create_category(a, "Visits", theme_id=theme.id).value
        sub = codebook.create_category(a, "Home visits", parent_id=cat.id).value
        code = codebook.create_code(a, "Nurse visit", definition="A visit", inclusion="any", category_id=sub.id).value
        codebook.assign_code(a, unit.id, code.id)
        codebook.assign_code(a, unit2.id, code.id)
        units.add_annotation(a, unit.id, "Smiles 🙂 matter")
        memos.set_memo(a, "category", sub.id, "Sub-category memo")
        memos.set_memo(a, "document", doc.id, "Read twice", kind="first_impressions")
        export_qdpx(a, tmp_path / "a.qdpx")
        before = snapshot(a)
    with create_project(tmp_path / "b.lectio", reviewer="Ana") as b:
        import_qdpx(b, tmp_path / "a.qdpx")
        after = snapshot(b)
    assert after == before
    words = "the nurse 🙂 came"
    assert ("Emoji", start, start + len(words), words, "nurse came", "Ana") in after["units"]


def test_codebook_round_trips_through_qdc(tmp_path, demo_project):
    with demo_project as demo:
        export_qdc(demo, tmp_path / "demo.qdc")
        before = snapshot(demo)
    with create_project(tmp_path / "copy.lectio", reviewer="Ana Ruiz") as copy:
        outcome = import_qdc(copy, tmp_path / "demo.qdc")
        after = snapshot(copy)
    assert outcome.value.counts == {"themes": 3, "categories": 7, "codes": 17}
    for key in ("themes", "categories", "codes"):
        assert after[key] == before[key], key


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_import_is_undone_and_redone_as_one_step(tmp_path, demo_project):
    with demo_project as demo:
        export_qdpx(demo, tmp_path / "demo.qdpx")
    with create_project(tmp_path / "copy.lectio", reviewer="Ana Ruiz") as copy:
        empty = state(copy)
        outcome = import_qdpx(copy, tmp_path / "demo.qdpx")
        full = snapshot(copy)
        assert copy.meta("research_question")
        redo = outcome.undo(copy)
        assert state(copy) == empty
        assert copy.meta("research_question") == ""
        redo.undo(copy)
        assert snapshot(copy) == full


def test_importing_the_same_file_twice_adds_nothing_the_second_time(tmp_path, demo_project):
    with demo_project as demo:
        export_qdpx(demo, tmp_path / "demo.qdpx")
    with create_project(tmp_path / "copy.lectio", reviewer="Ana Ruiz") as copy:
        import_qdpx(copy, tmp_path / "demo.qdpx")
        once = snapshot(copy)
        again = import_qdpx(copy, tmp_path / "demo.qdpx").value
        assert snapshot(copy)["units"] == once["units"]
        assert snapshot(copy)["codings"] == once["codings"]
        assert snapshot(copy)["documents"] == once["documents"]
        assert snapshot(copy)["notes"] == once["notes"]
        assert snapshot(copy)["memos"] == once["memos"]
        assert any("already in the project" in w for w in again.warnings)
