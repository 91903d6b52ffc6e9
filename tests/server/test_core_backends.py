"""The same behavioural tests of the core on both back-ends: a study file (SQLite) and a study on PostgreSQL.

Each test runs twice (the ``backend`` fixture); what a user notices — the codes, units, codings, documents,
search hits, and what undo and redo give back — must be the same.
"""

from __future__ import annotations

from app.core import codebook, documents, history, units
from app.core.overview import counts
from app.core.search import search_project
from app.importers.base import ImportedText

TEXT = ("I felt like furniture. Nobody asked me anything, not once. Then José sat down with us and asked "
        "about the exercises. Rehabilitation was hard; heart failure made every walk feel longer.")


def _doc(study):
    return documents.add_document(study, ImportedText(TEXT, "txt"), name="Interview 1",
                                  original=TEXT.encode()).value


def _code_names(study) -> list[str]:
    return sorted(c.name for c in codebook.list_codes(study))


def test_create_rename_delete_a_code_and_undo_redo_each(study) -> None:
    code = codebook.create_code(study, "Not asked", definition="Patients not consulted").value
    assert _code_names(study) == ["Not asked"]
    codebook.update_code(study, code.id, name="Never asked")
    assert _code_names(study) == ["Never asked"]
    codebook.delete_code(study, code.id)
    assert _code_names(study) == []

    history.undo(study)
    assert _code_names(study) == ["Never asked"]
    assert codebook.get_code(study, code.id).definition == "Patients not consulted"
    history.undo(study)
    assert _code_names(study) == ["Not asked"]
    history.undo(study)
    assert _code_names(study) == []
    history.redo(study)
    history.redo(study)
    assert _code_names(study) == ["Never asked"]
    history.redo(study)
    assert _code_names(study) == []
    assert history.can_redo(study) is None


def test_units_codings_and_notes_come_back_whole_after_undoing_a_delete(study) -> None:
    doc = _doc(study)
    unit = units.create_unit(study, doc.id, 23, 58, condensed="not consulted").value
    code = codebook.create_code(study, "Not asked").value
    codebook.assign_code(study, unit.id, code.id)
    note = units.add_annotation(study, unit.id, "Repeated twice").value
    assert counts(study)["meaning_units"] == 1 and counts(study)["codings"] == 1

    units.delete_unit(study, unit.id)
    assert counts(study)["meaning_units"] == 0 and counts(study)["codings"] == 0
    history.undo(study)
    back = units.get_unit(study, unit.id)
    assert (back.start, back.end, back.text, back.condensed) == (23, 58, TEXT[23:58], "not consulted")
    assert counts(study)["codings"] == 1
    assert [n.text for n in units.list_annotations(study, doc.id)] == ["Repeated twice"]
    assert units.list_annotations(study, doc.id)[0].id == note.id


def test_deleting_a_document_cascades_and_undo_restores_everything(study) -> None:
    doc = _doc(study)
    unit = units.create_unit(study, doc.id, 0, 22).value
    code = codebook.create_code(study, "Objectified").value
    codebook.assign_code(study, unit.id, code.id)
    before = counts(study)
    documents.delete_document(study, doc.id)
    assert counts(study)["documents"] == 0 and counts(study)["codings"] == 0
    history.undo(study)
    assert counts(study) == before
    assert documents.original_bytes(study, doc.id) == TEXT.encode()
    history.redo(study)
    assert counts(study)["documents"] == 0


def test_import_a_file_then_undo_and_redo(study, tmp_path) -> None:
    from app.core.importing import import_files

    source = tmp_path / "Field note.txt"
    source.write_text(TEXT + "\n", encoding="utf-8")
    results = import_files(study, [source])
    assert [r.ok for r in results] == [True]
    assert [d.name for d in documents.list_documents(study)] == ["Field note"]
    again = import_files(study, [source])
    assert again[0].skipped
    history.undo(study)
    assert documents.list_documents(study) == []
    history.redo(study)
    assert [d.name for d in documents.list_documents(study)] == ["Field note"]


def test_search_finds_text_condensed_meanings_notes_and_codes(study) -> None:
    doc = _doc(study)
    unit = units.create_unit(study, doc.id, 23, 58, condensed="patient never consulted").value
    units.add_annotation(study, unit.id, "The consultation theme again")
    codebook.create_code(study, "Exercise", definition="Walking and rehabilitation exercises")

    hits = search_project(study, "rehab")  # a prefix, in the text and in the code's definition
    assert {h.where for h in hits} == {"text", "code"}
    text_hit = next(h for h in hits if h.where == "text")
    assert TEXT[text_hit.start:text_hit.end].lower().startswith("rehab")
    assert {h.where for h in search_project(study, "consult")} == {"condensed", "note"}
    phrase = search_project(study, '"heart failure"')
    assert [TEXT[h.start:h.end] for h in phrase] == ["heart failure"]
    assert search_project(study, '"failure heart"') == []
    history.undo(study)  # the code goes: so does its entry in the index
    assert {h.where for h in search_project(study, "rehab")} == {"text"}


def test_study_properties_and_merged_codes_undo(study) -> None:
    from app.core.study import set_study_properties

    set_study_properties(study, title="Recovery after heart failure")
    assert study.title == "Recovery after heart failure"
    history.undo(study)
    assert study.title == "Both"

    doc = _doc(study)
    unit = units.create_unit(study, doc.id, 0, 22).value
    a = codebook.create_code(study, "Furniture").value
    b = codebook.create_code(study, "Objects").value
    codebook.assign_code(study, unit.id, b.id)
    codebook.merge_codes(study, a.id, [b.id])
    assert _code_names(study) == ["Furniture"]
    history.undo(study)
    assert _code_names(study) == ["Furniture", "Objects"]


def test_the_figures_and_the_comparison_read_the_same_rows(study) -> None:
    from app.analysis.data import load, unit_count
    from app.consensus.common import load_units

    doc = _doc(study)
    unit = units.create_unit(study, doc.id, 0, 22).value
    for name in ("Objectified", "Silence"):
        codebook.assign_code(study, unit.id, codebook.create_code(study, name).value.id)
    assert unit_count(study) == 1
    data = load(study)
    assert len(data.units) == 1 and len(data.units[0][-1]) == 2
    rows = load_units(study, [study.reviewer_id])[study.reviewer_id]
    assert len(rows) == 1
    assert sorted(rows[0].code_ids) == sorted(c.id for c in codebook.list_codes(study))


def test_search_folds_accents_and_case_on_both_back_ends(study) -> None:
    text = "Frau Müller said the ÉQUIPE at the Café never listened; Muller is her maiden name."
    doc = documents.add_document(study, ImportedText(text, "txt"), name="Interview 2", original=text.encode()).value
    codebook.create_code(study, "Désespoir", definition="Hopelessness")
    for query in ("muller", "MÜLLER", "Müll"):
        hits = [h for h in search_project(study, query) if h.where == "text"]
        assert [h.document_id for h in hits] == [doc.id] * len(hits) and hits
        marked = {text[a:b] for h in hits for a, b in h.words} or {text[h.start:h.end] for h in hits}
        assert marked == {"Müller", "Muller"}, query  # the words as written, accents kept
    assert {text[h.start:h.end] for h in search_project(study, "cafe")} == {"Café"}
    assert {text[h.start:h.end] for h in search_project(study, "equipe")} == {"ÉQUIPE"}
    assert [h.where for h in search_project(study, "desespoir")] == ["code"]
