"""The window keeps the study safe: every error reaches the user, backups while working, a read-only banner,
and a clear word when there is no display."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from app.core import codebook
from app.core.backups import list_backups
from app.core.errors import LectioError
from app.core.ops import operation
from app.core.project import create_project
from app.ui import excepthook
from app.ui.launch import check_display
from app.ui.main_window import MainWindow
from tests.mounts import make_read_only, small_disk

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LECTIO_LOG_DIR", str(tmp_path / "logs"))
    study = tmp_path / "study.lectio"
    with create_project(study, title="Care at home") as project:
        codebook.create_code(project, "Doubt")
    win = MainWindow(with_start_page=False)
    qtbot.addWidget(win)
    assert win.open_path(study)
    yield win
    win.close_project()


@pytest.mark.qt_no_exception_capture
@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_an_error_raised_in_a_slot_reaches_the_user_and_the_log(window: MainWindow, qtbot, tmp_path: Path) -> None:
    project = window.session.project
    saved_hook = sys.excepthook
    excepthook.install(window)
    try:
        def rename() -> None:  # a user action whose write fails in the database, not with a LectioError
            with operation(project, "edit_code", "Rename code Doubt"):
                raise sqlite3.OperationalError("database or disk is full")

        button = QPushButton("Rename")
        qtbot.addWidget(button)
        button.clicked.connect(rename)
        button.click()
    finally:
        sys.excepthook = saved_hook
    message = excepthook.last_message
    assert message == f"{project.path}: the disk is full — “Rename code Doubt” was not saved."
    assert window.statusBar().currentMessage() == message
    log = (tmp_path / "logs" / "lectio.log").read_text()
    assert "OperationalError: database or disk is full" in log and "rename" in log
    assert [c.name for c in codebook.list_codes(project)] == ["Doubt"]  # nothing half-written


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_work_in_the_window_is_backed_up_on_the_timer_and_on_close(window: MainWindow, tmp_path: Path) -> None:
    study = window.session.project.path
    assert window.guard.timer.isActive()
    window.guard.backup()
    first = list_backups(study)
    assert len(first) == 1  # the work done before opening (the code) is in it
    window.guard.backup()
    assert list_backups(study) == first  # no new work: no new copy
    window.session.do(codebook.create_code, "Trust")
    window.close_project()
    assert len(list_backups(study)) == 2


@pytest.mark.slow
def test_a_study_on_a_read_only_drive_opens_with_a_banner(qtbot, tmp_path: Path) -> None:
    with small_disk(tmp_path / "cd", "4m") as cd:
        study = cd / "study.lectio"
        with create_project(study, title="Sent by a colleague") as project:
            codebook.create_code(project, "Trust")
        make_read_only(cd)
        win = MainWindow(with_start_page=False)
        qtbot.addWidget(win)
        win.resize(1200, 700)
        assert win.open_path(study)
        banner = win.guard.banner
        assert banner is not None and not banner.isHidden()
        text = banner.findChild(QLabel, "readOnlyText").text()
        assert "Read-only" in text and "read-only" in text and "export" in text
        win.show()
        qtbot.waitExposed(win)
        win.grab().save(str(tmp_path / "read-only.png"))
        assert not win.guard.timer.isActive()
        win.close_project()
        assert win.guard is None and banner.parent() is None or not banner.isVisible()


def test_no_display_is_said_in_one_line() -> None:
    with pytest.raises(LectioError, match="no display.*QT_QPA_PLATFORM=offscreen"):
        check_display({}, "linux")
    check_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    check_display({}, "win32")


@pytest.mark.slow
def test_the_window_without_a_display_exits_with_one_line_not_a_core_dump(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["LECTIO_LOG_DIR"] = str(tmp_path)
    run = subprocess.run([sys.executable, "-m", "app"], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 1  # not -6 (abort) or -11
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lectio: cannot open the window: there is no display")
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]


def test_opening_an_old_file_with_duplicate_names_says_what_was_renamed(qtbot, tmp_path: Path) -> None:
    import shutil

    study = tmp_path / "old.lectio"
    shutil.copy(REPO / "tests" / "fixtures" / "project_v2.lectio", study)
    win = MainWindow(with_start_page=False)
    qtbot.addWidget(win)
    assert win.open_path(study)
    message = win.statusBar().currentMessage()
    assert "Updated from file format 2" in message and "code 'trust' renamed 'trust (2)'" in message
    win.close_project()
