"""Interview-study commands as a user runs them: import a transcript, attributes in and out, autocode,
pseudonymise, and info --json listing participants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import lectio

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How was your first week at Riverside?</v>

00:12:41.000 --> 00:12:49.000
<v Ben Okafor>Hectic. The night shifts at Riverside were long.</v>
"""


@pytest.fixture
def study(tmp_path: Path) -> Path:
    path = tmp_path / "study.lectio"
    assert lectio("new", str(path), "--reviewer", "Rita").returncode == 0
    source = tmp_path / "ben.vtt"
    source.write_text(VTT, encoding="utf-8")
    result = lectio("import", str(path), str(source))
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.slow
def test_attributes_import_export_and_info_json(study: Path, tmp_path: Path) -> None:
    table = tmp_path / "people.csv"
    table.write_text("Participant,Age,Site\nBen Okafor,34,North\nCarla Diaz,51,North\n", encoding="utf-8")
    result = lectio("attributes", str(study), "import", str(table))
    assert result.returncode == 0, result.stderr
    info = json.loads(lectio("info", str(study), "--json").stdout)
    assert info["participants"] == [
        {"name": "Interviewer", "role": "interviewer", "attributes": {}},
        {"name": "Ben Okafor", "role": "participant", "attributes": {"Age": 34, "Site": "North"}},
        {"name": "Carla Diaz", "role": "participant", "attributes": {"Age": 51, "Site": "North"}},
    ]
    out = tmp_path / "out.xlsx"
    assert lectio("attributes", str(study), "export", str(out)).returncode == 0 and out.stat().st_size > 0
    bad = tmp_path / "bad.csv"
    bad.write_text("Participant,Age\nBen Okafor,old\n", encoding="utf-8")
    before = study.read_bytes()
    failed = lectio("attributes", str(study), "import", str(bad))
    assert failed.returncode != 0 and "bad.csv" in failed.stderr and "not a number" in failed.stderr
    assert "Traceback" not in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    assert study.read_bytes() == before


@pytest.mark.slow
def test_autocode_dry_run_then_apply(study: Path) -> None:
    dry = lectio("autocode", str(study), "--speaker", "Ben Okafor", "--code", "Shifts", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "ben [00:12:41]: Hectic. The night shifts at Riverside were long." in dry.stdout
    done = lectio("autocode", str(study), "--speaker", "Ben Okafor", "--code", "Shifts")
    assert done.returncode == 0 and "Created 1 unit(s)" in done.stdout
    info = json.loads(lectio("info", str(study), "--json").stdout)
    assert info["counts"]["meaning_units"] == 1 and info["counts"]["codings"] == 1
    nobody = lectio("autocode", str(study), "--speaker", "Zed", "--code", "X")
    assert nobody.returncode != 0 and "no participant called 'Zed'" in nobody.stderr


@pytest.mark.slow
def test_pseudonymise_from_the_command_line(study: Path, tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# places\nRiverside = [hospital]\n", encoding="utf-8")
    key = tmp_path / "key.csv"
    result = lectio("pseudonymise", str(study), "--names", str(names), "--key", str(key))
    assert result.returncode == 0, result.stderr
    text = lectio("text", str(study), "ben").stdout
    assert "P01: Hectic. The night shifts at [hospital] were long." in text
    raw = study.read_bytes()
    assert b"Okafor" not in raw and b"Riverside" not in raw
    assert "Ben Okafor" in key.read_text(encoding="utf-8-sig")


@pytest.mark.slow
def test_a_broken_transcript_is_one_line_naming_the_file(study: Path, tmp_path: Path) -> None:
    broken = tmp_path / "empty.vtt"
    broken.write_text("WEBVTT\n\n", encoding="utf-8")
    result = lectio("import", str(study), str(broken))
    assert result.returncode != 0
    assert result.stderr.strip() == "lectio: empty.vtt: the WebVTT file has no cues"
