"""The first view paints before the database layer has loaded: the document list and the first document's
text, read from the file with the standard library, then replaced by the reader (issue 15, start-up)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget, QTextEdit

from app.core.first_view import read_first_view

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # a real import / launch per step
def test_the_first_view_is_read_without_writing_or_sqlalchemy(tmp_path: Path, demo_project) -> None:
    from app.core.documents import get_document, list_documents

    docs = list_documents(demo_project)
    first_text = get_document(demo_project, docs[0].id).text
    path = demo_project.path
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    names, first, text = read_first_view(path)
    assert names == [d.name for d in docs] and first == docs[0].name and first_text.startswith(text[:500])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert read_first_view(tmp_path / "missing.lectio") is None
    (tmp_path / "not.lectio").write_text("not a study")
    assert read_first_view(tmp_path / "not.lectio") is None
    code = "import sys, app.ui.preview, app.ui.main_window, app.ui.launch; print('sqlalchemy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_the_window_shows_the_study_while_opening_then_the_reader(qtbot, demo_project) -> None:
    from app.core.project import open_project
    from app.ui.main_window import MainWindow

    path = demo_project.path
    demo_project.close()
    window = MainWindow(with_start_page=False)
    qtbot.addWidget(window)
    window.show_opening(path.name, path)
    window.show()
    page = window.stack.currentWidget()
    assert page.objectName() == "studyPreview"
    table = page.findChild(QTableWidget, "documentTable")
    assert table.rowCount() == 5 and table.item(0, 0).text() == "Interview 1 – daughter"  # the demo's documents
    assert page.findChild(QTextEdit, "readerText").toPlainText().startswith("Interview 1")
    window.set_project(open_project(path, backup=False))
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.reader.documents.model.rows[0].name == "Interview 1 – daughter"
    window.close()
