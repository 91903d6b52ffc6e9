"""The Pseudonymise dialog offers to replace the names in the undo history (ticked by default) and in the backups
made before (listed; on request), says so in its confirmation, and reports what happened afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.backups import list_backups, take_backup
from app.core.codebook import create_code
from app.core.importing import import_files
from app.core.project import create_project
from tests.ui.test_participants_view import VTT


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> Iterator:
    from app.ui.main_window import MainWindow

    asked: list[str] = []

    def warning(_parent, _title, text, *_a, **_k):  # the confirmation: recorded, answered Yes
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    project = create_project(tmp_path / "study.lectio", title="Ward study", reviewer="Rita")
    source = tmp_path / "ben.vtt"
    source.write_text(VTT, encoding="utf-8")
    assert import_files(project, [source])[0].ok
    create_code(project, "Support from Ben Okafor's mentor")
    take_backup(project.path)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_project(project)
    win.show()
    qtbot.waitExposed(win)
    win.asked = asked
    yield win
    win.close()


@pytest.mark.slow  # a pseudonymisation of the study and of its backup, in the background runner
def test_the_dialog_scrubs_history_and_backups_and_reports_it(window, qtbot, tmp_path) -> None:
    from app.ui.participants_dialogs import PseudonymiseDialog

    session = window.session
    dialog = PseudonymiseDialog(session, window)
    qtbot.addWidget(dialog)
    assert dialog.scrub_history.isChecked()  # on by default
    assert not dialog.scrub_backups.isHidden() and not dialog.scrub_backups.isChecked()  # listed; on request
    assert list_backups(session.project.path)[0].path.name in dialog.scrub_backups.toolTip()
    dialog.scrub_backups.setChecked(True)
    dialog.key.setText(str(tmp_path / "key.csv"))
    dialog.run()
    assert "kept with the names replaced" in window.asked[0] and "backups made before as well" in window.asked[0]
    with qtbot.waitSignal(dialog.job.finished, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.isVisible(), timeout=5000)
    report = dialog.report.text()
    assert "steps kept with the names replaced" in report and "the names are replaced" in report
    assert session.undo_stack.canUndo() and session.undo_stack.undoText() == "Create code Support from P01's mentor"
    for file in (Path(session.project.path), *(b.path for b in list_backups(session.project.path))):
        assert b"Okafor" not in file.read_bytes(), file.name
    dialog.report.close()
