"""Small pieces the File dialogs share: a "save as" path with a Browse button, and the OK/Cancel row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


class SavePathField(QWidget):
    """A file name to write, typed or chosen with Browse…; ``suffix`` is added when the user leaves it off."""

    def __init__(self, path: str, caption: str, file_filter: str, suffix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption, self.file_filter, self.suffix = caption, file_filter, suffix
        self.edit = QLineEdit(path)
        self.edit.setAccessibleName(caption)
        self.setFocusProxy(self.edit)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, path: str) -> None:  # noqa: N802 - reads like the QLineEdit it stands for
        self.edit.setText(path)

    def browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.caption, self.text(), self.file_filter)
        if name:
            self.setText(name if not self.suffix or name.lower().endswith(self.suffix) else name + self.suffix)


def add_dialog_buttons(form: QFormLayout, dialog: QDialog, ok: QDialogButtonBox.StandardButton =
                       QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons
