"""The window in the chosen language: translators installed at start-up, --lang for the window and the
screenshot, Preferences, the study's own language for documents, the translated guide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from app import i18n
from app.i18n.catalog import read_ts, ts_path
from app.ui.i18n import LANGUAGE_KEY, install_translators, ntr, window_language

MENUS = ("&File", "&Edit", "&View", "&Help")


def _translations(lang: str) -> dict[str, str]:
    return {m.source: str(m.translation) for m in read_ts(ts_path(lang))
            if m.context == "MainWindow" and m.finished and m.source in MENUS}


@pytest.fixture
def english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(locale)
    i18n.set_language(None)
    QSettings().remove(LANGUAGE_KEY)


@pytest.mark.parametrize("lang", ["pt_BR", "de", "es", "fr"])
def test_the_menu_titles_are_in_the_window_language(lang: str, qapp, qtbot, english_again) -> None:  # type: ignore[no-untyped-def]
    expected = _translations(lang)
    if len(expected) < len(MENUS):
        pytest.xfail(f"the {lang} menu titles are not translated yet")
    assert install_translators(qapp, lang) == lang
    from app.ui.main_window import MainWindow

    window = MainWindow(with_start_page=False)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [expected[m] for m in MENUS]
    assert titles != list(MENUS)


def test_qt_own_texts_are_translated_too(qapp, english_again) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's qtbase_de.qm


def test_english_plurals_without_any_translator(qapp, english_again) -> None:  # type: ignore[no-untyped-def]
    assert ntr("ImportFlow", "Imported {count} of %n file(s).", 1).format(count=1) == "Imported 1 of 1 file."
    assert ntr("ImportFlow", "%n file(s)", 3) == "3 files"


def test_the_language_comes_from_the_flag_then_preferences_then_the_system(english_again) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(LANGUAGE_KEY, "fr")
    assert window_language() == "fr"
    i18n.set_language("es")  # lectio --lang es
    assert window_language() == "es"


def test_preferences_remember_the_language(qtbot, english_again) -> None:  # type: ignore[no-untyped-def]
    from app.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    dialog.accept()
    assert QSettings().value(LANGUAGE_KEY) == "pt_BR"
    assert window_language() == "pt_BR"


def test_the_guide_is_shown_in_the_window_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import guide

    (tmp_path / "guide.html").write_text("<h1>Guide</h1>", encoding="utf-8")
    (tmp_path / "guide.de.html").write_text("<h1>Leitfaden</h1>", encoding="utf-8")
    monkeypatch.setattr(guide, "resource_path", lambda name: tmp_path / name)
    assert "Leitfaden" in guide.guide_html("de")
    assert "Guide" in guide.guide_html("fr")  # no French guide here: English
    assert "Guide" in guide.guide_html("en")


@pytest.mark.slow
def test_screenshot_with_lang_pt_br(demo_path: Path, tmp_path: Path, qapp, english_again) -> None:  # type: ignore[no-untyped-def]
    """``lectio STUDY --lang pt_BR --screenshot OUT.png``: the window is drawn with the Portuguese catalogue."""
    from app.cli import main

    out = tmp_path / "pt.png"
    assert main([str(demo_path), "--lang", "pt_BR", "--screenshot", str(out)]) == 0
    assert out.stat().st_size > 10_000
    assert i18n.current_language() == "pt_BR"
    expected = _translations("pt_BR")
    if "&File" in expected:
        assert QCoreApplication.translate("MainWindow", "&File") == expected["&File"]
