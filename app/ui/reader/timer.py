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
    from app.ui.app_state import ProjectSession
    from app.ui.reader.text_view import ReaderText

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


class ReadingMemory(QObject):
    """The reader's reading time and pass-1 position: bookkeeping (neither undo steps nor audit), written
    through ``set_progress`` and restored when a document opens again.

    A controller held by ReaderView (``view.memory``): it knows the session, the text view (for the top
    offset) and asks ``where()`` for the (document, pass) on screen; ``target`` is what is being timed."""

    def __init__(self, session: ProjectSession, text: ReaderText, where: Callable[[], tuple[str | None, int]],
                 is_visible: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.text = session, text
        self._where, self._is_visible = where, is_visible
        self.target: tuple[str, int, str] | None = None  # (document, pass, reviewer) being timed
        self.timer = ReadingTimer(self._is_reading, self._store_time, self)

    def follow(self, document_id: str, pass_no: int) -> None:
        """Time from now on goes to this document and pass, for the reviewer working now."""
        self.target = (document_id, pass_no, self.session.reviewer_id)

    def pause(self) -> None:
        """Write the position and the time counted so far (before the document, pass or reviewer changes)."""
        self.store_position()
        self.timer.flush()

    def stop(self) -> None:
        self.pause()
        self.timer.stop()
        self.target = None

    def _is_reading(self) -> bool:
        return self._where()[0] is not None and self._is_visible()

    def _store_time(self, seconds: float) -> None:
        if self.target is None or not self.session.bookkeeping:
            return
        doc_id, pass_no, rid = self.target
        position = self.text.top_offset() if pass_no == 1 and doc_id == self._where()[0] else None
        set_progress(self.session.project, doc_id, pass_no, add_seconds=seconds, position=position,
                     reviewer_id=rid or None)
        self.session.changed.emit(Changes(progress=True))

    def store_position(self) -> None:
        """Remember where the reviewer is in pass 1 (not worth an undo step)."""
        document_id, pass_no = self._where()
        if document_id is None or pass_no != 1 or self.target is None or not self.session.bookkeeping:
            return
        doc_id, _pass, rid = self.target
        if doc_id != document_id:
            return
        position = self.text.top_offset()
        saved = get_progress(self.session.project, doc_id, rid or None)[1]
        if position != saved.position and (position or saved.position):
            set_progress(self.session.project, doc_id, 1, position=position, reviewer_id=rid or None)
            self.session.changed.emit(Changes(progress=True))

    def restore_position(self) -> None:
        document_id = self._where()[0]
        if not document_id:
            return
        position = get_progress(self.session.project, document_id)[1].position
        if position > 0:
            self.text.scroll_to_top_offset(position)
            QTimer.singleShot(0, lambda p=position, d=document_id: self._restore_later(d, p))

    def _restore_later(self, document_id: str, position: int) -> None:
        if self._where() == (document_id, 1):
            self.text.scroll_to_top_offset(position)
