"""The study's first view while the rest of Lectio loads: the document list and the first document's text.

Opening a study needs SQLAlchemy and the views, which take a second or more to import and build. This page
reads the two things the reader shows first straight from the file with the standard library's sqlite3
(read-only, no lock, nothing written), laid out like the reader, so the researcher sees their study about
as soon as a bare window could paint. The real reader replaces it once the project is open.
It must not import SQLAlchemy or anything from app.core that does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.first_view import read_first_view

SERIF = ["Charter", "Iowan Old Style", "Georgia", "Palatino Linotype", "Caladea", "Liberation Serif",
         "DejaVu Serif", "serif"]


class StudyPreview(QWidget):
    """Read-only: the list and the text as the reader will show them, until the reader takes over."""

    def __init__(self, names: list[str], first_name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyPreview")
        # shown as it will be, but nothing to click yet: the reader arrives in a moment
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table = QTableWidget(len(names), 1)
        table.setObjectName("documentTable")
        table.setAccessibleName(self.tr("Documents"))
        table.setHorizontalHeaderLabels([self.tr("Document")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setShowGrid(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, name in enumerate(names):
            table.setItem(row, 0, QTableWidgetItem(name))
        table.selectRow(0)
        heading = QLabel(self.tr("Documents"))
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(heading)
        left_layout.addWidget(table, 1)
        title = QLabel(first_name)
        title_font = QFont(bold)
        title_font.setPointSizeF(title_font.pointSizeF() + 3)
        title.setFont(title_font)
        self.text = QTextEdit()
        self.text.setObjectName("readerText")
        self.text.setAccessibleName(self.tr("Document text"))
        self.text.setReadOnly(True)
        font = QFont()
        font.setFamilies(SERIF)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(13.0)
        self.text.setFont(font)
        self.text.document().setDocumentMargin(18)
        self.text.setPlainText(text)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 8, 8, 0)
        right_layout.addWidget(title)
        right_layout.addWidget(self.text, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 1080])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        width = self.text.viewport().width()
        column = min(width, self.text.fontMetrics().horizontalAdvance("x" * 70) + 36)
        self.text.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.text.setLineWrapColumnOrWidth(max(200, column))


def preview_page(path: Path) -> QWidget | None:
    found = read_first_view(path)
    return StudyPreview(*found) if found else None
