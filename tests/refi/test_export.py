"""Both exports of the demo study validate against the official REFI-QDA XSDs and say what the study says."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from app.core.codebook import list_codes
from app.core.documents import list_documents
from app.core.participants import list_turns
from app.core.project import create_project
from app.core.units import list_annotations, list_units
from app.refi import RefiError, export_qdc, export_qdpx
from app.refi.model import TURN_MARK
from tests.refi.helpers import P, schema
from tests.studies import open_copy

C = "{urn:QDA-XML:codebook:1.0}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file):
    project = open_copy(demo_file, tmp_path_factory.mktemp("demo") / "demo.lectio")
    yield project
    project.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_qdpx_validates_against_project_xsd_and_holds_every_source(demo, tmp_path):
    out = tmp_path / "demo.qdpx"
    export_qdpx(demo, out)
    with zipfile.ZipFile(out) as zf:
        qde = etree.fromstring(zf.read("project.qde"))
        xsd = schema("Project.xsd")
        assert xsd.validate(qde), xsd.error_log
        texts = {}
        for src in qde.iter(f"{P}TextSource"):
            path = src.get("plainTextPath")
            assert path.startswith("internal://")
            texts[src.get("name")] = zf.read("sources/" + path.removeprefix("internal://")).decode("utf-8")
    docs = list_documents(demo)
    assert sorted(texts) == sorted(d.name for d in docs)
    for d in docs:
        from app.core.documents import get_document

        assert texts[d.name] == get_document(demo, d.id).text


def test_selections_cover_the_units_words_with_condensed_meaning_and_notes(demo, tmp_path):
    out = tmp_path / "demo.qdpx"
    export_qdpx(demo, out)
    with zipfile.ZipFile(out) as zf:
        qde = etree.fromstring(zf.read("project.qde"))
        files = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")}
    notes = {n.get("guid"): "".join(n.itertext()).strip() for n in qde.iter(f"{P}Note")}
    found, turns = {}, 0
    for src in qde.iter(f"{P}TextSource"):
        text = files["sources/" + src.get("plainTextPath").removeprefix("internal://")]
        for sel in src.iter(f"{P}PlainTextSelection"):
            desc = sel.find(f"{P}Description")
            if desc is not None and desc.text.startswith(TURN_MARK):  # a speaker turn (test_turns.py)
                turns += 1
                continue
            found[sel.get("guid")] = (text[int(sel.get("startPosition")):int(sel.get("endPosition"))],
                                      desc.text if desc is not None else "",
                                      [notes[r.get("targetGUID")] for r in sel.findall(f"{P}NoteRef")],
                                      len(sel.findall(f"{P}Coding")))
    units = list_units(demo)
    assert len(found) == len(units) == 41
    assert turns == sum(len(list_turns(demo, d.id)) for d in list_documents(demo)) > 0
    for u in units:
        words, condensed, unit_notes, _ = found[u.id]
        assert words == u.text
        assert condensed == (u.condensed or "")
        assert unit_notes == [a.text for a in list_annotations(demo, unit_ids=[u.id])]
    assert sum(f[3] for f in found.values()) == 49


def test_qdc_validates_and_nests_themes_categories_codes(demo, tmp_path):
    out = tmp_path / "demo.qdc"
    export_qdc(demo, out)
    doc = etree.parse(str(out))
    xsd = schema("Codebook.xsd")
    assert xsd.validate(doc), xsd.error_log
    root = doc.getroot()
    assert root.find(f"{C}Sets") is None  # an empty <Sets/> would not validate
    top = root.find(f"{C}Codes").findall(f"{C}Code")
    themes = [c for c in top if c.get("isCodable") == "false" and c.findall(f"{C}Code")]
    assert len(themes) >= 3
    codable = [c for c in root.iter(f"{C}Code") if c.get("isCodable") == "true"]
    assert sorted(c.get("name") for c in codable) == sorted(c.name for c in list_codes(demo))
    theme = themes[0]
    for cat in theme.findall(f"{C}Code"):
        assert cat.get("isCodable") == "false"
        assert all(code.get("isCodable") == "true" for code in cat.findall(f"{C}Code"))


def test_a_codebook_without_codes_is_refused_and_nothing_written(tmp_path):
    with create_project(tmp_path / "empty.lectio", reviewer="Ana") as project, \
            pytest.raises(RefiError, match="no codes"):
        export_qdc(project, tmp_path / "empty.qdc")
    assert not (tmp_path / "empty.qdc").exists()
    assert not list(tmp_path.glob(".lectio-*"))
