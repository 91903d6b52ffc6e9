"""Edit › Preferences…: how Lectio looks on this machine (the theme); kept in QSettings, not in the study."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.ui import theme


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
        note = QLabel(self.tr("Dark and light follow the system unless you choose one here."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._before = theme.current()
        form = QFormLayout(self)
        form.addRow(self.tr("&Theme"), self.theme_box)
        form.addRow(note)
        form.addRow(buttons)

    def chosen_theme(self) -> str:
        return str(self.theme_box.currentData())

    def accept(self) -> None:
        theme.save(self.chosen_theme())
        theme.apply(self.chosen_theme())
        super().accept()

    def reject(self) -> None:
        theme.apply(self._before)  # the preview undone
        super().reject()
