"""Renaming and removing documents from the reader's list: the confirmation says what goes with a document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from app.core.documents import delete_document, removal_counts, rename_document
from app.ui.jobs import error_text, run_job

if TYPE_CHECKING:
    from app.ui.reader.reader_view import ReaderView


def connect(reader: ReaderView) -> None:
    reader.documents.model.rename_requested.connect(lambda doc_id, name: reader.session.do(rename_document,
                                                                                           doc_id, name))
    reader.documents.remove_requested.connect(lambda doc_id: confirm_and_remove(reader, doc_id))
    reader.documents.purge_requested.connect(lambda doc_id: confirm_and_purge(reader, doc_id))


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


def purge_question(name: str, sentence: str, people: list[str]) -> str:
    text = QCoreApplication.translate(
        "reader.document_actions",
        "Delete “{name}” permanently?\n\nIts {sentence} (every reviewer's) are deleted with it, and so is every "
        "copy of its text in the undo history and the search index. This cannot be undone: Edit › Undo will not "
        "bring it back. Use this when a participant withdraws consent.").format(name=name, sentence=sentence)
    if people:
        text += "\n\n" + QCoreApplication.translate(
            "reader.document_actions", "Who speaks only in this document is deleted too, with their attributes: "
                                       "{names}.").format(names=", ".join(people))
    return text


def confirm_and_purge(reader: ReaderView, document_id: str) -> None:
    """Withdrawn consent: a warning that names the document and says it cannot be undone, then the deletion."""
    from app.core.backup_scrub import files_before
    from app.core.purge import participants_only_in, purge_document

    row = next((r for r in reader.documents.model.rows if r.id == document_id), None)
    if row is None:
        return
    project = reader.session.project
    counts = removal_counts(project, document_id)
    question = purge_question(row.name, counts.sentence(), participants_only_in(project, document_id))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("reader.document_actions", "Delete document permanently"),
                      question, QMessageBox.StandardButton.Cancel, reader)
    box.setObjectName("purgeDocumentBox")
    backups = [] if project.on_server else files_before(project.path)
    check: QCheckBox | None = None
    if backups:
        check = QCheckBox(QCoreApplication.translate(
            "reader.document_actions", "Also delete it from the automatic backups made before ({n})").format(
                n=len(backups)), box)
        check.setChecked(True)
        check.setObjectName("purgeBackups")
        box.setCheckBox(check)
    purge = box.addButton(QCoreApplication.translate("reader.document_actions", "Delete permanently"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not purge:
        return
    scrub = check is not None and check.isChecked()
    session = reader.session

    def done(outcome: Any) -> None:
        session.undo_stack.refresh()
        session.changed.emit(outcome.changes)
        failed = [b for b in outcome.value.backups if b.action == "failed"]
        if failed:
            session.report_error(QCoreApplication.translate(
                "reader.document_actions", "The document is deleted, but {n} backup(s) still hold it; delete them "
                "yourself: {files}").format(n=len(failed), files=", ".join(str(b.path) for b in failed)))
        else:
            session.status.emit(QCoreApplication.translate(
                "reader.document_actions", "“{name}” is deleted permanently").format(name=row.name))

    reader.purge_job = run_job(
        reader, QCoreApplication.translate("reader.document_actions", "Deleting the document permanently"),
        lambda progress, cancelled: purge_document(project, document_id, backups="scrub" if scrub else "keep",
                                                   progress=progress, cancelled=cancelled),
        done, lambda exc: session.report_error(error_text(exc)))
