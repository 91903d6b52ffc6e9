"""Code chips that wrap: laid out in rows within a width, each name whole (cut only when one alone is wider)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from app.core.reading import CodeTag
from app.ui.theme import legible

CHIP_GAP = 4
CHIP_PAD = 6


def chip_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 2


def layout_chips(metrics: QFontMetrics, codes: list[CodeTag], left: int, top: int,
                 width: int) -> list[tuple[CodeTag, QRect]]:
    """Each code's chip rectangle: left to right, a new row when the next one does not fit."""
    out: list[tuple[CodeTag, QRect]] = []
    x, y, h = left, top, chip_height(metrics)
    for code in codes:
        w = min(metrics.horizontalAdvance(code.name) + 2 * CHIP_PAD, width)
        if x > left and x + w > left + width:
            x, y = left, y + h + CHIP_GAP
        out.append((code, QRect(x, y, w, h)))
        x += w + CHIP_GAP
    return out


def chips_height(metrics: QFontMetrics, codes: list[CodeTag], width: int) -> int:
    rects = layout_chips(metrics, codes, 0, 0, width)
    return rects[-1][1].bottom() + 1 if rects else 0


def paint_chips(painter: QPainter, metrics: QFontMetrics, chips: list[tuple[CodeTag, QRect]],
                palette: QPalette, text_colour: QColor | None = None) -> None:
    page = palette.color(QPalette.ColorRole.Base)
    for code, chip in chips:
        colour = legible(code.colour, page)  # the border stands out on this theme's page
        tint = QColor(colour)
        tint.setAlpha(60)
        painter.setBrush(tint)
        painter.setPen(QPen(colour, 1))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(text_colour or palette.color(QPalette.ColorRole.Text))
        painter.drawText(chip.adjusted(CHIP_PAD, 0, -CHIP_PAD + 2, 0), int(Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(code.name, Qt.TextElideMode.ElideRight, chip.width() - 2 * CHIP_PAD + 2))
