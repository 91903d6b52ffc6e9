"""Find in the document (Ctrl+F): a slim bar under the text; Enter / Shift+Enter go to the next / previous match."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.core.search import find_in_text
from app.ui.i18n import number


class FindBar(QWidget):
    """Holds the matches (code-point spans); ``matches_changed`` and ``current_changed(index)`` drive the view."""

    matches_changed = Signal()
    current_changed = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.body = ""
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self.edit = QLineEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(self.tr("Find in this document"))
        self.edit.setAccessibleDescription(self.tr("Enter goes to the next match, Escape closes the find bar."))
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.next)
        self.count = QLabel("")
        self.count.setMinimumWidth(90)
        prev_button = QToolButton(text="↑", toolTip=self.tr("Previous match (Shift+Enter)"))
        prev_button.clicked.connect(self.previous)
        next_button = QToolButton(text="↓", toolTip=self.tr("Next match (Enter)"))
        next_button.clicked.connect(self.next)
        close = QToolButton(text="✕", toolTip=self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(prev_button)
        layout.addWidget(next_button)
        layout.addWidget(close)
        self.hide()

    def set_body(self, body: str) -> None:
        self.body = body
        if self.isVisible():
            self._search(self.edit.text())

    def open_bar(self, initial: str = "") -> None:
        self.show()
        if initial:
            self.edit.setText(initial)
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.matches, self.current = [], -1
        self.matches_changed.emit()
        self.closed.emit()

    def _search(self, query: str) -> None:
        self.matches = find_in_text(self.body, query)
        self.current = 0 if self.matches else -1
        self.count.setText(self.tr("{count} found").format(count=number(len(self.matches))) if query else "")
        self.matches_changed.emit()
        if self.matches:
            self._go(0)

    def _go(self, index: int) -> None:
        if not self.matches:
            return
        self.current = index % len(self.matches)
        self.count.setText(self.tr("{value} of {count}").format(value=number(self.current + 1),
                                                                count=number(len(self.matches))))
        self.current_changed.emit(self.current)

    def next(self) -> None:
        self._go(self.current + 1)

    def previous(self) -> None:
        self._go(self.current - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous()
        else:
            super().keyPressEvent(event)
