"""The command line's fast read (`app/analysis/local.py`: sqlite3 alone, read-only) gives exactly the figures the
full `open_project` path gives, refuses what that path refuses with the same line, and hands over to it for what
only it can open (an older file, a coding query)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.analysis.local import LocalStudy
from app.analysis.service import study_cooccurrence, study_matrix, study_saturation
from app.cli import main
from app.core.errors import LectioError, ProjectError
from app.core.project import open_project
from tests.analysis.study import Plan, generated_copy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Plan]:
    path = tmp_path_factory.mktemp("local") / "study.lectio"
    project, plan = generated_copy(tmp_path_factory, path, 3)  # built once per session, shared with the figures
    project.close()
    return path, plan


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _figures(source: object) -> list[dict]:
    out = []
    for reviewer in (None, "Ann", "ann"):
        out.append(study_matrix(source, "Role", reviewer=reviewer).to_json())  # type: ignore[arg-type]
        out.append(study_matrix(source, "Role", rows="categories", count="participants",  # type: ignore[arg-type]
                                reviewer=reviewer).to_json())
        out.append(study_cooccurrence(source, overlap=True, reviewer=reviewer).to_json())  # type: ignore[arg-type]
        out.append(study_saturation(source, base=2, run=2, reviewer=reviewer).to_json())  # type: ignore[arg-type]
    return out


def test_the_fast_read_gives_the_same_figures_as_the_full_open(study: tuple[Path, Plan]) -> None:
    path, _ = study
    before = _digest(path)
    with open_project(path, backup=False, read_only=True) as project:
        expected = _figures(project)
    local = LocalStudy.open(path)
    assert local is not None
    with local:
        assert _figures(local) == expected
        assert any(m["rows"] for m in expected[:2])  # the study has figures to compare
        with pytest.raises(LectioError, match="no reviewer called 'Nobody'"):
            study_matrix(local, "Role", reviewer="Nobody")
        with pytest.raises(LectioError, match="there is no consensus layer yet"):
            study_saturation(local, reviewer="consensus")
    assert _digest(path) == before


def test_the_command_line_reads_a_study_the_window_holds(study: tuple[Path, Plan],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = study
    with open_project(path, backup=False):  # locked, as while the window has it open
        assert main(["cooccurrence", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pairs"]


def test_a_damaged_file_is_refused_with_the_same_line(tmp_path: Path, study: tuple[Path, Plan]) -> None:
    path = tmp_path / "damaged.lectio"
    shutil.copy(study[0], path)
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 300] = b"\xff" * 300  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(ProjectError) as full:
        open_project(path, read_only=True)
    with pytest.raises(ProjectError) as fast, LocalStudy.open(path) as local:  # type: ignore[union-attr]
        study_cooccurrence(local)  # no figure of it: the reads wait for the quick check
    assert str(fast.value) == str(full.value) and "damaged" in str(fast.value)
    assert _digest(path) == before


def test_damage_where_the_figures_never_read_still_refuses_the_study(tmp_path: Path, study: tuple[Path, Plan],
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The figures read without the document texts; the quick check, running beside the reads, still finds a
    damaged text page, and the command prints no figure, only the damaged line."""
    path = tmp_path / "damaged-text.lectio"
    shutil.copy(study[0], path)
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'search_fts_data'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    at = (page - 1) * page_size
    data[at:at + 200] = b"\x07" * 200
    path.write_bytes(bytes(data))
    before = _digest(path)
    assert main(["cooccurrence", str(path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and "damaged" in err and str(path) in err
    assert _digest(path) == before


def test_what_only_open_project_can_open_goes_through_it(tmp_path: Path, study: tuple[Path, Plan],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.lectio"
    shutil.copy(FIXTURES / "project_v3.lectio", old)
    before = _digest(old)
    assert LocalStudy.open(old) is None  # its upgrade is made in a temporary copy by open_project
    assert LocalStudy.open("postgresql://someone@nowhere/study") is None
    assert main(["saturation", str(old), "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) >= {"base", "run", "order", "runs", "saturation_at"}
    assert _digest(old) == before
    path, _ = study
    assert main(["matrix", str(path), "--by", "Role", "--query", "code:NoSuchCode", "--json"]) == 1
    assert "NoSuchCode" in capsys.readouterr().err
    with pytest.raises(ProjectError, match="no such file"):
        LocalStudy.open(tmp_path / "nowhere.lectio")
