"""The reader on the real demo study, inside a real main window (so the window's Undo/Redo keys work)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.documents import find_document


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study built once; each test opens its own copy."""
    from app.demo import build_demo

    path = tmp_path_factory.mktemp("reader-demo") / "demo.lectio"
    build_demo(path).close()
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_file: Path) -> Iterator:
    from app.core.project import open_project
    from app.ui.main_window import MainWindow

    shutil.copy(demo_file, tmp_path / "demo.lectio")
    project = open_project(tmp_path / "demo.lectio", backup=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_project(project)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    yield win
    win.close()  # closes the project


@pytest.fixture
def reader(window):  # type: ignore[no-untyped-def]
    return window.workspace.reader


def open_doc(reader, name: str, pass_no: int) -> str:  # type: ignore[no-untyped-def]
    doc_id = find_document(reader.session.project, name).id
    reader.show_document(doc_id, pass_no)
    reader.text.setFocus()
    return doc_id
