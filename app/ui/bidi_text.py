"""Text painted by hand (cards, list rows) runs in its own direction, like the reader's paragraphs.

``QPainter.drawText`` lays text out in the painter's direction (the window's, left to right); an Arabic note
drawn that way keeps its words in order but is aligned left and its closing punctuation lands on the wrong side.
``direction_flags`` forces the text's own direction (its first strong character, ``app.core.bidi``), with which
Qt also aligns a non-absolute ``AlignLeft`` to the right. ``upright_for`` keeps such text out of italics.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.core.bidi import is_rtl


def direction_flags(text: str) -> int:
    """``Qt.TextForceRightToLeft`` for right-to-left text, else ``Qt.TextForceLeftToRight``."""
    flag = Qt.TextFlag.TextForceRightToLeft if is_rtl(text) else Qt.TextFlag.TextForceLeftToRight
    return int(flag.value)


# Arabic, Hebrew, Syriac, Thaana; CJK, kana, Hangul: scripts with no italic (a slanted font often has no glyphs
# for them at all, and Qt then draws nothing)
_UNSLANTED = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf"
                        "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def upright_for(font: QFont, text: str) -> QFont:
    """``font``, not italic when ``text`` is in a script that has no italic."""
    if font.italic() and _UNSLANTED.search(text):
        font = QFont(font)
        font.setItalic(False)
    return font
