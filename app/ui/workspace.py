"""The open project's views side by side in tabs: the reader, the codebook board, the consensus session, the
analysis (matrices, co-occurrence, saturation, coding queries).

Each view is built from the session alone and refreshes itself on ``session.changed``; the workspace only
switches between them and offers their actions (``Workspace.offered_actions()``): the window builds its
View and Export menus from that list, and the workspace never touches the window or its menus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget

from app.ui.analysis.analysis_view import AnalysisView
from app.ui.app_state import ProjectSession
from app.ui.board import BoardView
from app.ui.consensus import ConsensusView
from app.ui.reader import ReaderView

VIEW_NAMES = ("reader", "board", "consensus", "analysis")


@dataclass(frozen=True)
class WorkspaceAction:
    """One action the workspace offers: which menu of the window it belongs in (``view`` or ``export``) and
    its group there (the window puts a separator between groups)."""

    menu: str
    action: QAction
    group: str


def _tab_labels() -> tuple[tuple[str, str], ...]:
    # QCoreApplication.translate written out each time: lupdate finds no call through an alias
    return (("reader", QCoreApplication.translate("Workspace", "&Reader")),
            ("board", QCoreApplication.translate("Workspace", "Codebook &board")),
            ("consensus", QCoreApplication.translate("Workspace", "&Consensus session")),
            ("participants", QCoreApplication.translate("Workspace", "&Participants")),
            ("analysis", QCoreApplication.translate("Workspace", "&Analysis")))


class Workspace(QTabWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Views of the study"))
        self.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+5 switch between the reader, the codebook board, "
                                              "the consensus session, the participants and the analysis."))
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
        self._actions: list[WorkspaceAction] | None = None
        self.notes_dialog = None  # View › Study notes…, made when first opened
        session.navigate.connect(self._navigate)
        session.show_item.connect(self.show_item)

    def _navigate(self, document_id: str, unit_id: str, offset: int) -> None:
        """Another view asked to show a place in the text: switch to the reader and go there."""
        self.setCurrentWidget(self.reader)
        self.reader.go_to(document_id, unit_id, offset)

    def show_item(self, kind: str, item_id: str) -> None:
        """Show a codebook item (the board, its details) or a memo where it is edited: a code's, category's or
        theme's own memo in the board's details, any other in the study notes."""
        if kind in ("code", "category", "theme"):
            self.setCurrentWidget(self.board)
            self.board.show_details(kind, item_id)
            return
        from app.core.notes import note_of

        note = note_of(self.session.project, item_id) if kind == "memo" else None
        if note is None:
            self.session.status.emit(self.tr("That memo is no longer in the study."))
        elif note.on_board:
            self.setCurrentWidget(self.board)
            self.board.show_details(note.target_kind, note.target_id, memo=True)
        else:
            self.open_notes(item_id)

    def open_notes(self, memo_id: str = "") -> QWidget:
        """View › Study notes…: the notes dialog (one per workspace), showing ``memo_id`` when given."""
        from app.ui.notes_dialog import StudyNotesDialog

        if self.notes_dialog is None:
            self.notes_dialog = StudyNotesDialog(self.session, self)
            self.notes_dialog.setWindowFlag(Qt.WindowType.Window)
        dialog = self.notes_dialog
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # (the offscreen platform warns about raise())
            dialog.raise_()
        dialog.activateWindow()
        if memo_id:
            dialog.select(memo_id)
            dialog.text.setFocus()
        return dialog

    def show_view(self, name: str) -> QWidget:
        view = {"reader": self.reader, "board": self.board, "consensus": self.consensus,
                "participants": self.participants, "analysis": self.analysis}[name]
        self.setCurrentWidget(view)
        return view

    def offered_actions(self) -> list[WorkspaceAction]:
        """Every action of the open study's views, in menu order (made once; owned by the workspace)."""
        if self._actions is None:
            found: list[WorkspaceAction] = []
            for i, (name, label) in enumerate(_tab_labels()):
                action = QAction(label, self)
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
                action.triggered.connect(lambda _=False, n=name: self.show_view(n))
                found.append(WorkspaceAction("view", action, "tabs"))
            for view in (self.reader, self.board, self.consensus, self.participants):
                for action in getattr(view, "menu_actions", lambda: [])():
                    found.append(WorkspaceAction("view", action, "view actions"))
            notes = QAction(self.tr("Study &notes…"), self)
            notes.setObjectName("studyNotesAction")
            notes.triggered.connect(lambda: self.open_notes())
            found.append(WorkspaceAction("view", notes, "notes"))
            from app.ui.export_flow import export_actions

            found += [WorkspaceAction("export", action, "export") for action in export_actions(self, self.session)]
            self._actions = found
        return self._actions
