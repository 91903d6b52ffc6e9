"""Help › Guide: the method and the keyboard, in plain words (resources/guide.html)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.resources import resource_path


def guide_html(language: str | None = None) -> str:
    """The guide in the window's language (resources/guide.<lang>.html) when it is translated, else English."""
    from app import i18n

    lang = i18n.normalise(language) if language else i18n.current_language()
    translated = resource_path(f"guide.{lang}.html")
    if lang and lang != i18n.SOURCE_LANGUAGE and translated.exists():
        return translated.read_text(encoding="utf-8")
    return resource_path("guide.html").read_text(encoding="utf-8")


def show_guide(parent: QWidget | None) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("guide", "Lectio guide"))
    dialog.resize(760, 680)
    browser = QTextBrowser()
    browser.setObjectName("guideBrowser")
    browser.setOpenExternalLinks(False)
    browser.setHtml(guide_html())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.show()
    return dialog


def show_about(parent: QWidget) -> None:
    """Help › About Lectio (its texts keep the main window's translation context)."""
    from PySide6.QtWidgets import QMessageBox

    from app import APP_NAME, __version__

    t = QCoreApplication.translate
    QMessageBox.about(parent, t("MainWindow", "About {APP_NAME}").format(APP_NAME=APP_NAME),
                      t("MainWindow", "<h3>{APP_NAME} {__version__}</h3><p>A workbench for qualitative content "
                                      "analysis: immersion, meaning units, annotation, codes, categories, themes and "
                                      "consensus.</p><p>Your project is one .lectio file on this computer. Nothing "
                                      "is sent anywhere.</p>").format(APP_NAME=APP_NAME, __version__=__version__))
