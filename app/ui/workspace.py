"""The open project's views side by side in tabs: the reader, the codebook board, the consensus session, the
analysis (matrices, co-occurrence, saturation, coding queries).

Each view is built from the session alone and refreshes itself on ``session.changed``; the workspace only
switches between them and puts their actions in the window's menus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.analysis.analysis_view import AnalysisView
from app.ui.app_state import ProjectSession
from app.ui.board import BoardView
from app.ui.consensus import ConsensusView
from app.ui.reader import ReaderView

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

VIEW_NAMES = ("reader", "board", "consensus", "analysis")


class Workspace(QTabWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.session = session
        self.reader = ReaderView(session, self)
        self.board = BoardView(session, self)
        self.consensus = ConsensusView(session, self)
        self.addTab(self.reader, self.tr("Reader"))
        self.addTab(self.board, self.tr("Codebook board"))
        self.addTab(self.consensus, self.tr("Consensus"))
        from app.ui.participants_view import ParticipantsView

        self.participants = ParticipantsView(session, self)
        self.addTab(self.participants, self.tr("Participants"))
        self.analysis = AnalysisView(session, self)
        self.addTab(self.analysis, self.tr("Analysis"))
        self._menu_actions: list[QAction] = []
        session.navigate.connect(self._navigate)

    def _navigate(self, document_id: str, unit_id: str, offset: int) -> None:
        """Another view asked to show a place in the text: switch to the reader and go there."""
        self.setCurrentWidget(self.reader)
        self.reader.go_to(document_id, unit_id, offset)

    def show_view(self, name: str) -> QWidget:
        view = {"reader": self.reader, "board": self.board, "consensus": self.consensus,
                "participants": self.participants, "analysis": self.analysis}[name]
        self.setCurrentWidget(view)
        return view

    def install_menus(self, window: MainWindow) -> None:
        for i, (name, label) in enumerate(
            (
                (self.tr("reader"), self.tr("&Reader")),
                (self.tr("board"), self.tr("Codebook &board")),
                (self.tr("consensus"), self.tr("&Consensus session")),
                (self.tr("participants"), self.tr("&Participants")),
                ("analysis", "&Analysis"),
            )
        ):
            action = window.view_menu.addAction(label)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_view(n))
            self._menu_actions.append(action)
        window.view_menu.addSeparator()
        for view in (self.reader, self.board, self.consensus, self.participants):
            for action in getattr(view, "menu_actions", lambda: [])():
                window.view_menu.addAction(action)
                self._menu_actions.append(action)
        from app.ui.export_flow import install_export_actions

        self._menu_actions += install_export_actions(window, self.session)

    def remove_menus(self, window: MainWindow) -> None:
        window.view_menu.clear()
        window.export_menu.clear()
        self._menu_actions.clear()
