"""A one-line label that never cuts its text off mid-letter: it elides (in the middle or at the end) and shows
the whole text on hover. Right-to-left text (an Arabic document's title) is laid out right to left, in place."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QWidget

from app.core.bidi import is_rtl


class ElidingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(text, parent)
        self.mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._own_tip = False

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self.update()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), self.mode, self.contentsRect().width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        shown = self.shown_text()
        if shown != self.text() and not self.toolTip():
            super().setToolTip(self.text())
            self._own_tip = True
        elif shown == self.text() and self._own_tip:
            super().setToolTip("")
            self._own_tip = False
        alignment = self.alignment() | Qt.AlignmentFlag.AlignVCenter
        if is_rtl(self.text()):  # an Arabic title in its own order (its full stop at its left end), where it was
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            alignment = QStyle.visualAlignment(self.layoutDirection(), alignment) | Qt.AlignmentFlag.AlignAbsolute
        self.style().drawItemText(painter, self.contentsRect(), int(alignment), self.palette(), self.isEnabled(),
                                  shown, self.foregroundRole())
        painter.end()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt API)
        self._own_tip = False
        super().setToolTip(tip)
