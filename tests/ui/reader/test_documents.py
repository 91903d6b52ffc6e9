"""Documents are the researcher's to manage: F2 renames, Delete removes after saying what goes with it,
File › Study properties… edits title and question; long names are elided in the middle (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.core.documents import add_document, find_document, list_documents
from app.core.ops import Changes
from app.importers.base import ImportedText
from tests.ui.reader.conftest import open_doc


def _name_cell(reader, doc_id: str):  # type: ignore[no-untyped-def]
    lst = reader.documents
    return lst.proxy.mapFromSource(lst.model.index(lst.model.row_of(doc_id), 0))


def test_f2_renames_the_document_in_place_and_undo_brings_the_name_back(qtbot, window, reader) -> None:
    project = window.session.project
    doc_id = open_doc(reader, "Interview 2 – husband", 1)
    reader.documents.table.setFocus()
    reader.documents.table.setCurrentIndex(_name_cell(reader, doc_id))
    qtbot.keyClick(reader.documents.table, Qt.Key.Key_F2)
    editor = reader.documents.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Interview 2 – husband"
    editor.selectAll()
    qtbot.keyClicks(editor, "Mr Baptiste, 21 March")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find_document(project, doc_id).name == "Mr Baptiste, 21 March", timeout=2000)
    assert _name_cell(reader, doc_id).data() == "Mr Baptiste, 21 March"
    assert "Mr Baptiste, 21 March" in reader.title.text()
    window.session.undo_stack.undo()
    assert find_document(project, doc_id).name == "Interview 2 – husband"


def test_delete_says_what_goes_with_the_document_and_removes_it_in_one_undo_step(qtbot, window, reader) -> None:
    project = window.session.project
    doc_id = open_doc(reader, "Interview 3 – community nurse", 2)
    reader.documents.table.setFocus()
    reader.documents.table.setCurrentIndex(_name_cell(reader, doc_id))
    seen: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    before = len(list_documents(project))
    QTimer.singleShot(0, lambda: answer("Cancel"))
    qtbot.keyClick(reader.documents.table, Qt.Key.Key_Delete)
    assert len(list_documents(project)) == before  # cancelled: nothing removed
    assert "9 meaning units, 2 notes and 10 codings" in seen[0] and "Interview 3 – community nurse" in seen[0]
    QTimer.singleShot(0, lambda: answer("Remove"))
    qtbot.keyClick(reader.documents.table, Qt.Key.Key_Delete)
    assert doc_id not in [d.id for d in list_documents(project)]
    assert reader.documents.model.row_of(doc_id) == -1 and reader.document_id != doc_id
    assert window.session.undo_stack.undoText() == "Remove document Interview 3 – community nurse"
    window.session.undo_stack.undo()
    assert reader.documents.model.row_of(doc_id) >= 0


def test_study_properties_change_title_and_question(qtbot, window) -> None:
    from app.ui.study_dialog import StudyDialog

    project = window.session.project
    assert window.study_action.isEnabled() and window.study_action.text() == "Study &properties…"
    dialog = StudyDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Partnerships at home")
    dialog.question.setPlainText("How do carers and nurses share the work?")
    dialog.accept()
    assert (project.title, project.meta("research_question")) == ("Partnerships at home",
                                                                   "How do carers and nurses share the work?")
    assert window.windowTitle().startswith("Partnerships at home")
    window.session.undo_stack.undo()
    assert project.title == "Care partnerships at home"


def test_names_alike_never_look_the_same_in_the_list(qtbot, window, reader) -> None:
    project = window.session.project
    stem = "Transcript of the second follow-up interview with the family carer – "
    for end in ("daughter", "son"):
        add_document(project, ImportedText(f"Text of {end}.", "txt"), name=stem + end, original=end.encode())
    window.session.changed.emit(Changes(documents=True))
    table = reader.documents.table
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    metrics = table.fontMetrics()
    width = table.columnWidth(0) - 8
    shown = {d.name: metrics.elidedText(d.name, table.textElideMode(), width) for d in list_documents(project)
             if d.name.startswith(stem)}
    assert len(set(shown.values())) == 2 and all("…" in s and s[-3:] == n[-3:] for n, s in shown.items())
    doc = find_document(project, stem + "son")
    assert _name_cell(reader, doc.id).data(Qt.ItemDataRole.ToolTipRole).startswith(stem + "son\n")
