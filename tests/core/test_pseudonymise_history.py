"""Pseudonymising also in the history and the backups: the change log keeps the steps it can, with the names
replaced, and says how many were lost; the backups made before get the same codes (or are deleted). The proof is
the raw bytes of the study and of every backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.core import history
from app.core.backups import backup_dir_for, list_backups, take_backup
from app.core.codebook import create_code, list_codes, update_code
from app.core.codebook_versions import take_snapshot
from app.core.documents import add_document, find_document, get_document
from app.core.importing import import_files
from app.core.memos import get_memo, set_memo
from app.core.participants import add_participant, list_participants, rename_participant
from app.core.project import create_project, open_project
from app.core.pseudonymise import pseudonymise
from app.core.units import create_unit
from app.importers.base import ImportedText

pytestmark = pytest.mark.slow  # the study is built once (2 s); each pseudonymisation rewrites two files

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How was St Mary's Hospital?</v>

00:00:05.000 --> 00:00:09.000
<v Anna Lindqvist>Hard. Dr Okonkwo at St Mary's Hospital was kind to me.</v>
"""
CALM = "The ward was calm and the nurses were kind."
NAMES = [("Okonkwo", ""), ("St Mary's Hospital", "[hospital]")]
GONE = ("Lindqvist", "Okonkwo", "St Mary's", "Fenwick", "Bertram")


def _absent(raw: bytes, where: str) -> None:
    low = raw.lower()
    for word in GONE:
        for encoded in (word.encode("utf-8"), word.encode("utf-16-le")):
            assert encoded.lower() not in low, f"{word} still in {where}"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    path = folder / "study.lectio"
    source = folder / "anna-lindqvist.vtt"
    source.write_text(VTT, encoding="utf-8")
    with create_project(path, reviewer="Rita") as p:
        assert import_files(p, [source])[0].ok
        calm = add_document(p, ImportedText(CALM, "txt"), name="Ward notes", original=CALM.encode()).value
        diary = "Day one.\nOkonkwo came back."  # a name right after a line break (an escaped \n in the JSON)
        add_document(p, ImportedText(diary, "txt"), name="Diary", original=diary.encode())
        create_unit(p, calm.id, 0, 22)
        bert = add_participant(p, "Bertram Fenwick").value
        rename_participant(p, bert, "Bert F")  # the old name lives on only in the change log
        code = create_code(p, "Care from Okonkwo").value
        update_code(p, code.id, definition="What Anna Lindqvist said of Dr Okonkwo")
        update_code(p, code.id, inclusion="Said of him:\nOkonkwo listened")  # after a line break, in JSON too
        take_snapshot(p, "after pilot coding")  # the codebook as JSON, the inclusion note in it
        set_memo(p, "project", "", "Ask St Mary's Hospital for the ward list")
        doc = get_document(p, find_document(p, "anna-lindqvist").id)
        create_unit(p, doc.id, doc.text.index("Dr Okonkwo"), doc.text.index(" was kind"))
    take_backup(path)
    assert b"Fenwick" in path.read_bytes()
    return path


@pytest.fixture
def study(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / template.name
    shutil.copy2(template, path)
    shutil.copytree(backup_dir_for(template), backup_dir_for(path))
    return path


def test_scrubbed_history_keeps_what_it_can_with_the_codes_and_counts_what_it_lost(study, tmp_path):
    with open_project(study, backup=False) as p:
        steps = history.undoable_count(p)
        value = pseudonymise(p, NAMES, tmp_path / "key.csv", history="scrub", backups="scrub").value
        assert value["undo_steps_kept"] >= 4 and value["undo_steps_lost"] >= 2
        assert value["undo_steps_kept"] + value["undo_steps_lost"] == steps
        assert [b.action for b in value["backups"]] == ["scrubbed"]
        assert {q.name for q in list_participants(p)} >= {"P01", "P02"}
        labels = [e.label for e in history.history(p)]
        assert not any("Okonkwo" in label for label in labels)
        # the unit made in the interview (offsets into the old text) is lost; the memo's step before it is kept
        assert history.can_undo(p).label == "Edit memo"
        assert get_memo(p, "project") == "Ask [hospital] for the ward list"
        history.undo(p)
        assert get_memo(p, "project") == ""
        history.redo(p)
        assert get_memo(p, "project") == "Ask [hospital] for the ward list"
    _absent(study.read_bytes(), study.name)
    for backup in backup_dir_for(study).iterdir():
        _absent(backup.read_bytes(), backup.name)
    assert not Path(f"{study}-wal").exists() and not Path(f"{study}-journal").exists()
    conn = sqlite3.connect(study)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_fts, 'row')")
        terms = {t for (t,) in conn.execute("SELECT term FROM temp.terms")}
        assert "p01" in terms and not any(t.startswith(("okonkwo", "lindqvist", "fenwick")) for t in terms)
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    finally:
        conn.close()
    with open_project(list_backups(study)[0].path, backup=False, read_only=True) as b:
        assert "P01: Hard. Dr [name] at [hospital] was kind to me." in get_document(
            b, find_document(b, "P01").id).text  # the same codes as the study's


def test_kept_steps_undo_in_the_pseudonymised_words(study, tmp_path):
    with open_project(study, backup=False) as p:
        pseudonymise(p, NAMES, tmp_path / "key.csv", history="scrub")
        code = list_codes(p)[0]
        assert code.name == "Care from [name]" and "P01" in code.definition
        while (step := history.can_undo(p)) is not None and step.label != "Create code Care from [name]":
            history.undo(p)
        assert step is not None
        history.undo(p)
        assert list_codes(p) == []
        history.redo(p)
        assert [c.name for c in list_codes(p)] == ["Care from [name]"]


def test_without_scrubbing_the_history_goes_whole_and_the_backups_stay_as_they_were(study, tmp_path):
    with open_project(study, backup=False) as p:
        steps = history.undoable_count(p)
        value = pseudonymise(p, NAMES, tmp_path / "key.csv").value
        assert (value["undo_steps_kept"], value["undo_steps_lost"]) == (0, steps)
        assert value["backups"] == [] and history.can_undo(p) is None
    _absent(study.read_bytes(), study.name)
    assert b"Okonkwo" in list_backups(study)[0].path.read_bytes()  # kept: the caller says so


def test_backups_can_be_deleted(study, tmp_path):
    with open_project(study, backup=False) as p:
        value = pseudonymise(p, NAMES, tmp_path / "key.csv", history="scrub", backups="delete").value
    assert [b.action for b in value["backups"]] == ["deleted"] and list_backups(study) == []
