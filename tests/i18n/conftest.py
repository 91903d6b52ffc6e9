"""A small German/Portuguese catalogue in a temporary folder, so the machinery is tested whatever the
translators have delivered so far."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from app import i18n

FAKE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
{contexts}
</TS>
"""


def write_ts(folder: Path, lang: str, messages: dict[tuple[str, str], str | list[str]]) -> Path:
    by_context: dict[str, list[str]] = {}
    for (context, source), value in messages.items():
        if isinstance(value, list):
            forms = "".join(f"<numerusform>{escape(v)}</numerusform>" for v in value)
            body = (
                f'<message numerus="yes"><source>{escape(source)}</source><translation>{forms}</translation></message>'
            )
        else:
            body = f"<message><source>{escape(source)}</source><translation>{escape(value)}</translation></message>"
        by_context.setdefault(context, []).append(body)
    contexts = "\n".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in by_context.items())
    path = folder / f"lectio_{lang}.ts"
    path.write_text(FAKE_TS.format(lang=lang, contexts=contexts), encoding="utf-8")
    return path


@pytest.fixture
def fake_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "i18n"
    folder.mkdir()
    write_ts(folder, "de", {
        ("exporters.codebook", "Methods summary"): "Zusammenfassung der Methoden",
        ("exporters.codebook", "Themes"): "Themen",
        ("exporters.codebook", "Codebook"): "Codebuch",
        ("exporters.codebook", "%n document(s)"): ["%n Dokument", "%n Dokumente"],
        ("MainWindow", "&File"): "&Datei",
    })
    write_ts(folder, "pt_BR", {
        ("MainWindow", "&File"): "&Arquivo", ("MainWindow", "&Edit"): "&Editar",
        ("MainWindow", "&View"): "E&xibir", ("MainWindow", "&Help"): "Aj&uda",
        ("exporters.codebook", "%n document(s)"): ["%n documento", "%n documentos"],
    })
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    i18n.clear_cache()
    yield folder
    i18n.clear_cache()
    i18n.set_language(None)
