"""Placeholder until the consensus session lands: says what it will show."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.app_state import ProjectSession


class ConsensusView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        label = QLabel("The consensus session is not available in this version yet.\n"
                       "Use 'lectio agreement' on the command line for agreement figures.")
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)
