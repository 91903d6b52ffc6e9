"""The commands as a user runs them (subprocess), the Word report, and the layer rule (no Qt)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from app.consensus.decisions import decide
from app.consensus.disagreements import list_disagreements
from app.consensus.report_docx import export_consensus_report

REPO = Path(__file__).resolve().parents[2]


def lectio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.slow  # runs lectio in new processes
def test_cli_round_trip(tmp_path: Path) -> None:
    project, copy = tmp_path / "demo.lectio", tmp_path / "ben.lectio"
    assert lectio("demo", str(project)).returncode == 0
    done = lectio("agreement", str(project), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["reviewers"] == ["Ana Ruiz", "Ben Okafor"]
    assert {"agreement", "kappa", "alpha"} <= set(data["character_level"]["codes"]["Home as a workplace"])
    assert {"agreement", "kappa", "alpha"} <= set(data["character_level"]["pooled"])
    assert {"matched", "only_a", "only_b", "kappa"} <= set(data["unit_level"])
    swapped = json.loads(lectio("agreement", str(project), "--json", "--reviewers", "Ben Okafor",
                                "Ana Ruiz").stdout)
    assert swapped["reviewers"] == ["Ben Okafor", "Ana Ruiz"]
    assert swapped["unit_level"]["only_a"] == data["unit_level"]["only_b"]
    text = lectio("agreement", str(project), "--threshold", "0.3")
    assert text.returncode == 0 and "Pooled (all codes)" in text.stdout and "Jaccard ≥ 0.3" in text.stdout

    made = lectio("reviewer-copy", str(project), str(copy), "--reviewer", "Cleo Diaz", "--blind")
    assert made.returncode == 0 and copy.exists(), made.stderr
    again = lectio("reviewer-copy", str(project), str(copy), "--reviewer", "Cleo Diaz")
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    merged = lectio("merge", str(project), str(copy), "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["added"] == {"reviewer": 1}
    twice = lectio("merge", str(project), str(copy))
    assert twice.returncode == 0 and "nothing new" in twice.stdout


@pytest.mark.slow  # runs lectio in new processes
def test_cli_errors_are_one_line(tmp_path: Path, demo_path: Path) -> None:
    missing = lectio("agreement", str(tmp_path / "nope.lectio"))
    assert missing.returncode == 1 and "nope.lectio" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    project = demo_path
    unknown = lectio("agreement", str(project), "--reviewers", "Ana Ruiz", "Zed")
    assert unknown.returncode == 1 and "Zed" in unknown.stderr and "Traceback" not in unknown.stderr


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_consensus_report_docx(demo, tmp_path: Path) -> None:
    items = list_disagreements(demo).items
    decide(demo, items[0], "merge", "Both readings hold: knowledge and its neglect.")
    decide(demo, items[1], "reject", "Too short to stand alone.")
    out = export_consensus_report(demo, tmp_path / "report.docx")
    document = docx.Document(out)
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Consensus report" in body and "Methods" in body
    assert "Two reviewers took part" in body and "Cohen's kappa" in body and "Krippendorff" in body
    assert "2 of them have been settled so far" in body and "35 remain open" in body
    assert "Home as a workplace" in cells and "Pooled (all codes)" in cells
    assert "Both readings hold: knowledge and its neglect." in cells and "Too short to stand alone." in cells
    assert "Ana Ruiz" in cells  # who decided
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.slow  # runs lectio in new processes
def test_consensus_package_never_imports_qt() -> None:
    code = ("import sys, importlib, pkgutil, app.consensus as c\n"
            "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('app.consensus.' + m.name)\n"
            "import app.cli_consensus\n"
            "print(any(k.startswith('PySide6') for k in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


@pytest.mark.slow  # runs lectio in new processes
def test_cli_merge_lists_conflicts_and_resolves_them(tmp_path: Path, demo_path: Path) -> None:
    from app.core import codebook
    from app.core.project import open_project

    project, copy = demo_path, tmp_path / "ben.lectio"
    lectio("reviewer-copy", str(project), str(copy), "--reviewer", "Ben Okafor")
    with open_project(copy, backup=False) as p:
        code = codebook.find_code_by_name(p, "Costs of care")
        codebook.update_code(p, code.id, name="Hidden costs")
    with open_project(project, backup=False) as p:
        codebook.update_code(p, code.id, name="Costs of caring")
    listed = lectio("merge", str(project), str(copy))
    assert listed.returncode == 0 and "Conflict: Code 'Costs of caring'" in listed.stderr
    settled = lectio("merge", str(project), str(copy), "--resolve", "theirs")
    assert settled.returncode == 0 and "1 conflict(s) settled" in settled.stdout
    with open_project(project, backup=False) as p:
        assert codebook.get_code(p, code.id).name == "Hidden costs"


def test_report_refuses_a_missing_folder(demo, tmp_path: Path) -> None:
    import pytest

    from app.core.errors import LectioError

    with pytest.raises(LectioError, match="does not exist"):
        export_consensus_report(demo, tmp_path / "nowhere" / "r.docx")
