"""Pass 3's margin: each unit's condensed meaning, codes and notes as cards beside the text, level with the unit.

Cards are painted (not widgets), only for units near the screen, so thousands of units cost nothing.
A card sits at the y of its unit's first line and is pushed down when the card above needs the room; at the
end of the text the last cards move up instead, so none is cut off below the last line. Code chips wrap.
In a right-to-left document the margin is left of the text (``ReaderText.rtl``): the cards stand against its
right edge, the connectors run from there, and notes in a right-to-left script are set right to left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen

from app.core.colourmath import ink_on
from app.core.reading import CodeTag, NoteInfo, UnitSpan
from app.ui.bidi_text import direction_flags, upright_for
from app.ui.i18n import number
from app.ui.reader.chips import layout_chips, paint_chips
from app.ui.reader.text_view import ReaderText, SideZone
from app.ui.theme import legible

CARD_GAP = 6
PAD = 8
MAX_CARD_WIDTH = 340


@dataclass
class Card:
    unit: UnitSpan
    rect: QRect
    anchor_y: int
    note_rects: list[tuple[QRect, NoteInfo]] = field(default_factory=list)
    condensed_rect: QRect | None = None
    chips: list[tuple[CodeTag, QRect]] = field(default_factory=list)

    def moved(self, dy: int, dx: int = 0) -> None:
        """Shift the card and everything drawn in it by ``dy`` (and ``dx``)."""
        self.rect.translate(dx, dy)
        self.note_rects = [(r.translated(dx, dy), n) for r, n in self.note_rects]
        if self.condensed_rect is not None:
            self.condensed_rect = self.condensed_rect.translated(dx, dy)
        self.chips = [(c, r.translated(dx, dy)) for c, r in self.chips]


@dataclass
class ReviewerLook:
    initials: str
    colour: str
    name: str


class NotesMargin(SideZone):
    unit_clicked = Signal(str)
    note_activated = Signal(str)  # double-click: edit this note
    context_requested = Signal(str, str, QPoint)  # unit id, note id or "", global position

    def __init__(self, editor: ReaderText) -> None:
        super().__init__(editor)
        self.setObjectName("notesMargin")
        self.setMouseTracking(True)
        self.units: list[UnitSpan] = []  # in reading order: those shown (own, plus others when asked)
        self.notes: dict[str, list[NoteInfo]] = {}
        self.codes: dict[str, list[CodeTag]] = {}
        self.reviewers: dict[str, ReviewerLook] = {}
        self.reviewer_id = ""
        self.current_unit_id: str | None = None
        self.numbers: dict[str, int] = {}
        self.cards: list[Card] = []
        self._starts: list[int] = []

    def set_content(self, units: list[UnitSpan], notes: dict[str, list[NoteInfo]], codes: dict[str, list[CodeTag]],
                    reviewers: dict[str, ReviewerLook], reviewer_id: str) -> None:
        self.units, self.notes, self.codes = units, notes, codes
        self.reviewers, self.reviewer_id = reviewers, reviewer_id
        own = [u for u in units if u.reviewer_id == reviewer_id]
        self.numbers = {u.id: i + 1 for i, u in enumerate(own)}
        self.relayout()

    def card_rects(self) -> dict[str, QRect]:
        """unit id → its card, in this widget's coordinates (the tests read it)."""
        return {c.unit.id: QRect(c.rect) for c in self.cards}

    # -- layout -------------------------------------------------------------------------------------
    def _wanted(self, unit: UnitSpan) -> bool:
        return bool(self.notes.get(unit.id) or self.codes.get(unit.id)) or unit.id == self.current_unit_id

    def relayout(self) -> None:
        self.cards = []
        editor = self.editor
        if not self.isVisible() or not editor.ready():
            self.update()
            return
        first, last = editor.visible_range()
        width = min(MAX_CARD_WIDTH, self.width() - 2 * PAD - 8)
        if width < 120:
            self.update()
            return
        small = self._small_font()
        sm = QFontMetrics(small)
        nm = QFontMetrics(self.font())
        bottom = -10_000
        reach = max(3000, last - first)
        for unit in self.units:
            if unit.end < first - reach or not self._wanted(unit):
                continue
            if unit.start > last:
                break
            anchor = editor.line_top_of(unit.start)
            top = max(anchor, bottom + CARD_GAP)
            card = Card(unit, QRect(), anchor)
            y = top + PAD + sm.height() + 4  # header line
            inner = width - 2 * PAD - 4
            if unit.condensed:  # pass 3 still shows what pass 2 condensed
                h = QFontMetrics(upright_for(self._condensed_font(), unit.condensed)).boundingRect(
                    QRect(0, 0, inner, 100_000), int(Qt.TextFlag.TextWordWrap), unit.condensed).height()
                card.condensed_rect = QRect(2 * PAD + 10, y, inner, h)
                y += h + 4
            if self.codes.get(unit.id):
                card.chips = layout_chips(sm, self.codes[unit.id], 2 * PAD + 10, y, inner)
                y = card.chips[-1][1].bottom() + 7
            for note in self.notes.get(unit.id, []):
                h = nm.boundingRect(QRect(0, 0, width - 2 * PAD - 4, 100_000), int(Qt.TextFlag.TextWordWrap),
                                    note.text).height()
                card.note_rects.append((QRect(2 * PAD + 10, y, width - 2 * PAD - 4, h), note))
                y += h + 6
            if self._hint_line(unit):
                y += sm.height() + 4
            card.rect = QRect(PAD + 8, top, width, y - top + PAD - 4)
            if editor.rtl:  # the margin is left of the text: the card stands against its right edge
                card.moved(0, self.width() - 2 * (PAD + 8) - width)
            bottom = card.rect.bottom()
            self.cards.append(card)
            if top > self.height() + 200:
                break
        self._keep_above_the_end()
        self.update()

    def _keep_above_the_end(self) -> None:
        """Cards pushed past the end of the text move up (the text cannot scroll further to show them)."""
        editor = self.editor
        end = int(editor.document().size().height()) - editor.verticalScrollBar().value() + editor.viewport().y()
        limit = max(end, self.height()) - CARD_GAP
        for card in reversed(self.cards):
            if card.rect.bottom() <= limit:
                break
            card.moved(limit - card.rect.bottom())
            limit = card.rect.top() - CARD_GAP

    def _condensed_font(self) -> QFont:
        font = QFont(self.font())
        font.setItalic(True)
        return font

    def _hint_line(self, unit: UnitSpan) -> bool:
        """The current unit of your own without notes says how to add one."""
        return unit.id == self.current_unit_id and unit.reviewer_id == self.reviewer_id and \
            not self.notes.get(unit.id)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    # -- painting -----------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        self.paint_edge(painter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        small = self._small_font()
        sm = QFontMetrics(small)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        for card in self.cards:
            if card.rect.bottom() < 0 or card.rect.top() > self.height():
                continue
            look = self.reviewers.get(card.unit.reviewer_id, ReviewerLook("?", "#888888", ""))
            own = card.unit.reviewer_id == self.reviewer_id
            colour = legible(look.colour, pal.color(QPalette.ColorRole.Base))
            current = card.unit.id == self.current_unit_id
            # connector from the text column to the card, at the unit's line
            painter.setPen(QPen(colour, 1, Qt.PenStyle.SolidLine if own else Qt.PenStyle.DashLine))
            y0 = card.anchor_y + sm.height() // 2 + 2
            y1 = min(max(y0, card.rect.top() + 6), card.rect.bottom())
            if self.editor.rtl:
                painter.drawLine(self.width(), y0, card.rect.right(), y1)
            else:
                painter.drawLine(0, y0, card.rect.left(), y1)
            fill = QColor(pal.color(QPalette.ColorRole.Base if own else QPalette.ColorRole.Window))
            painter.setBrush(fill)
            border = QColor(colour) if current else QColor(pal.color(QPalette.ColorRole.Mid))
            painter.setPen(QPen(border, 2 if current else 1, Qt.PenStyle.SolidLine if own else Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card.rect, 6, 6)
            stripe = card.rect.right() - 3 if self.editor.rtl else card.rect.left() + 1  # on the text's side
            painter.fillRect(QRect(stripe, card.rect.top() + 4, 3, card.rect.height() - 8), colour)
            x, y = card.rect.left() + PAD + 2, card.rect.top() + PAD
            badge = QRect(x, y, sm.horizontalAdvance(look.initials) + 10, sm.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setFont(small)
            painter.setPen(QColor(ink_on(colour.name())))  # black or white, whichever reads on the badge
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, look.initials)
            painter.setPen(muted)
            label = self.tr("Unit {value}").format(
                        value=number(self.numbers[card.unit.id])) if card.unit.id in self.numbers else \
                self.tr("{name} (read-only)").format(name=look.name)
            page = self.editor.page_of(card.unit.start)
            if len(self.editor.page_starts_qt) > 1:
                label += f" · p. {page}"
            elif self.editor.time_of(card.unit.start):
                label += f" · {self.editor.time_of(card.unit.start)}"
            painter.drawText(QRect(badge.right() + 6, y, card.rect.width() - badge.width() - 24, sm.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            y += sm.height() + 4
            if card.condensed_rect is not None:
                painter.setFont(upright_for(self._condensed_font(), card.unit.condensed))
                painter.setPen(muted)
                painter.drawText(card.condensed_rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop)
                                 | direction_flags(card.unit.condensed), card.unit.condensed)
                y = card.condensed_rect.bottom() + 5
            if card.chips:
                painter.setFont(small)
                paint_chips(painter, sm, card.chips, pal)
                y = card.chips[-1][1].bottom() + 7
            painter.setFont(self.font())
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            for rect, note in card.note_rects:
                painter.drawText(rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop)
                                 | direction_flags(note.text), note.text)
            if self._hint_line(card.unit):
                painter.setFont(small)
                painter.setPen(muted)
                hint = self.tr("Ctrl+Shift+N: add a note · Ctrl+K: code")
                painter.drawText(QRect(x, y, card.rect.width() - 2 * PAD, sm.height()),
                                 int(Qt.AlignmentFlag.AlignLeft), hint)
        painter.end()

    # -- mouse --------------------------------------------------------------------------------------
    def hit(self, point: QPoint) -> tuple[Card | None, NoteInfo | None]:
        for card in self.cards:
            if card.rect.contains(point):
                for rect, note in card.note_rects:
                    if rect.adjusted(0, -3, 0, 3).contains(point):
                        return card, note
                return card, None
        return None, None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        card, _note = self.hit(event.position().toPoint())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.unit_clicked.emit(card.unit.id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        _card, note = self.hit(event.position().toPoint())
        if note is not None:
            self.note_activated.emit(note.id)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        card, note = self.hit(event.pos())
        if card is not None:
            self.context_requested.emit(card.unit.id, note.id if note else "", event.globalPos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        card, note = self.hit(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if card else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tr("Double-click to edit this note; right-click for more") if note else "")
