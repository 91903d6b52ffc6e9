"""Export documents in the study's language, which may differ from the window's."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app import i18n
from app.cli import main
from app.core.errors import InvalidOperation
from app.core.history import undo
from app.core.study_language import export_language, set_study_language, study_language
from app.exporters import ExportOptions, export_codebook
from tests.studies import open_copy


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_demo_codebook_in_german(fake_catalogue: Path, demo_file: Path, tmp_path: Path) -> None:
    project = open_copy(demo_file, tmp_path / "demo.lectio")
    try:
        set_study_language(project, "de")
        assert export_language(project) == "de"
        out = export_codebook(project, tmp_path / "codebook.docx", ExportOptions())
    finally:
        project.close()
    text = _text(out)
    assert "Zusammenfassung der Methoden" in text and "Themen" in text and "Codebuch" in text
    assert "Methods summary" not in text
    assert "Dokumente" in text  # the plural from the catalogue


def test_the_window_language_does_not_change_a_study_s_documents(fake_catalogue: Path, demo_file: Path,
                                                                  tmp_path: Path) -> None:
    project = open_copy(demo_file, tmp_path / "demo.lectio")
    try:
        i18n.set_language("de")  # the window in German, the study in English
        set_study_language(project, "en")
        out = export_codebook(project, tmp_path / "codebook.docx", ExportOptions())
    finally:
        project.close()
    assert "Methods summary" in _text(out)


def test_study_language_is_one_undoable_step_and_refuses_unknown_codes(demo_file: Path, tmp_path: Path) -> None:
    project = open_copy(demo_file, tmp_path / "demo.lectio")
    try:
        set_study_language(project, "pt-BR")
        assert study_language(project) == "pt_BR"
        undo(project)
        assert study_language(project) == ""
        with pytest.raises(InvalidOperation, match="demo.lectio: no translation for language 'xx'"):
            set_study_language(project, "xx")
        assert study_language(project) == ""
    finally:
        project.close()


def test_the_study_language_command(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.studies import copy_study

    path = copy_study(demo_file, tmp_path / "demo.lectio")
    assert main(["study-language", str(path), "fr"]) == 0
    assert "Français (fr)" in capsys.readouterr().out
    assert main(["study-language", str(path), "--json"]) == 0
    assert '"study_language": "fr"' in capsys.readouterr().out
    assert main(["study-language", str(path), "xx"]) != 0
    err = capsys.readouterr().err
    assert "demo.lectio" in err and "xx" in err and "Traceback" not in err
    assert main(["study-language", str(path), "--clear"]) == 0
    assert "not set" in capsys.readouterr().out
