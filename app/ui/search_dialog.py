"""Search the whole project (Ctrl+Shift+F): text, condensed meanings, notes, memos and codes (SQLite FTS5).

Each result says where it was found; categories and themes are searched too (``app.core.search_codebook``).
The search runs when typing pauses. Activating a result (Enter or a click) emits ``hit_chosen(SearchHit)``
(and ``result_chosen(document id, offset)`` for a place in a document): the reader shows a place in the text in
the middle of the view with the words highlighted; a code, category or theme is selected on the board with its
details open; a memo opens where it is edited (the board's details, or View › Study notes). A snippet in
Arabic or Hebrew is drawn right to left, per result.
"""

from __future__ import annotations

import unicodedata
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
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

from app.core.bidi import is_rtl
from app.core.search import SearchHit, search_project, where_label
from app.core.search_codebook import search_groups
from app.ui.app_state import ProjectSession
from app.ui.bidi_text import direction_flags
from app.ui.i18n import ntr

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAUSE_MS = 250  # the search runs when typing pauses this long
LIMIT = 200  # at most this many results (search_project's own limit)


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
        heading = hit_heading(hit)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), h),
                         int(Qt.AlignmentFlag.AlignLeft) | direction_flags(heading),
                         QFontMetrics(small).elidedText(heading, Qt.TextElideMode.ElideMiddle, rect.width()))
        bold = QFont(option.font)
        bold.setBold(True)
        x, y = rect.left(), rect.top() + h + 2
        if snippet_is_rtl(hit):
            self._paint_rtl(painter, option.font, QRect(rect.left(), y, rect.width(), h), hit, fg)
            painter.restore()
            return
        for part, marked in context_parts(hit):
            font = bold if marked else option.font
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


    @staticmethod
    def _paint_rtl(painter: QPainter, font: QFont, rect: QRect, hit: SearchHit, colour) -> None:  # type: ignore[no-untyped-def]
        """An Arabic or Hebrew snippet, right to left from the right edge, the match in bold (a rich-text
        layout does the bidirectional ordering that drawing piece by piece cannot). A snippet wider than the row
        is cut at its logical end, which lies at the left, and ends there in "…"."""
        doc = rtl_snippet_document(context_parts(hit), font, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.translate(rect.left(), rect.top())
        painter.setClipRect(context.clip)
        doc.documentLayout().draw(painter, context)


def _rtl_document(parts: list[tuple[str, bool]], font: QFont, ellipsis: bool) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    option = QTextOption(Qt.AlignmentFlag.AlignRight)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    doc.setDefaultTextOption(option)
    body = "".join(f"<b>{escape(t)}</b>" if marked else escape(t) for t, marked in parts)
    doc.setHtml(f'<p dir="rtl" align="right" style="white-space: pre">{body}{"…" if ellipsis else ""}</p>')
    return doc


def _first(parts: list[tuple[str, bool]], n: int) -> list[tuple[str, bool]]:
    """The first ``n`` characters of ``parts`` (logical order), as pieces."""
    out: list[tuple[str, bool]] = []
    for text, marked in parts:
        if n <= 0:
            break
        out.append((text[:n], marked))
        n -= len(text)
    return out


def _cut_at(text: str, n: int) -> int:
    """``n`` moved back off a combining mark (a vowel sign stays with its letter) and trailing spaces."""
    while 0 < n < len(text) and unicodedata.combining(text[n]):
        n -= 1
    while n > 0 and text[n - 1].isspace():
        n -= 1
    return n


def rtl_snippet_document(parts: list[tuple[str, bool]], font: QFont, width: int) -> QTextDocument:
    """A right-to-left snippet laid out in ``width``: whole when it fits, else its longest beginning that fits
    with "…" after it (at its left, where a right-to-left line ends)."""
    key = (tuple(parts), font.key(), width)
    kept = _KEPT.get(key)
    if kept is None:
        kept = _KEPT[key] = _fitting(parts, font, width)
        if len(_KEPT) > 2000:  # rows are painted again and again while the list scrolls
            _KEPT.clear()
    doc = _rtl_document(parts, font, False) if kept < 0 else _rtl_document(_first(parts, kept), font, True)
    doc.setTextWidth(width)
    return doc


_KEPT: dict[tuple[tuple[tuple[str, bool], ...], str, int], int] = {}


def _fitting(parts: list[tuple[str, bool]], font: QFont, width: int) -> int:
    """How many characters of ``parts`` fit in ``width`` with "…" after them; -1 when all fit without."""
    if _rtl_document(parts, font, False).idealWidth() <= width:
        return -1
    text = "".join(t for t, _ in parts)
    low, high = 0, len(text)  # the longest beginning that fits lies within [low, high)
    while high - low > 1:
        middle = (low + high) // 2
        if _rtl_document(_first(parts, _cut_at(text, middle)), font, True).idealWidth() <= width:
            low = middle
        else:
            high = middle
    n = _cut_at(text, low)
    space = text.rfind(" ", max(0, n - 12), n)  # end after a whole word when one ended a little before
    return _cut_at(text, space) if space > 0 else n


def snippet_is_rtl(hit: SearchHit) -> bool:
    """Whether the hit's snippet runs right to left (its first strong letter is Arabic, Hebrew …)."""
    return is_rtl(hit.context)


def hit_heading(hit: SearchHit) -> str:
    """'Interview 2 – husband · Text', 'Interview 2 – husband · Note', 'Code Trust built over time',
    'Category Coping', 'Memo on the study': each hit says what kind of thing it is in."""
    if hit.where == "text":
        return QCoreApplication.translate("SearchDialog", "{document} · Text").format(document=hit.document_name)
    where = hit.label or where_label(hit.where)
    return f"{hit.document_name} · {where}" if hit.document_name else where


def context_parts(hit: SearchHit, lead: int = 45) -> list[tuple[str, bool]]:
    """The context as (text, matched?) pieces, starting a little before the first match."""
    marks = [m for m in hit.marks if 0 <= m[0] < m[1] <= len(hit.context)]
    if not marks:
        return [(hit.context, False)]
    parts: list[tuple[str, bool]] = []
    pos = 0
    for a, b in marks:
        if a < pos:
            continue
        parts += [(hit.context[pos:a], False), (hit.context[a:b], True)]
        pos = b
    parts.append((hit.context[pos:], False))
    first = parts[0][0]
    if len(first) > lead:  # start a little before the first match, on a word boundary
        tail = first[-lead:]
        space = tail.find(" ")
        parts[0] = ("…" + (tail[space + 1:] if 0 <= space < lead - 8 else tail), False)
    return [p for p in parts if p[0]]


def split_context(hit: SearchHit, width: int = 60) -> tuple[str, str, str]:
    """The context cut into (before, the first match, after)."""
    if not hit.marks:
        return hit.context, "", ""
    a, b = hit.marks[0]
    return hit.context[:a], hit.context[a:b], hit.context[b:]


class SearchDialog(QDialog):
    result_chosen = Signal(str, int)
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Search the project"))
        self.session = session
        self.edit = QLineEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setAccessibleName(self.tr("Search words"))
        self.edit.setAccessibleDescription(self.tr("Words (rehab finds rehabilitation) or a quoted phrase."))
        self.edit.setPlaceholderText(self.tr('Words (rehab finds rehabilitation) or a "quoted phrase"'))
        self.edit.setClearButtonEnabled(True)
        self.summary = QLabel("")
        self.summary.setEnabled(False)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Press Enter to open a hit where it is: the reader, the "
                                                       "codebook board or the study notes."))
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        hint = QLabel(self.tr("Searches text, condensed meanings, notes, memos, codes, categories and themes · ↓ to "
                              "the results · Enter or click to open the place · Esc closes"))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PAUSE_MS)
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
        groups = search_groups(self.session.project, query) if query else []
        hits = hits[:max(0, LIMIT - len(groups))] + groups  # categories and themes are kept within the limit
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HIT_ROLE, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit_heading(hit)}: {hit.context}")
            item.setToolTip(hit.context)
            if snippet_is_rtl(hit):
                item.setData(Qt.ItemDataRole.TextAlignmentRole, int(Qt.AlignmentFlag.AlignRight))
            self.results.addItem(item)
        docs = len({h.document_id for h in hits if h.document_id})
        places = ntr("SearchDialog", "%n place(s)", len(hits))
        documents = ntr("SearchDialog", "%n document(s)", docs)
        if not query:
            summary = ""
        elif any(not h.document_id for h in hits):
            summary = self.tr("{places} in {documents} and the codebook").format(places=places, documents=documents)
        else:
            summary = self.tr("{places} in {documents}").format(places=places, documents=documents)
        self.summary.setText(summary)
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
        self.hit_chosen.emit(hit)
        if hit.document_id:
            self.result_chosen.emit(hit.document_id, hit.start)
