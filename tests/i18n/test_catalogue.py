"""The shipped catalogues: every window text wrapped, every language complete with its placeholders, the .qm
files built from their .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.i18n import SHIPPED
from app.i18n.catalog import I18N_DIR, read_ts, ts_path
from app.i18n.wrap_strings import unwrapped

# Strings in sink calls that are not language (the codemod already skips text without words: "—", "{a} ({b})").
ALLOWED: set[str] = set()
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def test_every_user_visible_string_in_the_window_is_translated() -> None:
    """Fails on a string literal given to setText, QLabel(), addAction, QMessageBox.*… without tr()/translate().
    Fix: ``python -m app.i18n.wrap_strings`` (then the catalogue: ``python -m app.i18n.catalog update``)."""
    findings = [f for f in unwrapped() if f.text.strip("'\"") not in ALLOWED]
    assert not findings, "unwrapped user-visible strings:\n" + "\n".join(map(str, findings))


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_their_placeholders(lang: str) -> None:
    """Where a message is translated, it has the source's {placeholders} and %n (a lost one is a crash or a
    wrong number on screen)."""
    broken = []
    for m in read_ts(ts_path(lang)):
        if not m.finished:
            continue
        forms = m.translation if isinstance(m.translation, list) else [m.translation]
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted and not (m.plural and "%n" not in form
                                                                         and set(PLACEHOLDER.findall(form))
                                                                         <= set(wanted)):
                broken.append(f"[{m.context}] {m.source!r} → {form!r}")
    assert not broken, f"{lang}: placeholders differ:\n" + "\n".join(broken)


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_shipped_language_is_complete(lang: str) -> None:
    missing = [f"[{m.context}] {m.source}" for m in read_ts(ts_path(lang)) if not m.finished]
    assert not missing, f"{lang}: {len(missing)} messages untranslated, e.g.:\n" + "\n".join(missing[:20])


@pytest.mark.slow
@pytest.mark.parametrize("lang", (*SHIPPED, "en"))
def test_each_committed_qm_is_what_lrelease_makes_of_its_ts(lang: str, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6)")
    out = tmp_path / f"lectio_{lang}.qm"
    subprocess.run([tool, "-silent", str(ts_path(lang)), "-qm", str(out)], check=True)
    committed = I18N_DIR / f"lectio_{lang}.qm"
    assert committed.exists(), f"{committed} is missing: python -m app.i18n.catalog update"
    assert committed.read_bytes() == out.read_bytes(), f"{committed} is stale: python -m app.i18n.catalog update"
