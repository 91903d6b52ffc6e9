"""Help › Guide explains the method in plain words and lists the keys the code actually binds."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTextBrowser

from app.ui.guide import guide_html, show_guide
from app.ui.reader.actions import key_table


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_guide_explains_the_three_passes_the_board_and_consensus(qtbot) -> None:
    dialog = show_guide(None)
    qtbot.addWidget(dialog)
    plain = dialog.findChild(QTextBrowser, "guideBrowser").toPlainText()
    for words in ("Immersion", "Meaning units", "Annotation", "Codebook board", "Consensus", "Ctrl+Z"):
        assert words in plain


def test_every_reader_key_is_in_the_guide() -> None:
    plain = _plain(guide_html())
    for keys, _what in key_table():
        for key in re.split(r" / | and ", keys):
            assert key.strip() in plain, key
