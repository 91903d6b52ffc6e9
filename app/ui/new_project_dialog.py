"""New project: title, research question, your name as the first reviewer, and where to save it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New project")
        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Care partnerships at home")
        self.question = QPlainTextEdit()
        self.question.setPlaceholderText("The research question this analysis answers")
        self.question.setFixedHeight(70)
        self.reviewer = QLineEdit(os.environ.get("USER", ""))
        self.path = QLineEdit(str((folder or Path.home()) / "New study.lectio"))
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("&Title", self.title)
        form.addRow("Research &question", self.question)
        form.addRow("Your &name", self.reviewer)
        form.addRow("&Save as", path_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.textChanged.connect(self._suggest_file_name)

    def _suggest_file_name(self, text: str) -> None:
        current = Path(self.path.text())
        safe = "".join(ch for ch in text if ch.isalnum() or ch in " -_").strip() or "New study"
        self.path.setText(str(current.with_name(f"{safe}.lectio")))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save the new project as", self.path.text(),
                                              "Lectio projects (*.lectio)")
        if name:
            self.path.setText(name if name.endswith(".lectio") else name + ".lectio")

    def values(self) -> dict[str, str]:
        return {"path": self.path.text().strip(), "title": self.title.text().strip(),
                "research_question": self.question.toPlainText().strip(), "reviewer": self.reviewer.text().strip()}
