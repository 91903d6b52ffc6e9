"""Search the whole project (Ctrl+Shift+F): SQLite FTS5 over every document, results with context.

Activating a result (Enter or double-click) emits ``result_chosen(document id, code-point offset)``;
the reader asks the workspace to show that place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.search import SearchHit, search_project
from app.ui.app_state import ProjectSession

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HitDelegate(QStyledItemDelegate):
    """Document name above; the context below with the match in bold."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        return QSize(300, QFontMetrics(option.font).height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        if option.widget:
            option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        hit: SearchHit = index.data(HIT_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fg = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = fg if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(8, 5, -8, -5)
        h = QFontMetrics(option.font).height()
        painter.save()
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), h), int(Qt.AlignmentFlag.AlignLeft),
                         hit.document_name)
        before, match, after = split_context(hit)
        bold = QFont(option.font)
        bold.setBold(True)
        x, y = rect.left(), rect.top() + h + 2
        for part, font in ((before, option.font), (match, bold), (after, option.font)):
            metrics = QFontMetrics(font)
            room = rect.right() - x
            if room <= 0:
                break
            text = metrics.elidedText(part, Qt.TextElideMode.ElideRight, room)
            painter.setFont(font)
            painter.setPen(fg)
            painter.drawText(QRect(x, y, room, h), int(Qt.AlignmentFlag.AlignLeft), text)
            x += metrics.horizontalAdvance(text)
        painter.restore()


def split_context(hit: SearchHit, width: int = 60) -> tuple[str, str, str]:
    """The context cut into (before, the match, after), knowing how ``search_project`` built it."""
    cut = max(0, hit.start - width)
    at = hit.start - cut + (1 if cut else 0)  # a leading "…" when the context does not start the text
    length = hit.end - hit.start
    context = hit.context
    return _tail(context[:at]), context[at:at + length], context[at + length:]


def _tail(text: str, keep: int = 45) -> str:
    return text if len(text) <= keep else "…" + text[-keep:]


class SearchDialog(QDialog):
    result_chosen = Signal(str, int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle("Search the project")
        self.session = session
        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText("Words to find in every document")
        self.edit.setClearButtonEnabled(True)
        self.summary = QLabel("")
        self.summary.setEnabled(False)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        hint = QLabel("↓ to the results · Enter or click to open the place · Esc closes")
        hint.setEnabled(False)
        layout.addWidget(hint)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run)
        self.edit.textChanged.connect(lambda _t: self._debounce.start())
        self.edit.returnPressed.connect(self._enter)
        self.edit.installEventFilter(self)
        self.resize(640, 520)

    def open_and_focus(self) -> None:
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # (the offscreen platform warns about raise())
            self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        self.edit.selectAll()

    def run(self) -> None:
        self._debounce.stop()
        query = self.edit.text().strip()
        self.results.clear()
        hits = search_project(self.session.project, query) if query else []
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.document_name}: {hit.context}")
            item.setToolTip(hit.context)
            self.results.addItem(item)
        docs = len({h.document_id for h in hits})
        self.summary.setText(f"{len(hits)} place{'s' * (len(hits) != 1)} in {docs} document{'s' * (docs != 1)}"
                             if query else "")
        if hits:
            self.results.setCurrentRow(0)

    def _enter(self) -> None:
        if self._debounce.isActive() or not self.results.count():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._activated(item)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if self._debounce.isActive():
                self.run()
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.result_chosen.emit(hit.document_id, hit.start)
