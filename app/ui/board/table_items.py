"""What lies on the sorting table: code cards (paper slips), piles (categories) and theme areas.

Items only draw themselves; the scene (table_scene.py) places them and turns drags into core operations.
Cards in a pile are stacked by the pile, overlapping so each slip's name stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

CARD_W, CARD_H = 210.0, 66.0
PILE_PAD, PILE_TITLE, PILE_STEP = 12.0, 40.0, 36.0
THEME_PAD, THEME_TITLE = 26.0, 50.0
PAPER = QColor("#fffdf7")
INK = QColor("#2f2a22")
MUTED = QColor("#7a7062")
SELECT = QColor("#2f6fd6")
LOW_DETAIL = 0.3  # below this zoom, cards and piles are drawn as plain shapes
THEME_TINTS = ("#e4ecf5", "#e6efe1", "#f4e6dc", "#ece4f2", "#f3eed7", "#dfeeee")


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
        self.colour = QColor(colour or "#888888")
        self.units, self.documents = units, documents
        self.category_id = category_id
        self.covered = False  # another card of the pile lies over its lower part: one line for the name
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(f"{name}\n{units} meaning unit{'s' * (units != 1)} in {documents} "
                        f"document{'s' * (documents != 1)}")

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 6, CARD_H + 7)

    def title_rect(self) -> QRectF:
        return QRectF(8, 9, CARD_W - 54, 24)

    def paint(self, p: QPainter, o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        body = QRectF(0, 0, CARD_W, CARD_H)
        if o.levelOfDetailFromTransform(p.worldTransform()) < LOW_DETAIL:  # far away: a slip, no words
            p.fillRect(body, SELECT if self.isSelected() else PAPER)
            p.fillRect(QRectF(0, 0, CARD_W, 10), self.colour)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(60, 45, 20, 28))
        p.drawRoundedRect(body.translated(1.5, 3), 4, 4)
        p.setBrush(QColor(60, 45, 20, 18))
        p.drawRoundedRect(body.translated(0.5, 1.2).adjusted(-0.5, 0, 0.5, 0.5), 4, 4)
        selected = self.isSelected() or self.highlighted
        p.setBrush(PAPER)
        p.setPen(QPen(SELECT if selected else QColor("#d9d1c0"), 2.0 if selected else 0.8))
        p.drawRoundedRect(body, 4, 4)
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(0, 0, CARD_W, 10), 4, 4)
        strip.addRect(QRectF(0, 4, CARD_W, 3))
        p.fillPath(strip.simplified(), self.colour)
        # unit count badge
        badge = QRectF(CARD_W - 42, 12, 34, 19)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.colour.red(), self.colour.green(), self.colour.blue(), 40) if self.units
                   else QColor("#f3d9d6"))
        p.drawRoundedRect(badge, 9.5, 9.5)
        p.setFont(self._small_font)
        p.setPen(INK if self.units else QColor("#a33a2e"))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.units))
        # name, up to two lines
        p.setFont(self._name_font)
        p.setPen(INK)
        metrics = QFontMetricsF(self._name_font)
        width = CARD_W - 58
        if self.covered:
            p.drawText(QRectF(9, 11, width + 4, 20), Qt.AlignmentFlag.AlignLeft,
                       metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, width))
            return
        text = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, width * 2 - 10)
        p.drawText(QRectF(9, 11, width + 4, 40), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, text)
        p.setFont(self._small_font)
        p.setPen(MUTED)
        p.drawText(QRectF(9, CARD_H - 19, CARD_W - 18, 14), Qt.AlignmentFlag.AlignLeft,
                   f"{self.units} unit{'s' * (self.units != 1)} · {self.documents} doc{'s' * (self.documents != 1)}")


class PileItem(TableItem):
    kind = "category"
    _title_font = ui_font(11, bold=True, serif=True)
    _small_font = ui_font(8.5)

    def __init__(self, item_id: str, name: str, colour: str, n_cards: int, units: int) -> None:
        super().__init__(item_id, name)
        self.colour = QColor(colour) if colour else QColor("#b9ab8f")
        self.n_cards, self.units = n_cards, units
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip(f"Category: {name}")

    @staticmethod
    def size(n_cards: int) -> tuple[float, float]:
        body = CARD_H if n_cards else 34.0
        return CARD_W + 2 * PILE_PAD, PILE_TITLE + max(0, n_cards - 1) * PILE_STEP + body + PILE_PAD

    @staticmethod
    def card_offset(k: int) -> tuple[float, float]:
        return PILE_PAD, PILE_TITLE + k * PILE_STEP

    def rect(self) -> QRectF:
        return QRectF(0, 0, *self.size(self.n_cards))

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-2, -2, 2, 3)

    def title_rect(self) -> QRectF:
        return QRectF(PILE_PAD, 6, CARD_W, 22)

    def paint(self, p: QPainter, o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        r = self.rect()
        selected = self.isSelected() or self.highlighted
        if o.levelOfDetailFromTransform(p.worldTransform()) < LOW_DETAIL:
            fill = QColor(self.colour)
            fill.setAlpha(70)
            p.fillRect(r, SELECT if selected else fill)
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(46)
        p.setBrush(QBrush(fill))
        edge = QColor(self.colour)
        edge.setAlpha(150)
        p.setPen(QPen(SELECT if selected else edge, 2.2 if selected else 1.0,
                      Qt.PenStyle.SolidLine if selected else Qt.PenStyle.DashLine))
        p.drawRoundedRect(r, 12, 12)
        p.setFont(self._title_font)
        p.setPen(INK)
        metrics = QFontMetricsF(self._title_font)
        p.drawText(QRectF(PILE_PAD, 5, CARD_W, 20), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, CARD_W))
        p.setFont(self._small_font)
        p.setPen(MUTED)
        p.drawText(QRectF(PILE_PAD, 23, CARD_W, 14), Qt.AlignmentFlag.AlignLeft,
                   f"{self.n_cards} code{'s' * (self.n_cards != 1)} · {self.units} unit{'s' * (self.units != 1)}")
        if not self.n_cards:
            p.drawText(QRectF(0, PILE_TITLE, r.width(), 30), Qt.AlignmentFlag.AlignCenter, "drop cards here")


class ThemeArea(TableItem):
    kind = "theme"
    _title_font = ui_font(15, bold=True, serif=True)
    _small_font = ui_font(9)

    def __init__(self, item_id: str, name: str, description: str, tint: str, width: float, height: float) -> None:
        super().__init__(item_id, name)
        self.description = description
        self.tint = QColor(tint)
        self.width, self.height = width, height
        self.setZValue(-10)
        self.setToolTip(f"Theme: {name}" + (f"\n{description}" if description else ""))

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-2, -2, 2, 2)

    def title_rect(self) -> QRectF:
        return QRectF(THEME_PAD, 8, max(200.0, self.width - 2 * THEME_PAD), 26)

    def paint(self, p: QPainter, _o: QStyleOptionGraphicsItem, _w: QWidget | None = None) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected() or self.highlighted
        fill = QColor(self.tint)
        fill.setAlpha(235)
        p.setBrush(fill)
        p.setPen(QPen(SELECT if selected else self.tint.darker(118), 2.5 if selected else 1.2))
        p.drawRoundedRect(self.rect(), 22, 22)
        p.setFont(self._title_font)
        p.setPen(self.tint.darker(330))
        metrics = QFontMetricsF(self._title_font)
        width = self.width - 2 * THEME_PAD
        p.drawText(QRectF(THEME_PAD, 8, width, 26), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, width))
        if self.description:
            p.setFont(self._small_font)
            p.setPen(self.tint.darker(250))
            small = QFontMetricsF(self._small_font)
            p.drawText(QRectF(THEME_PAD, 31, width, 15), Qt.AlignmentFlag.AlignLeft,
                       small.elidedText(self.description, Qt.TextElideMode.ElideRight, width))
