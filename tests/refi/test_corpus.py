"""The real REFI-QDA files in the shared corpus import with every source, selection, coding and code."""

from __future__ import annotations

import zipfile

from lxml import etree

from app.core.codebook import list_categories, list_codes
from app.core.documents import get_document, list_documents
from app.core.project import create_project
from app.core.units import codes_of_units, list_units
from app.refi import import_qdc, import_qdpx
from tests.refi.helpers import QC_QDPX, SPEC_QDC, P, needs_corpus

C = "{urn:QDA-XML:codebook:1.0}"
pytestmark = needs_corpus


def _qc_xml():
    with zipfile.ZipFile(QC_QDPX) as zf:
        root = etree.fromstring(zf.read("project.qde"))
        files = {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.startswith("sources/")}
    return root, files


def test_qc_project_imports_every_source_selection_coding_and_code(tmp_path):
    root, _ = _qc_xml()
    n_sources = len(root.findall(f".//{P}TextSource"))
    n_sel = len(root.findall(f".//{P}PlainTextSelection"))
    n_codings = len(root.findall(f".//{P}Coding"))
    all_codes = root.findall(f".//{P}Code")
    with create_project(tmp_path / "qc.lectio", reviewer="Me") as project:
        result = import_qdpx(project, QC_QDPX).value
        assert len(list_documents(project)) == n_sources == 2
        units = list_units(project)
        assert len(units) == n_sel
        coded = codes_of_units(project, [u.id for u in units])
        assert sum(len(v) for v in coded.values()) == n_codings
        assert len(list_codes(project)) == len([c for c in all_codes if c.get("isCodable") == "true"])
        # codes with sub-codes also became categories, so the tree survives
        assert len(list_categories(project)) == len([c for c in all_codes if c.findall(f"{P}Code")])
        assert "cp" in [r.name for r in project.reviewers()]
    assert any("sub-codes" in w for w in result.warnings)


def test_qc_selections_land_on_the_same_words(tmp_path):
    root, files = _qc_xml()
    expected = []
    for src in root.iter(f"{P}TextSource"):
        text = files["sources/" + src.get("plainTextPath")]
        for sel in src.iter(f"{P}PlainTextSelection"):
            expected.append(text[int(sel.get("startPosition")):int(sel.get("endPosition"))])
    with create_project(tmp_path / "qc.lectio", reviewer="Me") as project:
        import_qdpx(project, QC_QDPX)
        got = [u.text for u in list_units(project)]
        for d in list_documents(project):
            body = get_document(project, d.id).text
            assert all(body[u.start:u.end] == u.text for u in list_units(project, document_id=d.id))
    assert sorted(got) == sorted(t.replace("\r\n", "\n") for t in expected)


def test_spec_codebook_with_braced_guids_imports(tmp_path):
    root = etree.parse(str(SPEC_QDC)).getroot()
    codes = root.findall(f".//{C}Code")
    with create_project(tmp_path / "cb.lectio", reviewer="Me") as project:
        result = import_qdc(project, SPEC_QDC).value
        names = {c.name: c for c in list_codes(project)}
        assert sorted(names) == sorted(c.get("name") for c in codes if c.get("isCodable") == "true")
        assert names["Economy"].colour == "#ffff00"
        assert names["Economy"].definition == "Anything about jobs or taxes or business"
        groups = {c.name for c in list_categories(project)}
        assert groups == {c.get("name") for c in codes if c.get("isCodable") == "false"}
    assert result.counts["codes"] == 4


def test_qc_project_twice_adds_nothing_and_its_round_trip_keeps_every_word(tmp_path):
    from app.refi import export_qdpx
    from tests.refi.helpers import snapshot

    with create_project(tmp_path / "qc.lectio", reviewer="Me") as project:
        first = import_qdpx(project, QC_QDPX).value
        once = snapshot(project)
        again = import_qdpx(project, QC_QDPX).value
        assert snapshot(project) == once
        export_qdpx(project, tmp_path / "out.qdpx")
    assert again.line().endswith("nothing new to import")
    assert first.info == ["positions read as Unicode code points (the REFI-QDA standard)"]
    with create_project(tmp_path / "copy.lectio", reviewer="Me") as copy:
        import_qdpx(copy, tmp_path / "out.qdpx")
        after = snapshot(copy)
    for key in ("documents", "units", "codings", "codes"):
        assert after[key] == once[key], key
