"""The import summary lists a duplicate as skipped, not as a failure (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.documents import list_documents
from app.core.importing import ImportResult
from app.core.project import create_project
from app.ui.import_flow import import_paths, summary_lines
from app.ui.main_window import MainWindow


@pytest.mark.slow  # a real import / launch per step
def test_a_duplicate_is_listed_as_skipped_not_as_a_failure(qtbot, tmp_path: Path) -> None:
    first, second = tmp_path / "Interview A.txt", tmp_path / "Interview B.txt"
    first.write_text("The nurse came on Tuesdays.")
    second.write_text("Nobody asked me anything.")
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(create_project(tmp_path / "study.lectio", reviewer="Ana"))
    window.show()
    with qtbot.waitSignal(import_paths(window, window.session, [first]).finished, timeout=60_000):
        pass
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()
    with qtbot.waitSignal(import_paths(window, window.session, [first, second]).finished, timeout=60_000):
        pass
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
               and w.objectName() == "importSummary")
    assert box.text() == "Imported 1 of 2 files. 1 was already in the study and was skipped."
    assert box.icon() == QMessageBox.Icon.Information  # nothing failed
    assert "↷ Interview A.txt: already in the project" in box.detailedText()
    assert "✗" not in box.detailedText()
    assert len(list_documents(window.session.project)) == 2
    box.close()
    window.close()


def test_summary_lines_tell_imported_skipped_and_failed_apart(tmp_path: Path) -> None:
    results = [ImportResult(tmp_path / "a.pdf", error="already in the project (same file); skipped", skipped=True),
               ImportResult(tmp_path / "b.pdf", error="is encrypted", needs_password=True),
               ImportResult(tmp_path / "c.pdf", error="the file is empty")]
    lines = summary_lines(results, 3)
    assert lines[0] == "Imported 0 of 3 files. 1 was already in the study and was skipped."
    assert lines[1].startswith("↷ a.pdf") and lines[2].startswith("✗ b.pdf") and "asked for its password" in lines[2]
    assert lines[3] == "✗ c.pdf: the file is empty"
