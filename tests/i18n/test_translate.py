"""The Qt-free side: translate() from the .ts catalogue, plurals, languages, numbers and dates, --lang."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app import i18n


def test_translate_reads_the_catalogue_and_falls_back_to_english(fake_catalogue: Path) -> None:
    assert i18n.translate("exporters.codebook", "Themes", "de") == "Themen"
    assert i18n.translate("exporters.codebook", "Themes", "fr") == "Themes"  # no French catalogue here
    assert i18n.translate("exporters.codebook", "Themes", "en") == "Themes"
    assert i18n.translate("other context", "Themes", "de") == "Themes"


def test_plurals_follow_each_language(fake_catalogue: Path) -> None:
    assert i18n.translate("exporters.codebook", "%n document(s)", "de", n=1) == "1 Dokument"
    assert i18n.translate("exporters.codebook", "%n document(s)", "de", n=1200) == "1.200 Dokumente"
    assert i18n.translate("exporters.codebook", "%n document(s)", "pt_BR", n=0) == "0 documento"  # 0 is singular
    assert i18n.translate("exporters.codebook", "%n document(s)", "en", n=1) == "1 document"
    assert i18n.translate("exporters.codebook", "%n document(s)", "en", n=2) == "2 documents"
    assert i18n.translate("x", "%n category(-ies)", "en", n=3) == "3 categories"


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "de"), ("de_AT.UTF-8", "de"), ("pt-BR", "pt_BR"), ("pt_PT", "pt_BR"), ("fr_CA", "fr"), ("es_MX", "es"),
    ("en_GB", "en"), ("C", None), ("ja_JP", None), ("", None)])
def test_language_codes_are_normalised(code: str, expected: str | None) -> None:
    assert i18n.normalise(code) == expected


def test_the_system_language_comes_from_the_environment() -> None:
    assert i18n.system_language({"LANG": "pt_BR.UTF-8"}) == "pt_BR"
    assert i18n.system_language({"LANGUAGE": "ja:fr", "LANG": "de_DE.UTF-8"}) == "fr"
    assert i18n.system_language({"LANG": "C"}) == "en"


def test_numbers_dates_and_percentages_per_language() -> None:
    assert i18n.format_number(1234.5, 1, "en") == "1,234.5"
    assert i18n.format_number(1234.5, 1, "de") == "1.234,5"
    assert i18n.format_number(1234567, language="fr") == "1\u202f234\u202f567"
    assert i18n.format_number(0.71, 2, "pt_BR") == "0,71"
    assert i18n.format_number(-3, language="es") == "-3"
    assert i18n.format_percent(0.425, 1, "de") == "42,5\u00a0%"
    assert i18n.format_percent(0.425, 0, "en") == "42%"
    day = dt.date(2026, 12, 3)
    assert i18n.format_date(day, "en") == "3 December 2026"
    assert i18n.format_date(day, "de") == "03.12.2026"
    assert i18n.format_date(day, "fr") == "03/12/2026"


def test_the_global_lang_flag_is_taken_from_anywhere_on_the_line() -> None:
    try:
        assert i18n.take_language_flag(["--lang", "de", "info", "x.lectio"]) == ["info", "x.lectio"]
        assert i18n.current_language() == "de"
        assert i18n.take_language_flag(["info", "x.lectio", "--lang=pt-BR"]) == ["info", "x.lectio"]
        assert i18n.current_language() == "pt_BR"
        with pytest.raises(ValueError, match="no translation for language 'xx'"):
            i18n.take_language_flag(["--lang", "xx"])
        with pytest.raises(ValueError, match="needs a language code"):
            i18n.take_language_flag(["--lang"])
    finally:
        i18n.set_language(None)


def test_every_shipped_language_has_a_catalogue() -> None:
    assert i18n.available_languages() == ["en", "de", "es", "pt_BR", "fr"]
