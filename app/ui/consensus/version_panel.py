"""One reviewer's version of a disputed passage: the words in their context, condensed meaning, codes, notes."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.bidi import document_direction, has_rtl
from app.ui.bidi_items import direction, isolate, paragraph_direction_at, paragraph_html

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


PASSAGE_STYLE = "font-family: Georgia, serif; font-size: 12pt; line-height: 140%;"


def passage_html(text: str, start: int, end: int, colour: str, context: int = CONTEXT_CHARS) -> str:
    """The unit's words highlighted in ``colour``, with some of the text around them (code-point offsets)."""
    a, b = excerpt_bounds(text, start, end, context)
    if has_rtl(text[a:b]):
        return _bidi_passage_html(text, a, b, start, end, colour)
    before, inside, after = text[a:start], text[start:end], text[end:b]
    esc = lambda s: html.escape(s).replace("\n", "<br>")  # noqa: E731
    lead = "…" if a and text[a - 1] != "\n" else ""  # no "…" when the excerpt starts a line anyway
    tail = "…" if b < len(text) and text[b] != "\n" else ""
    return (f"<div style='font-family: Georgia, serif; font-size: 12pt; line-height: 140%;'>"
            f"{lead}{esc(before)}"
            f"<span style='background-color: {tint(colour)}; color: {PASSAGE_INK};'><u>{esc(inside)}</u></span>"
            f"{esc(after)}{tail}</div>")


def _bidi_passage_html(text: str, a: int, b: int, start: int, end: int, colour: str) -> str:
    """``passage_html`` for an excerpt with right-to-left text: a paragraph per line, each in the direction of
    the document's whole paragraph (neutral ones the document's), so a cut ("…") never turns a line around."""
    around = document_direction(text)
    mark = f"<span style='background-color: {tint(colour)}; color: {PASSAGE_INK};'><u>"
    out, pos = [], a
    while pos <= b:
        stop = text.find("\n", pos, b)
        stop = b if stop < 0 else stop
        pieces = []
        if pos == a and a and text[a - 1] != "\n":
            pieces.append("…")
        lo, hi = max(pos, start), min(stop, end)
        if lo < hi:
            pieces += [html.escape(text[pos:lo]), mark, html.escape(text[lo:hi]), "</u></span>",
                       html.escape(text[hi:stop])]
        else:
            pieces.append(html.escape(text[pos:stop]))
        if stop == b and b < len(text) and text[b] != "\n":
            pieces.append("…")
        body = "".join(pieces) or "&nbsp;"
        rtl = " dir='rtl'" if paragraph_direction_at(text, pos, around) == "rtl" else ""
        out.append(f"<p{rtl} style='margin:0; {PASSAGE_STYLE}'>{body}</p>")
        pos = stop + 1
    return "".join(out)


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
                               colour=colour, escape=html.escape(isolate(reviewer_name))))
        if version is None:
            self.passage.setHtml(passage_html(text, span[0], span[1], "#999999")
                                 + self.tr("<p><i>No meaning unit here.</i></p>"))
            self.details.setText(self.tr("<i>{escape} did not mark this passage.</i>").format(
                                     escape=html.escape(isolate(reviewer_name))))
            return
        self.passage.setHtml(passage_html(text, version.start, version.end, colour))  # type: ignore[attr-defined]
        said = (version.condensed, *version.code_names, *version.notes)  # type: ignore[attr-defined]
        if any(has_rtl(t) for t in said):
            self.details.setText(self._details_by_direction(version))
            return
        codes = html.escape(", ".join(version.code_names)) or self.tr("<i>no code</i>")  # type: ignore[attr-defined]
        notes = "".join(f"<li>{html.escape(n)}</li>" for n in version.notes)  # type: ignore[attr-defined]
        condensed = html.escape(version.condensed) or "<i>none</i>"  # type: ignore[attr-defined]
        self.details.setText(self.tr("<p><b>Condensed meaning:</b> {condensed}</p><p><b>Codes:</b> {codes}</p>").format(
                                 condensed=condensed, codes=codes)
                             + (f"<p><b>Notes:</b></p><ul>{notes}</ul>" if notes else ""))

    def _details_by_direction(self, version: object) -> str:
        """The details when some are right to left: each heading on its line, and under it the condensed
        meaning, the codes and every note as a paragraph of its own in its own direction."""
        condensed: str = version.condensed  # type: ignore[attr-defined]
        names: list[str] = list(version.code_names)  # type: ignore[attr-defined]
        notes: list[str] = list(version.notes)  # type: ignore[attr-defined]
        parts = [self.tr("<p><b>Condensed meaning:</b></p>"),
                 paragraph_html(condensed) if condensed else self.tr("<p><i>none</i></p>"),
                 self.tr("<p><b>Codes:</b></p>")]
        if names:
            parts.append(paragraph_html(", ".join(isolate(n) for n in names), direction(", ".join(names))))
        else:
            parts.append(self.tr("<p><i>no code</i></p>"))
        if notes:
            parts.append(self.tr("<p><b>Notes:</b></p>") + "<ul>" + "".join(paragraph_html(n, tag="li") for n in notes)
                         + "</ul>")
        return "".join(parts)

    def clear_version(self) -> None:
        self.title.clear()
        self.passage.clear()
        self.details.clear()
