"""The document list: every document with the current reviewer's three pass markers, units, notes, time.

F2 renames the current document in place, Delete asks to remove it (the reader runs the operations). Names
are elided in the middle, so "Interview 12 – daughter" and "Interview 12 – son" never look the same, and
the full name is on hover."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.reading import DocumentSummary, format_duration
from app.ui.bidi_items import DIRECTION_ROLE, BidiDelegate, bidi_tooltip, direction
from app.ui.i18n import ntr, number, pass_name

MARKERS = {"not_started": "○", "in_progress": "◐", "done": "●"}
STATUS_WORDS = {
    "not_started": QT_TRANSLATE_NOOP("reader.document_list", "not started"),
    "in_progress": QT_TRANSLATE_NOOP("reader.document_list", "in progress"),
    "done": QT_TRANSLATE_NOOP("reader.document_list", "done"),
}
STATUS_RANK = {"not_started": 0, "in_progress": 1, "done": 2}
HEADERS = (
    QT_TRANSLATE_NOOP("reader.document_list", "Document"),
    "1",
    "2",
    "3",
    QT_TRANSLATE_NOOP("reader.document_list", "Units"),
    QT_TRANSLATE_NOOP("reader.document_list", "Notes"),
    QT_TRANSLATE_NOOP("reader.document_list", "Time"),
)
HEADER_TIPS = (
    "",
    "", "", "",  # the passes' tips are made when asked (headerData)
    QT_TRANSLATE_NOOP("reader.document_list", "Your meaning units"),
    QT_TRANSLATE_NOOP("reader.document_list", "Your notes"),
    QT_TRANSLATE_NOOP("reader.document_list", "Time you have spent reading (all passes)"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# filter name → test on a row's (pass 1, pass 2, pass 3) statuses
def status_word(status: str) -> str:
    """"not started", "in progress", "done" in the window's language."""
    return QCoreApplication.translate("reader.document_list", STATUS_WORDS.get(status, "?"))


FILTERS: dict[str, Any] = {
    QT_TRANSLATE_NOOP("reader.document_list", "All documents"): lambda s: True,
    QT_TRANSLATE_NOOP("reader.document_list", "Not started"): lambda s: all(x == "not_started" for x in s),
    QT_TRANSLATE_NOOP("reader.document_list", "In progress"): lambda s: (
        any(x != "not_started" for x in s) and not all(x == "done" for x in s)
    ),
    QT_TRANSLATE_NOOP("reader.document_list", "Finished (all passes done)"): lambda s: all(x == "done" for x in s),
    QT_TRANSLATE_NOOP("reader.document_list", "Pass 1 to do"): lambda s: s[0] != "done",
    QT_TRANSLATE_NOOP("reader.document_list", "Pass 2 to do"): lambda s: s[1] != "done",
    QT_TRANSLATE_NOOP("reader.document_list", "Pass 3 to do"): lambda s: s[2] != "done",
}


class DocumentListModel(QAbstractTableModel):
    rename_requested = Signal(str, str)  # document id, new name (the reader runs the operation)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DocumentSummary] = []

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 0:
            return False
        row = self.rows[index.row()]
        name = " ".join(str(value).split())
        if name and name != row.name:
            self.rename_requested.emit(row.id, name)  # the refresh after the operation shows the new name
        return True

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        """Update in place when the documents are the same (keeps selection and scroll), else reset."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, document_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("reader.document_list", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= 3:
                return QCoreApplication.translate("reader.document_list", "Pass {number} – {name}").format(
                    number=section, name=pass_name(section))
            return QCoreApplication.translate("reader.document_list", HEADER_TIPS[section]) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.EditRole and col == 0:
            return row.name
        if role == DIRECTION_ROLE and col == 0:  # an Arabic or Hebrew name reads right to left, right-aligned
            return direction(row.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.name
            if col in (1, 2, 3):
                return MARKERS.get(row.statuses[col - 1], "?")
            if col == 4:
                return number(row.units) if row.units else "–"
            if col == 5:
                return number(row.notes) if row.notes else "–"
            return format_duration(row.seconds)
        if role == SORT_ROLE:
            return (row.name.casefold(), *(STATUS_RANK.get(s, 0) for s in row.statuses), row.units, row.notes,
                    row.seconds)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (1, 2, 3):
                return self.tr("Pass {col} – {value}: {status_word}").format(
                           col=col, value=pass_name(col), status_word=status_word(row.statuses[col - 1]))
            if col == 0:
                return bidi_tooltip(self.tr("{name}\n{chars} characters, {pages}\nF2 renames it, Delete removes it")
                                    .format(name=row.name, chars=number(row.chars),
                                            pages=ntr("DocumentListModel", "%n page(s)", row.pages)))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and col in (1, 2, 3):
            return self.tr("pass {number} {status}").format(number=col, status=status_word(row.statuses[col - 1]))
        return None


class DocumentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._test = FILTERS["All documents"]

    def set_filter(self, name: str) -> None:
        self.beginFilterChange()
        self._test = FILTERS.get(name, FILTERS["All documents"])
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt API)
        model = self.sourceModel()
        if not isinstance(model, DocumentListModel) or not 0 <= source_row < len(model.rows):
            return False
        return bool(self._test(model.rows[source_row].statuses))


class DocumentList(QWidget):
    """The list with its status filter; ``document_chosen(id)`` when the user picks a document."""

    document_chosen = Signal(str)
    remove_requested = Signal(str)  # document id: Delete, or Remove… in the context menu
    purge_requested = Signal(str)  # document id: Shift+Delete, or Delete permanently… (withdrawn consent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.model = DocumentListModel(self)
        self.proxy = DocumentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        title = QLabel(self.tr("Documents"))
        title.setObjectName("documentListTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.filter = QComboBox()
        self.filter.setObjectName("documentFilter")
        for name in FILTERS:
            self.filter.addItem(QCoreApplication.translate("reader.document_list", name), name)
        self.filter.setToolTip(self.tr("Show documents by reading status"))
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.set_filter(self.filter.currentData()))
        self.table = QTableView()
        self.table.setObjectName("documentTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setAccessibleDescription(self.tr("Each document with a marker per reading pass. Enter opens the "
                                                    "chosen document, F2 renames it, Delete removes it, "
                                                    "Shift+Delete deletes it permanently."))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(BidiDelegate(self.table))  # each name in its own direction
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2
        self.table.installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        digit = self.fontMetrics().horizontalAdvance("0")
        style = header.style()
        room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 6  # the heading never clipped
        sort_mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        for col, chars in ((1, 2.6), (2, 2.6), (3, 2.6), (4, 5), (5, 5), (6, 6.5)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            heading = (
                header.fontMetrics().horizontalAdvance(QCoreApplication.translate("reader.document_list", HEADERS[col]))
                + room
                + (sort_mark if col > 3 else 0)
            )
            header.resizeSection(col, max(int(digit * chars + 8), heading))
        header.setMinimumSectionSize(10)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setMinimumWidth(200)
        header.setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        legend = QLabel(self.tr("○ not started   ◐ in progress   ● done"))
        legend.setObjectName("documentLegend")
        legend.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(title)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self._quiet = False

    def set_rows(self, rows: list[DocumentSummary]) -> None:
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False

    def select(self, document_id: str) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self._quiet = True
            try:
                self.table.setCurrentIndex(proxy_index)
                self.table.scrollTo(proxy_index)
            finally:
                self._quiet = False

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def rename_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index.siblingAtColumn(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F2) \
                and self.table.state() != QAbstractItemView.State.EditingState:
            if event.type() == QEvent.Type.ShortcutOverride:  # the list's keys, not the reader's (delete unit)
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() != Qt.Key.Key_F2:
                doc_id = self.current_id()
                if doc_id and event.key() == Qt.Key.Key_Delete \
                        and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
                    self.purge_requested.emit(doc_id)
                elif doc_id:
                    self.remove_requested.emit(doc_id)
                return True
        return super().eventFilter(watched, event)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename\tF2"), self.rename_current)
        doc_id = index.data(ID_ROLE)
        menu.addAction(self.tr("Remove…\tDel"), lambda: self.remove_requested.emit(doc_id))
        menu.addAction(self.tr("Delete permanently (withdrawn consent)…\tShift+Del"),
                       lambda: self.purge_requested.emit(doc_id))
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.document_chosen.emit(current.data(ID_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.document_chosen.emit(index.data(ID_ROLE))
