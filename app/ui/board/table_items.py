"""What lies on the sorting table: code cards (paper slips), piles (categories) and theme areas.

Items only draw themselves; the scene (table_scene.py) places them and turns drags into core operations.
Cards in a pile are stacked by the pile, overlapping so each slip's name stays readable.

Names wrap, never cut: a card grows to fit its name and footer, a covered card in a pile shows its whole
name before the next one starts, pile and theme titles take the lines they need. ``text_rects()`` says
where each item writes (the tests check that no two writings overlap with any fonts).

Colours come from the theme shown (app/ui/paper.py) at each paint: dark paper and light ink in the dark theme,
black and white with strong borders in high contrast; the scene repaints every item when the theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.bidi_items import bidi_tooltip, isolate
from app.ui.bidi_text import direction_flags
from app.ui.i18n import ntr
from app.ui.paper import BOARDS, board
from app.ui.theme import legible

CARD_W, CARD_H = 210.0, 66.0  # CARD_H: the least height; a card with a long name is taller
NAME_W = CARD_W - 58  # the name's column, left of the unit-count badge
PILE_PAD, PILE_TITLE, PILE_STEP = 12.0, 40.0, 36.0
THEME_PAD, THEME_TITLE = 26.0, 50.0
# the light theme's (app/ui/paper.py has every theme's)
PAPER = QColor(BOARDS["light"].paper)
INK = QColor(BOARDS["light"].ink)
MUTED = QColor(BOARDS["light"].muted)  # 4.5:1 also on a pile's tint over a theme's
SELECT = QColor(BOARDS["light"].select)
LOW_DETAIL = 0.3  # below this zoom, cards and piles are drawn as plain shapes
THEME_TINTS = BOARDS["light"].tints


WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


_HEIGHTS: dict[tuple[str, str, float], float] = {}  # (font, text, width) → height: layout asks again and again


def wrapped_height(font: QFont, text: str, width: float) -> float:
    """Height of ``text`` wrapped at word boundaries (anywhere inside a word longer than the width)."""
    key = (font.toString(), text, width)
    found = _HEIGHTS.get(key)
    if found is None:
        flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere) if _longest_word(font, text) > width \
            else int(Qt.TextFlag.TextWordWrap)
        found = _HEIGHTS[key] = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 100_000), flags,
                                                                 text or " ").height()
        if len(_HEIGHTS) > 50_000:
            _HEIGHTS.clear()
    return found


def wrapped_paragraphs(font: QFont, text: str, width: float) -> list[tuple[str, float]]:
    """Each paragraph (line) of ``text`` with its wrapped height: a description mixing Arabic and English
    paragraphs is drawn paragraph by paragraph, each in its own direction, one under the other."""
    return [(line, wrapped_height(font, line, width)) for line in text.split("\n")]


def _longest_word(font: QFont, text: str) -> float:
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(w) for w in text.split()), default=0.0)


def wrap_flags(font: QFont, text: str, width: float) -> int:
    """Flags to draw a user's ``text`` (a name, a description) wrapped, in its own direction: an Arabic or
    Hebrew name is laid out right to left and aligned right (the non-absolute AlignLeft follows the direction)."""
    flags = WRAP | direction_flags(text)
    if _longest_word(font, text) > width:
        return flags | int(Qt.TextFlag.TextWrapAnywhere)
    return flags


def ui_font(size: float, bold: bool = False, serif: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(["Georgia", "Caladea", "DejaVu Serif"] if serif else
                     ["Carlito", "Calibri", "Segoe UI", "Liberation Sans", "DejaVu Sans"])
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class TableItem(QGraphicsItem):
    """Common ground: a kind ("code" | "category" | "theme"), an id, and a drop highlight."""

    kind = ""

    def __init__(self, item_id: str, name: str) -> None:
        super().__init__()
        self.item_id = item_id
        self.name = name
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.item_id

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def title_rect(self) -> QRectF:
        """Where the name is written (for renaming in place), in item coordinates."""
        return self.boundingRect()


class CardItem(TableItem):
    kind = "code"
    _name_font = ui_font(10.5, bold=True)
    _small_font = ui_font(8.5)

    def __init__(self, item_id: str, name: str, colour: str, units: int, documents: int,
                 category_id: str | None) -> None:
        super().__init__(item_id, name)
        self.colour = QColor(colour or "#888888")  # the code's own; painted as it stands out on the slip
        self.units, self.documents = units, documents
        self.category_id = category_id
        self.covered = False  # another card of the pile lies over its lower part: only the name shows
        self.name_h = wrapped_height(self._name_font, name, NAME_W)
        self.height = self.full_height(name)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(bidi_tooltip(QCoreApplication.translate("CardItem", "{name}\n{units} in {documents}").format(
            name=name, units=ntr("CardItem", "%n meaning unit(s)", units),
            documents=ntr("CardItem", "%n document(s)", documents))))

    @classmethod
    def name_step(cls, name: str) -> float:
        """How much of the card a pile leaves showing when the next card lies on it: the whole name."""
        return max(PILE_STEP, 11 + wrapped_height(cls._name_font, name, NAME_W) + 8)

    @classmethod
    def full_height(cls, name: str) -> float:
        footer = QFontMetricsF(cls._small_font).height()
        return max(CARD_H, 11 + wrapped_height(cls._name_font, name, NAME_W) + 8 + footer + 8)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 6, self.height + 7)

    def title_rect(self) -> QRectF:
        return QRectF(8, 9, CARD_W - 54, max(24.0, self.name_h + 4))

    def _footer_rect(self) -> QRectF:
        h = QFontMetricsF(self._small_font).height()
        return QRectF(9, self.height - h - 6, CARD_W - 18, h)

    def text_rects(self) -> list[QRectF]:
        """Where this card writes, in scene coordinates: name, unit badge, and the footer when not covered."""
        rects = [QRectF(9, 11, NAME_W + 4, self.name_h), QRectF(CARD_W - 42, 12, 34, 19)]
        if not self.covered:
            rects.append(self._footer_rect())
        return [self.mapRectToScene(r) for r in rects]

    def shown_colour(self) -> QColor:
        """The strip's colour: the code's, or the nearest of its hue that stands out on this theme's paper."""
        return legible(self.colour.name(), board().paper)

    def paint(self, p: QPainter, o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        colours = board()
        paper, ink, select, colour = QColor(colours.paper), QColor(colours.ink), QColor(colours.select), \
            self.shown_colour()
        body = QRectF(0, 0, CARD_W, self.height)
        if o.levelOfDetailFromTransform(p.worldTransform()) < LOW_DETAIL:  # far away: a slip, no words
            p.fillRect(body, select if self.isSelected() else paper)
            p.fillRect(QRectF(0, 0, CARD_W, 10), colour)
            if colours.strong:  # black paper on a black table: its white edge shows the slip
                p.setPen(QPen(ink, 0))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(body)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        if colours.shadow:
            p.setBrush(QColor(60, 45, 20, colours.shadow) if colours.light else QColor(0, 0, 0, colours.shadow))
            p.drawRoundedRect(body.translated(1.5, 3), 4, 4)
            p.setBrush(QColor(60, 45, 20, colours.shadow * 18 // 28) if colours.light
                       else QColor(0, 0, 0, colours.shadow * 18 // 28))
            p.drawRoundedRect(body.translated(0.5, 1.2).adjusted(-0.5, 0, 0.5, 0.5), 4, 4)
        selected = self.isSelected() or self.highlighted
        p.setBrush(paper)
        p.setPen(QPen(select if selected else QColor(colours.edge), 2.4 if selected else colours.edge_width))
        p.drawRoundedRect(body, 4, 4)
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(0, 0, CARD_W, 10), 4, 4)
        strip.addRect(QRectF(0, 4, CARD_W, 3))
        p.fillPath(strip.simplified(), colour)
        # unit count badge
        badge = QRectF(CARD_W - 42, 12, 34, 19)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40) if self.units else QColor(colours.empty))
        if colours.strong:
            p.setPen(QPen(ink, 1.0))
        p.drawRoundedRect(badge, 9.5, 9.5)
        p.setFont(self._small_font)
        p.setPen(ink if self.units else QColor(colours.empty_ink))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.units))
        # the name, whole, on as many lines as it needs
        p.setFont(self._name_font)
        p.setPen(ink)
        p.drawText(QRectF(9, 11, NAME_W + 4, self.name_h + 2), wrap_flags(self._name_font, self.name, NAME_W + 4),
                   self.name)
        if self.covered:
            return
        p.setFont(self._small_font)
        p.setPen(QColor(colours.muted))
        p.drawText(self._footer_rect(), Qt.AlignmentFlag.AlignLeft,
                   QCoreApplication.translate("CardItem", "{units} · {documents}").format(
                       units=ntr("CardItem", "%n unit(s)", self.units),
                       documents=ntr("CardItem", "%n doc(s)", self.documents)))


class PileItem(TableItem):
    kind = "category"
    _title_font = ui_font(11, bold=True, serif=True)
    _small_font = ui_font(8.5)

    def __init__(self, item_id: str, name: str, colour: str, n_cards: int, units: int,
                 card_names: list[str] | None = None) -> None:
        super().__init__(item_id, name)
        self.colour = QColor(colour) if colour else QColor("#b9ab8f")
        self.n_cards, self.units = n_cards, units
        self.card_names = card_names if card_names is not None else [""] * n_cards
        self.title_h = self.title_height(name)
        self._size = self.layout(name, self.card_names)[1]
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(bidi_tooltip(QCoreApplication.translate("PileItem", "Category: {name}").format(
            name=isolate(name))))

    @classmethod
    def title_height(cls, name: str) -> float:
        """The pile's name (wrapped) and its count line."""
        return max(PILE_TITLE, 5 + wrapped_height(cls._title_font, name, CARD_W) + 2
                   + QFontMetricsF(cls._small_font).height() + 6)

    @classmethod
    def layout(cls, name: str, card_names: list[str]) -> tuple[list[tuple[float, float]], tuple[float, float]]:
        """Each card's offset in the pile, and the pile's size: every covered card shows its whole name."""
        y = cls.title_height(name)
        offsets = []
        for k, card in enumerate(card_names):
            offsets.append((PILE_PAD, y))
            y += CardItem.name_step(card) if k < len(card_names) - 1 else CardItem.full_height(card)
        if not card_names:
            y += 34.0
        return offsets, (CARD_W + 2 * PILE_PAD, y + PILE_PAD)

    @staticmethod
    def size(n_cards: int) -> tuple[float, float]:
        body = CARD_H if n_cards else 34.0
        return CARD_W + 2 * PILE_PAD, PILE_TITLE + max(0, n_cards - 1) * PILE_STEP + body + PILE_PAD

    @staticmethod
    def card_offset(k: int) -> tuple[float, float]:
        return PILE_PAD, PILE_TITLE + k * PILE_STEP

    def rect(self) -> QRectF:
        return QRectF(0, 0, *self._size)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-2, -2, 2, 3)

    def title_rect(self) -> QRectF:
        return QRectF(PILE_PAD, 6, CARD_W, max(22.0, self._name_h()))

    def _name_h(self) -> float:
        return wrapped_height(self._title_font, self.name, CARD_W)

    def _count_rect(self) -> QRectF:
        return QRectF(PILE_PAD, 5 + self._name_h() + 2, CARD_W, QFontMetricsF(self._small_font).height())

    def text_rects(self) -> list[QRectF]:
        rects = [QRectF(PILE_PAD, 5, CARD_W, self._name_h()), self._count_rect()]
        return [self.mapRectToScene(r) for r in rects]

    def paint(self, p: QPainter, o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        colours = board()
        select = QColor(colours.select)
        r = self.rect()
        selected = self.isSelected() or self.highlighted
        if o.levelOfDetailFromTransform(p.worldTransform()) < LOW_DETAIL:
            fill = QColor(self.colour)
            fill.setAlpha(70)
            p.fillRect(r, select if selected else fill)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(46)
        p.setBrush(QBrush(fill))
        edge = QColor(colours.ink) if colours.strong else legible(self.colour.name(), colours.table)
        if not colours.strong:
            edge.setAlpha(150 if colours.light else 200)
        p.setPen(QPen(select if selected else edge, 2.4 if selected else 1.4 if colours.strong else 1.0,
                      Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine))
        p.drawRoundedRect(r, 12, 12)
        p.setFont(self._title_font)
        p.setPen(QColor(colours.ink))
        p.drawText(QRectF(PILE_PAD, 5, CARD_W, self._name_h() + 2), wrap_flags(self._title_font, self.name, CARD_W),
                   self.name)
        p.setFont(self._small_font)
        p.setPen(QColor(colours.muted))
        p.drawText(self._count_rect(), Qt.AlignmentFlag.AlignLeft,
                   QCoreApplication.translate("PileItem", "{codes} · {units}").format(
                       codes=ntr("PileItem", "%n code(s)", self.n_cards),
                       units=ntr("PileItem", "%n unit(s)", self.units)))
        if not self.n_cards:
            p.drawText(
                QRectF(0, self.title_h, r.width(), 30),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("PileItem", "drop cards here"),
            )


class ThemeArea(TableItem):
    kind = "theme"
    _title_font = ui_font(15, bold=True, serif=True)
    _small_font = ui_font(9)

    def __init__(self, item_id: str, name: str, description: str, tint: int, width: float, height: float) -> None:
        super().__init__(item_id, name)
        self.description = description
        self.tint = tint  # the theme's turn among the theme's tints (app/ui/paper.py)
        self.width, self.height = width, height
        self.title_h = self.title_height(name, description, width)
        self.setZValue(-10)
        self.setToolTip(bidi_tooltip(QCoreApplication.translate("ThemeArea", "Theme: {name}").format(
                            name=isolate(name)) + (f"\n{description}" if description else "")))

    @classmethod
    def title_height(cls, name: str, description: str, width: float) -> float:
        """The theme's name and description, wrapped over the area's width."""
        inner = max(120.0, width - 2 * THEME_PAD)
        h = 8 + wrapped_height(cls._title_font, name, inner) + 4
        if description:
            h += sum(height for _line, height in wrapped_paragraphs(cls._small_font, description, inner)) + 2
        return max(THEME_TITLE, h + 8)

    def tint_colour(self) -> str:
        tints = board().tints
        return tints[self.tint % len(tints)]

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-2, -2, 2, 2)

    def _inner(self) -> float:
        return max(120.0, self.width - 2 * THEME_PAD)

    def _name_rect(self) -> QRectF:
        return QRectF(THEME_PAD, 8, self._inner(), wrapped_height(self._title_font, self.name, self._inner()))

    def _description_rect(self) -> QRectF:
        top = self._name_rect().bottom() + 4
        return QRectF(THEME_PAD, top, self._inner(), sum(h for _line, h in self._description_paragraphs()))

    def _description_paragraphs(self) -> list[tuple[str, float]]:
        return wrapped_paragraphs(self._small_font, self.description, self._inner())

    def title_rect(self) -> QRectF:
        return self._name_rect()

    def text_rects(self) -> list[QRectF]:
        rects = [self._name_rect()] + ([self._description_rect()] if self.description else [])
        return [self.mapRectToScene(r) for r in rects]

    def paint(self, p: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        colours = board()
        tint = self.tint_colour()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected() or self.highlighted
        p.setBrush(QColor(colours.area(tint)))
        p.setPen(QPen(QColor(colours.select) if selected else colours.area_edge(tint),
                      2.8 if selected else 2.0 if colours.strong else 1.2))
        p.drawRoundedRect(self.rect(), 22, 22)
        p.setFont(self._title_font)
        p.setPen(colours.area_title(tint))
        name = self._name_rect()
        p.drawText(name.adjusted(0, 0, 0, 2), wrap_flags(self._title_font, self.name, name.width()), self.name)
        if self.description:
            p.setFont(self._small_font)
            p.setPen(colours.area_text(tint))
            rect = self._description_rect()
            top = rect.top()
            for line, height in self._description_paragraphs():  # each paragraph in its own direction
                p.drawText(QRectF(rect.left(), top, rect.width(), height + 2),
                           wrap_flags(self._small_font, line, rect.width()), line)
                top += height
