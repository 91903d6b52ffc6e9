"""Managing documents and the study's facts, and project search over every kind of text (issue 15)."""

from __future__ import annotations

import sqlite3

import pytest

from app.core import codebook, documents, memos, units
from app.core.errors import InvalidOperation
from app.core.project import create_project, open_project
from app.core.search import fts_query, search_project
from app.core.study import set_study_properties
from app.importers.base import ImportedText

TEXT = ("After the operation she joined a rehabilitation programme. The exercises were hard at first; "
        "the heart failure nurse phoned every week. Exercise became part of the day.")
OTHER = "A second interview: the nurse came on Tuesdays and nobody mentioned rehab at all."


def _study(tmp_path):
    project = create_project(tmp_path / "s.lectio", title="Rehab at home", reviewer="Ana Ruiz")
    a = documents.add_document(project, ImportedText(TEXT, "txt"), name="Interview A", original=b"a").value
    b = documents.add_document(project, ImportedText(OTHER, "txt"), name="Interview B", original=b"b").value
    return project, a, b


def _count(path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_rename_refuses_a_taken_name_and_undo_gives_the_old_name_back(tmp_path) -> None:
    project, a, b = _study(tmp_path)
    with pytest.raises(InvalidOperation, match="already a document called 'Interview B'"):
        documents.rename_document(project, a.id, "interview b")
    with pytest.raises(InvalidOperation, match="needs a name"):
        documents.rename_document(project, a.id, "   ")
    outcome = documents.rename_document(project, a.id, "  Mrs  Khan, 14 March ")
    assert [d.name for d in documents.list_documents(project)] == ["Mrs Khan, 14 March", "Interview B"]
    outcome.undo(project)
    assert [d.name for d in documents.list_documents(project)] == ["Interview A", "Interview B"]
    project.close()


def test_removing_a_document_counts_what_goes_with_it_and_undo_puts_it_all_back(tmp_path) -> None:
    project, a, b = _study(tmp_path)
    u1 = units.create_unit(project, a.id, 0, 23, condensed="surgery first").value
    u2 = units.create_unit(project, a.id, 24, 60).value
    units.add_annotation(project, u1.id, "turning point")
    code = codebook.create_code(project, "Recovery").value
    codebook.assign_code(project, u1.id, code.id)
    codebook.assign_code(project, u2.id, code.id)
    counts = documents.removal_counts(project, a.id)
    assert (counts.units, counts.notes, counts.codings) == (2, 1, 2)
    assert counts.sentence() == "2 meaning units, 1 note and 2 codings"
    removed = documents.delete_document(project, a.id)
    path = project.path
    assert [d.name for d in documents.list_documents(project)] == ["Interview B"]
    assert _count(path, "SELECT count(*) FROM meaningunit") == 0
    assert _count(path, "SELECT count(*) FROM coding") == 0
    assert [h.document_name for h in search_project(project, "surgery")] == []
    removed.undo(project)
    assert [d.name for d in documents.list_documents(project)] == ["Interview A", "Interview B"]
    assert _count(path, "SELECT count(*) FROM coding") == 2
    assert {h.where for h in search_project(project, "surgery")} == {"condensed"}
    project.close()


def test_study_title_and_question_change_together_and_undo(tmp_path) -> None:
    project, _a, _b = _study(tmp_path)
    outcome = set_study_properties(project, title="Rehabilitation at home", research_question="What helps?")
    assert (project.title, project.meta("research_question")) == ("Rehabilitation at home", "What helps?")
    set_study_properties(project, research_question="What helps, and what gets in the way?")
    assert project.title == "Rehabilitation at home"
    with pytest.raises(InvalidOperation, match="needs a title"):
        set_study_properties(project, title=" ")
    outcome.undo(project)
    assert project.title == "Rehab at home"
    project.close()


def test_query_words_are_prefixes_and_quotes_make_a_phrase() -> None:
    assert fts_query('rehab "heart failure" AND') == '"rehab"* "heart failure" "AND"*'
    assert fts_query('"') == "" and fts_query("  ") == ""


def test_search_finds_inflections_and_prefixes_and_marks_the_words(tmp_path) -> None:
    project, a, b = _study(tmp_path)
    hits = search_project(project, "rehab")
    assert {(h.document_name, h.context[h.marks[0][0]:h.marks[0][1]]) for h in hits} == {
        ("Interview A", "rehabilitation"), ("Interview B", "rehab")}
    found = [TEXT[h.start:h.end] for h in search_project(project, "exercise")]
    assert sorted(found) == ["Exercise", "exercises"]
    assert [TEXT[h.start:h.end] for h in search_project(project, '"heart failure nurse"')] == ["heart failure nurse"]
    assert search_project(project, '"failure heart"') == []
    assert all(h.where == "text" for h in hits)
    project.close()


def test_search_labels_condensed_meanings_notes_memos_and_codes(tmp_path) -> None:
    project, a, b = _study(tmp_path)
    unit = units.create_unit(project, a.id, 24, 60, condensed="Joined physiotherapy sessions").value
    units.add_annotation(project, unit.id, "Physiotherapy is where the carer first felt useful")
    memos.set_memo(project, "document", a.id, "Physiotherapy dominates the first weeks")
    codebook.create_code(project, "Therapy", definition="Any physiotherapy or rehab activity")
    hits = search_project(project, "physio")
    where = {(h.where, h.document_name) for h in hits}
    assert where == {("condensed", "Interview A"), ("note", "Interview A"), ("memo", "Interview A"),
                     ("code", "")}
    note = next(h for h in hits if h.where == "note")
    assert (note.unit_id, note.start, note.end) == (unit.id, 24, 60)
    assert next(h for h in hits if h.where == "code").label == "Code Therapy"
    units.set_condensed(project, unit.id, "Joined the sessions")  # the index follows every edit
    assert {h.where for h in search_project(project, "physio")} == {"note", "memo", "code"}
    project.close()


def test_a_version_2_file_gets_the_new_search_index_filled(tmp_path) -> None:
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parents[1] / "fixtures" / "project_v2.lectio"
    path = tmp_path / "old.lectio"
    shutil.copy(fixture, path)
    with open_project(path) as project:
        docs = documents.list_documents(project)
        word = next(w for w in documents.get_document(project, docs[0].id).text.split() if w.isalpha() and len(w) > 4)
        assert any(h.document_id == docs[0].id for h in search_project(project, word))
    assert _count(path, "SELECT count(*) FROM sqlite_master WHERE name = 'document_fts'") == 0


def test_a_file_without_the_search_index_gets_it_on_the_first_search(tmp_path) -> None:
    project, a, _b = _study(tmp_path)
    path = project.path
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE search_fts")
    conn.commit()
    conn.close()
    with open_project(path, backup=False) as again:
        assert [h.document_name for h in search_project(again, "exercise")][:1] == ["Interview A"]
