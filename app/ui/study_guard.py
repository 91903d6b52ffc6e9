"""What the window does to keep an open study safe: backups while work is done, and a banner over a study
that is open read-only.

Kept out of main_window.py so the window only says when a study opens and closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from app.core.project import Project

BACKUP_INTERVAL_MS = 10 * 60 * 1000  # a backup at most every ten minutes, and only when work was done


class StudyGuard(QObject):
    def __init__(self, window: QMainWindow, project: Project) -> None:
        super().__init__(window)
        self.window = window
        self.project = project
        project.backup_on_close = not project.read_only  # the last backup is taken when the study closes
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_INTERVAL_MS)
        self.timer.timeout.connect(self.backup)
        self.banner: QToolBar | None = None
        from app.core.project import ON_REQUEST

        if project.read_only:
            if project.read_only_reason != ON_REQUEST:  # not over a screenshot
                self._show_banner()
        else:
            self.timer.start()

    def backup(self) -> None:
        """Called by the timer; a failure is said in the status bar and the log, never raised."""
        if self.project.backup_now() is None and self.project.last_backup_error:
            self.window.statusBar().showMessage(self.tr("No backup was written: {last_backup_error}").format(
                                                    last_backup_error=self.project.last_backup_error), 15000)

    def _show_banner(self) -> None:
        bar = QToolBar(self.tr("Read-only"))
        bar.setObjectName("readOnlyBanner")
        bar.setMovable(False)
        label = QLabel(self.tr("  Read-only: {read_only_reason}. You can read, search and export; changes cannot be "
                               "saved. To work in it, copy the file to a folder you can write to.").format(
                           read_only_reason=self.project.read_only_reason))
        label.setObjectName("readOnlyText")
        label.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }")
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setToolTip(str(self.project.path))
        bar.addWidget(label)
        self.window.addToolBarBreak()
        self.window.addToolBar(bar)
        self.banner = bar

    def finish(self) -> None:
        """The study is closing: stop the timer and take the banner down (the backup is taken by close)."""
        self.timer.stop()
        if self.banner is not None:
            self.window.removeToolBar(self.banner)
            self.banner.deleteLater()
            self.banner = None
