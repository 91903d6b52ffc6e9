"""Every user action: one transaction, one audit event, and an undo that restores exactly."""

from __future__ import annotations

from sqlmodel import select

from app.core import codebook, documents, memos, units
from app.core.models import Annotation, AuditEvent, Coding, MeaningUnit
from app.core.overview import counts
from app.core.project import create_project
from app.core.search import search_project
from app.importers.base import ImportedText

TEXT = "I felt like furniture. Nobody asked me anything, not once. Then José sat down with us 🙂 and asked."


def _project(tmp_path):
    project = create_project(tmp_path / "p.lectio", reviewer="Ana Ruiz")
    doc = documents.add_document(project, ImportedText(TEXT, "txt"), name="Interview",
                                 original=TEXT.encode()).value
    return project, doc


def _audit(project) -> list[str]:
    with project.read_session() as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.at))]


def _rows(project, model) -> list:
    with project.read_session() as s:
        return sorted((r.model_dump() for r in s.exec(select(model))), key=lambda r: r["id"])


def test_each_action_writes_one_audit_event(tmp_path) -> None:
    project, doc = _project(tmp_path)
    before = len(_audit(project))
    unit = units.create_unit(project, doc.id, 23, 48).value
    code = codebook.create_code(project, "Not asked").value
    codebook.assign_code(project, unit.id, code.id)
    units.add_annotation(project, unit.id, "Key phrase")
    assert _audit(project)[before:] == ["create", "create", "code", "create"]
    project.close()


def test_unit_offsets_are_code_points_and_the_quote_is_stored(tmp_path) -> None:
    project, doc = _project(tmp_path)
    start = TEXT.index("José")
    unit = units.create_unit(project, doc.id, start, TEXT.index("and asked")).value
    assert unit.text == "José sat down with us 🙂 "
    stored = units.get_unit(project, unit.id)
    assert (stored.start, stored.end, stored.text) == (start, TEXT.index("and asked"), unit.text)
    project.close()


def test_deleting_a_unit_and_undoing_restores_codings_and_notes_exactly(tmp_path) -> None:
    project, doc = _project(tmp_path)
    unit = units.create_unit(project, doc.id, 23, 48, condensed="not asked").value
    code = codebook.create_code(project, "Not asked").value
    codebook.assign_code(project, unit.id, code.id)
    units.add_annotation(project, unit.id, "Repeated twice")
    snapshot = [_rows(project, m) for m in (MeaningUnit, Coding, Annotation)]
    deleted = units.delete_unit(project, unit.id)
    assert [len(_rows(project, m)) for m in (MeaningUnit, Coding, Annotation)] == [0, 0, 0]
    redo = deleted.undo(project)
    assert [_rows(project, m) for m in (MeaningUnit, Coding, Annotation)] == snapshot
    redo.undo(project)
    assert counts(project)["meaning_units"] == 0
    project.close()


def test_edits_undo_to_the_previous_value_and_redo_again(tmp_path) -> None:
    project, doc = _project(tmp_path)
    unit = units.create_unit(project, doc.id, 0, 22).value
    outcome = units.set_condensed(project, unit.id, "felt like an object")
    assert units.get_unit(project, unit.id).condensed == "felt like an object"
    redo = outcome.undo(project)
    assert units.get_unit(project, unit.id).condensed == ""
    redo.undo(project)
    assert units.get_unit(project, unit.id).condensed == "felt like an object"
    bounds = units.set_unit_bounds(project, unit.id, 2, 6)
    assert units.get_unit(project, unit.id).text == "felt"
    bounds.undo(project)
    assert units.get_unit(project, unit.id).text == "I felt like furniture."
    project.close()


def test_moving_codes_and_categories_is_one_step_each_way(tmp_path) -> None:
    project, _doc = _project(tmp_path)
    a, b = (codebook.create_code(project, n).value for n in ("Not asked", "Being heard"))
    cat = codebook.create_category(project, "Knowledge overlooked").value
    theme = codebook.create_theme(project, "Recognition").value
    moved = codebook.move_codes(project, [a.id, b.id], cat.id)
    assert {c.category_id for c in codebook.list_codes(project)} == {cat.id}
    codebook.move_categories(project, [cat.id], theme.id)
    assert codebook.list_categories(project)[0].theme_id == theme.id
    moved.undo(project)
    assert {c.category_id for c in codebook.list_codes(project)} == {None}
    project.close()


def test_merging_codes_keeps_every_unit_and_undo_splits_them_again(tmp_path) -> None:
    project, doc = _project(tmp_path)
    u1 = units.create_unit(project, doc.id, 0, 22).value
    u2 = units.create_unit(project, doc.id, 23, 48).value
    keep = codebook.create_code(project, "Not asked").value
    other = codebook.create_code(project, "Ignored").value
    codebook.assign_code(project, u1.id, other.id)
    codebook.assign_code(project, u2.id, other.id)
    codebook.assign_code(project, u2.id, keep.id)
    memos.set_memo(project, "code", other.id, "merge candidate")
    merged = codebook.merge_codes(project, keep.id, [other.id])
    with project.read_session() as s:
        assert sorted(c.unit_id for c in s.exec(select(Coding))) == sorted([u1.id, u2.id])
    assert [c.name for c in codebook.list_codes(project)] == ["Not asked"]
    redo = merged.undo(project)
    with project.read_session() as s:
        pairs = sorted((c.unit_id, c.code_id) for c in s.exec(select(Coding)))
    assert pairs == sorted([(u1.id, other.id), (u2.id, other.id), (u2.id, keep.id)])
    assert memos.get_memo(project, "code", other.id) == "merge candidate"
    redo.undo(project)
    assert len(codebook.list_codes(project)) == 1
    project.close()


def test_deleting_a_document_and_undoing_brings_back_text_original_and_search(tmp_path) -> None:
    project, doc = _project(tmp_path)
    units.create_unit(project, doc.id, 0, 22)
    deleted = documents.delete_document(project, doc.id)
    assert documents.list_documents(project) == [] and search_project(project, "furniture") == []
    deleted.undo(project)
    assert documents.original_bytes(project, doc.id) == TEXT.encode()
    assert [h.document_name for h in search_project(project, "furniture")] == ["Interview"]
    assert counts(project)["meaning_units"] == 1
    project.close()


def test_the_same_file_twice_is_skipped(tmp_path) -> None:
    import pytest

    project, _doc = _project(tmp_path)
    with pytest.raises(documents.DuplicateDocument, match="already in the project as 'Interview'"):
        documents.add_document(project, ImportedText(TEXT, "txt"), name="again", original=TEXT.encode())
    assert len(documents.list_documents(project)) == 1
    project.close()


def test_bad_offsets_are_refused_and_nothing_is_written(tmp_path) -> None:
    import pytest

    from app.core.errors import InvalidOperation

    project, doc = _project(tmp_path)
    for start, end in ((5, 5), (-1, 3), (10, len(TEXT) + 1)):
        with pytest.raises(InvalidOperation):
            units.create_unit(project, doc.id, start, end)
    assert counts(project)["meaning_units"] == 0
    project.close()


def test_reading_progress_moves_through_statuses(tmp_path) -> None:
    project, doc = _project(tmp_path)
    assert units.get_progress(project, doc.id)[1].status == "not_started"
    units.set_progress(project, doc.id, 1, position=40, add_seconds=12.5)
    state = units.get_progress(project, doc.id)[1]
    assert (state.status, state.position, state.seconds_spent) == ("in_progress", 40, 12.5)
    done = units.set_progress(project, doc.id, 1, status="done")
    assert units.get_progress(project, doc.id)[1].status == "done"
    done.undo(project)
    assert units.get_progress(project, doc.id)[1].status == "in_progress"
    project.close()
