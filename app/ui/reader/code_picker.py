"""A type-ahead code picker: type part of a name, Enter assigns it; a new name creates the code.

Choosing a code the unit already carries removes it again, so the picker is the keyboard's way both in
and out. The choice is returned as ("assign" | "unassign" | "create", code id or new name).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.reading import CodeTag

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


def rank_codes(codes: list[CodeTag], typed: str) -> list[CodeTag]:
    """Names starting with the typed text first, then names containing it, each alphabetical."""
    needle = typed.strip().casefold()
    if not needle:
        return sorted(codes, key=lambda c: c.name.casefold())
    starts = [c for c in codes if c.name.casefold().startswith(needle)]
    inside = [c for c in codes if needle in c.name.casefold() and c not in starts]
    return sorted(starts, key=lambda c: c.name.casefold()) + sorted(inside, key=lambda c: c.name.casefold())


class CodePicker(QDialog):
    def __init__(self, codes: list[CodeTag], assigned: set[str], *, initial: str = "", unit_label: str = "",
                 from_note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.setWindowTitle(self.tr("Code this unit"))
        self.codes, self.assigned = codes, assigned
        self.choice: tuple[str, str] | None = None
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("codePickerEdit")
        self.edit.setAccessibleName(self.tr("Code name"))
        self.edit.setAccessibleDescription(self.tr("Type to filter the codes or to name a new one; Enter assigns it."))
        self.edit.setPlaceholderText(self.tr("Type a code name…"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("codePickerList")
        self.list.setAccessibleName(self.tr("Codes"))
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(self._activated)
        info = QLabel(self.tr("<b>{unit_label}</b><br>").format(unit_label=unit_label) if unit_label else "")
        info.setTextFormat(Qt.TextFormat.RichText)
        info.setWordWrap(True)
        hint = QLabel(self.tr("Enter assigns · a new name creates the code · a ✓ code is removed · Esc closes"))
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        if unit_label:
            layout.addWidget(info)
        layout.addWidget(self.edit)
        if from_note:
            use = QPushButton(self.tr("From the note: “{from_note}”").format(from_note=from_note))
            use.setObjectName("codeFromNote")
            use.setToolTip(self.tr("Take the code's name from your note (Alt+N); edit it before pressing Enter"))
            use.setShortcut("Alt+N")
            use.setAutoDefault(False)
            use.clicked.connect(lambda: (self.edit.setText(from_note), self.edit.setFocus()))
            layout.addWidget(use)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.edit.textChanged.connect(self._fill)
        self.edit.installEventFilter(self)
        self.resize(420, 360)
        self._fill(initial)
        self.edit.setFocus()
        self.edit.selectAll()

    def _fill(self, typed: str) -> None:
        self.list.clear()
        for code in rank_codes(self.codes, typed):
            on = code.id in self.assigned
            item = QListWidgetItem(_swatch(code.colour), f"{code.name}   ✓" if on else code.name)
            item.setData(CHOICE_ROLE, ("unassign" if on else "assign", code.id))
            item.setToolTip(self.tr("Remove this code from the unit") if on else self.tr("Assign this code"))
            self.list.addItem(item)
        name = " ".join(typed.split())
        if name and not any(c.name.casefold() == name.casefold() for c in self.codes):
            item = QListWidgetItem(self.tr("＋ Create code “{name}”").format(name=name))
            item.setData(CHOICE_ROLE, ("create", name))
            self.list.addItem(item)  # after the matches: Enter takes the best match, ↓ reaches "create"
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.list.keyPressEvent(event)  # move through the list without leaving the text field
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self._activated(item)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.choice = item.data(CHOICE_ROLE)
        self.accept()

    def choose(self, text: str) -> tuple[str, str] | None:
        """Type ``text`` and press Enter (used by tests and scripts)."""
        self.edit.setText(text)
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)
        return self.choice
