"""Edit: the two reviewers agree on a span of their own and a set of codes. The span is chosen by selecting
the words in the text, not by typing offsets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.bidi_items import BidiDelegate, set_excerpt_directions
from app.ui.text_offsets import OffsetMap

CONTEXT_CHARS = 600


class EditConsensusDialog(QDialog):
    def __init__(self, text: str, start: int, end: int, codes: list[tuple[str, str]], chosen: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the consensus unit"))
        self.setObjectName("editConsensus")
        self._offset = max(0, start - CONTEXT_CHARS)
        self._excerpt = text[self._offset:min(len(text), end + CONTEXT_CHARS)]
        self._map = OffsetMap(self._excerpt)
        self.text = QTextEdit()  # not a QPlainTextEdit: it aligns every paragraph left, Arabic ones too
        self.text.setAcceptRichText(False)
        self.text.setPlainText(self._excerpt)
        set_excerpt_directions(self.text.document(), text, self._offset)  # a cut paragraph keeps its way
        self.text.setAccessibleName(self.tr("Passage"))
        self.text.setAccessibleDescription(self.tr("Select the words of the consensus unit."))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFont(QFont("Georgia", 12))
        self.select(start, end)
        self.codes = QListWidget()
        self.codes.setObjectName("consensusCodes")
        self.codes.setItemDelegate(BidiDelegate(self.codes))  # an Arabic code name reads right to left
        self.codes.setAccessibleName(self.tr("Codes of the consensus unit"))
        for code_id, name in codes:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            item.setCheckState(Qt.CheckState.Checked if code_id in chosen else Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        splitter = QSplitter()
        splitter.addWidget(self.text)
        splitter.addWidget(self.codes)
        splitter.setSizes([520, 220])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Select the words of the consensus unit, then tick its codes.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def select(self, start: int, end: int) -> None:
        """Select document offsets ``start``–``end`` in the excerpt."""
        cursor = self.text.textCursor()
        cursor.setPosition(self._map.to_qt(start - self._offset))
        cursor.setPosition(self._map.to_qt(end - self._offset), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def span(self) -> tuple[int, int]:
        """The selected span as document offsets (code points)."""
        cursor = self.text.textCursor()
        a = self._map.from_qt(cursor.selectionStart()) + self._offset
        b = self._map.from_qt(cursor.selectionEnd()) + self._offset
        return a, b

    def chosen_codes(self) -> list[str]:
        return [self.codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.codes.count())
                if self.codes.item(i).checkState() == Qt.CheckState.Checked]
