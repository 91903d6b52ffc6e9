"""Issue 17: participants travel as REFI-QDA <Cases> with <VariableValue>s, attributes as <Variables>, valid
against the XSD; cases and variables from NVivo, ATLAS.ti, MAXQDA and QualCoder files become participants
with typed attributes."""

from __future__ import annotations

import json
import zipfile

import pytest
from lxml import etree
from sqlmodel import select

from app.core.documents import add_document, list_documents
from app.core.models_people import Attribute, AttributeValue, Participant
from app.core.ops import insert_rows, update_fields
from app.core.project import create_project
from app.importers.base import ImportedText
from app.refi import export_qdpx, import_qdpx
from tests.refi.builders import Sel, Src, code, gid, project
from tests.refi.helpers import P, schema, snapshot


def people(p) -> dict[str, dict]:
    """name → {attribute: value} plus the names of the documents assigned to them: what the user sees."""
    with p.read_session() as s:
        persons = list(s.exec(select(Participant)))
        attrs = {a.id: a for a in s.exec(select(Attribute))}
        values = list(s.exec(select(AttributeValue)))
    docs = list_documents(p)
    from app.core.documents import get_document

    owner = {d.name: get_document(p, d.id).participant_id for d in docs}
    out = {}
    for x in persons:
        out[x.name] = {attrs[v.attribute_id].name: v.value for v in values if v.participant_id == x.id}
        out[x.name]["role"] = x.role
        out[x.name]["documents"] = sorted(n for n, o in owner.items() if o == x.id)
    return out


def attribute_types(p) -> dict[str, tuple[str, list]]:
    with p.read_session() as s:
        return {a.name: (a.type, json.loads(a.choices)) for a in s.exec(select(Attribute))}


def _study(tmp_path):
    p = create_project(tmp_path / "a.lectio", reviewer="Ana")
    d1 = add_document(p, ImportedText("Interview one text.\n", "txt"), name="Interview 1", original=b"one").value
    d2 = add_document(p, ImportedText("P02: hello\nI: hi\n", "txt"), name="Group talk", original=b"two").value
    insert_rows(p, [
        ("participant", {"id": gid(101), "name": "P01", "role": "participant", "position": 0, "created_at": "x"}),
        ("participant", {"id": gid(102), "name": "P02", "role": "participant", "position": 1, "created_at": "x"}),
        ("participant", {"id": gid(103), "name": "Interviewer", "role": "interviewer", "position": 2,
                         "created_at": "x"}),
        ("attribute", {"id": gid(201), "name": "Role", "type": "text", "choices": "[]", "position": 0}),
        ("attribute", {"id": gid(202), "name": "Age", "type": "number", "choices": "[]", "position": 1}),
        ("attribute", {"id": gid(203), "name": "Hours", "type": "number", "choices": "[]", "position": 2}),
        ("attribute", {"id": gid(204), "name": "Interviewed", "type": "date", "choices": "[]", "position": 3}),
        ("attribute", {"id": gid(205), "name": "Carer", "type": "choice", "choices": '["true", "false"]',
                       "position": 4}),
        ("attribute", {"id": gid(206), "name": "Site", "type": "choice", "choices": '["North", "South"]',
                       "position": 5}),
        ("attributevalue", {"id": gid(301), "participant_id": gid(101), "attribute_id": gid(201), "value": "Nurse"}),
        ("attributevalue", {"id": gid(302), "participant_id": gid(101), "attribute_id": gid(202), "value": "54"}),
        ("attributevalue", {"id": gid(303), "participant_id": gid(101), "attribute_id": gid(203), "value": "7.5"}),
        ("attributevalue", {"id": gid(304), "participant_id": gid(101), "attribute_id": gid(204),
                            "value": "2024-03-01"}),
        ("attributevalue", {"id": gid(305), "participant_id": gid(101), "attribute_id": gid(205), "value": "true"}),
        ("attributevalue", {"id": gid(306), "participant_id": gid(102), "attribute_id": gid(206), "value": "South"}),
        ("attributevalue", {"id": gid(307), "participant_id": gid(102), "attribute_id": gid(202), "value": "31"}),
        ("turn", {"id": gid(401), "document_id": d2.id, "start": 0, "end": 10, "speaker": "P02",
                  "participant_id": gid(102), "seconds": None}),
    ], "people")
    update_fields(p, "document", d1.id, {"participant_id": gid(101)}, "assign")
    return p


def test_participants_export_as_valid_cases_and_variables(tmp_path):
    with _study(tmp_path) as p:
        result = export_qdpx(p, tmp_path / "out.qdpx")
        docs = {d.name: d.id for d in list_documents(p)}
    assert result.counts["cases"] == 3 and result.counts["variables"] == 6
    with zipfile.ZipFile(tmp_path / "out.qdpx") as zf:
        qde = etree.fromstring(zf.read("project.qde"))
    xsd = schema("Project.xsd")
    assert xsd.validate(qde), xsd.error_log
    variables = {v.get("name"): v.get("typeOfVariable") for v in qde.iter(f"{P}Variable")}
    assert variables == {"Role": "Text", "Age": "Integer", "Hours": "Float", "Interviewed": "Date",
                         "Carer": "Boolean", "Site": "Text"}
    site = next(v for v in qde.iter(f"{P}Variable") if v.get("name") == "Site")
    assert site.findtext(f"{P}Description") == 'One of: ["North", "South"]'
    cases = {c.get("name"): c for c in qde.iter(f"{P}Case")}
    p01 = cases["P01"]
    assert [r.get("targetGUID") for r in p01.findall(f"{P}SourceRef")] == [docs["Interview 1"]]
    # P02 speaks in "Group talk" but it is not theirs: a SelectionRef to the turn, no SourceRef (test_turns.py)
    assert cases["P02"].findall(f"{P}SourceRef") == []
    assert [r.get("targetGUID") for r in cases["P02"].findall(f"{P}SelectionRef")] == [gid(401)]
    written = {(vv.find(f"{P}VariableRef").get("targetGUID"), etree.QName(vv[1]).localname, vv[1].text)
               for vv in p01.findall(f"{P}VariableValue")}
    assert written == {(gid(201), "TextValue", "Nurse"), (gid(202), "IntegerValue", "54"),
                       (gid(203), "FloatValue", "7.5"), (gid(204), "DateValue", "2024-03-01"),
                       (gid(205), "BooleanValue", "true")}


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_cases_and_variables_round_trip(tmp_path):
    with _study(tmp_path) as p:
        export_qdpx(p, tmp_path / "out.qdpx")
        before, types = people(p), attribute_types(p)
    with create_project(tmp_path / "b.lectio", reviewer="Ana") as b:
        result = import_qdpx(b, tmp_path / "out.qdpx").value
        after = people(b)
        once = snapshot(b), after
        import_qdpx(b, tmp_path / "out.qdpx")
        assert (snapshot(b), people(b)) == once  # a second import adds nothing
        new_types = attribute_types(b)
    assert after == before  # speaking in a document (a turn) is not owning it: both travel apart
    assert after["Interviewer"]["role"] == "interviewer"
    assert result.counts["participants"] == 3 and result.counts["attributes"] == 6
    assert new_types == types


def test_cases_and_variables_from_other_tools(tmp_path):
    v_age, v_group, v_ok, v_born, v_seen, v_doc = (gid(i) for i in range(500, 506))
    variables = (f'<Variables><Variable guid="{v_age}" name="Age" typeOfVariable="Integer"/>'
                 f'<Variable guid="{v_group}" name="Cases:Age group" typeOfVariable="Text"><Description/></Variable>'
                 f'<Variable guid="{v_ok}" name="Consented" typeOfVariable="Boolean"/>'
                 f'<Variable guid="{v_born}" name="Born" typeOfVariable="Date"/>'
                 f'<Variable guid="{v_seen}" name="Seen" typeOfVariable="DateTime"/>'
                 f'<Variable guid="{v_doc}" name="Language" typeOfVariable="Text"/></Variables>')
    anna, ben, nvivo_case = gid(601), gid(602), gid(603)
    s1, s2, s3 = Src("anna.txt", b"Anna speaks."), Src("ben.txt", b"Ben speaks."), Src("memo.txt", b"Notes.")
    s3.extra = f'<VariableValue><VariableRef targetGUID="{v_doc}"/><TextValue>French</TextValue></VariableValue>'

    def vv(var: str, tag: str, value: str) -> str:
        return f'<VariableValue><VariableRef targetGUID="{var}"/><{tag}>{value}</{tag}></VariableValue>'

    cases = ("<Cases>"
             f'<Case guid="{anna}" name="Anna"><Description/>{vv(v_age, "IntegerValue", "41")}'
             f'{vv(v_group, "TextValue", "40-49")}{vv(v_ok, "BooleanValue", "1")}'
             f'{vv(v_born, "DateValue", "1983-02-11")}{vv(v_seen, "DateTimeValue", "2024-05-01T10:00:00Z")}'
             f'<SourceRef targetGUID="{s1.guid}"/></Case>'
             f'<Case guid="{nvivo_case}" name="Ben">{vv(v_age, "IntegerValue", "n/a")}'
             f'<SourceRef targetGUID="{s2.guid}"/></Case>'
             f'<Case guid="{ben}">{vv(v_group, "TextValue", "30-39")}<SourceRef targetGUID="{s2.guid}"/></Case>'
             "</Cases>")
    s1.sels = [Sel(0, 4, [gid(1), nvivo_case])]
    path = project(tmp_path / "cases.qdpx", [s1, s2, s3], [code(gid(1), "Speech"), code(nvivo_case, "Ben")],
                   before_sources=variables + cases, origin="MAXQDA 2022")
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        got = people(p)
        types = attribute_types(p)
        from app.core.codebook import list_codes

        assert [c.name for c in list_codes(p)] == ["Speech"]  # NVivo's case-code is a participant
    assert got["Anna"] == {"Age": "41", "Cases:Age group": "40-49", "Consented": "true", "Born": "1983-02-11",
                           "Seen": "2024-05-01", "documents": ["anna.txt"], "role": "participant"}
    assert got["Ben"] == {"documents": ["ben.txt"], "role": "participant"}  # "n/a" is no integer
    assert got["ben.txt"] == {"Cases:Age group": "30-39", "documents": [], "role": "participant"}
    assert got["memo.txt"] == {"Language": "French", "documents": ["memo.txt"], "role": "participant"}
    assert types == {"Age": ("number", []), "Cases:Age group": ("text", []), "Consented": ("choice", ["true", "false"]),
                     "Born": ("date", []), "Seen": ("date", []), "Language": ("text", [])}
    joined = "\n".join(result.warnings)
    assert "do not fit their variable's type" in joined and "kept as their date" in joined
