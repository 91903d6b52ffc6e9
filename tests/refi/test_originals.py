"""Originals travel with the export (PDF as PDFSource, DOCX as richTextPath) and come back with their pages;
cancelling leaves nothing behind; progress reaches the end."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from app.core.documents import list_documents, original_bytes
from app.core.importing import import_files
from app.core.project import create_project
from app.core.units import create_unit, list_units
from app.refi import Cancelled, export_qdpx, import_qdpx
from tests.refi.helpers import CORPUS, P, needs_corpus, schema, snapshot, state

PDF = CORPUS.parent / "pdf" / "bmc_hsr2014_agyemanduah_2col.pdf"
DOCX = CORPUS.parent / "docx" / "qualcoder_example_ID1_interview_answers.docx"


@needs_corpus
def test_pdf_and_docx_originals_round_trip_with_pages_and_metadata(tmp_path):
    with create_project(tmp_path / "a.lectio", reviewer="Ana") as a:
        results = import_files(a, [PDF, DOCX], workers=1)
        assert all(r.ok for r in results), [r.line() for r in results]
        for doc in list_documents(a):
            create_unit(a, doc.id, 10, 40, condensed="start")
        export_qdpx(a, tmp_path / "a.qdpx")
        before = [(d.name, d.kind, d.pages, d.sha256, d.metadata) for d in list_documents(a)]
        texts = snapshot(a)
    with zipfile.ZipFile(tmp_path / "a.qdpx") as zf:
        qde = etree.fromstring(zf.read("project.qde"))
        assert schema("Project.xsd").validate(qde), schema("Project.xsd").error_log
        pdf = qde.find(f".//{P}PDFSource")
        assert zf.read("sources/" + pdf.get("path").removeprefix("internal://")) == PDF.read_bytes()
        assert pdf.find(f"{P}Representation").find(f"{P}PlainTextSelection") is not None
        rich = qde.find(f".//{P}TextSource").get("richTextPath")
        assert zf.read("sources/" + rich.removeprefix("internal://")) == DOCX.read_bytes()
    with create_project(tmp_path / "b.lectio", reviewer="Ana") as b:
        import_qdpx(b, tmp_path / "a.qdpx")
        assert [(d.name, d.kind, d.pages, d.sha256, d.metadata) for d in list_documents(b)] == before
        assert next(d for d in before if d[1] == "pdf")[2] > 1
        assert original_bytes(b, list_documents(b)[0].id) in (PDF.read_bytes(), DOCX.read_bytes())
        assert snapshot(b)["units"] == texts["units"]


def test_cancelled_export_writes_no_file(tmp_path, demo_project):
    with demo_project as demo, pytest.raises(Cancelled):
        export_qdpx(demo, tmp_path / "out.qdpx", cancelled=lambda: True)
    assert [p.name for p in tmp_path.iterdir() if "qdpx" in p.name or p.name.startswith(".lectio-")] == []


def test_cancelled_import_changes_nothing_and_progress_reaches_the_end(tmp_path, demo_project):
    with demo_project as demo:
        seen: list[float] = []
        export_qdpx(demo, tmp_path / "demo.qdpx", progress=lambda f, m: seen.append(f))
        assert seen[-1] == 1.0 and seen == sorted(seen)
    with create_project(tmp_path / "b.lectio", reviewer="Ana") as b:
        before = state(b)
        with pytest.raises(Cancelled):
            import_qdpx(b, tmp_path / "demo.qdpx", cancelled=lambda: True)
        assert state(b) == before
        steps: list[float] = []
        import_qdpx(b, tmp_path / "demo.qdpx", progress=lambda f, m: steps.append(f))
        assert steps[-1] == 1.0 and steps == sorted(steps)
        assert len(list_units(b)) == 41
