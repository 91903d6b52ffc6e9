"""The pass status follows the work at once, and a screenshot never writes to the study (issue 15)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.documents import add_document
from app.core.ops import Changes
from app.core.units import get_progress, set_progress
from app.importers.base import ImportedText
from tests.ui.reader.conftest import open_doc
from tests.ui.reader.test_meaning_units import _select

TEXT = "The nurse came on Tuesday. She asked how my mother slept, and wrote it down."


def _marker(reader, doc_id: str, pass_no: int) -> str:  # type: ignore[no-untyped-def]
    model = reader.documents.model
    return model.index(model.row_of(doc_id), pass_no).data()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_unit_starts_pass_2_and_a_note_or_code_pass_3_at_once(qtbot, window, reader) -> None:
    project = window.session.project
    doc = add_document(project, ImportedText(TEXT, "txt"), name="Fresh interview", original=TEXT.encode()).value
    window.session.changed.emit(Changes(documents=True))
    open_doc(reader, "Fresh interview", 2)
    assert (_marker(reader, doc.id, 2), _marker(reader, doc.id, 3)) == ("○", "○")
    _select(reader, 0, TEXT.index(".") + 1)
    qtbot.keyClick(reader.text, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: _marker(reader, doc.id, 2) == "◐", timeout=1000)  # not when the timer saves
    assert _marker(reader, doc.id, 3) == "○"
    assert get_progress(project, doc.id)[2].status == "not_started"  # derived from the unit: nothing written
    assert "in progress" in reader.status_line.text()
    unit_id = reader.current_unit_id
    reader.show_document(doc.id, 3)
    reader.set_current_unit(unit_id, move_cursor=True)
    from app.core.units import add_annotation

    window.session.do(add_annotation, unit_id, "The first visit matters")
    qtbot.waitUntil(lambda: _marker(reader, doc.id, 3) == "◐", timeout=1000)
    window.session.undo_stack.undo()  # the note goes, and the status with it
    qtbot.waitUntil(lambda: _marker(reader, doc.id, 3) == "○", timeout=1000)
    set_progress(project, doc.id, 2, status="done")  # a status the reviewer set is never lowered
    window.session.changed.emit(Changes(progress=True))
    assert _marker(reader, doc.id, 2) == "●"


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.mark.slow  # a real import / launch per step
def test_a_screenshot_writes_nothing_to_the_study(qtbot, tmp_path: Path, demo_file: Path) -> None:
    from app.core.documents import list_documents
    from app.core.project import open_project
    from app.ui.launch import launch

    path = tmp_path / "demo.lectio"
    shutil.copy(demo_file, path)
    with open_project(path, backup=False) as project:  # a saved reading position the reader will restore
        for d in list_documents(project):
            set_progress(project, d.id, 1, position=900)
    before = _fingerprint(path)
    for view, pass_no, document in (("reader", 1, None), ("reader", 1, "Interview 2 – husband"),
                                    ("reader", 3, None), ("board", 2, None)):
        assert launch(path, screenshot=tmp_path / "s.png", view=view, document=document, pass_no=pass_no) == 0
        assert _fingerprint(path) == before, (view, pass_no, document)
    assert not list(tmp_path.glob("demo.lectio-*"))  # no journal or WAL left behind either
