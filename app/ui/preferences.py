"""Edit › Preferences…: what Lectio remembers on this machine for every study (kept in QSettings, not in the
study): the theme, shown at once, and the window's language (follow the system, or one of the shipped
languages), which takes effect when Lectio starts again."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app import i18n
from app.ui import theme
from app.ui.i18n import preferred_language, set_preferred_language


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeChoice")
        for name in theme.THEMES:
            self.theme_box.addItem(theme.label(name), name)
        self.theme_box.setCurrentIndex(theme.THEMES.index(theme.current()))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.theme_box.setAccessibleDescription(self.tr(
            "The colours of the window. High contrast has white text on black and meets WCAG AA contrast."))
        self.theme_box.currentIndexChanged.connect(lambda _i: theme.apply(self.chosen_theme()))  # shown at once
        theme_note = QLabel(self.tr("Dark and light follow the system unless you choose one here."))
        theme_note.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("preferencesLanguage")
        self.language.setAccessibleName(self.tr("Language of the window"))
        self.language.addItem(self.tr("The system's language"), "")
        for code in i18n.available_languages():
            self.language.addItem(i18n.NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferred_language())))
        language_note = QLabel(self.tr("Lectio shows the new language when it starts again. The language of a "
                                       "study's exported documents is set in File › Study properties…"))
        language_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._before = theme.current()
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme"), self.theme_box)
        form.addRow(theme_note)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(language_note)
        form.addRow(buttons)
        self.resize(480, 220)

    def chosen_theme(self) -> str:
        return str(self.theme_box.currentData())

    def accept(self) -> None:
        theme.save(self.chosen_theme())
        theme.apply(self.chosen_theme())
        set_preferred_language(str(self.language.currentData() or ""))
        super().accept()

    def reject(self) -> None:
        theme.apply(self._before)  # the preview undone
        super().reject()
