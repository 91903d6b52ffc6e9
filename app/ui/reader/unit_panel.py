"""Pass 2's side panel: the reviewer's meaning units in reading order, each with its condensed meaning
shown whole (wrapped) and the codes it carries.

Double-click or F2 edits a condensed meaning in place in a multi-line field (Enter keeps it, Shift+Enter
starts a new line, Esc cancels); the edit goes through ``set_condensed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.reading import CodeTag, UnitSpan
from app.ui.bidi_items import bidi_tooltip
from app.ui.bidi_text import direction_flags, upright_for
from app.ui.i18n import number
from app.ui.reader.chips import chips_height, layout_chips, paint_chips

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_ROLE = Qt.ItemDataRole.UserRole + 2
CODES_ROLE = Qt.ItemDataRole.UserRole + 3
PLACEHOLDER = QT_TRANSLATE_NOOP("reader.unit_panel", "Condensed meaning — F2 to write")


class UnitListModel(QAbstractListModel):
    """Rows are UnitSpans; the quote comes from the document text; EditRole is the condensed meaning."""

    condensed_edited = Signal(str, str)  # unit id, new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.units: list[UnitSpan] = []
        self.body = ""
        self.codes: dict[str, list[CodeTag]] = {}

    def set_codes(self, codes: dict[str, list[CodeTag]]) -> None:
        """The codes each unit carries (given in pass 2 or 3), shown under its condensed meaning."""
        if codes != self.codes:
            self.codes = dict(codes)
            if self.units:
                self.layoutAboutToBeChanged.emit()
                self.layoutChanged.emit()  # rows may grow or shrink

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
        if role == CODES_ROLE:
            return self.codes.get(unit.id, [])
        if role == Qt.ItemDataRole.EditRole:
            return unit.condensed
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.condensed or QCoreApplication.translate("reader.unit_panel", PLACEHOLDER)
        if role == Qt.ItemDataRole.ToolTipRole:  # an Arabic quote's lines right to left
            return bidi_tooltip(self.body[unit.start:unit.end])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            codes = ", ".join(c.name for c in self.codes.get(unit.id, []))
            return self.tr("Unit {value}: {value2}").format(
                       value=number(index.row() + 1), value2=unit.condensed or 'no condensed meaning') + \
                (self.tr("; codes: {codes}").format(codes=codes) if codes else "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.units[index.row()]
        text = str(value).strip()
        if text != unit.condensed:
            self.condensed_edited.emit(unit.id, text)  # the view runs the operation; the refresh follows
        return True


class CondensedEditor(QPlainTextEdit):
    """A few lines for a condensed meaning: Enter keeps it, Shift+Enter starts a new line."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.committed.emit()
            return
        super().keyPressEvent(event)


class UnitDelegate(QStyledItemDelegate):
    """'12. “the quote…”' in grey italics (two lines at most); the condensed meaning whole; the codes."""

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, int]:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        small.setItalic(True)
        return small, QFont(option.font), QFontMetrics(option.font).height()

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        width = option.rect.width()
        if isinstance(widget, QAbstractItemView):
            width = widget.viewport().width()
        return max(80, width - 18)

    def _condensed_height(self, font: QFont, text: str, width: int) -> int:
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap),
                                               text).height()

    def _chip_metrics(self, option: QStyleOptionViewItem) -> QFontMetrics:
        small, _normal, _h = self._lines(option)
        small.setItalic(False)
        return QFontMetrics(small)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 (Qt API)
        small, normal, h = self._lines(option)
        width = self._width(option)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        height = QFontMetrics(small).height() * 2 + 2 + max(h, self._condensed_height(normal, text, width)) + 12
        codes = index.data(CODES_ROLE) or []
        if codes:
            height += chips_height(self._chip_metrics(option), codes, width) + 4
        return QSize(200, height)

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
        said = index.data(QUOTE_ROLE) or ""
        small = upright_for(small, said)
        painter.setFont(small)
        painter.setPen(muted)
        quote = f"{index.row() + 1}.  “{said}”"  # an RTL row reads "12." from the right, shown as ".12"
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), sh * 2),  # an RTL quote: right-aligned, RTL
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop) | direction_flags(said),
                         _elide_two_lines(QFontMetrics(small), quote, rect.width()))
        condensed = index.data(Qt.ItemDataRole.EditRole)
        font = QFont(normal)
        font.setItalic(not condensed)
        font = upright_for(font, text)
        painter.setFont(font)
        painter.setPen(fg if condensed else muted)
        top = rect.top() + sh * 2 + 2
        height = max(h, self._condensed_height(font, text, rect.width()))
        painter.drawText(QRect(rect.left(), top, rect.width(), height),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                         | direction_flags(text), text)
        codes = index.data(CODES_ROLE) or []
        if codes:
            metrics = self._chip_metrics(option)
            chip_font = QFont(small)
            chip_font.setItalic(False)
            painter.setFont(chip_font)
            paint_chips(painter, metrics, layout_chips(metrics, codes, rect.left(), top + height + 4, rect.width()),
                        option.palette, fg)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = CondensedEditor(parent)
        editor.setObjectName("condensedEditor")
        editor.setPlaceholderText(self.tr("Condensed meaning — Enter keeps it, Shift+Enter for a new line"))
        editor.setTabChangesFocus(True)
        editor.committed.connect(lambda: (self.commitData.emit(editor), self.closeEditor.emit(editor)))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 (Qt API)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                             index: Index) -> None:
        small, normal, h = self._lines(option)
        top = option.rect.top() + 6 + QFontMetrics(small).height() * 2
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        lines = max(3, self._condensed_height(normal, text, option.rect.width() - 24) // h + 2)
        editor.setGeometry(QRect(option.rect.left() + 6, top, option.rect.width() - 12, h * lines + 10))


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
        self.heading = QLabel(self.tr("Meaning units"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self.tr("Select text and press M to make a unit.\nN / P: next / previous · F2: condense"))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setMinimumWidth(220)
        self.hint.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("unitList")
        self.list.setAccessibleName(self.tr("Meaning units"))
        self.list.setAccessibleDescription(self.tr("The meaning units of this document in reading order; choosing "
                                                   "one shows it in the text."))
        self.list.setModel(self.model)
        self.list.setItemDelegate(UnitDelegate(self.list))
        self.list.setUniformItemSizes(False)  # each condensed meaning is shown whole
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
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
        self.heading.setText(self.tr("Meaning units — {reviewer_name} ({count})").format(
                                 reviewer_name=reviewer_name, count=number(len(units))))

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
