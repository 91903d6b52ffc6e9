"""One reviewer's version of a disputed passage: the words in their context, condensed meaning, codes, notes."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

CONTEXT_CHARS = 220
PASSAGE_INK = "#1a1a1a"  # the highlighted words on their light tint, also when the theme's text is light


def tint(colour: str, strength: float = 0.25) -> str:
    """``colour`` mixed with white (rich text in Qt has no alpha in colours)."""
    c = colour.lstrip("#")
    r, g, b = (int(c[i:i + 2], 16) for i in (0, 2, 4)) if len(c) == 6 else (153, 153, 153)
    mix = lambda v: round(255 - (255 - v) * strength)  # noqa: E731
    return f"#{mix(r):02x}{mix(g):02x}{mix(b):02x}"


def excerpt_bounds(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> tuple[int, int]:
    """About ``context`` characters either side of [start, end), widened or narrowed to whole words: the
    excerpt starts after a space (or at a line start) and ends before one, never inside a word."""
    a, b = max(0, start - context), min(len(text), end + context)
    if a > 0:
        m = re.search(r"\s+", text[a:start])
        a = a + m.end() if m else start  # no space before the unit: show none of that word
    if b < len(text):
        m = re.search(r"\s\S*$", text[end:b])
        b = end + m.start() if m else end
    return a, b


def passage_html(text: str, start: int, end: int, colour: str, context: int = CONTEXT_CHARS) -> str:
    """The unit's words highlighted in ``colour``, with some of the text around them (code-point offsets)."""
    a, b = excerpt_bounds(text, start, end, context)
    before, inside, after = text[a:start], text[start:end], text[end:b]
    esc = lambda s: html.escape(s).replace("\n", "<br>")  # noqa: E731
    lead = "…" if a and text[a - 1] != "\n" else ""  # no "…" when the excerpt starts a line anyway
    tail = "…" if b < len(text) and text[b] != "\n" else ""
    return (f"<div style='font-family: Georgia, serif; font-size: 12pt; line-height: 140%;'>"
            f"{lead}{esc(before)}"
            f"<span style='background-color: {tint(colour)}; color: {PASSAGE_INK};'><u>{esc(inside)}</u></span>"
            f"{esc(after)}{tail}</div>")


class VersionPanel(QFrame):
    """Shows ``UnitVersion`` of one reviewer, or says that this reviewer made no unit here."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"version{side}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName(f"versionTitle{side}")
        self.passage = QTextBrowser()
        self.passage.setObjectName(f"versionPassage{side}")
        self.passage.setAccessibleName(self.tr("Passage of version {side}").format(side=side))
        self.passage.setMinimumHeight(160)
        self.details = QLabel()
        self.details.setObjectName(f"versionDetails{side}")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.passage, 1)
        layout.addWidget(self.details)

    def show_version(self, reviewer_name: str, colour: str, version: object | None, text: str,
                     span: tuple[int, int]) -> None:
        self.title.setText(self.tr("<b style='color:{colour}'>●</b> <b>{escape}</b>").format(
                               colour=colour, escape=html.escape(reviewer_name)))
        if version is None:
            self.passage.setHtml(passage_html(text, span[0], span[1], "#999999")
                                 + self.tr("<p><i>No meaning unit here.</i></p>"))
            self.details.setText(self.tr("<i>{escape} did not mark this passage.</i>").format(
                                     escape=html.escape(reviewer_name)))
            return
        self.passage.setHtml(passage_html(text, version.start, version.end, colour))  # type: ignore[attr-defined]
        codes = html.escape(", ".join(version.code_names)) or self.tr("<i>no code</i>")  # type: ignore[attr-defined]
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in version.notes)  # type: ignore[attr-defined]
        condensed = html.escape(version.condensed) or "<i>none</i>"  # type: ignore[attr-defined]
        self.details.setText(self.tr("<p><b>Condensed meaning:</b> {condensed}</p><p><b>Codes:</b> {codes}</p>").format(
                                 condensed=condensed, codes=codes)
                             + (f"<p><b>Notes:</b></p><ul>{notes}</ul>" if notes else ""))

    def clear_version(self) -> None:
        self.title.clear()
        self.passage.clear()
        self.details.clear()
