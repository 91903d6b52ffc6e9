"""`lectio remove-document STUDY NAME --permanently` and `lectio pseudonymise … --scrub-history --scrub-backups`, as
a user runs them: what they print, what they refuse, and the raw bytes of the study and its backups afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.backups import backup_dir_for, list_backups, take_backup

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How was Harrowgate Clinic?</v>

00:00:05.000 --> 00:00:09.000
<v Zebulon Quist>Dr Farquharson at Harrowgate Clinic listened.</v>
"""
pytestmark = pytest.mark.slow  # the study is made through the command line once (2-6 s), each test rewrites files
GONE = (b"Quist", b"Harrowgate", b"Farquharson")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("privacy-cli")
    path = folder / "study.lectio"
    (folder / "zebulon.vtt").write_text(VTT, encoding="utf-8")
    (folder / "ward.txt").write_text("The ward was calm.", encoding="utf-8")
    assert main(["new", str(path), "--reviewer", "Rita"]) == 0
    assert main(["import", str(path), str(folder / "zebulon.vtt"), str(folder / "ward.txt")]) == 0
    take_backup(path)
    return path


@pytest.fixture
def study(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / template.name
    shutil.copy2(template, path)
    shutil.copytree(backup_dir_for(template), backup_dir_for(path))
    (tmp_path / "names.txt").write_text("Farquharson\nHarrowgate Clinic = [clinic]\n", encoding="utf-8")
    return path


def _clean(path: Path) -> None:
    files = [path, *backup_dir_for(path).iterdir()]
    for file in files:
        raw = file.read_bytes()
        assert not any(word in raw or word.lower() in raw.lower() for word in GONE), file.name


def test_remove_document_permanently_says_so_and_leaves_nothing(study: Path, capsys) -> None:
    assert main(["remove-document", str(study), "zebulon", "--permanently"]) == 0
    out = capsys.readouterr().out
    assert "Permanently deleted 'zebulon'" in out and "cannot be undone" in out
    assert "changed in place" in out  # the backup made before, named
    assert "2 participant(s) who spoke only in it deleted too" in out  # Zebulon Quist and the interviewer
    _clean(study)
    assert main(["text", str(study), "ward"]) == 0
    assert main(["undo", str(study)]) == 0 and "zebulon" not in capsys.readouterr().out.lower()


def test_remove_document_errors_are_one_line_and_change_nothing(study: Path, capsys) -> None:
    before = study.read_bytes()
    assert main(["remove-document", str(study), "nobody", "--permanently"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "study.lectio" in err and "nobody" in err and "Traceback" not in err
    assert main(["remove-document", str(study), "zebulon", "--backups", "delete"]) != 0
    err = capsys.readouterr().err
    assert "--permanently" in err and err.count("\n") == 1
    assert study.read_bytes() == before


def test_remove_document_permanently_can_delete_or_keep_the_backups(study: Path, capsys) -> None:
    assert main(["remove-document", str(study), "zebulon", "--permanently", "--backups", "keep"]) == 0
    out = capsys.readouterr().out
    assert "still hold the document" in out
    assert any(b"Quist" in b.path.read_bytes() for b in list_backups(study))  # the one made before


def test_pseudonymise_scrubs_history_and_backups_and_reports_it(study: Path, tmp_path: Path, capsys) -> None:
    key = tmp_path / "key.csv"
    code = main(["pseudonymise", str(study), "--names", str(tmp_path / "names.txt"), "--key", str(key),
                 "--scrub-history", "--scrub-backups"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Undo history:" in out and "step(s) lost" in out and "changed in place" in out
    _clean(study)
    assert "Quist" in key.read_text(encoding="utf-8-sig")  # the key, apart from the study


def test_pseudonymise_without_scrubbing_names_the_backups_that_still_hold_names(study: Path, tmp_path: Path,
                                                                               capsys) -> None:
    code = main(["pseudonymise", str(study), "--names", str(tmp_path / "names.txt"), "--key",
                 str(tmp_path / "key.csv")])
    out = capsys.readouterr().out
    assert code == 0 and "Undo history emptied" in out
    assert "still hold the real names" in out and list_backups(study)[0].path.name in out
    with pytest.raises(SystemExit) as usage:  # one or the other (argparse's usage message)
        main(["pseudonymise", str(study), "--key", str(tmp_path / "k2.csv"), "--scrub-backups", "--delete-backups"])
    assert usage.value.code != 0
