"""Correcting text after coding: every unit stays on its words, touched units wait for review, and the
correction is one undoable operation, from core and from the command line."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import Session, select

from app.core import documents, history, units
from app.core.importing import import_files
from app.core.models import Document, MeaningUnit
from app.core.models_people import Turn
from app.core.models_textfix import TextVersion
from app.core.project import create_project, open_project
from app.core.text_correction import (
    correct_text,
    count_to_review,
    find_places,
    mark_reviewed,
    replace_all,
    units_to_review,
)
from app.importers.base import ImportedText

REPO = Path(__file__).resolve().parents[2]
TRANSCRIPT = ("Interviewer: How did the first visit go?\n"
              "Anna: The nurse came at nine. She checked the pills and wrote it down.\n"
              "Interviewer: And then?\n"
              "Anna: Then she left. Nobody told me anything.\n")


def lectio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def study(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A transcript with four units of two reviewers, two speaker turns of Anna, and two pages."""
    path = tmp_path / "s.lectio"
    with create_project(path, title="Correct", reviewer="Ada") as p:
        doc = documents.add_document(p, ImportedText(text=TRANSCRIPT, kind="txt", page_starts=[0, 83]),
                                     name="Interview 1", original=TRANSCRIPT.encode()).value
        from app.core.reviewers import add_reviewer

        ben = add_reviewer(p, "Ben").value.id

        def unit(words: str, reviewer: str | None = None) -> str:
            start = TRANSCRIPT.index(words)
            return units.create_unit(p, doc.id, start, start + len(words), reviewer_id=reviewer).value.id

        ids = {"nine": unit("The nurse came at nine."), "pills": unit("She checked the pills"),
               "left": unit("Then she left."), "told": unit("Nobody told me anything.", ben), "doc": doc.id}
        with Session(p.engine) as s, s.begin():
            for words in ("Anna: The nurse", "Anna: Then"):
                start = TRANSCRIPT.index(words)
                s.add(Turn(document_id=doc.id, start=start, end=TRANSCRIPT.index("\n", start), speaker="Anna",
                           seconds=12.0))
    return path, ids


def words_of(path: Path) -> dict[str, str]:
    with open_project(path, backup=False) as p:
        doc = documents.get_document(p, documents.list_documents(p)[0].id)
        return {u.id: doc.text[u.start:u.end] for u in units.list_units(p)} | {"": doc.text}


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_units_outside_the_edits_keep_their_words_and_touched_ones_wait_for_review(tmp_path: Path) -> None:
    path, ids = study(tmp_path)
    corrected = (TRANSCRIPT.replace("at nine", "at ten").replace("How did", "So how did")
                 .replace("Then she left. ", ""))
    with open_project(path) as p:
        report = correct_text(p, "Interview 1", corrected).value
        assert (report.places, len(report.changed), len(report.deleted)) == (3, 1, 1)
        assert report.moved == 2  # "pills" and Ben's "told" moved with the text before them
        waiting = {i.unit_id: i for i in units_to_review(p)}
        assert set(waiting) == {ids["nine"], ids["left"]}
        assert (waiting[ids["nine"]].old_text, waiting[ids["nine"]].new_text) == ("The nurse came at nine.",
                                                                                  "The nurse came at ten.")
        assert waiting[ids["left"]].status == "deleted" and waiting[ids["left"]].start == waiting[ids["left"]].end
        with Session(p.engine) as s:
            doc = s.get(Document, ids["doc"])
            assert doc.text == corrected
            assert doc.sha256 == hashlib.sha256(TRANSCRIPT.encode()).hexdigest()  # the original file's, still
            assert doc.text_sha256 == hashlib.sha256(corrected.encode()).hexdigest()
            assert json.loads(doc.page_starts) == [0, 83 + 3 - 1]  # the page after the edits starts later
            turns = sorted(s.exec(select(Turn)), key=lambda t: t.start)
            assert [corrected[t.start:t.end] for t in turns] == [
                "Anna: The nurse came at ten. She checked the pills and wrote it down.",
                "Anna: Nobody told me anything."]
            assert [v.text for v in s.exec(select(TextVersion))] == [TRANSCRIPT]
    after = words_of(path)
    assert after[ids["pills"]] == "She checked the pills" and after[ids["told"]] == "Nobody told me anything."
    assert after[ids["nine"]] == "The nurse came at ten." and after[ids["left"]] == ""
    with open_project(path) as p:
        history.undo(p)
        assert count_to_review(p) == 0
    assert words_of(path) == {**{k: v for k, v in words_of(path).items()}, "": TRANSCRIPT}
    restored = words_of(path)
    assert restored[ids["left"]] == "Then she left." and restored[ids["nine"]] == "The nurse came at nine."
    with open_project(path) as p:
        history.redo(p)
        assert count_to_review(p) == 2
        assert mark_reviewed(p).value == 2 and count_to_review(p) == 0


def test_find_and_replace_across_the_study_is_one_operation_with_a_preview(tmp_path: Path) -> None:
    path, ids = study(tmp_path)
    with open_project(path) as p:
        places = find_places(p, r"\bAnna\b", "P01", regex=True)
        assert [pl.found for pl in places] == ["Anna", "Anna"] and places[0].replacement == "P01"
        outcome = replace_all(p, "Anna", "P01")
        assert outcome.label == "Corrected 2 places in Interview 1"
        assert count_to_review(p) == 0  # no unit held the name
        with Session(p.engine) as s:
            assert [t.start for t in s.exec(select(Turn))] == [TRANSCRIPT.index("Anna: The") ,
                                                              TRANSCRIPT.index("Anna: Then") - 1]
        history.undo(p)
        assert "Anna:" in documents.get_document(p, ids["doc"]).text
        with pytest.raises(Exception, match="not valid"):
            find_places(p, "(unclosed", "x", regex=True)


@pytest.mark.slow
def test_the_command_line_prints_what_moved_and_what_needs_review(tmp_path: Path) -> None:
    path, ids = study(tmp_path)
    printed = lectio("text", str(path), "Interview 1").stdout  # as a researcher would start: the text, edited
    new_file = tmp_path / "corrected.txt"
    new_file.write_bytes(printed.replace("at nine", "at ten").replace("\n", "\r\n").encode("utf-8-sig"))
    done = lectio("replace-text", str(path), "Interview 1", str(new_file))
    assert done.returncode == 0, done.stderr
    # line ends and the final newline of the saved file are not corrections: one word is
    assert "Interview 1: corrected 1 place; 3 units moved, 1 changed, 0 deleted" in done.stdout
    assert "“The nurse came at nine.” → “The nurse came at ten.”" in done.stdout
    assert "1 unit needs review" in done.stdout
    info = json.loads(lectio("info", str(path), "--json").stdout)
    assert info["units_to_review"] == 1
    listed = json.loads(lectio("units-to-review", str(path), "--json").stdout)
    assert [(u["old"], u["new"]) for u in listed] == [("The nurse came at nine.", "The nurse came at ten.")]
    dry = lectio("replace", str(path), "nurse", "district nurse", "--dry-run")
    assert dry.returncode == 0 and "[nurse → district nurse]" in dry.stdout
    assert "district" not in words_of(path)[""]
    done = lectio("replace", str(path), "nurse", "district nurse", "--json")
    data = json.loads(done.stdout)
    assert data["units_changed"] == 1 and data["documents"][0]["places"] == 1
    assert words_of(path)[ids["nine"]] == "The district nurse came at ten."
    assert lectio("mark-reviewed", str(path)).returncode == 0
    assert json.loads(lectio("info", str(path), "--json").stdout)["units_to_review"] == 0
    same = lectio("replace-text", str(path), "Interview 1", str(tmp_path / "missing.txt"))
    assert same.returncode == 1 and "missing.txt: no such file" in same.stderr
    nothing = lectio("replace", str(path), "zebra", "horse")
    assert nothing.returncode == 1 and "was not found" in nothing.stderr


@pytest.mark.slow
def test_a_reviewer_copy_carries_the_corrected_text(tmp_path: Path) -> None:
    path, ids = study(tmp_path)
    with open_project(path) as p:
        correct_text(p, ids["doc"], TRANSCRIPT.replace("nine", "ten"))
    copy = tmp_path / "ben.lectio"
    assert lectio("reviewer-copy", str(path), str(copy), "--reviewer", "Ben").returncode == 0
    assert "at ten" in lectio("text", str(copy), "Interview 1").stdout


def test_imported_files_keep_their_duplicate_check_after_correction(tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    with create_project(tmp_path / "d.lectio") as p:
        import_files(p, [src])
        correct_text(p, documents.list_documents(p)[0].id, TRANSCRIPT.replace("nine", "ten"))
        again = import_files(p, [src])
        assert again[0].skipped and len(documents.list_documents(p)) == 1
        with Session(p.engine) as s:
            assert s.exec(select(MeaningUnit)).all() == []


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_merge_lists_a_text_corrected_in_one_file_and_places_the_other_units_on_our_words(tmp_path: Path) -> None:
    from app.consensus.copies import create_reviewer_copy
    from app.consensus.merge import merge_file, resolve_conflict

    path, ids = study(tmp_path)
    copy = tmp_path / "ben.lectio"
    create_reviewer_copy(path, copy, "Ben")
    corrected = "[Recording starts]\n" + TRANSCRIPT.replace("at nine", "at ten")
    with open_project(copy) as theirs:
        theirs.reviewer_id = next(r.id for r in theirs.reviewers() if r.name == "Ben")
        correct_text(theirs, ids["doc"], corrected)
        start = corrected.index("wrote it down")
        bens = units.create_unit(theirs, ids["doc"], start, start + len("wrote it down")).value.id
    with open_project(path) as ours:
        result = merge_file(ours, copy).value
        listed = [c for c in result.conflicts if c.kind == "text_differs"]
        assert len(listed) == 1 and "Interview 1" in listed[0].describe()
        assert any("the text differs between the two files" in w for w in result.warnings)
        body = documents.get_document(ours, ids["doc"]).text
        assert body == TRANSCRIPT  # our text is kept until someone decides
        unit = units.get_unit(ours, bens)
        assert body[unit.start:unit.end] == "wrote it down"  # Ben's unit on the same words of our text
        resolve_conflict(ours, listed[0], "theirs")  # take Ben's corrected text: a correction here
        body = documents.get_document(ours, ids["doc"]).text
        assert body == corrected
        words = {u.id: body[u.start:u.end] for u in units.list_units(ours)}
        assert words[bens] == "wrote it down" and words[ids["pills"]] == "She checked the pills"
        assert words[ids["nine"]] == "The nurse came at ten."


@pytest.mark.slow
def test_on_the_demo_the_summaries_match_the_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.lectio"
    assert lectio("demo", str(path)).returncode == 0
    before = words_by_unit(path)
    done = lectio("replace", str(path), "nurse", "district nurse", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    after = words_by_unit(path)
    changed = {u for u in before if before[u] != after[u]}
    waiting = json.loads(lectio("units-to-review", str(path), "--json").stdout)
    assert {w["unit"] for w in waiting} == changed  # exactly the units whose words changed are listed
    assert summary["units_changed"] + summary["units_deleted"] == len(changed)
    assert json.loads(lectio("info", str(path), "--json").stdout)["units_to_review"] == len(changed)
    for unit_id in set(before) - changed:
        assert after[unit_id] == before[unit_id]
    with open_project(path, backup=False) as p:
        body_of = {d.id: documents.get_document(p, d.id).text for d in documents.list_documents(p)}
        for u in units.list_units(p):
            assert body_of[u.document_id][u.start:u.end] == u.text  # every unit's stored words are its span's
        moved = sum(1 for u in units.list_units(p) if u.id in before)
    assert moved == len(before)
    assert summary["units_moved"] > 0


def words_by_unit(path: Path) -> dict[str, str]:
    with open_project(path, backup=False) as p:
        return {u.id: u.text for u in units.list_units(p)}
