"""The window's language: Qt translators for Lectio's catalogue and Qt's own (standard buttons, dialogs).

Which language: ``lectio --lang CODE`` (``app.i18n.explicit_language``), else the one chosen in Preferences
(QSettings ``language``), else the system's (QLocale). English needs no translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n

LANGUAGE_KEY = "language"
# the reading passes' names (app.core.units.PASS_NAMES), for the catalogue
PASS_LABELS = (QT_TRANSLATE_NOOP("passes", "Immersion"), QT_TRANSLATE_NOOP("passes", "Meaning units"),
               QT_TRANSLATE_NOOP("passes", "Annotation"))


def pass_name(pass_no: int) -> str:
    """"Immersion", "Meaning units", "Annotation" in the window's language."""
    from app.core.units import PASS_NAMES

    return QCoreApplication.translate("passes", PASS_NAMES[pass_no])


def ntr(context: str, text: str, n: int) -> str:
    """A plural message ("%n file(s)") for ``n``: the catalogue's form, else English ("1 file", "2 files") —
    also where no translator is installed (tests, a language without a catalogue)."""
    out = QCoreApplication.translate(context, text, None, n)
    if out == text.replace("%n", str(n)):
        out = i18n.english_plural(text, n).replace("%n", str(n))
    if abs(n) >= 1000:  # Qt writes %n without grouping: "1.000 Dateien" in German
        out = out.replace(str(n), number(n))
    return out


def preferred_language() -> str:
    """The language chosen in Preferences ("" = follow the system)."""
    return str(QSettings().value(LANGUAGE_KEY, "", type=str) or "")


def set_preferred_language(code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)


def window_language() -> str:
    explicit = i18n.explicit_language()
    if explicit:
        return explicit
    chosen = i18n.normalise(preferred_language())
    if chosen:
        return chosen
    return i18n.normalise(QLocale.system().name()) or i18n.SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install (once) the translators for ``language`` (default: ``window_language()``); the language used."""
    lang = i18n.normalise(language) if language else window_language()
    lang = lang or i18n.SOURCE_LANGUAGE
    for old in getattr(app, "_lectio_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    english = QTranslator(app)  # English plurals ("1 unit", "2 units"); other languages' catalogues hold their own
    if lang == i18n.SOURCE_LANGUAGE and english.load(str(i18n.catalogue_dir() / "lectio_en.qm")):
        translators.append(english)
    if lang != i18n.SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(i18n.catalogue_dir() / f"lectio_{lang}.qm")):
            translators.append(ours)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in (f"qtbase_{lang}", f"qtbase_{lang.split('_')[0]}"):
            qt = QTranslator(app)
            if qt.load(name, qt_folder):
                translators.append(qt)
                break
    for translator in translators:
        app.installTranslator(translator)
    app._lectio_translators = translators  # type: ignore[attr-defined]  # keep them alive
    i18n.set_language(lang)  # exports and other Qt-free text follow the window unless a study says otherwise
    QLocale.setDefault(QLocale(lang))
    return lang


# -- numbers and dates in the window: QLocale of the window's language (set by install_translators) ----------
def number(value: float | int, decimals: int | None = None) -> str:
    """``1000`` → "1.000" in German, "1,000" in English; ``decimals`` fixes the digits after the point (None:
    integers none, other values as many as they need, at most six)."""
    locale = QLocale()
    if isinstance(value, int) and decimals is None:
        return locale.toString(value)
    if decimals is None:
        text = locale.toString(float(value), "f", 6)
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text
    return locale.toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 0) -> str:
    """A share ``0.425`` as "42.5%" (English) or "42,5 %" (German, French), as the locale writes it."""
    locale = QLocale()
    text = locale.toString(value * 100, "f", decimals)
    sign = locale.percent()
    return f"{text}{sign}" if locale.language() in (QLocale.Language.English, QLocale.Language.Portuguese) \
        else f"{text}\u00a0{sign}"


def date(value: object, with_time: bool = False) -> str:
    """A date, datetime or ISO text ("2026-12-03T14:22:05") in the locale's short format with a four-digit year:
    03.12.2026 in German, 12/3/2026 in English; ``with_time`` adds hours and minutes."""
    import datetime as dt

    from PySide6.QtCore import QDate, QTime

    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value
    if not isinstance(value, dt.date):
        return str(value)
    locale = QLocale()
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    text = locale.toString(QDate(value.year, value.month, value.day), fmt)
    if with_time and isinstance(value, dt.datetime):
        clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
        text += " " + locale.toString(QTime(value.hour, value.minute), clock)
    return text


@contextmanager
def in_language(language: str | None) -> Iterator[None]:
    """Translate and format in ``language`` for a while (a chart drawn for a study whose documents are written in
    another language than the window's), then back to the window's; None: no change."""
    app = QCoreApplication.instance()
    target = i18n.normalise(language) if language else None
    before = i18n.current_language()
    if app is None or target is None or target == before:
        yield
        return
    explicit, locale = i18n.explicit_language(), QLocale()
    install_translators(app, target)
    try:
        yield
    finally:
        install_translators(app, before)
        QLocale.setDefault(locale)
        i18n.set_language(explicit)
