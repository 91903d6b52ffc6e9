"""Edit › Preferences…: what Lectio remembers on this machine for every study — for now the window's language
(follow the system, or one of the shipped languages; it takes effect when Lectio starts again)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app import i18n
from app.ui.i18n import preferred_language, set_preferred_language


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.addItem(self.tr("The system's language"), "")
        for code in i18n.available_languages():
            self.language.addItem(i18n.NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferred_language())))
        note = QLabel(self.tr("Lectio shows the new language when it starts again. The language of a study's "
                              "exported documents is set in File › Study properties…"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(460, 160)

    def accept(self) -> None:
        set_preferred_language(str(self.language.currentData() or ""))
        super().accept()
