"""The reading page: the document text in a calm serif column, page markers, and boundary handles.

All positions leaving this widget are core code-point offsets; ``OffsetMap`` converts at this edge.
The column is centred (about 70 characters wide); the space to its left holds the page gutter and the
space to its right the pass-3 note margin, both children of this widget beside the viewport.

Right-to-left documents (Arabic, Hebrew, Persian): each paragraph runs in the direction of its first strong
character (``app.core.bidi``; a paragraph with none, such as a time or a number, takes the document's), set on its
block. A document whose own direction is right-to-left is mirrored as a whole: the gutter (pages, turn times)
beside the lines' start on the right, the note margin beside their ragged end on the left — where an LTR page has
them — so a card never covers text and its connector meets the unit's line.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QTextEdit, QWidget

from app.core.bidi import document_direction, first_strong
from app.core.documents import page_at
from app.ui.text_offsets import OffsetMap

SERIF_FAMILIES = ["Charter", "Iowan Old Style", "Georgia", "Palatino Linotype", "Caladea", "Liberation Serif",
                  "DejaVu Serif", "serif"]
COLUMN_CHARS = 70
GUTTER_MIN = 64
HANDLE_GRAB_PX = 7


def reading_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


class SideZone(QWidget):
    """A strip beside the viewport (gutter or margin): the desk around the page; scrolls the text with the wheel."""

    def __init__(self, editor: ReaderText, edge: str = "left") -> None:
        super().__init__(editor)
        self.editor = editor
        self.edge = edge  # the side touching the page, drawn as a thin line
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.hide()  # shown when the editor places it (set_right_zone), never as a stray over the page

    def page_side(self) -> str:
        """The side of this strip that touches the page ("left" or "right"), mirrored in an RTL document."""
        if not self.editor.rtl:
            return self.edge
        return "right" if self.edge == "left" else "left"

    def paint_edge(self, painter: QPainter) -> None:
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        x = 0 if self.page_side() == "left" else self.width() - 1
        painter.drawLine(x, 0, x, self.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        self.paint_edge(painter)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        QApplication.sendEvent(self.editor.verticalScrollBar(), event)


class PageGutter(SideZone):
    """'p. 3' level with the line where each page of the original begins; in a transcript, each turn's start time
    ('00:12:41') level with its first line."""

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        editor = self.editor
        painter = QPainter(self)
        self.paint_edge(painter)
        if (len(editor.page_starts_qt) < 2 and not editor.turn_marks_qt) or not editor.ready():
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        first, last = editor.visible_range_qt()
        # the labels stand against the page: right-aligned left of an LTR page, left-aligned right of an RTL one
        towards = Qt.AlignmentFlag.AlignRight if self.page_side() == "right" else Qt.AlignmentFlag.AlignLeft
        align = towards | Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute

        def beside(y: int, gap: int) -> QRect:
            h = editor.fontMetrics().height() + 4
            return QRect(0, y, self.width() - gap, h) if self.page_side() == "right" else \
                QRect(gap, y, self.width() - gap, h)

        for pos, label in editor.turn_marks_qt:
            if first - 1 <= pos <= last:
                painter.drawText(beside(editor.line_top(pos), 6), align, label)
        if len(editor.page_starts_qt) < 2:
            return
        for page, pos in enumerate(editor.page_starts_qt, start=1):
            if pos < first - 1 or pos > last:
                continue
            painter.drawText(beside(editor.line_top(pos), 14), align, f"p. {page}")


class ReaderText(QTextEdit):
    """Read-only text with a centred column; emits ``view_changed`` when what is on screen changes."""

    view_changed = Signal()
    # a boundary handle of the current unit was dragged: ("start" | "end", code-point offset)
    handle_dragged = Signal(str, int)
    enter_pressed = Signal()  # Enter on a selection makes a meaning unit (pass 2 and 3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerText")
        self.setAccessibleName(self.tr("Document text"))
        self.setAccessibleDescription(self.tr("Select words with Shift and the arrow keys; Enter makes a meaning "
                                              "unit of the selection in passes 2 and 3."))
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.document().setDocumentMargin(18)
        self.offsets = OffsetMap("")
        self.body = ""
        self.qt_length = 0
        self.page_starts_qt: list[int] = []
        self.rtl = False  # the document runs right to left: the page is mirrored (gutter right, margin left)
        self.turn_marks_qt: list[tuple[int, str]] = []  # (Qt position of a turn's start, its time as text)
        self._turn_marks: list[tuple[int, str]] = []  # the same with code-point offsets
        self.point_size = 13.0
        self.right_zone_wanted = 0  # the pass-3 margin asks for this much room
        self.menu_actions: list[QAction | None] = []  # put first in the context menu (None: separator)
        self.handles: tuple[int, int] | None = None  # Qt positions of the current unit's boundaries
        self._dragging: str | None = None
        self.gutter = PageGutter(self, edge="right")
        self.gutter.show()
        self.right_zone: QWidget = SideZone(self)
        self.setFont(reading_font(self.point_size))
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content ------------------------------------------------------------------------------------
    def set_body(self, text: str, page_starts: list[int]) -> None:
        self.body = text
        self.offsets = OffsetMap(text)
        self.qt_length = self.offsets.to_qt(len(text))
        self.handles = None
        self.setPlainText(text)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)
        cursor.clearSelection()
        was, self.rtl = self.rtl, document_direction(text) == "rtl"
        self.set_block_directions()
        self.setTextCursor(QTextCursor(self.document()))
        if was != self.rtl:
            self.relayout()
        self.page_starts_qt = [self.offsets.to_qt(p) for p in page_starts]
        self._page_starts = page_starts
        self.turn_marks_qt = []
        self._turn_marks = []
        self.gutter.update()

    def set_block_directions(self) -> None:
        """Each paragraph's direction from its first strong character, neutral ones taking the document's.

        Qt resolves a block's direction by itself the same way, but gives a block without a strong character (a
        time, a number, an empty line) left-to-right. In a right-to-left document the document's own direction is
        right-to-left instead, and the few left-to-right paragraphs are set so one by one (thousands of neutral
        lines would each cost a block format)."""
        document = self.document()
        option = document.defaultTextOption()
        wanted = Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LayoutDirectionAuto
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            document.setDefaultTextOption(option)
        if not self.rtl:
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one layout at the end, not one per paragraph
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        block = document.firstBlock()
        while block.isValid():
            if first_strong(block.text()) == "ltr":
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(fmt)
            block = block.next()
        cursor.endEditBlock()

    def set_turns(self, marks: list[tuple[int, str]], dimmed: list[tuple[int, int]]) -> None:
        """Times to show in the gutter (offset, '00:12:41') and spans to show dimmed (interviewer turns)."""
        self.turn_marks_qt = [(self.offsets.to_qt(o), label) for o, label in marks]
        self._turn_marks = marks
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        plain = QTextCharFormat()
        plain.setForeground(QColor(self.palette().color(QPalette.ColorRole.Text)))
        cursor.mergeCharFormat(plain)
        faint = QTextCharFormat()
        ink, paper = self.palette().color(QPalette.ColorRole.Text), self.palette().color(QPalette.ColorRole.Base)
        faint.setForeground(QColor((ink.red() * 45 + paper.red() * 55) // 100,  # the ink, halfway to the paper
                                   (ink.green() * 45 + paper.green() * 55) // 100,
                                   (ink.blue() * 45 + paper.blue() * 55) // 100))
        for start, end in dimmed:
            cursor.setPosition(self.offsets.to_qt(start))
            cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(faint)
        self.gutter.update()

    def set_point_size(self, size: float) -> None:
        self.point_size = max(8.0, min(32.0, size))
        self.setFont(reading_font(self.point_size))
        self.relayout()

    def ready(self) -> bool:
        """False while the document is being replaced (positions of the new text do not exist yet)."""
        return self.document().characterCount() - 1 == self.qt_length

    # -- geometry -----------------------------------------------------------------------------------
    def column_width(self) -> int:
        metrics = QFontMetricsF(self.font())
        sample = "the reading of a text, slowly and more than once, with care. "
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        return int(per_char * COLUMN_CHARS + 2 * self.document().documentMargin())

    def set_right_zone(self, widget: QWidget, wanted: int) -> None:
        """Put ``widget`` (the note margin, or a blank strip) to the right of the column."""
        if widget is not self.right_zone:
            self.right_zone.hide()
            widget.setParent(self)
            self.right_zone = widget
        self.right_zone_wanted = wanted
        widget.show()
        self.relayout()

    def relayout(self) -> None:
        total = self.width() - (self.verticalScrollBar().width() if self.verticalScrollBar().isVisible() else 0)
        column = min(self.column_width(), max(200, total - GUTTER_MIN - self.right_zone_wanted))
        spare = max(0, total - column)
        if self.right_zone_wanted:
            left = max(GUTTER_MIN, min(spare - self.right_zone_wanted, (spare - self.right_zone_wanted) // 4
                                       + GUTTER_MIN))
        else:
            left = max(min(GUTTER_MIN, spare // 2), spare // 2)
        right = max(0, total - left - column)
        if self.rtl:  # mirrored: the gutter beside the lines' start (right), the margin beside their end (left)
            left, right = right, left
        self.setViewportMargins(left, 0, right, 0)
        self.setLineWrapColumnOrWidth(column - 2 * int(self.document().documentMargin()))
        height = self.height()
        if self.rtl:
            self.right_zone.setGeometry(0, 0, left, height)
            self.gutter.setGeometry(left + column, 0, right, height)
        else:
            self.gutter.setGeometry(0, 0, left, height)
            self.right_zone.setGeometry(left + column, 0, right, height)
        self.gutter.update()
        self.view_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.relayout()

    def _scrolled(self, _value: int) -> None:
        self.gutter.update()
        self.view_changed.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self.column_width() + 2 * GUTTER_MIN, 600)

    # -- positions ----------------------------------------------------------------------------------
    def visible_range_qt(self) -> tuple[int, int]:
        vp = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        return first, last + 1

    def visible_range(self) -> tuple[int, int]:
        a, b = self.visible_range_qt()
        return self.offsets.from_qt(a), min(len(self.body), self.offsets.from_qt(b) + 1)

    def line_top(self, position_qt: int) -> int:
        """y of the top of the line holding a Qt position, in this widget's coordinates (viewport at y 0)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position_qt)
        return self.cursorRect(cursor).top() + self.viewport().y()

    def line_top_of(self, offset: int) -> int:
        return self.line_top(self.offsets.to_qt(offset))

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def cursor_offset(self) -> int:
        return self.offsets.from_qt(self.textCursor().position())

    def place_cursor(self, offset: int, *, centre: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(max(0, min(offset, len(self.body)))))
        self.setTextCursor(cursor)
        if centre:
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            if not 0 <= rect.top() <= self.viewport().height() - rect.height():
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def centre_on(self, offset: int) -> None:
        """Scroll so that the line holding ``offset`` is in the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(max(0, min(offset, len(self.body)))))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).center().y() - self.viewport().height() // 2)

    def top_offset(self) -> int:
        """The code-point offset of the first character on screen (the reading position)."""
        return self.offsets.from_qt(self.cursorForPosition(QPoint(4, 4)).position())

    def scroll_to_top_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(max(0, min(offset, len(self.body)))))
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - 4)

    def time_of(self, offset: int) -> str:
        """The gutter time of the turn holding ``offset`` in a transcript, else ''."""
        i = bisect.bisect_right([o for o, _ in self._turn_marks], offset) - 1
        return self._turn_marks[i][1] if i >= 0 else ""

    def page_of(self, offset: int) -> int:
        return page_at(self._page_starts, offset) if self.page_starts_qt else 1

    # -- painting: page rules and boundary handles -------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self.ready():
            return
        painter = QPainter(self.viewport())
        muted = QColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        first, last = self.visible_range_qt()
        if len(self.page_starts_qt) > 1:
            pen = QPen(muted, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            for pos in self.page_starts_qt[1:]:
                if first - 1 <= pos <= last:
                    y = self.line_top(pos) - self.viewport().y() - 3
                    painter.drawLine(8, y, self.viewport().width() - 8, y)
        if self.handles is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            for pos in self.handles:
                cursor = QTextCursor(self.document())
                cursor.setPosition(pos)
                r = self.cursorRect(cursor)
                painter.drawRect(QRect(r.left() - 1, r.top(), 3, r.height()))
                painter.drawEllipse(QRect(r.left() - 4, r.top() - 7 if pos == self.handles[0] else r.bottom(),
                                          8, 8))
        painter.end()

    def _handle_near(self, point: QPoint) -> str | None:
        if self.handles is None:
            return None
        for name, pos in zip(("start", "end"), self.handles, strict=True):
            cursor = QTextCursor(self.document())
            cursor.setPosition(pos)
            r = self.cursorRect(cursor).adjusted(-HANDLE_GRAB_PX, -HANDLE_GRAB_PX, HANDLE_GRAB_PX, HANDLE_GRAB_PX)
            if r.contains(point):
                return name
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        which = self._handle_near(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton \
            else None
        if which:
            self._dragging = which
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._dragging and self.handles:
            pos = self.cursorForPosition(event.position().toPoint()).position()
            start, end = self.handles
            self.handles = (min(pos, end - 1), end) if self._dragging == "start" else (start, max(pos, start + 1))
            self.viewport().update()
            return
        hover = self._handle_near(event.position().toPoint())
        self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if hover else Qt.CursorShape.IBeamCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if self._dragging and self.handles:
            which, self._dragging = self._dragging, None
            pos = self.handles[0] if which == "start" else self.handles[1]
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
            self.handle_dragged.emit(which, self.offsets.from_qt(pos))
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self.isReadOnly():  # the Edit-text mode: Enter is a new line, not a meaning unit
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier):
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        menu = self.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        for action in self.menu_actions:
            if action is None:
                menu.insertSeparator(first)
            elif action.isEnabled() and action.isVisible():
                menu.insertAction(first, action)
        menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()
