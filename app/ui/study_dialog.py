"""File › Study properties…: the study's title and research question, changed as one undoable operation."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from app import i18n
from app.core.study import set_study_properties, study_properties
from app.core.study_language import set_study_language, study_language
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
        self.language = QComboBox()
        self.language.setObjectName("studyLanguage")
        self.language.setToolTip(self.tr("The language of the exported Word and Excel documents (headings, methods "
                                         "paragraphs, numbers and dates); it may differ from the window's"))
        self.language.addItem(self.tr("As the window"), "")
        for code in i18n.available_languages():
            self.language.addItem(i18n.NAMES.get(code, code), code)
        self._language = study_language(session.project)
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Research question:"), self.question)
        form.addRow(self.tr("&Documents in:"), self.language)
        form.addRow(buttons)
        self.resize(520, 240)
        self._current = current

    def accept(self) -> None:
        title, question = self.title.text().strip(), self.question.toPlainText().strip()
        changed = (title, question) != (self._current["title"], self._current["research_question"])
        if changed and self.session.do(set_study_properties, title=title, research_question=question) is None:
            return  # the refusal (an empty title) is shown; the dialog stays open to correct it
        language = str(self.language.currentData() or "")
        if language != self._language and self.session.do(set_study_language, language or None) is None:
            return
        super().accept()
