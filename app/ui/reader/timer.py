"""Time spent reading: counted in whole seconds while the application is active and the reader shown,
written to the project every 30 seconds and whenever the document, pass or reviewer changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from app.core.ops import Changes
from app.core.units import get_progress, set_progress

if TYPE_CHECKING:
    from app.ui.reader.reader_view import ReaderView

    _Base = ReaderView
else:
    _Base = object

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


class ReadingMemory(_Base):
    """Mixed into ReaderView: writes time and the pass-1 reading position (not undo steps), restores it."""

    def _is_reading(self) -> bool:
        return self.document_id is not None and self.isVisible()

    def _store_time(self, seconds: float) -> None:
        if self._timer_target is None or not self.session.bookkeeping:
            return
        doc_id, pass_no, rid = self._timer_target
        position = self.text.top_offset() if pass_no == 1 and doc_id == self.document_id else None
        set_progress(self.session.project, doc_id, pass_no, add_seconds=seconds, position=position,
                     reviewer_id=rid or None)
        self.session.changed.emit(Changes(progress=True))

    def _store_position(self) -> None:
        """Remember where the reviewer is in pass 1 (not worth an undo step)."""
        if self.document_id is None or self.pass_no != 1 or self._timer_target is None \
                or not self.session.bookkeeping:
            return
        doc_id, _pass, rid = self._timer_target
        if doc_id != self.document_id:
            return
        position = self.text.top_offset()
        saved = get_progress(self.session.project, doc_id, rid or None)[1]
        if position != saved.position and (position or saved.position):
            set_progress(self.session.project, doc_id, 1, position=position, reviewer_id=rid or None)
            self.session.changed.emit(Changes(progress=True))

    def _restore_position(self) -> None:
        if not self.document_id:
            return
        position = get_progress(self.session.project, self.document_id)[1].position
        if position > 0:
            self.text.scroll_to_top_offset(position)
            QTimer.singleShot(0, lambda p=position, d=self.document_id: self._restore_later(d, p))

    def _restore_later(self, document_id: str, position: int) -> None:
        if self.document_id == document_id and self.pass_no == 1:
            self.text.scroll_to_top_offset(position)

