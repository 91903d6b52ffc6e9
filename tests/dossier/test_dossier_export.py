"""The trustworthiness dossier, written from the demo study and read back from the Word file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # every test here runs the command line in other processes


def lectio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=REPO,
                          timeout=180)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with a codebook history (a renamed code, with its reason) and a double-coding plan."""
    path = tmp_path_factory.mktemp("dossier") / "demo.lectio"
    assert lectio("demo", str(path)).returncode == 0
    assert lectio("codebook-snapshot", str(path), "after pilot coding").returncode == 0
    from app.core import codebook
    from app.core.codebook_versions import record_reason
    from app.core.project import open_project

    with open_project(path) as project:
        code = codebook.list_codes(project)[0]
        codebook.update_code(project, code.id, name="Carers' expert knowledge")
        record_reason(project, "code", code.id, "renamed", "closer to the carers' own words")
    assert lectio("codebook-snapshot", str(path), "after consensus 1").returncode == 0
    assert lectio("icr-sample", str(path), "--share", "0.5", "--seed", "9").returncode == 0
    return path


def rows(document: docx.document.Document) -> list[list[str]]:
    return [[c.text for c in row.cells] for table in document.tables for row in table.rows]


def test_the_dossier_holds_both_checklists_the_history_the_reliability_and_the_audit_trail(
        study: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.docx"
    done = lectio("export", "dossier", str(study), str(out), "--resamples", "300")
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Trustworthiness dossier" in text and "Care partnerships at home" in text
    for heading in ("Methods (draft to adapt)", "Codebook versions", "Intercoder reliability", "Audit trail",
                    "Consensus decisions"):
        assert heading in headings
    table_rows = rows(document)
    numbered = [r for r in table_rows if r[0].isdigit() and len(r) == 4]
    assert [int(r[0]) for r in numbered] == list(range(1, 33)) + list(range(1, 22))  # COREQ, then SRQR
    coreq = {int(r[0]): r for r in numbered[:32]}
    assert coreq[22][1] == "Data saturation" and coreq[22][2] == "Was data saturation discussed?"
    assert coreq[24][3].startswith("2 (") and "Ana Ruiz" in coreq[24][3] and "Ben Okafor" in coreq[24][3]
    assert "Lectio" in coreq[27][3]
    assert coreq[2][3] == "To complete"  # credentials: Lectio cannot know them
    renamed = [r for r in table_rows if r[0] == "renamed"]
    assert renamed and renamed[0][2:] == [renamed[0][2], "Carers' expert knowledge", "closer to the carers' own words"]
    pooled = [r for r in table_rows if r[0] == "Pooled (all codes)"]
    assert pooled and " to " in pooled[0][3]
    assert "seed 9" in text and "drawn at random" in text
    methods = document.paragraphs[[p.text for p in document.paragraphs].index("Methods (draft to adapt)") + 1].text
    assert "Krippendorff's alpha" in methods and "95 % bootstrap CI" in methods and "seed 9" in methods
    audit = [r for r in table_rows if len(r) == 3 and r[0][:2] == "20"]
    assert len(audit) > 10
    assert not any("reading time" in r[2].lower() for r in audit)
    late = tmp_path / "late.docx"
    assert lectio("export", "dossier", str(study), str(late), "--since", "2999-01-01",
                  "--resamples", "200").returncode == 0
    assert "0 recorded steps" in "\n".join(p.text for p in docx.Document(str(late)).paragraphs)


def test_bad_requests_are_one_line_and_write_nothing(study: Path, tmp_path: Path) -> None:
    wrong = lectio("export", "dossier", str(study), str(tmp_path / "dossier.pdf"))
    assert wrong.returncode == 1 and "dossier.pdf" in wrong.stderr and ".docx" in wrong.stderr
    backwards = lectio("export", "dossier", str(study), str(tmp_path / "d.docx"), "--since", "2026-05-01",
                       "--until", "2026-01-01")
    assert backwards.returncode == 1 and "date range" in backwards.stderr
    assert not (tmp_path / "d.docx").exists() and not (tmp_path / "dossier.pdf").exists()


@pytest.mark.slow
def test_libreoffice_renders_the_dossier(study: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed here")
    out = tmp_path / "dossier.docx"
    assert lectio("export", "dossier", str(study), str(out), "--resamples", "200").returncode == 0
    done = subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0 and (tmp_path / "dossier.pdf").stat().st_size > 10_000
    # LibreOffice's own start-up note about Java is not about the document
    complaints = [line for line in done.stderr.lower().splitlines() if "javaldx" not in line]
    assert not [line for line in complaints if "warn" in line or "error" in line], complaints
