"""Pass 2's side panel: the reviewer's meaning units in reading order, each with its condensed meaning.

Double-click, F2 or Enter edits a condensed meaning in place; the edit goes through ``set_condensed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.reading import UnitSpan

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "Condensed meaning — F2 to write"


class UnitListModel(QAbstractListModel):
    """Rows are UnitSpans; the quote comes from the document text; EditRole is the condensed meaning."""

    condensed_edited = Signal(str, str)  # unit id, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[UnitSpan] = []
        self.body = ""

    def set_units(self, units: list[UnitSpan], body: str) -> None:
        """Small changes (one unit added or removed) become row inserts/removals, not a reset."""
        old_ids = [u.id for u in self.units]
        new_ids = [u.id for u in units]
        if body is self.body and len(new_ids) == len(old_ids) + 1:
            at = next((i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b), len(old_ids))
            if new_ids[:at] + new_ids[at + 1:] == old_ids:
                self.beginInsertRows(QModelIndex(), at, at)
                self.units = units
                self.endInsertRows()
                return
        if body is self.body and len(new_ids) == len(old_ids) - 1:
            at = next((i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b), len(new_ids))
            if old_ids[:at] + old_ids[at + 1:] == new_ids:
                self.beginRemoveRows(QModelIndex(), at, at)
                self.units = units
                self.endRemoveRows()
                return
        if body is self.body and new_ids == old_ids:
            self.units = units
            if units:
                self.dataChanged.emit(self.index(0), self.index(len(units) - 1))
            return
        self.beginResetModel()
        self.units, self.body = units, body
        self.endResetModel()

    def row_of(self, unit_id: str | None) -> int:
        return next((i for i, u in enumerate(self.units) if u.id == unit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.units)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.units):
            return None
        unit = self.units[index.row()]
        if role == ID_ROLE:
            return unit.id
        if role == QUOTE_ROLE:
            return " ".join(self.body[unit.start:unit.end].split())
        if role == Qt.ItemDataRole.EditRole:
            return unit.condensed
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.condensed or PLACEHOLDER
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.body[unit.start:unit.end]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Unit {index.row() + 1}: {unit.condensed or 'no condensed meaning'}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.units[index.row()]
        text = str(value).strip()
        if text != unit.condensed:
            self.condensed_edited.emit(unit.id, text)  # the view runs the operation; the refresh follows
        return True


class UnitDelegate(QStyledItemDelegate):
    """Two lines: '12 · p. 3' and the quote in grey italics; then the condensed meaning."""

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, int]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        small.setItalic(True)
        return small, QFont(option.font), QFontMetrics(option.font).height()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt API)
        small, _normal, h = self._lines(option)
        return QSize(200, QFontMetrics(small).height() * 2 + h + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text, option.text = option.text, ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else \
            QPalette.ColorGroup.Inactive
        fg = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = fg if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        small, normal, h = self._lines(option)
        rect = option.rect.adjusted(10, 6, -8, -6)
        sh = QFontMetrics(small).height()
        painter.save()
        painter.setFont(small)
        painter.setPen(muted)
        quote = f"{index.row() + 1}.  “{index.data(QUOTE_ROLE)}”"
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), sh * 2),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                         _elide_two_lines(QFontMetrics(small), quote, rect.width()))
        painter.setFont(normal)
        condensed = index.data(Qt.ItemDataRole.EditRole)
        if not condensed:
            italic = QFont(normal)
            italic.setItalic(True)
            painter.setFont(italic)
        painter.setPen(fg if condensed else muted)
        painter.drawText(QRect(rect.left(), rect.top() + sh * 2 + 2, rect.width(), h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(painter.font()).elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("condensedEditor")
        editor.setPlaceholderText("Condensed meaning")
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                             index: Index) -> None:
        small, _normal, h = self._lines(option)
        top = option.rect.top() + 6 + QFontMetrics(small).height() * 2
        editor.setGeometry(QRect(option.rect.left() + 6, top, option.rect.width() - 12, h + 6))


def _elide_two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """Cut ``text`` so that it wraps onto at most two lines of ``width``."""
    if metrics.horizontalAdvance(text) <= width * 1.85:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width * 1.8))


class UnitPanel(QWidget):
    """The list with a heading; ``unit_chosen(id)`` when the user moves to a unit."""

    unit_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitPanel")
        self.model = UnitListModel(self)
        self.heading = QLabel("Meaning units")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel("Select text and press M to make a unit.\nN / P: next / previous · F2: condense")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setMinimumWidth(220)
        self.hint.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("unitList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(UnitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._quiet = False

    def set_units(self, units: list[UnitSpan], body: str, reviewer_name: str) -> None:
        self._quiet = True
        try:
            self.model.set_units(units, body)
        finally:
            self._quiet = False
        self.heading.setText(f"Meaning units — {reviewer_name} ({len(units)})")

    def select(self, unit_id: str | None) -> None:
        row = self.model.row_of(unit_id)
        self._quiet = True
        try:
            if row < 0:
                self.list.selectionModel().clearCurrentIndex()
                self.list.clearSelection()
            else:
                index = self.model.index(row)
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
        finally:
            self._quiet = False

    def edit_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.list.setFocus()
            self.list.edit(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.unit_chosen.emit(current.data(ID_ROLE))
