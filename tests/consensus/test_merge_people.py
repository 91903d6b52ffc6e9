"""Participants, attributes, their values, a document's participant and speaker turns travel through merge and
reviewer copies: added, matched by name, conflicting values listed (and settled with ours/theirs), turns of the
same document kept when equal and listed when not."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.consensus.copies import create_reviewer_copy
from app.consensus.merge import merge_file, preview_merge, resolve_conflict
from app.core import attributes, participants
from app.core.documents import add_document
from app.core.ops import insert_rows, update_fields
from app.core.project import Project, create_project, open_project
from app.importers.base import ImportedText

TEXT = "Interviewer: How was it?\nP01: Hard at first.\nInterviewer: And now?\nP01: Better.\n"


def people(path: Path) -> dict[str, object]:
    """What a user sees of the study's people, read straight from the file, keyed by names."""
    conn = sqlite3.connect(path)
    try:
        values = conn.execute("SELECT p.name, a.name, v.value FROM attributevalue v JOIN participant p ON "
                              "p.id = v.participant_id JOIN attribute a ON a.id = v.attribute_id").fetchall()
        return {
            "participants": sorted(conn.execute("SELECT name, role FROM participant").fetchall()),
            "attributes": sorted(conn.execute("SELECT name, type, choices FROM attribute").fetchall()),
            "values": sorted(values),
            "owners": sorted(conn.execute("SELECT d.name, p.name FROM document d LEFT JOIN participant p "
                                          "ON p.id = d.participant_id").fetchall(), key=str),
            "turns": sorted(conn.execute("SELECT d.name, t.start, t.\"end\", t.speaker, p.name, t.seconds FROM turn t "
                                         "JOIN document d ON d.id = t.document_id LEFT JOIN participant p "
                                         "ON p.id = t.participant_id").fetchall(), key=str),
        }
    finally:
        conn.close()


def _study(path: Path) -> Project:
    p = create_project(path, title="Interviews", reviewer="Ana")
    interview = add_document(p, ImportedText(TEXT, "txt"), name="Interview 1", original=TEXT.encode()).value
    answer = add_document(p, ImportedText("A written answer.\n", "txt"), name="Answer", original=b"answer").value
    p01 = participants.add_participant(p, "P01").value
    interviewer = participants.add_participant(p, "Interviewer", role="interviewer").value
    p02 = participants.add_participant(p, "P02").value
    age = attributes.add_attribute(p, "Age", "number").value
    site = attributes.add_attribute(p, "Site", "choice", ["North", "South"]).value
    attributes.set_value(p, p01, age, "54")
    attributes.set_value(p, p01, site, "North")
    attributes.set_value(p, p02, age, "31")
    participants.assign_document(p, answer.id, p02)
    spans, at = [], 0
    for line in TEXT.splitlines(keepends=True):
        spans.append((at, at + len(line) - 1, line.split(":")[0]))
        at += len(line)
    ids = {"P01": p01, "Interviewer": interviewer}
    insert_rows(p, [("turn", {"id": f"turn-{i}", "document_id": interview.id, "start": s, "end": e, "speaker": who,
                              "participant_id": ids[who], "seconds": 12.5 * i}) for i, (s, e, who) in
                    enumerate(spans)], "turns")
    return p


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("people") / "template.lectio"
    _study(path).close()
    return path


@pytest.fixture
def lead(template: Path, tmp_path: Path) -> Project:
    shutil.copy(template, tmp_path / "lead.lectio")
    with open_project(tmp_path / "lead.lectio") as p:
        yield p


def test_blind_copy_carries_the_people_and_merging_it_back_changes_nothing(lead, tmp_path: Path) -> None:
    before = people(lead.path)
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    assert people(out) == before  # participants are not a reviewer's work: the copy has them all
    result = merge_file(lead, out).value
    assert not result.conflicts and "participant" not in result.added and "turn" not in result.added
    assert people(lead.path) == before


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_new_people_values_owners_and_choices_come_in(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    with open_project(out) as theirs:
        p03 = participants.add_participant(theirs, "P03").value
        site = attributes.find_attribute(theirs, "Site")
        update_fields(theirs, "attribute", site.id, {"choices": '["North", "South", "East"]'}, "choices")
        attributes.set_value(theirs, p03, site.id, "East")
        role = attributes.add_attribute(theirs, "Role", "text").value
        attributes.set_value(theirs, participants.find_participant(theirs, "P01").id, role, "Nurse")
        answer = next(d for d in theirs_docs(theirs) if d[1] == "Answer")
        participants.assign_document(theirs, answer[0], p03)
    before = people(lead.path)
    outcome = merge_file(lead, out)
    result = outcome.value
    assert not result.conflicts, result.lines()
    assert result.added["participant"] == 1 and result.added["attribute"] == 1
    assert result.added["attributevalue"] == 2
    after = people(lead.path)
    assert ("P03", "participant") in after["participants"]
    assert ("Site", "choice", '["North", "South", "East"]') in after["attributes"]
    assert {("P03", "Site", "East"), ("P01", "Role", "Nurse"), ("P01", "Age", "54")} <= set(after["values"])
    assert ("Answer", "P03") in after["owners"]  # the document's participant, assigned there, travels
    merge_file(lead, out)  # a second merge adds nothing
    assert people(lead.path) == after
    outcome.undo(lead)  # one step: the people, values, choices and the owner are as they were
    assert people(lead.path) == before


def theirs_docs(project: Project) -> list[tuple[str, str]]:
    from app.core.documents import list_documents

    return [(d.id, d.name) for d in list_documents(project)]


def test_a_value_changed_in_both_files_is_a_conflict_settled_by_resolve(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    age = attributes.find_attribute(lead, "Age").id
    p01 = participants.find_participant(lead, "P01").id
    attributes.set_value(lead, p01, age, "55")
    with open_project(out) as theirs:
        attributes.set_value(theirs, p01, age, "56")
    plan = preview_merge(lead, out)
    assert [c.describe() for c in plan.conflicts] == [
        "Attribute value 'P01 · Age': changed in both files (value 55 here, 56 there)"]
    result = merge_file(lead, out).value
    assert ("P01", "Age", "55") in people(lead.path)["values"]  # ours kept until decided
    resolve_conflict(lead, result.conflicts[0], "theirs")
    assert ("P01", "Age", "56") in people(lead.path)["values"]


@pytest.mark.slow  # builds two studies apart (about a second)
def test_values_set_separately_for_a_participant_matched_by_name_conflict(tmp_path: Path) -> None:
    """Two studies made apart: P01 and Age match by name; equal values are nothing new, a different one a
    conflict; --resolve ours remembers the decision."""
    with _study(tmp_path / "a.lectio") as a, _study(tmp_path / "b.lectio") as b:
        attributes.set_value(b, participants.find_participant(b, "P01").id,
                             attributes.find_attribute(b, "Age").id, "60")
        before = people(a.path)
        result = merge_file(a, b.path).value
        kinds = sorted((c.table, c.kind) for c in result.conflicts)
        assert kinds == [("attributevalue", "changed_both")], result.lines()
        assert "participant" not in result.added and "attribute" not in result.added
        assert "turn" not in result.added  # same text (matched by its sha256), same turns: kept as they are
        assert people(a.path) == before
        resolve_conflict(a, result.conflicts[0], "ours")
        assert not preview_merge(a, b.path).conflicts


def test_turns_that_differ_are_a_conflict_and_theirs_replaces_ours(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    with open_project(out) as theirs:
        p02 = participants.find_participant(theirs, "P02").id
        participants.map_speaker(theirs, "P01", p02)  # Ben heard P02, not P01
        expected = people(out)["turns"]
    result = merge_file(lead, out).value
    [conflict] = result.conflicts
    assert conflict.describe() == ("Speaker turns of 'Interview 1': speaker turns differ between the two files "
                                   "(4 turn(s) here, 4 there)")
    assert people(lead.path)["turns"] != expected  # ours kept until decided
    resolve_conflict(lead, conflict, "theirs")
    assert people(lead.path)["turns"] == expected


def test_a_new_transcript_brings_its_turns_and_speakers(lead, template: Path, tmp_path: Path) -> None:
    shutil.copy(template, tmp_path / "other.lectio")
    with open_project(tmp_path / "other.lectio") as other:
        text = "P09: Only here.\n"
        doc = add_document(other, ImportedText(text, "txt"), name="Interview 9", original=text.encode()).value
        p09 = participants.add_participant(other, "P09").value
        insert_rows(other, [("turn", {"id": "t9", "document_id": doc.id, "start": 0, "end": 15, "speaker": "P09",
                                      "participant_id": p09, "seconds": None})], "turn")
    result = merge_file(lead, tmp_path / "other.lectio").value
    assert result.added.get("turn") == 1 and result.added.get("participant") == 1
    assert ("Interview 9", 0, 15, "P09", "P09", None) in people(lead.path)["turns"]


def test_a_value_cleared_here_stays_cleared_and_one_cleared_there_is_a_conflict(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    p01, p02 = (participants.find_participant(lead, n).id for n in ("P01", "P02"))
    age = attributes.find_attribute(lead, "Age").id
    attributes.set_value(lead, p01, age, "")  # cleared here: the merge must not bring it back
    with open_project(out) as theirs:
        attributes.set_value(theirs, p02, age, "")  # cleared there: listed, never deleted silently
    result = merge_file(lead, out).value
    values = people(lead.path)["values"]
    assert ("P01", "Age", "54") not in values and ("P02", "Age", "31") in values
    assert [c.describe() for c in result.conflicts] == ["Attribute value 'P02 · Age': deleted there, still here"]
    resolve_conflict(lead, result.conflicts[0], "theirs")
    assert ("P02", "Age", "31") not in people(lead.path)["values"]


def test_participants_merged_or_deleted_here_do_not_come_back(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    interviewer, p01 = (participants.find_participant(lead, n).id for n in ("Interviewer", "P01"))
    participants.merge_participants(lead, p01, interviewer)  # the interviewer's turns are P01's here now
    participants.delete_participant(lead, participants.find_participant(lead, "P02").id)
    before = people(lead.path)
    assert {t[4] for t in before["turns"]} == {"P01"}
    result = merge_file(lead, out).value
    assert not result.conflicts, result.lines()
    assert people(lead.path) == before  # the copy brings back neither the merged nor the deleted participant


def test_an_attribute_of_another_type_keeps_ours_and_leaves_out_values_that_do_not_fit(lead, tmp_path: Path) -> None:
    with create_project(tmp_path / "other.lectio", title="Other", reviewer="Ben") as other:
        p09 = participants.add_participant(other, "P09").value
        p10 = participants.add_participant(other, "P10").value
        age = attributes.add_attribute(other, "age", "text").value  # "Age" is a number in the lead's study
        attributes.set_value(other, p09, age, "about fifty")
        attributes.set_value(other, p10, age, "47")
    result = merge_file(lead, tmp_path / "other.lectio").value
    assert any("type number here and text there" in w for w in result.warnings), result.warnings
    assert any("1 value(s) of 'Age' do not fit" in w for w in result.warnings), result.warnings
    after = people(lead.path)
    assert ("Age", "number", "[]") in after["attributes"] and ("P10", "Age", "47") in after["values"]
    assert not [v for v in after["values"] if v[0] == "P09"]


@pytest.mark.slow  # runs lectio in new processes
def test_lectio_merge_lists_a_value_conflict_and_resolve_theirs_takes_it(lead, tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    age, p01 = attributes.find_attribute(lead, "Age").id, participants.find_participant(lead, "P01").id
    attributes.set_value(lead, p01, age, "55")
    with open_project(out) as theirs:
        attributes.set_value(theirs, p01, age, "56")
    study = lead.path
    lead.close()
    repo = Path(__file__).resolve().parents[2]

    def lectio(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=repo, capture_output=True, text=True,
                              timeout=120)

    listed = lectio("merge", str(study), str(out), "--json")
    assert listed.returncode == 0, listed.stderr
    conflicts = json.loads(listed.stdout)["conflicts"]
    assert [(c["kind"], c["table"], c["description"]) for c in conflicts] == [
        ("changed_both", "attributevalue", "Attribute value 'P01 · Age': changed in both files (value 55 here, "
                                           "56 there)")]
    settled = lectio("merge", str(study), str(out), "--resolve", "theirs")
    assert settled.returncode == 0, settled.stderr
    assert "1 conflict(s) settled" in settled.stdout
    assert ("P01", "Age", "56") in people(study)["values"]


@pytest.mark.parametrize("where", ["here", "there"])
def test_a_corrected_text_moves_their_turns_onto_our_words_before_comparing(lead, tmp_path: Path, where) -> None:
    from app.core.text_correction import correct_text

    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    corrected = TEXT.replace("Hard at first.", "It was hard at first, really.")
    if where == "here":
        correct_text(lead, "Interview 1", corrected)
    else:
        with open_project(out) as theirs:
            correct_text(theirs, "Interview 1", corrected)
    before = people(lead.path)["turns"]
    result = merge_file(lead, out).value
    assert [c.kind for c in result.conflicts] == ["text_differs"], result.lines()  # the turns are the same
    assert people(lead.path)["turns"] == before


def test_participants_merged_there_are_one_conflict_and_theirs_merges_them_here(lead, tmp_path: Path) -> None:
    out = tmp_path / "ben.lectio"
    create_reviewer_copy(lead, out, "Ben", blind=True)
    with open_project(out) as theirs:
        participants.merge_participants(theirs, participants.find_participant(theirs, "P01").id,
                                        participants.find_participant(theirs, "Interviewer").id)
    expected = people(out)
    result = merge_file(lead, out).value
    assert [c.describe() for c in result.conflicts] == [
        "Participant 'Interviewer': merged into another participant there (into P01)"]  # no turns conflict
    resolve_conflict(lead, result.conflicts[0], "theirs")
    assert people(lead.path) == expected
