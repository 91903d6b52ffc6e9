"""The reader on the real demo study, inside a real main window (so the window's Undo/Redo keys work)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.documents import find_document


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator:
    from app.core.project import open_project
    from app.ui.main_window import MainWindow

    project = open_project(demo_path, backup=False)
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
