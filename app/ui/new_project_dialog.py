"""New project: title, research question, your name as the first reviewer, and where to save it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.ui.path_field import SavePathField, add_dialog_buttons


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Care partnerships at home"))
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText(self.tr("The research question this analysis answers"))
        self.question.setFixedHeight(70)
        self.reviewer = QLineEdit(os.environ.get("USER", ""))
        self.path = SavePathField(
            str((folder or Path.home()) / self.tr("New study.lectio")),
            self.tr("Save the new project as"),
            self.tr("Lectio projects (*.lectio)"),
            self.tr(".lectio"),
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Research &question"), self.question)
        form.addRow(self.tr("Your &name"), self.reviewer)
        form.addRow(self.tr("&Save as"), self.path)
        add_dialog_buttons(form, self)
        self.title.textChanged.connect(self._suggest_file_name)

    def _suggest_file_name(self, text: str) -> None:
        current = Path(self.path.text())
        safe = "".join(ch for ch in text if ch.isalnum() or ch in " -_").strip() or self.tr("New study")
        self.path.setText(str(current.with_name(f"{safe}.lectio")))

    def values(self) -> dict[str, str]:
        return {"path": self.path.text().strip(), "title": self.title.text().strip(),
                "research_question": self.question.toPlainText().strip(), "reviewer": self.reviewer.text().strip()}
