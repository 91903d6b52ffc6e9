"""``lectio import-qdpx`` / ``import-qdc`` as a user runs them, and the export functions the CLI wires in."""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.cli_refi import add_export_subcommands
from app.core.project import open_project
from app.demo import build_demo
from tests.refi.helpers import QC_QDPX, SPEC_QDC, make_zip, needs_corpus, schema, state

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # lectio and Python run in new processes


def lectio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def _new(tmp_path: Path, name: str = "p.lectio") -> Path:
    path = tmp_path / name
    assert lectio("new", str(path), "--reviewer", "Me").returncode == 0
    return path


@needs_corpus
def test_import_qdpx_reports_counts_and_warnings_on_stderr(tmp_path):
    path = _new(tmp_path)
    run = lectio("import-qdpx", str(path), str(QC_QDPX))
    assert run.returncode == 0, run.stderr
    assert "158 meaning units" in run.stdout and "205 codings" in run.stdout
    lines = run.stderr.strip().splitlines()
    assert lines and all(line.startswith(f"{QC_QDPX.name}: warning: ") for line in lines)
    assert "Traceback" not in run.stderr


@needs_corpus
def test_import_qdc_adds_the_codes(tmp_path):
    path = _new(tmp_path)
    run = lectio("import-qdc", str(path), str(SPEC_QDC))
    assert run.returncode == 0, run.stderr
    assert "4 codes" in run.stdout
    with open_project(path, backup=False) as project:
        assert state(project)[0]["codes"] == 4


@needs_corpus
def test_malformed_file_fails_with_one_line_and_leaves_project_unchanged(tmp_path):
    path = _new(tmp_path)
    assert lectio("import-qdpx", str(path), str(QC_QDPX)).returncode == 0
    with open_project(path, backup=False) as project:
        before = state(project)
    bad = make_zip(tmp_path / "broken.qdpx", {"project.qde": "<Project xmlns='urn:QDA-XML:project:1.0'><Us"})
    run = lectio("import-qdpx", str(path), str(bad))
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1 and "broken.qdpx" in run.stderr
    (tmp_path / "bad.qdc").write_text("not xml at all <", encoding="utf-8")
    run = lectio("import-qdc", str(path), str(tmp_path / "bad.qdc"))
    assert run.returncode == 1 and "bad.qdc" in run.stderr and len(run.stderr.strip().splitlines()) == 1
    with open_project(path, backup=False) as project:
        assert state(project) == before


def test_export_subcommands_write_valid_files(tmp_path):
    build_demo(tmp_path / "demo.lectio").close()
    parser = argparse.ArgumentParser()
    add_export_subcommands(parser.add_subparsers(dest="what", required=True))
    for what in ("qdpx", "qdc"):
        args = parser.parse_args([what, str(tmp_path / "demo.lectio"), str(tmp_path / f"out.{what}")])
        assert args.refi_run(args) == 0
    with zipfile.ZipFile(tmp_path / "out.qdpx") as zf:
        assert schema("Project.xsd").validate(etree.fromstring(zf.read("project.qde")))
    assert schema("Codebook.xsd").validate(etree.parse(str(tmp_path / "out.qdc")))


def test_refi_package_never_imports_qt():
    code = ("import sys, app.refi, app.cli_refi; "
            "sys.exit(1 if any(m.split('.')[0] == 'PySide6' for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


@pytest.mark.slow
def test_import_qdpx_says_how_positions_were_read_and_takes_positions(tmp_path):
    from tests.refi.builders import Sel, Src, code, gid, project, u16

    text = "😀 An emoji, then the words."
    a = text.index("words")
    sel = Sel(u16(text[:a]), u16(text[:a]) + 5, [gid(1)], name="the words")
    qdpx = project(tmp_path / "x.qdpx", [Src("Doc", text.encode(), [sel])], [code(gid(1), "Words")])
    path = _new(tmp_path)
    run = lectio("import-qdpx", str(path), str(qdpx), "--positions", "utf16")
    assert run.returncode == 0, run.stderr
    assert "x.qdpx: positions read as UTF-16 code units" in run.stdout
    other = _new(tmp_path, "q.lectio")
    run = lectio("import-qdpx", str(other), str(qdpx), "--positions", "standard")
    assert run.returncode == 0 and "x.qdpx: positions read as Unicode code points" in run.stdout
    bad = lectio("import-qdpx", str(other), str(qdpx), "--positions", "utf8")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
