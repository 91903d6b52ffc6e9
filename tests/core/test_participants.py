"""Participants of an interview study: speakers mapped on import, roles, merging two labels, documents assigned,
typed attributes from CSV and XLSX, the info JSON, and autocoding by speaker, role and pattern."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.core.attribute_files import TableFileError, read_table, write_table
from app.core.attributes import add_attribute, export_table, import_table, list_attributes, set_value
from app.core.autocode import Rule, apply, preview
from app.core.codebook import find_code_by_name
from app.core.documents import find_document, get_document
from app.core.errors import InvalidOperation
from app.core.importing import import_files
from app.core.overview import project_info
from app.core.participants import (
    add_participant,
    assign_document,
    find_participant,
    list_participants,
    list_turns,
    merge_participants,
    set_interviewer_turns_excluded,
    set_role,
    trim_interviewer,
)
from app.core.project import create_project
from app.core.units import list_units

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How was your first week on the ward?</v>

00:00:05.000 --> 00:00:09.000
<v Ben Okafor>Hectic. The night shifts were long and I felt alone.</v>

00:00:10.000 --> 00:00:12.000
<v Interviewer>What helped?</v>

00:00:13.000 --> 00:00:18.000
<v Ben>My mentor helped. Night shifts got easier.</v>
"""


@pytest.fixture
def study(tmp_path: Path):
    path = tmp_path / "study.lectio"
    project = create_project(path, title="Ward study", reviewer="Rita")
    source = tmp_path / "ben.vtt"
    source.write_text(VTT, encoding="utf-8")
    [result] = import_files(project, [source])
    assert result.ok, result.error
    yield project
    project.close()


def _doc_id(project) -> str:
    return find_document(project, "ben").id


def test_import_creates_participants_and_turns_with_times(study):
    people = {p.name: p for p in list_participants(study)}
    assert set(people) == {"Interviewer", "Ben Okafor", "Ben"}
    assert people["Interviewer"].role == "interviewer" and people["Ben Okafor"].role == "participant"
    turns = list_turns(study, _doc_id(study))
    text = get_document(study, _doc_id(study)).text
    assert [(t.speaker, t.seconds) for t in turns] == [("Interviewer", 1.0), ("Ben Okafor", 5.0),
                                                       ("Interviewer", 10.0), ("Ben", 13.0)]
    assert text[turns[1].start:turns[1].end].startswith("Ben Okafor: Hectic.")


def test_a_second_transcript_maps_to_the_same_participant_regardless_of_case(study, tmp_path):
    other = tmp_path / "second.vtt"
    other.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v INTERVIEWER>Hello again.</v>\n", "utf-8")
    assert import_files(study, [other])[0].ok
    assert [p.name for p in list_participants(study)].count("Interviewer") == 1
    assert find_participant(study, "interviewer").turns == 3


def test_merge_two_labels_into_one_person_and_mark_roles(study):
    ben, short = find_participant(study, "Ben Okafor"), find_participant(study, "Ben")
    set_value(study, short.id, add_attribute(study, "Site", "text").value, "North")
    merge_participants(study, ben.id, short.id)
    people = {p.name: p for p in list_participants(study)}
    assert "Ben" not in people and people["Ben Okafor"].turns == 2
    assert people["Ben Okafor"].attributes == {"Site": "North"}
    set_role(study, people["Ben Okafor"].id, "interviewer")
    assert find_participant(study, "Ben Okafor").role == "interviewer"
    with pytest.raises(InvalidOperation):
        set_role(study, ben.id, "boss")


def test_assign_a_whole_document_to_a_participant(study):
    pid = add_participant(study, "Carla").value
    assign_document(study, _doc_id(study), pid)
    assert get_document(study, _doc_id(study)).participant_id == pid
    assert "ben" in find_participant(study, "Carla").documents
    with pytest.raises(InvalidOperation, match="already a participant"):
        add_participant(study, "carla")


def test_typed_attributes_validate_their_values(study):
    pid = find_participant(study, "Ben Okafor").id
    age = add_attribute(study, "Age", "number").value
    born = add_attribute(study, "Interviewed", "date").value
    group = add_attribute(study, "Group", "choice", ["carer", "nurse"]).value
    set_value(study, pid, age, "34")
    set_value(study, pid, born, datetime.date(2024, 3, 1))
    set_value(study, pid, group, "nurse")
    for attribute, bad in ((age, "thirty"), (born, "1 March"), (group, "doctor")):
        with pytest.raises(InvalidOperation):
            set_value(study, pid, attribute, bad)
    assert find_participant(study, pid).attributes == {"Age": "34", "Interviewed": "2024-03-01", "Group": "nurse"}


CSV = "Participant;Age;Site;Interview date;Occupation\nBen Okafor;34;North;2024-03-01;Nurse\n" \
      "Carla Diaz;51;South;2024-03-04;Carer\nDev Patel;28,5;North;2024-03-09;Porter\n"


def test_import_attributes_from_csv_infers_types_and_creates_participants(study, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(CSV.replace("28,5", "28"), encoding="utf-8-sig")
    counts = import_table(study, read_table(path), source=path.name).value
    assert counts == {"participants": 3, "new_participants": 2, "attributes": 4, "new_attributes": 4}
    types = {a.name: (a.type, a.choices) for a in list_attributes(study)}
    assert types == {"Age": ("number", []), "Site": ("choice", ["North", "South"]),
                     "Interview date": ("date", []), "Occupation": ("text", [])}
    assert find_participant(study, "Carla Diaz").attributes["Site"] == "South"


def test_a_bad_value_for_an_existing_attribute_leaves_the_study_as_it_was(study, tmp_path):
    add_attribute(study, "Age", "number")
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    before = [(p.name, p.attributes) for p in list_participants(study)]
    with pytest.raises(InvalidOperation, match=r"people.csv: row 4: Age: '28,5' is not a number"):
        import_table(study, read_table(path), source=path.name)
    assert [(p.name, p.attributes) for p in list_participants(study)] == before


def test_import_attributes_from_xlsx_with_real_dates_and_numbers(study, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Age", "Interviewed", "Site"])
    sheet.append(["Ben Okafor", 34, datetime.datetime(2024, 3, 1), "North"])
    sheet.append(["Eve", 47.5, datetime.datetime(2024, 4, 2), "North"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    import_table(study, read_table(path), source=path.name)
    assert find_participant(study, "Eve").attributes == {"Age": "47.5", "Interviewed": "2024-04-02",
                                                         "Site": "North"}
    out = tmp_path / "out.xlsx"
    write_table(out, export_table(study))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("Participant", "Age", "Interviewed", "Site")
    assert ("Eve", 47.5, "2024-04-02", "North") in rows


def test_unreadable_attribute_tables_are_refused(tmp_path):
    bad = tmp_path / "people.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(TableFileError, match="people.xlsx: not a readable Excel workbook"):
        read_table(bad)
    with pytest.raises(TableFileError, match=r"\.ods"):
        read_table(tmp_path / "x.ods")


def test_info_json_lists_participants_with_roles_and_typed_attributes(study):
    pid = find_participant(study, "Ben Okafor").id
    set_value(study, pid, add_attribute(study, "Age", "number").value, "34")
    info = project_info(study)
    assert {"name": "Ben Okafor", "role": "participant", "attributes": {"Age": 34}} in info["participants"]
    assert {"name": "Interviewer", "role": "interviewer", "attributes": {}} in info["participants"]


def test_autocode_every_turn_of_a_speaker_as_one_undoable_operation(study):
    rule = Rule(speaker="Ben Okafor")
    hits = preview(study, rule)
    assert [h.text for h in hits] == ["Hectic. The night shifts were long and I felt alone."]
    assert hits[0].seconds == 5.0
    outcome = apply(study, rule, "First week")
    assert outcome.value == {"units": 1, "reused": 0, "codings": 1}
    units = list_units(study, reviewer_id=study.reviewer_id)
    assert [u.text for u in units] == [hits[0].text]
    assert find_code_by_name(study, "First week") is not None
    again = apply(study, rule, "Loneliness")  # the same words: the unit is reused, a second code added
    assert again.value == {"units": 0, "reused": 1, "codings": 1}
    again.undo(study)
    outcome.undo(study)
    assert list_units(study) == [] and find_code_by_name(study, "First week") is None


def test_every_interviewer_question_becomes_a_unit(study):
    hits = preview(study, Rule(role="interviewer"))
    assert [h.text for h in hits] == ["How was your first week on the ward?", "What helped?"]


def test_autocode_by_pattern_takes_the_sentence_and_skips_interviewer_turns(study):
    hits = preview(study, Rule(pattern=r"night\s+shifts?|ward"))
    assert [h.text for h in hits] == ["The night shifts were long and I felt alone.", "Night shifts got easier."]
    set_interviewer_turns_excluded(study, False)
    assert len(preview(study, Rule(keyword="ward"))) == 1
    with pytest.raises(InvalidOperation, match="not a valid regular expression"):
        preview(study, Rule(pattern="(unclosed"))


def test_interviewer_turns_are_trimmed_out_of_a_new_unit_by_default(study):
    doc = get_document(study, _doc_id(study))
    pieces = trim_interviewer(study, doc.id, 0, len(doc.text))
    assert [doc.text[a:b] for a, b in pieces] == [
        "Ben Okafor: Hectic. The night shifts were long and I felt alone.",
        "Ben: My mentor helped. Night shifts got easier."]
    set_interviewer_turns_excluded(study, False)
    assert trim_interviewer(study, doc.id, 0, len(doc.text)) == [(0, len(doc.text))]


def test_turn_rows_are_in_the_file(study):
    with sqlite3.connect(study.path) as conn:
        assert conn.execute("SELECT count(*) FROM turn").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 3
