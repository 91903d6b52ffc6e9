"""Time spent reading: counted in whole seconds while the application is active and the reader shown,
written to the project every 30 seconds and whenever the document, pass or reviewer changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

FLUSH_EVERY = 30  # seconds


class ReadingTimer(QObject):
    def __init__(self, is_reading: Callable[[], bool], flush: Callable[[float], None],
                 parent: QObject | None = None) -> None:
        """``is_reading()`` says whether the reader is on screen with a document; ``flush(seconds)`` stores time."""
        super().__init__(parent)
        self._is_reading = is_reading
        self._flush = flush
        self.pending = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self) -> None:
        app = QGuiApplication.instance()
        active = isinstance(app, QGuiApplication) and \
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if active and self._is_reading():
            self.pending += 1.0
            if self.pending >= FLUSH_EVERY:
                self.flush()

    def flush(self) -> None:
        """Write what has been counted (call before switching document, pass or reviewer)."""
        seconds, self.pending = self.pending, 0.0
        if seconds > 0:
            self._flush(seconds)

    def stop(self) -> None:
        self._timer.stop()
