"""Speaker turns travel through REFI-QDA: each turn is a marked PlainTextSelection on its source, referred to by
its speaker's <Case> (valid against the REFI-QDA 1.0 XSD), and comes back as the same turn with the same
participant; participants, attribute values and document owners come back exactly beside them."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.core import codebook, participants, units
from app.core.documents import add_document
from app.core.ops import insert_rows, update_fields
from app.core.project import Project, create_project, open_project
from app.importers.base import ImportedText
from app.refi import export_qdpx, import_qdpx
from app.refi.model import TURN_MARK
from tests.refi.builders import Sel, Src, code, gid, project
from tests.refi.helpers import P, schema

TEXT = ("Interviewer: How was it? 😀\nP01: Hard at first, 😀 then better.\nPat: I am P01 too.\n"
        "Someone: (inaudible)\nInterviewer: Thank you.\n")


def seen(path: Path) -> dict[str, object]:
    """The study's people as a user sees them, keyed by names (ids differ between studies)."""
    conn = sqlite3.connect(path)
    try:
        return {
            "participants": sorted(conn.execute("SELECT name, role FROM participant").fetchall()),
            "values": sorted(conn.execute(
                "SELECT p.name, a.name, a.type, v.value FROM attributevalue v JOIN participant p ON "
                "p.id = v.participant_id JOIN attribute a ON a.id = v.attribute_id").fetchall()),
            "owners": sorted(conn.execute("SELECT d.name, p.name FROM document d LEFT JOIN participant p "
                                          "ON p.id = d.participant_id").fetchall(), key=str),
            "turns": sorted(conn.execute(
                "SELECT d.name, t.start, t.\"end\", substr(d.text, t.start + 1, t.\"end\" - t.start), t.speaker, "
                "p.name, t.seconds FROM turn t JOIN document d ON d.id = t.document_id LEFT JOIN participant p "
                "ON p.id = t.participant_id").fetchall(), key=str),
            "units": sorted(conn.execute("SELECT start, \"end\", text FROM meaningunit").fetchall()),
        }
    finally:
        conn.close()


def _study(path: Path) -> None:
    with create_project(path, title="Interviews", reviewer="Ana") as p:
        interview = add_document(p, ImportedText(TEXT, "txt"), name="Interview 1", original=TEXT.encode()).value
        answer = add_document(p, ImportedText("A written answer.\n", "txt"), name="Answer", original=b"a").value
        p01, interviewer, p02, age, site = gid(101), gid(102), gid(103), gid(201), gid(202)
        rows = [
            ("participant", {"id": p01, "name": "P01", "role": "participant", "position": 1, "created_at": "x"}),
            ("participant", {"id": interviewer, "name": "Interviewer", "role": "interviewer", "position": 2,
                             "created_at": "x"}),
            ("participant", {"id": p02, "name": "P02", "role": "participant", "position": 3, "created_at": "x"}),
            ("attribute", {"id": age, "name": "Age", "type": "number", "choices": "[]", "position": 1}),
            ("attribute", {"id": site, "name": "Site", "type": "choice", "choices": '["North", "South"]',
                           "position": 2}),
            ("attributevalue", {"id": gid(301), "participant_id": p01, "attribute_id": age, "value": "54"}),
            ("attributevalue", {"id": gid(302), "participant_id": p01, "attribute_id": site, "value": "North"}),
            ("attributevalue", {"id": gid(303), "participant_id": p02, "attribute_id": age, "value": "31"}),
        ]
        who = {"Interviewer": interviewer, "P01": p01, "Pat": p01, "Someone": None}  # two labels, one person
        at = 0
        for i, line in enumerate(TEXT.splitlines(keepends=True)):
            label = line.split(":")[0]
            rows.append(("turn", {"id": f"turn-{i}" if i == 3 else gid(900 + i), "document_id": interview.id,
                                  "start": at, "end": at + len(line) - 1, "speaker": label,
                                  "participant_id": who[label], "seconds": None if i == 3 else 12.25 * i}))
            at += len(line)
        insert_rows(p, rows, "people")
        update_fields(p, "document", answer.id, {"participant_id": p02}, "assign")
        update_fields(p, "document", interview.id, {"participant_id": p01}, "assign")  # P01 also speaks in it
        start = TEXT.index("Hard")
        unit = units.create_unit(p, interview.id, start, TEXT.index("\nPat")).value  # a unit inside a turn
        codebook.assign_code(p, unit.id, codebook.create_code(p, "Struggle").value.id)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("turns")
    _study(folder / "a.lectio")
    with open_project(folder / "a.lectio") as p:
        export_qdpx(p, folder / "a.qdpx")
    return folder / "a.lectio", folder / "a.qdpx"


def test_turns_are_marked_selections_their_speakers_cases_refer_to_and_validate(exported) -> None:
    study, qdpx = exported
    with zipfile.ZipFile(qdpx) as zf:
        qde = etree.fromstring(zf.read("project.qde"))
        texts = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")}
    xsd = schema("Project.xsd")
    assert xsd.validate(qde), xsd.error_log
    source = next(s for s in qde.iter(f"{P}TextSource") if s.get("name") == "Interview 1")
    text = texts["sources/" + source.get("plainTextPath").removeprefix("internal://")]
    turns = {sel.get("guid"): (text[int(sel.get("startPosition")):int(sel.get("endPosition"))], sel.get("name"))
             for sel in source.iter(f"{P}PlainTextSelection")
             if sel.findtext(f"{P}Description", "").startswith(TURN_MARK)}
    assert sorted(turns.values()) == sorted((line, line.split(":")[0]) for line in TEXT.splitlines())
    cases = {c.get("name"): c for c in qde.iter(f"{P}Case")}
    p01_turns = [turns[r.get("targetGUID")][1] for r in cases["P01"].findall(f"{P}SelectionRef")]
    assert sorted(p01_turns) == ["P01", "Pat"]
    assert [r.get("targetGUID") for r in cases["P01"].findall(f"{P}SourceRef")] == [source.get("guid")]
    assert cases["P02"].findall(f"{P}SelectionRef") == []  # P02 speaks nowhere; owns the Answer
    coded = [s for s in source.iter(f"{P}PlainTextSelection") if s.find(f"{P}Coding") is not None]
    assert len(coded) == 1  # the meaning unit stays a coded selection of its own


@pytest.mark.slow  # two imports (about a second)
def test_turns_participants_values_and_owners_round_trip_exactly(exported, tmp_path: Path) -> None:
    study, qdpx = exported
    with create_project(tmp_path / "b.lectio", reviewer="Ana") as b:
        result = import_qdpx(b, qdpx).value
        assert result.counts["speaker turns"] == 5
        assert not [w for w in result.warnings if "selection" in w], result.warnings
        once = seen(b.path)
        assert import_qdpx(b, qdpx).value.counts["speaker turns"] == 0  # a second import adds nothing
        assert seen(b.path) == once
    assert once == seen(study)


def test_a_study_with_other_turns_keeps_its_own(exported, tmp_path: Path) -> None:
    study, qdpx = exported
    copy = tmp_path / "c.lectio"
    shutil.copy(study, copy)
    with open_project(copy) as c:
        turn = participants.list_turns(c, next(d.id for d in _docs(c) if d.name == "Interview 1"))[0]
        update_fields(c, "turn", turn.id, {"end": turn.end - 1}, "shorter turn")
        before = seen(copy)
        result = import_qdpx(c, qdpx).value
        assert any("other speaker turns" in w for w in result.warnings), result.warnings
        assert seen(copy)["turns"] == before["turns"]


def _docs(p: Project):
    from app.core.documents import list_documents

    return list_documents(p)


class TurnLike(Sel):
    def xml(self) -> str:
        mark = f'<Description>{TURN_MARK}{{"speaker": "P01", "seconds": null}}</Description>'
        return super().xml().replace('Z">', 'Z">' + mark, 1)


@pytest.mark.slow  # about a second
def test_a_file_from_another_tool_without_turns_imports_as_before(tmp_path: Path) -> None:
    """A selection whose Description merely looks like a turn but is coded stays a meaning unit; case
    SelectionRefs to ordinary selections are still reported."""
    text = "P01: hello there\n"
    sel = TurnLike(0, 16, [gid(1)], guid=gid(5))
    case = (f'<Cases><Case guid="{gid(7)}" name="P01"><SelectionRef targetGUID="{gid(5)}"/></Case></Cases>')
    path = project(tmp_path / "other.qdpx", [Src("Talk", text.encode(), [sel])], [code(gid(1), "Greeting")],
                   before_sources=case)
    with create_project(tmp_path / "d.lectio", reviewer="Ana") as d:
        result = import_qdpx(d, path).value
        assert result.counts["speaker turns"] == 0 and result.counts["meaning units"] == 1
        assert any("assigned to cases were not linked" in w for w in result.warnings)
