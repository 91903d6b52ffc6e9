"""The first thing a researcher sees: open the demo, start a study, open one, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.settings import recent_projects


class StartPage(QWidget):
    open_requested = Signal(Path)
    open_dialog_requested = Signal()
    new_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("Lectio"))
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSize(font.pointSize() * 2 + 4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Read, mark meaning units, annotate, code, sort into categories and themes — and "
                                  "reach consensus with a second reviewer."))
        subtitle.setWordWrap(True)

        self.demo_button = QPushButton(self.tr("Open the demo study"))
        self.new_button = QPushButton(self.tr("New project…"))
        self.open_button = QPushButton(self.tr("Open project…"))
        for button, signal in ((self.demo_button, self.demo_requested), (self.new_button, self.new_requested),
                               (self.open_button, self.open_dialog_requested)):
            button.setMinimumHeight(36)
            button.clicked.connect(signal.emit)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.setAccessibleDescription(self.tr("Press Enter to open the chosen project."))
        self.recent.itemActivated.connect(self._activated)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("<b>Recent projects</b> (double-click or Enter to open)")))
        column.addWidget(self.recent, 1)
        column.addWidget(QLabel(self.tr("<small>Version {__version__}. Everything stays on this computer: one "
                                        ".lectio file per study, saved as you work.</small>").format(
                                    __version__=__version__)))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        inner = QWidget()
        inner.setLayout(column)
        inner.setMaximumWidth(760)
        outer.addWidget(inner, 4)
        outer.addStretch(1)
        self._filled = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        """The recent list is read when the page is first shown: opening a project skips it altogether."""
        if not self._filled:
            self.refresh()
        super().showEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(Path(path))

    def refresh(self) -> None:
        self._filled = True
        self.recent.clear()
        for path in recent_projects():
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            if not path.exists():
                item.setText(self.tr("{entry}   (missing)").format(entry=item.text()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        if not self.recent.count():
            self.recent.addItem(QListWidgetItem(self.tr("No recent projects yet — try the demo study.")))
            self.recent.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
