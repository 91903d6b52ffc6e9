"""Speaker turns → document text, shared by the transcript importers (.vtt, .srt, .txt/.docx, noScribe HTML).

A transcript's text reads as turns, one paragraph per turn: ``Speaker name: what they said`` (paragraphs are
separated by a blank line). Consecutive cues of the same speaker are merged into one turn that keeps the first
cue's start time. Cues without a speaker form their own paragraphs, broken at pauses, so the reader can still
show a time beside every few lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.importers.base import DocumentMetadata, ImportedText, ImportedTurn, ImportFailed

PARAGRAPH_BREAK = "\n\n"
_UNLABELLED_PAUSE = 2.0  # seconds of silence that start a new paragraph in a transcript without speakers
_UNLABELLED_MAX_CHARS = 600
_SPACES = re.compile(r"[ \t\u00a0]+")
_TIME = re.compile(r"^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$")


@dataclass
class Cue:
    """One cue or segment as the file has it: its start (seconds), its end, its speaker label (or '') and text."""

    seconds: float | None
    text: str
    speaker: str = ""
    end_seconds: float | None = None


def parse_time(value: str) -> float:
    """Seconds from ``1:02``, ``01:02:03``, ``0:0:5.200`` or ``00:01:02,500``; ValueError otherwise."""
    match = _TIME.match(value.strip())
    if not match:
        raise ValueError(f"not a time: {value!r}")
    hours, minutes, secs, frac = match.groups()
    if int(secs) >= 60 or (hours is not None and int(minutes) >= 60):
        raise ValueError(f"not a time: {value!r}")
    fraction = int(frac) / 10 ** len(frac) if frac else 0.0
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + fraction


def format_time(seconds: float) -> str:
    """``00:12:41`` — how a time is cited in the reader and in exports."""
    total = int(seconds)
    return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"


def clean(text: str) -> str:
    """One line: runs of white space become one space."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def _merged(cues: Sequence[Cue]) -> list[Cue]:
    turns: list[Cue] = []
    for cue in cues:
        text = clean(cue.text)
        if not text:
            continue
        last = turns[-1] if turns else None
        if last is not None and _continues(last, cue, text):
            last.text = f"{last.text} {text}"
            last.end_seconds = cue.end_seconds if cue.end_seconds is not None else last.end_seconds
            continue
        turns.append(Cue(cue.seconds, text, cue.speaker.strip(), cue.end_seconds))
    return turns


def _continues(last: Cue, cue: Cue, text: str) -> bool:
    if cue.speaker.strip() != last.speaker:
        return False
    if last.speaker:
        return True
    pause = (cue.seconds or 0.0) - (last.end_seconds if last.end_seconds is not None else (last.seconds or 0.0))
    return pause < _UNLABELLED_PAUSE and len(last.text) + len(text) < _UNLABELLED_MAX_CHARS


def build(cues: Sequence[Cue], kind: str, *, preamble: str = "", title: str = "",
          warnings: list[str] | None = None) -> ImportedText:
    """The document of a transcript: merged turns, one paragraph each, with their offsets and start times.

    ``preamble`` (text before the first turn, e.g. a title line in a .txt) is kept as the first paragraph."""
    turns = _merged(cues)
    if not turns:
        raise ImportFailed("not a transcript (no speaker turns or cues with text found)")
    parts: list[str] = []
    imported: list[ImportedTurn] = []
    length = 0
    if preamble.strip():
        parts.append(preamble.strip())
        length = len(parts[0])
    for turn in turns:
        if parts:
            parts.append(PARAGRAPH_BREAK)
            length += len(PARAGRAPH_BREAK)
        paragraph = f"{turn.speaker}: {turn.text}" if turn.speaker else turn.text
        imported.append(ImportedTurn(length, length + len(paragraph), turn.speaker, turn.seconds))
        parts.append(paragraph)
        length += len(paragraph)
    return ImportedText(text="".join(parts), kind=kind, metadata=DocumentMetadata(title=title),
                        turns=imported, warnings=list(warnings or []))
