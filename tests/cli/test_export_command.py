"""`lectio export …` reaches every exporter: consensus report and REFI-QDA files as well as Word and CSV."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

pytestmark = pytest.mark.slow  # every test runs lectio in a new process

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


def test_export_consensus_report_and_refi_files(tmp_path: Path, demo_path: Path) -> None:
    project = demo_path
    report = tmp_path / "report.docx"
    result = lectio("export", "consensus-report", str(project), str(report))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
    assert "Ana Ruiz" in text and "Ben Okafor" in text and "kappa" in text.lower()
    qdpx = tmp_path / "demo.qdpx"
    assert lectio("export", "qdpx", str(project), str(qdpx)).returncode == 0
    with zipfile.ZipFile(qdpx) as archive:
        qde = archive.read("project.qde").decode("utf-8")
    assert "Knowledge overlooked" in qde and "PlainTextSelection" in qde
    qdc = tmp_path / "demo.qdc"
    assert lectio("export", "qdc", str(project), str(qdc)).returncode == 0
    assert "Knowledge overlooked" in qdc.read_text(encoding="utf-8")
    help_text = lectio("export", "--help").stdout
    assert all(w in help_text for w in ("codebook", "analysis-table", "consensus-report", "qdpx", "qdc"))
