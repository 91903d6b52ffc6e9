"""`lectio export …` run as a user runs it: a real process on the demo project, files read back."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

pytestmark = pytest.mark.slow  # every test runs lectio in a new process

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_export_codebook(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "codebook.docx"
    result = lectio("export", "codebook", str(demo_path), str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}"
    d = docx.Document(str(out))
    styles = {(p.style.name, p.text) for p in d.paragraphs}
    assert ("Heading 1", "Being recognised as someone who knows") in styles
    assert ("Heading 3", "Knowledge overlooked") in styles
    assert any(t.endswith("(Interview 1 – daughter, p. 1)") for s, t in styles if s == "Quote")


def test_export_codebook_options(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ben.docx"
    result = lectio("export", "codebook", str(demo_path), str(out), "--reviewer", "Ben Okafor", "--quotes", "1",
                    "--no-counts")
    assert result.returncode == 0, result.stderr
    paras = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    assert any("Ben Okafor's" in t for _, t in paras)
    assert not any(t.startswith("Meaning units: ") and " in " in t for _, t in paras)
    codes = [i for i, (s, _) in enumerate(paras) if s == "Heading 3"]
    for a, b in zip(codes, codes[1:] + [len(paras)], strict=True):
        assert sum(1 for s, _ in paras[a:b] if s == "Quote") <= 1


def test_export_analysis_table_csv_and_docx(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "table.csv"
    result = lectio("export", "analysis-table", str(demo_path), str(out))
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert "meaning unit" in rows[0][3] and len(rows) == 1 + 41
    ana = tmp_path / "ana.docx"
    result = lectio("export", "analysis-table", str(demo_path), str(ana), "--reviewer", "ana ruiz")
    assert result.returncode == 0, result.stderr
    [table] = docx.Document(str(ana)).tables
    reviewers = {row.cells[2].text for row in table.rows[1:]}
    assert reviewers == {"Ana Ruiz"}


@pytest.mark.parametrize("make_target", [
    lambda tmp: tmp / "missing folder" / "out.docx",
    lambda tmp: (tmp / "a file").write_text("x") and tmp / "a file" / "out.docx",
])
def test_unwritable_target_is_one_line_naming_the_path(demo_path: Path, tmp_path: Path, make_target) -> None:  # type: ignore[no-untyped-def]
    target = make_target(tmp_path)
    for what in ("codebook", "analysis-table"):
        result = lectio("export", what, str(demo_path), str(target))
        assert result.returncode == 1
        assert str(target) in result.stderr and "cannot write" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert not target.exists()


def test_bad_reviewer_and_missing_consensus(demo_path: Path, tmp_path: Path) -> None:
    result = lectio("export", "codebook", str(demo_path), str(tmp_path / "x.docx"), "--reviewer", "Nobody")
    assert result.returncode == 1 and "Nobody" in result.stderr and "Traceback" not in result.stderr
    from app.core.project import open_project
    from app.core.reviewers import consensus_reviewer

    with open_project(demo_path, backup=False) as project:
        has_consensus = consensus_reviewer(project, create=False) is not None
    if not has_consensus:
        result = lectio("export", "codebook", str(demo_path), str(tmp_path / "x.docx"), "--reviewer", "consensus")
        assert result.returncode == 1 and "no consensus layer yet" in result.stderr
    result = lectio("export", "analysis-table", str(demo_path), str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "x.pdf" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == [demo_path.name]  # nothing written beside the study
