"""Deleting a document permanently (withdrawn consent): its text, units and notes leave the study, the change log,
the search index, the audit trail's sentences, the file's free pages and the automatic backups; the undo history
of other work survives. The proof is the raw bytes of every file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.consensus.icr import draw_sample, save_plan
from app.core import history
from app.core.backups import backup_dir_for, list_backups, take_backup
from app.core.codebook import assign_code, create_code, delete_code, list_codes, update_code
from app.core.documents import add_document, delete_document, list_documents
from app.core.errors import NotFound
from app.core.memos import set_memo
from app.core.project import create_project, open_project
from app.core.purge import purge_document
from app.core.reviewers import find_reviewer
from app.core.search import search_project
from app.core.text_correction import correct_text
from app.core.units import add_annotation, create_unit, delete_unit, list_units, set_condensed
from app.importers.base import ImportedText

SECRET = "Quigglesworth"  # the withdrawn participant's name: in the text, a note, a condensed meaning
WITHDRAWN = (f"{SECRET}: I was treated at Ravensmoor Infirmary by Dr Pemberton-Aldous. "
             "The night nurse, Ottoline, sang to me.")
KEPT = "Interviewer: how was the ward? Participant: the ward was calm and the nurses were kind."
GONE = (SECRET, "Ravensmoor", "Pemberton", "Ottoline")


def _absent(raw: bytes, where: str) -> None:
    low = raw.lower()
    for word in GONE:
        for encoded in (word.encode("utf-8"), word.encode("utf-16-le")):
            assert encoded.lower() not in low, f"{word} still in {where}"
    assert b"quiggleswor" not in low and b"ravensmoor" not in low, where  # FTS keeps stems, lower case


def _study(path: Path) -> dict[str, str]:
    ids: dict[str, str] = {}
    with create_project(path, reviewer="Rita") as p:
        gone = add_document(p, ImportedText(WITHDRAWN, "txt"), name=f"Interview {SECRET}",
                            original=WITHDRAWN.encode(), original_name=f"{SECRET.lower()}.txt").value
        kept = add_document(p, ImportedText(KEPT, "txt"), name="Interview 2", original=KEPT.encode(),
                            original_name="two.txt").value
        ids["gone"], ids["kept"] = gone.id, kept.id
        code = create_code(p, "Kindness").value
        ids["code"] = code.id
        unit = create_unit(p, gone.id, 0, 40).value
        set_condensed(p, unit.id, f"{SECRET} at Ravensmoor")
        add_annotation(p, unit.id, f"{SECRET} trusts Dr Pemberton-Aldous")
        assign_code(p, unit.id, code.id)
        dropped = create_unit(p, gone.id, 45, 80).value  # deleted again: it lives only in the change log
        delete_unit(p, dropped.id)
        set_memo(p, "document", gone.id, f"Memo on {SECRET}")
        correct_text(p, gone.id, WITHDRAWN.replace("sang", "hummed"))  # an earlier text version kept
        kept_unit = create_unit(p, kept.id, KEPT.index("the ward was"), KEPT.index(" and")).value
        assign_code(p, kept_unit.id, code.id)
        ids["kept_unit"] = kept_unit.id
        save_plan(p, draw_sample(p, 1.0, seed=7))  # the ICR plan names the documents it drew
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("purge") / "study.lectio"
    ids = _study(path)
    take_backup(path)
    assert SECRET.encode() in path.read_bytes()  # the test can see the name where it is
    return path, ids


@pytest.fixture
def study(template, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """This test's own copy of the study and its backup folder."""
    source, ids = template
    path = tmp_path / source.name
    shutil.copy2(source, path)
    shutil.copytree(backup_dir_for(source), backup_dir_for(path))
    return path, ids


@pytest.mark.slow  # the study is built once (0.5 s), then the study and its backup are rewritten
def test_a_permanently_deleted_document_leaves_no_byte_behind(study):
    path, ids = study
    with open_project(path, backup=False) as p:
        update_code(p, ids["code"], name="Kind care")  # later work of another kind: stays undoable
        result = purge_document(p, ids["gone"]).value
        assert (result.units, result.notes, result.codings) == (1, 1, 1)
        assert result.history_rows > 0 and result.steps_removed >= 5
        assert [b.action for b in result.backups] == ["scrubbed"]
        assert [d.name for d in list_documents(p)] == ["Interview 2"]
        assert [u.id for u in list_units(p)] == [ids["kept_unit"]]
        assert not search_project(p, SECRET) and search_project(p, "calm")
        assert "[deleted document]" in p.meta("icr_plan")
        log = [e.label for e in history.history(p)]
        assert not any(SECRET in label for label in log)
        assert history.undo(p).value.label == "Rename code"  # other work's undo survives
        assert history.undo(p).value.label == "Plan double coding of 2 of 2 documents"
        assert history.undo(p).value.label == "Assign code"
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-journal").exists()
    _absent(path.read_bytes(), path.name)
    folder = backup_dir_for(path)
    files = list(folder.iterdir())
    assert files and all(f.suffix == ".lectio" for f in files)  # no temporary copy left behind
    for backup in files:
        _absent(backup.read_bytes(), backup.name)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_fts, 'row')")
        terms = {t for (t,) in conn.execute("SELECT term FROM temp.terms")}
        assert "calm" in terms and not any(t.startswith(("quiggl", "ravensmoor", "ottolin")) for t in terms)
        audit = conn.execute("SELECT action, summary, details FROM auditevent WHERE action = 'purge'").fetchall()
        assert audit == [("purge", "Document permanently deleted",
                          audit[0][2])] and '"units": 1' in audit[0][2]
    finally:
        conn.close()
    with open_project(list_backups(path)[0].path, backup=False, read_only=True) as b:
        assert [d.name for d in list_documents(b)] == ["Interview 2"]  # the backup is still a study


def test_an_ordinary_removal_keeps_the_text_for_undo_and_the_permanent_one_is_not_undoable(study):
    path, ids = study
    with open_project(path, backup=False) as p:
        delete_document(p, ids["gone"])
        history.undo(p)  # back again
        outcome = purge_document(p, ids["gone"], backups="keep")
        assert outcome.undo(p).label == "Nothing to undo"
        assert ids["gone"] not in {d.id for d in list_documents(p)}
        assert [b for b in outcome.value.backups] == []
    _absent(path.read_bytes(), path.name)
    assert SECRET.encode() in list_backups(path)[0].path.read_bytes()  # kept on request, and said so


def test_backups_can_be_deleted_instead(study):
    path, ids = study
    with open_project(path, backup=False) as p:
        result = purge_document(p, ids["gone"], backups="delete").value
    assert [b.action for b in result.backups] == ["deleted"] and not list_backups(path)


def test_an_unknown_document_is_refused_and_nothing_changes(study):
    path, _ids = study
    before = path.read_bytes()
    with open_project(path, backup=False) as p, pytest.raises(NotFound):
        purge_document(p, "no-such-id")
    assert path.read_bytes() == before


def test_a_study_in_wal_mode_keeps_nothing_in_its_wal_file(study):
    """Lectio writes with a rollback journal; a file another tool switched to WAL is checkpointed and truncated."""
    path, ids = study
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    with open_project(path, backup=False) as p:
        purge_document(p, ids["gone"], backups="keep")
        wal = Path(f"{path}-wal")
        assert not wal.exists() or wal.stat().st_size == 0 or SECRET.encode() not in wal.read_bytes()
        _absent(wal.read_bytes() if wal.exists() else b"", wal.name)
        _absent(path.read_bytes(), path.name)


def test_a_step_that_also_touched_the_document_still_undoes_the_rest(study):
    """Deleting a code removed its codings in both documents (one step); after the permanent deletion, undoing that
    step brings the code back with the other document's coding only."""
    path, ids = study
    with open_project(path, backup=False) as p:
        delete_code(p, ids["code"])
        purge_document(p, ids["gone"], backups="keep")
        assert history.can_undo(p).label.startswith("Delete")
        history.undo(p)
        assert [c.name for c in list_codes(p)] == ["Kindness"]
        assert _codings(p) == {ids["kept_unit"]}
    _absent(path.read_bytes(), path.name)


def _codings(p) -> set[str]:  # type: ignore[no-untyped-def]
    with p.read_session() as s:
        return {u for (u,) in s.exec(text("SELECT unit_id FROM coding")).all()}


def test_copies_left_by_a_format_upgrade_are_rewritten_too(study):
    """``NAME.v3-backup.lectio`` beside the study: rewritten like the automatic backups (an older one is brought to
    this version's format on the way, and the report says so)."""
    path, ids = study
    same = path.with_name(f"{path.stem}.v3-backup.lectio")
    shutil.copy2(path, same)  # holds the document
    older = path.with_name(f"{path.stem}.v2-backup.lectio")
    shutil.copy2(Path(__file__).parents[1] / "fixtures" / "project_v3.lectio", older)  # an older file format
    with open_project(path, backup=False) as p:
        done = {b.path.name: b for b in purge_document(p, ids["gone"]).value.backups}
    assert done[same.name].action == "scrubbed" and done[same.name].reason == ""
    assert done[older.name].action == "scrubbed" and "file format" in done[older.name].describe()
    _absent(same.read_bytes(), same.name)
    with open_project(older, backup=False, read_only=True) as o:
        assert o.migrated_from is None  # now in this version's format
    assert not list(path.parent.glob("*.lock")) and not list(path.parent.glob(".rewrite-*"))


def test_the_name_leaves_the_sentences_that_name_it_and_no_others(tmp_path):
    """A document called "ward": "Import ward" loses the name, "Create code Ward routines" keeps its words."""
    from app.core.audit import audit_trail

    path = tmp_path / "words.lectio"
    with create_project(path, reviewer="Rita") as p:
        doc = add_document(p, ImportedText("Night notes.", "txt"), name="ward", original=b"Night notes.").value
        create_code(p, "Ward routines")
        purge_document(p, doc.id, backups="keep")
        sentences = [e.summary for e in audit_trail(p)]
    assert "Import [deleted document]" in sentences and "Create code Ward routines" in sentences
    assert "Document permanently deleted" in sentences and not any(s == "Import ward" for s in sentences)


@pytest.mark.slow  # a reviewer copy, a permanent deletion, a merge back, and the file's bytes
def test_merging_a_copy_made_before_does_not_bring_the_document_back(study, tmp_path):
    """A second reviewer got a copy before the participant withdrew, and coded the document in it; merging that
    copy back after the permanent deletion brings their other work, never the document, its units or notes."""
    from app.consensus.copies import create_reviewer_copy
    from app.consensus.merge import merge_file

    path, ids = study
    copy = tmp_path / "copy-for-bo.lectio"
    create_reviewer_copy(path, copy, "Bo")
    with open_project(copy, backup=False) as theirs:
        bo = find_reviewer(theirs, "Bo")
        theirs_unit = create_unit(theirs, ids["gone"], 0, 30, reviewer_id=bo.id).value  # in the withdrawn text
        add_annotation(theirs, theirs_unit.id, f"{SECRET} again", reviewer_id=bo.id)
        other = create_unit(theirs, ids["kept"], 0, 12, reviewer_id=bo.id).value  # ordinary work, elsewhere
    with open_project(path, backup=False) as p:
        purge_document(p, ids["gone"], backups="keep")
        merge_file(p, copy)
        assert [d.name for d in list_documents(p)] == ["Interview 2"]
        units = {u.id: u.document_id for u in list_units(p)}
        assert other.id in units and theirs_unit.id not in units
        assert set(units.values()) == {ids["kept"]}
        assert not search_project(p, SECRET)
