"""Renaming and removing documents from the reader's list: the confirmation says what goes with a document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.core.documents import delete_document, removal_counts, rename_document

if TYPE_CHECKING:
    from app.ui.reader.reader_view import ReaderView


def connect(reader: ReaderView) -> None:
    reader.documents.model.rename_requested.connect(lambda doc_id, name: reader.session.do(rename_document,
                                                                                           doc_id, name))
    reader.documents.remove_requested.connect(lambda doc_id: confirm_and_remove(reader, doc_id))


def removal_question(name: str, sentence: str) -> str:
    return (QCoreApplication.translate("reader.document_actions", "Remove “{name}” from the study?\n\nIts {sentence} "
                                                                  "go with it (every reviewer's). Edit › Undo brings "
                                                                  "them all back.").format(
                name=name, sentence=sentence))


def confirm_and_remove(reader: ReaderView, document_id: str) -> None:
    row = next((r for r in reader.documents.model.rows if r.id == document_id), None)
    if row is None:
        return
    counts = removal_counts(reader.session.project, document_id)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("reader.document_actions", "Remove document"),
        removal_question(row.name, counts.sentence()),
        QMessageBox.StandardButton.Cancel,
        reader,
    )
    box.setObjectName("removeDocumentBox")
    remove = box.addButton(
        QCoreApplication.translate("reader.document_actions", "Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is remove:
        reader.session.do(delete_document, document_id)
