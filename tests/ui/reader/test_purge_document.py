"""Withdrawn consent in the window: Shift+Delete (or Delete permanently… in the list's menu) asks first, naming the
document and saying it cannot be undone; then the document is gone, from the backups too, and Undo does not
bring it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.backups import list_backups, take_backup
from app.core.documents import list_documents
from tests.ui.reader.conftest import open_doc

NAME = "Interview 3 – community nurse"


@pytest.mark.slow  # 0.8 s: a backup, the deletion and a VACUUM of the demo study
def test_shift_delete_confirms_naming_the_document_then_deletes_it_for_good(qtbot, window, reader) -> None:
    project = window.session.project
    take_backup(project.path)
    doc_id = open_doc(reader, NAME, 2)
    words = reader.session.project.engine.connect().exec_driver_sql(
        "SELECT substr(text, 1, 60) FROM document WHERE id = ?", (doc_id,)).scalar()
    lst = reader.documents
    lst.table.setFocus()
    lst.table.setCurrentIndex(lst.proxy.mapFromSource(lst.model.index(lst.model.row_of(doc_id), 0)))
    seen: list[QMessageBox] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "purgeDocumentBox"
        seen.append(box)
        assert box.checkBox() is not None and box.checkBox().isChecked()  # the backups too, by default
        next(b for b in box.buttons() if b.text() == button_text).click()

    before = len(list_documents(project))
    QTimer.singleShot(0, lambda: answer("Cancel"))
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert len(list_documents(project)) == before  # cancelled: nothing deleted
    text = seen[0].text()
    assert NAME in text and "cannot be undone" in text and "9 meaning units, 2 notes and 10 codings" in text
    assert "speaks only in this document is deleted too, with their attributes: P03." in text
    undo_before = window.session.undo_stack.undoText()
    QTimer.singleShot(0, lambda: answer("Delete permanently"))
    qtbot.keyClick(lst.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: lst.model.row_of(doc_id) == -1, timeout=30_000)  # in the background runner
    assert doc_id not in [d.id for d in list_documents(project)]
    assert lst.model.row_of(doc_id) == -1 and reader.document_id != doc_id
    assert window.session.undo_stack.undoText() == undo_before  # no undo step for it, earlier ones intact
    raw = project.path.read_bytes()
    assert words.encode() not in raw
    assert all(words.encode() not in b.path.read_bytes() for b in list_backups(project.path))
