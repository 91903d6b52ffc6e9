"""File › Study properties…: the study's title and research question, changed as one undoable operation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app.core.study import set_study_properties, study_properties
from app.ui.app_state import ProjectSession


class StudyDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study properties"))
        self.setObjectName("studyDialog")
        self.session = session
        current = study_properties(session.project)
        self.title = QLineEdit(current["title"])
        self.title.setObjectName("studyTitle")
        self.question = QPlainTextEdit(current["research_question"])
        self.question.setObjectName("studyQuestion")
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(self.tr("The question the analysis answers"))
        self.question.setMinimumHeight(90)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Research question:"), self.question)
        form.addRow(buttons)
        self.resize(520, 240)
        self._current = current

    def accept(self) -> None:
        title, question = self.title.text().strip(), self.question.toPlainText().strip()
        changed = (title, question) != (self._current["title"], self._current["research_question"])
        if changed and self.session.do(set_study_properties, title=title, research_question=question) is None:
            return  # the refusal (an empty title) is shown; the dialog stays open to correct it
        super().accept()
