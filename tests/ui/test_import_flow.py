"""Import in the window: real corpus files, in the background, with per-file and overall progress, a summary
naming every failure, files dropped from the desktop, and Cancel leaving the study as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.documents import get_document, list_documents
from app.core.project import create_project
from app.ui.import_flow import ImportProgressDialog, import_paths
from app.ui.main_window import MainWindow


def _summary_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() ==
             "importSummary" and w.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def _window(qtbot, tmp_path: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(create_project(tmp_path / "study.lectio", reviewer="Ana"))
    window.show()
    return window


def test_import_reports_what_came_in_and_why_the_rest_did_not(qtbot, tmp_path, corpus) -> None:
    window = _window(qtbot, tmp_path)
    files = [corpus / "pdf" / "bmc_jtmo2010_datta_review_2col.pdf",
             corpus / "docx" / "qualcoder_example_ID1_interview_answers.docx",
             corpus / "pdf" / "scanned_imageonly_huckfinn_c03-29.pdf",
             corpus / "pdf" / "malformed_zero_bytes_empty.pdf"]
    job = import_paths(window, window.session, files)
    assert isinstance(job.dialog, ImportProgressDialog)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    project = window.session.project
    assert sorted(d.name for d in list_documents(project)) == [
        "Datta et al. 2010 — Complications related to deep venous thrombosis prophylaxis in trauma: a systematic "
        "review of the literature",  # an article is named by its authors, year and title
        "qualcoder_example_ID1_interview_answers"]
    pdf = next(d for d in list_documents(project) if d.kind == "pdf")
    assert pdf.pages == 4 and "trauma" in get_document(project, pdf.id).text.lower()
    box = _summary_box()
    assert box.text() == "Imported 2 of 4 files."
    details = box.detailedText()
    assert "✗ scanned_imageonly_huckfinn_c03-29.pdf: no text layer — run OCR first" in details
    assert "✗ malformed_zero_bytes_empty.pdf: the file is empty" in details
    box.close()
    again = import_paths(window, window.session, files[:1])
    with qtbot.waitSignal(again.finished, timeout=60_000):
        pass
    assert "already in the project" in _summary_box().detailedText()
    assert len(list_documents(project)) == 2
    window.close()


def test_files_dropped_on_the_window_are_imported(qtbot, tmp_path, corpus) -> None:
    window = _window(qtbot, tmp_path)
    note = tmp_path / "memo.txt"
    note.write_text("Field note: the nurse phoned twice.", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(note))])
    args = (QPoint(200, 200), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(*args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(*args))
    with qtbot.waitSignal(window.last_import.finished, timeout=60_000):
        pass
    assert [d.name for d in list_documents(window.session.project)] == ["memo"]
    _summary_box().close()
    window.close()


def test_cancel_leaves_the_study_unchanged(qtbot, tmp_path, corpus) -> None:
    window = _window(qtbot, tmp_path)
    files = sorted((corpus / "pdf").glob("*_2col.pdf"))
    job = import_paths(window, window.session, files)
    job.cancel()
    with qtbot.waitSignal(job.stopped, timeout=120_000):
        pass
    assert list_documents(window.session.project) == []
    assert window.statusBar().currentMessage() == "Import cancelled; the study is unchanged"
    window.close()


def test_an_encrypted_pdf_asks_for_its_password_and_then_imports(qtbot, tmp_path, corpus) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    window = _window(qtbot, tmp_path)
    asked: list[str] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]
        summaries = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
                     and w.objectName() == "importSummary"]
        if summaries and not dialogs:  # the summary comes first; the password is asked once it is closed
            asked.append("summary")
            QTimer.singleShot(50, answer)  # (before accept: the password dialog may open inside it)
            summaries[0].accept()
            return
        if not dialogs:
            QTimer.singleShot(50, answer)
            return
        asked.append(dialogs[0].labelText())
        dialogs[0].setTextValue("baz")
        dialogs[0].accept()

    QTimer.singleShot(50, answer)
    job = import_paths(window, window.session, [corpus / "pdf" / "encrypted_aes256_owner-foo_user-baz.pdf"])
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: len(list_documents(window.session.project)) == 1, timeout=60_000)
    assert asked[0] == "summary" and "encrypted_aes256_owner-foo_user-baz.pdf is encrypted" in asked[1]
    assert list_documents(window.session.project)[0].kind == "pdf"
    window.close()
