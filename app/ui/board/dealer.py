"""Where the sorting table deals items that have never been placed: in rows below everything already on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from app.core.records import CategoryRecord, CodeRecord, ThemeRecord

DEAL_WIDTH = 1400.0  # the width of a row of dealt items, in table units


class Dealer:
    """Places items that have no position yet (x = y = 0) in rows below everything already placed."""

    def __init__(self, codes: list[CodeRecord], cats: list[CategoryRecord], themes: list[ThemeRecord]) -> None:
        bottom = 0.0
        for it in [*codes, *cats, *themes]:
            if it.x or it.y:
                bottom = max(bottom, it.y + 260)
        self.x, self.y, self.row_h = 40.0, bottom + 60.0, 0.0

    def place(self, x: float, y: float, w: float, h: float) -> QPointF:
        if x or y:
            return QPointF(x, y)
        if self.x + w > DEAL_WIDTH and self.x > 40:
            self.x, self.y, self.row_h = 40.0, self.y + self.row_h + 40, 0.0
        pos = QPointF(self.x, self.y)
        self.x += w + 40
        self.row_h = max(self.row_h, h)
        return pos
