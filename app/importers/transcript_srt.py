"""SubRip (.srt) transcripts in any of UTF-8/16/32 with a byte-order mark, BOM-less UTF-16, or Windows-1252.

The ``srt`` library parses the container; speakers come from a ``Name:`` prefix the file uses consistently
(as Zoom and most transcription tools write them) or a ``<v Name>`` tag some converters leave in.
"""

from __future__ import annotations

import srt

from app.i18n import translate
from app.importers import plain_text
from app.importers.base import (
    Cancelled,
    CancelledFn,
    ImportedText,
    ImportFailed,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from app.importers.transcript import Cue, build
from app.importers.transcript_vtt import _voiced, check_timestamps, labelled_cues


def cues_from_srt(text: str) -> list[Cue]:
    text = text.lstrip("\ufeff")
    check_timestamps(text)
    try:
        subtitles = list(srt.parse(text))
    except srt.TimestampParseError as exc:
        raise ImportFailed(f"bad timestamp ({str(exc).splitlines()[0][:80]})") from exc
    except srt.SRTParseError as exc:
        raise ImportFailed("not a SubRip subtitle file (expected numbered cues with 'start --> end' times)") from exc
    if not subtitles:
        raise ImportFailed("the SubRip file has no subtitles")
    pieces: list[tuple[float, float, str, str]] = []
    for sub in subtitles:
        if sub.end < sub.start:
            raise ImportFailed(f"bad timestamp in subtitle {sub.index} (it ends before it starts)")
        for voice, piece in _voiced(sub.content):
            if piece.strip():
                pieces.append((sub.start.total_seconds(), sub.end.total_seconds(), voice, piece))
    return labelled_cues(pieces)


def extract(data: bytes, *, password: str | None = None, progress: ProgressFn = no_progress,
            cancelled: CancelledFn = never_cancelled) -> ImportedText:
    """A .srt transcript as speaker turns."""
    if cancelled():
        raise Cancelled()
    progress(0.0, translate("progress", "Reading subtitles"))
    text, warnings = plain_text.decode(data)
    result = build(cues_from_srt(text), "srt", warnings=warnings)
    progress(1.0, translate("progress", "Done"))
    return result
