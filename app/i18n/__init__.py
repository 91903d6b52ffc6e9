"""Translations for code below the UI (exporters, methods paragraphs, dossier), without Qt.

The window translates through Qt (``QTranslator`` loads ``resources/i18n/lectio_<lang>.qm``); everything else
calls ``translate(context, text, language)`` here, which reads the same catalogue from its source
``resources/i18n/lectio_<lang>.ts`` (parsed once, cached). ``pyside6-lupdate`` finds these calls too (a bare
``translate("Context", "…")``), so one catalogue holds every message. English is the source language: a missing
translation is the English text. Numbers and dates for export documents are formatted per language here too.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
from functools import cache
from pathlib import Path

from app.resources import resource_path

SOURCE_LANGUAGE = "en"
SHIPPED = ("de", "es", "pt_BR", "fr")
NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "pt_BR": "Português (Brasil)", "fr": "Français"}

_current: str | None = None


def catalogue_dir() -> Path:
    return resource_path("i18n")


def available_languages() -> list[str]:
    """English plus every language with a catalogue in resources/i18n."""
    folder = catalogue_dir()
    found = [code for code in SHIPPED if (folder / f"lectio_{code}.ts").exists()]
    return [SOURCE_LANGUAGE, *found]


def normalise(code: str | None) -> str | None:
    """The shipped language a code asks for ("pt-BR", "pt_br.UTF-8", "de_AT", "fr" …), "en", or None."""
    if not code:
        return None
    code = code.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not code or code in ("C", "POSIX"):
        return None
    lang, _, region = code.partition("_")
    lang = lang.lower()
    if lang == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    full = f"{lang}_{region.upper()}" if region else lang
    for shipped in SHIPPED:
        if full == shipped or lang == shipped:
            return shipped
    if lang == "pt":  # Portuguese of Portugal reads the Brazilian catalogue better than English
        return "pt_BR"
    return None


def system_language(environ: dict[str, str] | None = None) -> str:
    """The shipped language of this system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(key, "").split(":"):
            found = normalise(part)
            if found:
                return found
    if environ is None:
        try:
            found = normalise(locale.getlocale()[0])
        except ValueError:
            found = None
        if found:
            return found
    return SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Make ``code`` the current language (None: follow the system). Returns the language now in use."""
    global _current
    _current = normalise(code) if code else None
    return current_language()


def current_language() -> str:
    return _current or system_language()


def check_language(code: str) -> str:
    """The shipped language for ``code``, or ValueError naming the languages there are."""
    found = normalise(code)
    if found is None:
        raise ValueError(f"no translation for language {code!r}; languages: {', '.join(available_languages())}")
    return found


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    path = catalogue_dir() / f"lectio_{language}.ts"
    if not path.exists():
        return {}
    from xml.etree.ElementTree import ParseError

    from defusedxml.ElementTree import parse

    messages: dict[tuple[str, str], str | tuple[str, ...]] = {}
    try:
        root = parse(str(path)).getroot()
    except (OSError, ParseError):  # a damaged catalogue: the documents come out in English, not not at all
        return messages
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            if message.get("numerus") == "yes":
                if all(forms):
                    messages[(name, source)] = tuple(forms)
            elif node.text:
                messages[(name, source)] = node.text
    return messages


def plural_index(language: str, n: int) -> int:
    """Which plural form: French and Portuguese count 0 and 1 as singular, the others only 1."""
    if language in ("fr", "pt_BR"):
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


def english_forms(text: str) -> list[str]:
    """English singular and plural of a plural message: "%n unit(s)" → ["%n unit", "%n units"],
    "%n category(-ies)" → ["%n category", "%n categories"]."""
    singular = text.replace("y(-ies)", "y").replace("(s)", "")
    plural = text.replace("y(-ies)", "ies").replace("(s)", "s")
    return [singular, plural]


def english_plural(text: str, n: int) -> str:
    return english_forms(text)[0 if n == 1 else 1]


def translate(context: str, text: str, language: str | None = None, n: int | None = None) -> str:
    """``text`` in ``language`` (default: the current one); ``%n`` is replaced by ``n`` for plural messages."""
    lang = normalise(language) if language else current_language()
    found = _catalogue(lang) if lang and lang != SOURCE_LANGUAGE else {}
    result = found.get((context, text))
    if isinstance(result, tuple):
        result = result[min(plural_index(lang or SOURCE_LANGUAGE, 1 if n is None else n), len(result) - 1)]
    elif result is None:
        result = text if n is None else english_plural(text, n)
    if n is not None:
        result = result.replace("%n", format_number(n, language=lang))
    return result


def translate_noop(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue where it is defined; it is translated where it is used."""
    return text


def clear_cache() -> None:
    """Forget the parsed catalogues (after ``catalog update`` rewrote them)."""
    _catalogue.cache_clear()


# -- numbers and dates for export documents ----------------------------------------------------------------
_SEPARATORS = {  # (decimal, thousands)
    "en": (".", ","), "de": (",", "."), "es": (",", "."), "pt_BR": (",", "."), "fr": (",", "\u202f"),
}
_DATE_FORMATS = {"en": "%d %b %Y", "de": "%d.%m.%Y", "es": "%d/%m/%Y", "pt_BR": "%d/%m/%Y", "fr": "%d/%m/%Y"}


def format_number(value: float | int, decimals: int | None = None, language: str | None = None,
                  grouping: bool = True) -> str:
    """``1234.5`` → "1,234.5" (en), "1.234,5" (de), "1 234,5" (fr). ``decimals`` None: as many as the value has
    (integers none)."""
    lang = normalise(language) if language else current_language()
    decimal, thousands = _SEPARATORS.get(lang or "en", _SEPARATORS["en"])
    if decimals is None:
        text = str(value) if isinstance(value, int) else f"{value:.10g}"
        if "e" in text:
            text = f"{value:f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.{decimals}f}"
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if grouping and len(whole) > (4 if lang in ("es",) else 3):  # Spanish leaves four-digit numbers ungrouped
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = thousands.join(groups)
    return sign + whole + (decimal + fraction if fraction else "")


def format_percent(value: float, decimals: int = 0, language: str | None = None) -> str:
    """``0.425`` → "42.5 %"-style per language ("42,5 %" in German and French, "42.5%" in English)."""
    lang = normalise(language) if language else current_language()
    number = format_number(value * 100, decimals, lang)
    return f"{number}%" if lang in ("en", "pt_BR", None) else f"{number}\u00a0%"


def format_date(value: dt.date | dt.datetime, language: str | None = None, with_time: bool = False) -> str:
    lang = normalise(language) if language else current_language()
    if lang in (None, "en"):  # 3 December 2026: unambiguous wherever a supervisor sits (%B is the C locale's)
        text = f"{value.day} {value.strftime('%B')} {value.year}"
    else:
        text = value.strftime(_DATE_FORMATS[lang])
    if with_time and isinstance(value, dt.datetime):
        text += value.strftime(" %H:%M")
    return text


def explicit_language() -> str | None:
    """The language set by ``--lang`` (or ``set_language``), None when it follows the preferences/system."""
    return _current


def take_language_flag(argv: list[str]) -> list[str]:
    """Remove the global ``--lang CODE`` / ``--lang=CODE`` from a command line (any position) and make that
    language current. ValueError (one line) for a language Lectio does not ship."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" or arg.startswith("--lang="):
            if arg == "--lang":
                if i + 1 >= len(argv):
                    raise ValueError("--lang needs a language code, e.g. --lang de")
                code, i = argv[i + 1], i + 2
            else:
                code, i = arg.split("=", 1)[1], i + 1
            set_language(check_language(code))
            continue
        out.append(arg)
        i += 1
    return out
