"""Long work off the GUI thread, with a progress dialog (shown after ~0.5 s) and a Cancel button.

The work is a plain function ``fn(progress, cancelled) -> result`` that knows nothing of Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

WorkFn = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: WorkFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._fn(lambda f, m: self.progressed.emit(float(f), str(m)), self.cancel_event.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One background task. ``finished(result)`` or ``failed(exception)`` arrive on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, fn: WorkFn, *, show_after_ms: int = 500,
                 dialog: QWidget | None = None) -> None:
        """``dialog``: a progress view of one's own (setValue(0–1000), setLabelText, canceled, close);
        by default a QProgressDialog. Either way it appears only if the work takes ``show_after_ms``."""
        super().__init__(parent)
        self.title = title
        self._worker = _Worker(fn, self)
        if dialog is None:
            progress = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
            progress.setMinimumDuration(show_after_ms)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.setValue(0)
            dialog = progress
        else:
            QTimer.singleShot(show_after_ms, lambda: None if self._done else dialog.show())
        self._done = False
        self.dialog = dialog
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)  # type: ignore[attr-defined]
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)

    def start(self) -> Job:
        self._worker.start()
        return self

    def cancel(self) -> None:
        self._worker.cancel_event.set()
        self.dialog.setLabelText(self.tr("{title} — cancelling…").format(title=self.title))

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel_event.is_set()

    def wait(self, ms: int = 60_000) -> bool:
        return self._worker.wait(ms)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message and not self.cancelled:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self._done = True
        self._worker.wait()
        self.dialog.close()
        self.dialog.deleteLater()

    def _on_success(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)

    def _on_failure(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)


def run_job(parent: QWidget | None, title: str, fn: WorkFn, on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], *, dialog: QWidget | None = None) -> Job:
    job = Job(parent, title, fn, dialog=dialog)
    job.finished.connect(on_done)
    job.failed.connect(on_error)
    return job.start()
