"""The analysis table (meaning unit | condensed meaning | codes | category | theme), sortable and filterable.

Rows come from one core query (``app.core.retrieval.analysis_rows``); the model only hands out strings it
already holds, with uniform row heights, so 10,000 rows scroll smoothly. ``RowsModel`` is also what the
retrieval list shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from app.core.retrieval import analysis_rows
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import BidiDelegate
from app.ui.i18n import number

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (document id, unit id) of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
ANALYSIS_HEADERS = (
    QT_TRANSLATE_NOOP("board.analysis_table", "Meaning unit"),
    QT_TRANSLATE_NOOP("board.analysis_table", "Condensed meaning"),
    QT_TRANSLATE_NOOP("board.analysis_table", "Codes"),
    QT_TRANSLATE_NOOP("board.analysis_table", "Category"),
    QT_TRANSLATE_NOOP("board.analysis_table", "Theme"),
    QT_TRANSLATE_NOOP("board.analysis_table", "Document"),
)


def one_line(text: str) -> str:
    return " ".join(text.split())


class RowsModel(QAbstractTableModel):
    """Rows of ready-made values; each row has a key (document id, unit id) for jumping to the reader."""

    def __init__(self, headers: tuple[str, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple] = []
        self.shown: list[tuple[str, ...]] = []
        self.keys: list[tuple[str, str]] = []
        self.haystack: list[str] = []

    def set_rows(self, rows: list[tuple], keys: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.rows, self.keys = rows, keys
        self.shown = [tuple(one_line(str(v)) for v in row) for row in rows]
        self.haystack = ["\x1f".join(row).casefold() for row in self.shown]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort, rather than by the proxy asking for every cell many times."""
        if not 0 <= column < len(self.headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        order_rows = sorted(range(len(self.rows)), key=lambda r: _sort_key(self.rows[r][column]),
                            reverse=order == Qt.SortOrder.DescendingOrder)
        new_row = {old_row: new for new, old_row in enumerate(order_rows)}
        self.rows = [self.rows[r] for r in order_rows]
        self.shown = [self.shown[r] for r in order_rows]
        self.keys = [self.keys[r] for r in order_rows]
        self.haystack = [self.haystack[r] for r in order_rows]
        self.changePersistentIndexList(old, [self.index(new_row[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown[r][c]
        if role == SORT_ROLE:
            value = self.rows[r][c]
            return value if isinstance(value, int) else str(value).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            text = str(self.rows[r][c])
            return text if len(text) > 40 else None
        if role == KEY_ROLE:
            return self.keys[r]
        return None


def _sort_key(value: Any) -> tuple:
    return (0, value, "") if isinstance(value, int) else (1, 0, str(value).casefold())


class FilterProxy(QSortFilterProxyModel):
    """Filters on any column (one precomputed string per row); sorting is left to the source model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._needle = text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.casefold().strip()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        return self._needle in self.sourceModel().haystack[row]  # type: ignore[attr-defined]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def make_table_view(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(BidiDelegate(view))  # each document name, quote and note in its own direction
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # document order until asked
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(view.fontMetrics().height() + 8)
    vh.hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class AnalysisTable(QWidget):
    open_unit = Signal(str, str)  # document id, unit id
    only: frozenset[str] | None = None  # a coding query's unit ids: only those rows are shown

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RowsModel(
            tuple(QCoreApplication.translate("board.analysis_table", h) for h in ANALYSIS_HEADERS), self
        )
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setObjectName("analysisFilter")
        self.filter.setAccessibleName(self.tr("Filter the analysis table"))
        self.filter.setPlaceholderText(self.tr("Filter the analysis table (any column)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel()
        self.view = make_table_view(self.proxy, "analysisTable")
        self.view.setAccessibleName(self.tr("Analysis table"))
        self.view.setAccessibleDescription(self.tr("Meaning units with their condensed meaning, code, category and "
                                                   "theme. Press Enter to show a unit in the reader."))
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self._stale = True
        session.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any) -> None:
        if changes.units or changes.codings or changes.codes or changes.categories or changes.themes \
                or changes.documents:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        rows = analysis_rows(self.session.project)
        if self.only is not None:
            rows = [r for r in rows if r.unit_id in self.only]
        self.model.set_rows([(r.text, r.condensed, r.codes, r.categories, r.themes, r.document) for r in rows],
                            [(r.document_id, r.unit_id) for r in rows])
        self._stale = False
        widths = (360, 260, 200, 200, 200)
        for col, w in enumerate(widths):
            self.view.setColumnWidth(col, w)
        self._update_count()

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{total} meaning units").format(total=number(total)) if shown == total
                           else self.tr("{shown} of {total} meaning units").format(shown=number(shown),
                                                                                   total=number(total)))

    def _open(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.open_unit.emit(*key)
