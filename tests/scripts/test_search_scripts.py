"""Search in Japanese (no spaces between words), Arabic and Hebrew (attached articles), and Latin as before."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core import codebook, documents, units
from app.core.project import create_project, open_project
from app.core.search import search_project
from app.importers.base import ImportedText
from tests.scripts.texts import text

ENGLISH = "The exercises were hard at first; the heart failure nurse phoned every week."


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("scripts") / "s.lectio"
    project = create_project(path, title="Scripts", reviewer="Ana Ruiz")
    ids = {}
    for name in ("arabic", "japanese", "hebrew"):
        ids[name] = documents.add_document(project, ImportedText(text(name), "txt"), name=name,
                                           original=name.encode()).value.id
    ids["english"] = documents.add_document(project, ImportedText(ENGLISH, "txt"), name="english",
                                            original=b"e").value.id
    yield project, ids
    project.close()


def _found(project, query: str) -> list[tuple[str, str]]:
    """(document, the words marked in the document) of each hit in text."""
    out = []
    for hit in search_project(project, query):
        if hit.where == "text":
            body = documents.get_document(project, hit.document_id).text
            out.append((hit.document_name, "|".join(body[a:b] for a, b in hit.words)))
    return out


def test_a_japanese_word_inside_a_run_of_text_is_found_with_three_or_two_characters(study) -> None:
    project, _ids = study
    assert _found(project, "看護師") == [("japanese", "看護師")]  # nurse, in the middle of a sentence
    assert _found(project, "病院") == [("japanese", "病院")]  # hospital: two characters, below a trigram
    assert _found(project, "退院して") == [("japanese", "退院して")]
    hits = search_project(project, "看護師")
    assert hits[0].context[hits[0].marks[0][0]:hits[0].marks[0][1]] == "看護師"  # the snippet marks it too
    assert _found(project, "宇宙") == []


def test_an_arabic_or_hebrew_word_is_found_with_or_without_its_article(study) -> None:
    project, _ids = study
    assert _found(project, "المستشفى") == [("arabic", "المستشفى")]  # "the hospital", as written
    assert _found(project, "مستشفى") == [("arabic", "مستشفى")]  # "hospital", inside "the hospital"
    assert _found(project, "הייתה") == [("hebrew", "הייתה")]
    assert _found(project, "חולים") == [("hebrew", "חולים")]


def test_latin_search_keeps_its_stemming_and_phrases(study) -> None:
    project, _ids = study
    assert _found(project, "exercise") == [("english", "exercises")]
    assert _found(project, '"heart failure"') == [("english", "heart failure")]


def test_a_condensed_meaning_in_japanese_and_its_undo_follow_the_index(study) -> None:
    project, ids = study
    unit = units.create_unit(project, ids["japanese"], 0, 5).value
    outcome = units.set_condensed(project, unit.id, "家族の支援が心の支え")
    assert [h.where for h in search_project(project, "支援")] == ["condensed"]
    outcome.undo(project)
    assert search_project(project, "支援") == []
    codebook.create_code(project, "孤独感")
    assert [h.label for h in search_project(project, "孤独感")] == ["Code 孤独感"]


def test_a_version_3_file_gets_the_cjk_index_filled_when_it_migrates(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "fixtures" / "project_v3.lectio"
    path = tmp_path / "old.lectio"
    shutil.copy(fixture, path)
    conn = sqlite3.connect(path)
    doc_id = conn.execute("SELECT id FROM document LIMIT 1").fetchone()[0]
    # a Japanese sentence written into the old file's text (as a version-3 Lectio would have stored it)
    conn.execute("UPDATE document SET text = text || '\n病院の看護師' WHERE id = ?", (doc_id,))
    conn.commit()
    conn.close()
    with open_project(path) as project:
        assert [h.document_id for h in search_project(project, "看護師")] == [doc_id]
        assert [h.document_id for h in search_project(project, "病院")] == [doc_id]


def test_removing_a_japanese_document_removes_it_from_the_index_and_undo_brings_it_back(tmp_path: Path) -> None:
    with create_project(tmp_path / "j.lectio", title="J", reviewer="Ana Ruiz") as project:
        doc = documents.add_document(project, ImportedText(text("japanese"), "txt"), name="japanese",
                                     original=b"j").value
        removed = documents.delete_document(project, doc.id)
        assert search_project(project, "看護師") == [] and search_project(project, "病院") == []
        removed.undo(project)
        assert [h.document_name for h in search_project(project, "看護師")] == ["japanese"]
        conn = sqlite3.connect(project.path)
        try:  # exactly one entry of the study in the second index: nothing left behind, nothing twice
            assert conn.execute("SELECT count(*) FROM search_cjk").fetchone()[0] == 1
        finally:
            conn.close()
