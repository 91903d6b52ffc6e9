"""A first reader: the document list and the text with the current reviewer's meaning units highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextEdit, QVBoxLayout, QWidget

from app.core.documents import get_document, list_documents
from app.core.units import list_units
from app.ui.app_state import ProjectSession
from app.ui.text_offsets import to_qt


class ReaderView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: str | None = None
        self.pass_no = 1
        self.documents = QListWidget()
        self.documents.setObjectName("documentList")
        self.documents.currentItemChanged.connect(self._document_chosen)
        self.text = QTextEdit()
        self.text.setObjectName("readerText")
        self.text.setReadOnly(True)
        self.text.setFont(QFont("Georgia", 12))
        splitter = QSplitter()
        splitter.addWidget(self.documents)
        splitter.addWidget(self.text)
        splitter.setSizes([300, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        session.changed.connect(self._on_changed)
        session.reviewer_changed.connect(lambda _id: self._show_text())
        self._fill_documents()

    def _fill_documents(self) -> None:
        current = self.document_id
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc in list_documents(self.session.project):
            item = QListWidgetItem(doc.name)
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            self.documents.addItem(item)
            if doc.id == current:
                self.documents.setCurrentItem(item)
        self.documents.blockSignals(False)
        if self.documents.count() and self.documents.currentRow() < 0:
            self.documents.setCurrentRow(0)

    def _document_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.show_document(item.data(Qt.ItemDataRole.UserRole), self.pass_no)

    def show_document(self, document_id: str, pass_no: int = 1) -> None:
        self.document_id, self.pass_no = document_id, pass_no
        for row in range(self.documents.count()):
            if self.documents.item(row).data(Qt.ItemDataRole.UserRole) == document_id:
                self.documents.blockSignals(True)
                self.documents.setCurrentRow(row)
                self.documents.blockSignals(False)
        self._show_text()

    def go_to(self, document_id: str, unit_id: str = "", offset: int = -1) -> None:
        """Show a document and put the cursor on a unit or an offset (used by search and the board)."""
        self.show_document(document_id, max(self.pass_no, 2) if unit_id else self.pass_no)
        if unit_id:
            from app.core.units import get_unit

            offset = get_unit(self.session.project, unit_id).start
        if offset >= 0:
            doc_text = self.text.toPlainText()
            cursor = self.text.textCursor()
            cursor.setPosition(min(offset, len(doc_text)))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _show_text(self) -> None:
        if not self.document_id:
            self.text.clear()
            return
        doc = get_document(self.session.project, self.document_id)
        self.text.setPlainText(doc.text)
        if self.pass_no == 1:
            return
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 230, 140))
        cursor = QTextCursor(self.text.document())
        for unit in list_units(self.session.project, self.document_id, self.session.reviewer_id):
            cursor.setPosition(to_qt(doc.text, unit.start))
            cursor.setPosition(to_qt(doc.text, unit.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "documents", False):
            self._fill_documents()
        if getattr(changes, "units", False):
            self._show_text()
