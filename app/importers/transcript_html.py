"""noScribe's HTML transcripts.

noScribe writes one ``<p>`` per speaker turn; inside it, each recognised segment is an anchor
``<a name="ts_<start ms>_<end ms>_<speaker>">…</a>`` whose text may begin with the speaker label (``S01: ``)
and may carry inline ``[00:01:02]`` time marks. The first two paragraphs are the title and a note about the
transcription; they are not speech. An HTML file without such anchors is read for turn headers as text.
"""

from __future__ import annotations

import re
import warnings as py_warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

from app.i18n import translate
from app.importers import plain_text
from app.importers.base import (
    Cancelled,
    CancelledFn,
    DocumentMetadata,
    ImportedText,
    ImportFailed,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from app.importers.transcript import Cue, build
from app.importers.transcript_text import as_transcript

_ANCHOR = re.compile(r"^ts_(\d+)_(\d+)_(.*)$")
_INLINE_TIME = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\]")
_MAX_BYTES = 50_000_000


def cues_from_html(soup: BeautifulSoup) -> list[Cue]:
    cues: list[Cue] = []
    for anchor in soup.find_all("a", attrs={"name": _ANCHOR}):
        match = _ANCHOR.match(anchor["name"])
        if match is None:
            continue
        start_ms, end_ms, speaker = int(match.group(1)), int(match.group(2)), match.group(3).strip()
        text = _INLINE_TIME.sub(" ", anchor.get_text(" "))
        stripped = text.strip()
        if speaker and stripped.startswith(f"{speaker}:"):
            text = stripped[len(speaker) + 1:]
        cues.append(Cue(start_ms / 1000, text, speaker, end_ms / 1000))
    return cues


def extract(data: bytes, *, password: str | None = None, progress: ProgressFn = no_progress,
            cancelled: CancelledFn = never_cancelled) -> ImportedText:
    """A noScribe HTML transcript as speaker turns."""
    if cancelled():
        raise Cancelled()
    if len(data) > _MAX_BYTES:
        raise ImportFailed("the HTML file is too large to be a transcript (over 50 MB)")
    progress(0.0, translate("progress", "Reading transcript"))
    text, warnings = plain_text.decode(data)
    with py_warnings.catch_warnings():
        py_warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(text, "html.parser")
    title = soup.title.get_text(" ").strip() if soup.title else ""
    cues = cues_from_html(soup)
    if cues:
        result = build(cues, "html", title=title, warnings=warnings)
    else:
        body = soup.body or soup
        lines = [p.get_text(" ").strip() for p in body.find_all(["p", "div", "li", "h1", "h2", "h3"])
                 if not p.find(["p", "div", "li"])]
        plain = ImportedText("\n".join(lines), "html", metadata=DocumentMetadata(title=title), warnings=warnings)
        result = as_transcript(plain)  # type: ignore[assignment]
        if result is None:
            raise ImportFailed("not a transcript (no noScribe time anchors or speaker turn headers found)")
    progress(1.0, translate("progress", "Done"))
    return result
