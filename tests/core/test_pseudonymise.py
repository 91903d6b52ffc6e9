"""Pseudonymisation: names replaced by codes throughout, every unit kept on its words, the key written apart, and
the real names gone from the raw bytes of the file (text, originals, audit trail, free pages)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.attributes import add_attribute, set_value
from app.core.documents import find_document, get_document, original_bytes
from app.core.errors import InvalidOperation
from app.core.importing import import_files
from app.core.participants import find_participant, list_participants, list_turns
from app.core.project import create_project, open_project
from app.core.pseudonymise import OffsetMap, plan, pseudonymise, replace_with_map
from app.core.units import add_annotation, create_unit, list_annotations, list_units, set_condensed

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>Anna, how was St Mary's Hospital?</v>

00:00:05.000 --> 00:00:09.000
<v Anna Lindqvist>Hard. Dr Okonkwo at St Mary's Hospital was kind to me, Anna Lindqvist.</v>
"""
NAMES = ["Anna Lindqvist", "Okonkwo", "St Mary's Hospital", "Anna"]


@pytest.fixture
def study(tmp_path: Path):
    project = create_project(tmp_path / "study.lectio", title="Study of Anna Lindqvist", reviewer="Rita")
    source = tmp_path / "anna-lindqvist.vtt"
    source.write_text(VTT, encoding="utf-8")
    assert import_files(project, [source])[0].ok
    yield project
    project.close()


def _unit(project, words: str):
    doc = get_document(project, find_document(project, "anna-lindqvist").id)
    start = doc.text.index(words)
    return create_unit(project, doc.id, start, start + len(words)).value


def test_names_are_replaced_everywhere_and_units_stay_on_their_words(study, tmp_path):
    unit = _unit(study, "Dr Okonkwo at St Mary's Hospital was kind")
    other = _unit(study, "kind to me")
    set_condensed(study, unit.id, "Okonkwo was kind to Anna")
    add_annotation(study, unit.id, "Anna Lindqvist trusts Dr Okonkwo")
    set_value(study, find_participant(study, "Anna Lindqvist").id, add_attribute(study, "Ward").value,
              "Okonkwo's ward")
    key = tmp_path / "key.csv"
    names = [("Okonkwo", ""), ("St Mary's Hospital", "[hospital]"), ("Anna", "")]
    counts = pseudonymise(study, names, key).value
    assert counts["documents"] == 1 and counts["units"] == 2

    doc = get_document(study, find_document(study, "P01").id)  # the document's name held a name too
    assert doc.text == ("Interviewer: [name], how was [hospital]?\n\n"
                        "P01: Hard. Dr [name] at [hospital] was kind to me, P01.")
    units = {u.id: u for u in list_units(study)}
    assert units[unit.id].text == "Dr [name] at [hospital] was kind"
    assert doc.text[units[unit.id].start:units[unit.id].end] == units[unit.id].text
    assert units[other.id].text == "kind to me"
    assert units[unit.id].condensed == "[name] was kind to [name]"
    assert list_annotations(study)[0].text == "P01 trusts Dr [name]"
    assert [p.name for p in list_participants(study)] == ["Interviewer", "P01"]
    assert find_participant(study, "P01").attributes == {"Ward": "[name]'s ward"}
    turns = list_turns(study, doc.id)
    assert [t.speaker for t in turns] == ["Interviewer", "P01"]
    assert doc.text[turns[1].start:turns[1].end].startswith("P01: Hard.")
    assert study.title == "Study of P01"
    assert original_bytes(study, doc.id) == doc.text.encode("utf-8")
    with key.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["code", "real name", "kind"]
    assert ["P01", "Anna Lindqvist", "participant"] in rows and ["[hospital]", "St Mary's Hospital", "listed"] in rows


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_real_names_are_gone_from_the_raw_file(study, tmp_path):
    _unit(study, "Dr Okonkwo at St Mary's Hospital")
    path = study.path
    pseudonymise(study, [("Okonkwo", ""), ("St Mary's Hospital", "[hospital]"), ("Anna", "")], tmp_path / "k.csv")
    study.close()
    raw = path.read_bytes()
    for name in NAMES:
        for encoded in (name.encode("utf-8"), name.encode("utf-16-le")):
            assert encoded not in raw, name
    assert b"okonkwo" not in raw.lower() and b"lindqvist" not in raw.lower()
    with open_project(path, backup=False) as again:  # and the study still opens and searches
        from app.core.search import search_project

        assert search_project(again, "hospital")
        assert not search_project(again, "Okonkwo")


def test_the_key_is_never_the_study_and_nothing_to_do_is_refused(tmp_path):
    with create_project(tmp_path / "empty.lectio") as project:
        with pytest.raises(InvalidOperation, match="nothing to pseudonymise"):
            pseudonymise(project, [], tmp_path / "k.csv")
        with pytest.raises(InvalidOperation, match="other than the study"):
            pseudonymise(project, [("X", "")], project.path)


def test_participants_already_named_by_codes_keep_them(study):
    from app.core.participants import add_participant

    add_participant(study, "P01")
    codes = {p.real: p.code for p in plan(study, [])}
    add_participant(study, "Speaker 2")
    add_participant(study, "Dr Ida Moss", role="interviewer")
    assert codes == {"Anna Lindqvist": "P02"}
    codes = {p.real: p.code for p in plan(study, [])}
    assert codes == {"Anna Lindqvist": "P02", "Dr Ida Moss": "I01"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Anna ", "Ann ", "x", " ", "é", "Annabel ", "\n"]), max_size=30),
       st.data())
def test_offsets_map_through_replacements(pieces, data):
    import re

    text = "".join(pieces)
    pattern = re.compile(r"(?<!\w)(?:anna)(?!\w)", re.IGNORECASE)
    new, mapping = replace_with_map(text, pattern, lambda m: "P01")
    assert isinstance(mapping, OffsetMap)
    assert new == pattern.sub("P01", text)
    # a span that neither starts nor ends inside a name keeps exactly its text, names replaced
    cuts = sorted({0, len(text)} | {m.start() for m in pattern.finditer(text)} | {m.end() for m in
                                                                                pattern.finditer(text)})
    i = data.draw(st.integers(0, max(len(cuts) - 1, 0)))
    j = data.draw(st.integers(i, max(len(cuts) - 1, 0)))
    a, b = cuts[i], cuts[j]
    assert new[mapping.start(a):mapping.end(b)] == pattern.sub("P01", text[a:b])
