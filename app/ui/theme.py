"""Light, dark and high-contrast colours for the whole window, chosen in Preferences or with ``--theme``.

"system" (the default) follows the system's light or dark mode (Qt's ``QStyleHints.colorScheme()``) and
switches when the system does. Each theme is a table of colours by palette role, so tests compute WCAG contrast
from the very palettes the window uses. Code and reviewer colours are the user's; where one would not stand out
from the page, ``legible`` shows the nearest colour of the same hue that does (app/core/colourmath.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.core.colourmath import with_contrast

THEMES = ("system", "light", "dark", "high-contrast")
SETTING = "display/theme"
HIGHLIGHT_CONTRAST = 3.0  # WCAG 2.2 non-text contrast (1.4.11): a code's or reviewer's colour against the page

R = QPalette.ColorRole
# role: colour (active and inactive); the disabled group dims text, which WCAG exempts from contrast.
LIGHT: dict[QPalette.ColorRole, str] = {
    R.Window: "#efefef", R.WindowText: "#1a1a1a", R.Base: "#ffffff", R.AlternateBase: "#f4f4f4",
    R.Text: "#1a1a1a", R.Button: "#e6e6e6", R.ButtonText: "#1a1a1a", R.Highlight: "#2a62b8",
    R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffdc", R.ToolTipText: "#1a1a1a", R.PlaceholderText: "#5c5c5c",
    R.Link: "#1a5fb4", R.LinkVisited: "#6b3fa0", R.BrightText: "#ffffff", R.Light: "#ffffff",
    R.Midlight: "#f5f5f5", R.Mid: "#a8a8a8", R.Dark: "#7c7c7c", R.Shadow: "#4a4a4a",
}
DARK: dict[QPalette.ColorRole, str] = {
    R.Window: "#202124", R.WindowText: "#e8e8e8", R.Base: "#1b1b1d", R.AlternateBase: "#26262a",
    R.Text: "#e8e8e8", R.Button: "#2e2f33", R.ButtonText: "#e8e8e8", R.Highlight: "#3a6cc0",
    R.HighlightedText: "#ffffff", R.ToolTipBase: "#2e2f33", R.ToolTipText: "#e8e8e8", R.PlaceholderText: "#a8a8a8",
    R.Link: "#8ab4f8", R.LinkVisited: "#c58af9", R.BrightText: "#ffffff", R.Light: "#3c3d42",
    R.Midlight: "#333438", R.Mid: "#5a5b60", R.Dark: "#141416", R.Shadow: "#000000",
}
HIGH_CONTRAST: dict[QPalette.ColorRole, str] = {
    R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#141414",
    R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.Highlight: "#ffff00",
    R.HighlightedText: "#000000", R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.PlaceholderText: "#d8d8d8",
    R.Link: "#7fdbff", R.LinkVisited: "#e0a8ff", R.BrightText: "#ffffff", R.Light: "#ffffff",
    R.Midlight: "#ffffff", R.Mid: "#ffffff", R.Dark: "#ffffff", R.Shadow: "#ffffff",
}
COLOURS = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}
DISABLED_TEXT = {"light": "#8c8c8c", "dark": "#7a7a7a", "high-contrast": "#a8a8a8"}


def label(name: str) -> str:
    return {
        "system": QCoreApplication.translate("Theme", "Same as the system (light or dark)"),
        "light": QCoreApplication.translate("Theme", "Light"),
        "dark": QCoreApplication.translate("Theme", "Dark"),
        "high-contrast": QCoreApplication.translate("Theme", "High contrast"),
    }[name]


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> str:
    """The theme a preference stands for: "system" becomes light or dark."""
    if name == "system":
        return "dark" if system_is_dark() else "light"
    return name if name in COLOURS else "light"


def palette(name: str) -> QPalette:
    """The palette of a theme (``name`` resolved first)."""
    colours = COLOURS[resolve(name)]
    pal = QPalette()
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            pal.setColor(group, role, QColor(colour))
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    dim = QColor(DISABLED_TEXT[resolve(name)])
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return pal


def saved() -> str:
    value = QSettings().value(SETTING, "system", type=str)
    return value if value in THEMES else "system"


def save(name: str) -> None:
    QSettings().setValue(SETTING, name)


_current = {"name": "system", "following": False}


def current() -> str:
    """The theme preference in force ("system", "light", "dark" or "high-contrast")."""
    return _current["name"]


def apply(name: str | None = None) -> str:
    """Colour the application with a theme (default: the saved preference); return the theme shown."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    name = name if name in THEMES else saved()
    _current["name"] = name
    if app is None:
        return resolve(name)
    if not _current["following"]:  # the system switched between light and dark: follow it if asked to
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _scheme: apply(_current["name"]) if _current["name"] == "system"
                                             else None)
            _current["following"] = True
    app.setPalette(palette(name))  # type: ignore[attr-defined]
    return resolve(name)


def legible(colour: str, page: QColor | str, ratio: float = HIGHLIGHT_CONTRAST) -> QColor:
    """``colour`` as shown on ``page``: itself when it stands out by ``ratio``, else the nearest that does."""
    page_name = page.name() if isinstance(page, QColor) else page
    return QColor(with_contrast(QColor(colour or "#888888").name(), page_name, ratio))
