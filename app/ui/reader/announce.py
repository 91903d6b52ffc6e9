"""What a screen reader hears in the reader: the text field names the current meaning unit.

N and P (and a click, or the unit list) change the current unit while the focus stays in the text; the text
field's accessible name then says which unit it is ("Document text — Unit 3 of 12: Daughter feels unheard;
codes: Knowledge overlooked"), the words the unit list gives the same row, and Qt announces the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.ui.i18n import number

if TYPE_CHECKING:
    from app.ui.reader.reader_view import ReaderView


def text_name(reader: ReaderView, current: QModelIndex | None = None) -> str:
    index = reader.unit_panel.list.currentIndex() if current is None else current
    base = QCoreApplication.translate("Reader", "Document text")
    if not index.isValid():
        return base
    words = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data() or "")
    return QCoreApplication.translate("Reader", "{text} — {unit} (of {count})").format(
        text=base, unit=words, count=number(reader.unit_panel.model.rowCount()))


def install(reader: ReaderView) -> None:
    """Name the text field after the current unit whenever it changes (the unit list follows every change)."""
    def update(current: QModelIndex, _previous: QModelIndex) -> None:
        name = text_name(reader, current)
        if name != reader.text.accessibleName():
            reader.text.setAccessibleName(name)  # Qt sends QAccessible::NameChanged

    reader.unit_panel.list.selectionModel().currentChanged.connect(update)
