"""WebVTT (.vtt) transcripts: Teams (``<v Name>…</v>`` voice tags), Zoom (``Name: text`` cues), YouTube-style
captions (inline ``<00:00:01.500><c>`` timestamps and rolling repeated lines) and noScribe's VTT export.

webvtt-py parses the container; speaker labels come from voice tags, else from a ``Name:`` prefix that the file
uses consistently (see ``speaker_prefixes``).
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

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
from app.importers.transcript import Cue, build, parse_time

_ARROW_LINE = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_PREFIX = re.compile(r"^\s*(?:>>\s*)?([^\s:\d][^:\n]{0,39}):\s+(?=\S)")
_MAX_PREFIX_WORDS = 5


def strip_tags(text: str) -> str:
    return html.unescape(_TAG.sub("", text))


def check_timestamps(text: str) -> None:
    """ImportFailed naming the line of the first cue timing that is not a valid time, or that ends before it
    starts (webvtt-py and srt would skip or misread them)."""
    for number, line in enumerate(text.split("\n"), start=1):
        match = _ARROW_LINE.match(line)
        if not match:
            continue
        times = []
        for value in match.groups():
            try:
                times.append(parse_time(value))
            except ValueError:
                raise ImportFailed(f"bad timestamp {value!r} on line {number}") from None
        if times[1] < times[0]:
            raise ImportFailed(f"bad timestamp on line {number}: the cue ends before it starts")


def _dotted_times(text: str) -> str:
    """'00:00:01,000' (SubRip style) in a cue timing line becomes '00:00:01.000', as WebVTT writes it."""
    return "\n".join(re.sub(r"(\d),(\d{3})\b", r"\1.\2", line) if _ARROW_LINE.match(line) else line
                     for line in text.split("\n"))


def speaker_prefixes(texts: list[str]) -> set[str]:
    """The ``Name:`` prefixes that are speaker labels: a short name the file uses on at least two cues, or on
    at least half of them (so a lone 'Note: …' in the middle of a subtitle file is left alone)."""
    found = Counter()
    for text in texts:
        match = _PREFIX.match(text)
        if match and len(match.group(1).split()) <= _MAX_PREFIX_WORDS and "http" not in match.group(1):
            found[match.group(1).strip()] += 1
    if not found:
        return set()
    labelled = sum(found.values())
    return {name for name, n in found.items() if n >= 2 or labelled * 2 >= len(texts)}


def split_prefix(text: str, labels: set[str]) -> tuple[str, str]:
    match = _PREFIX.match(text)
    if match and match.group(1).strip() in labels:
        return match.group(1).strip(), text[match.end():]
    return "", text


def _voiced(raw: str) -> list[tuple[str, str]]:
    """(voice, text) pieces of a cue's raw text; one piece with voice '' when it has no voice tag."""
    marks = list(_VOICE.finditer(raw))
    if not marks:
        return [("", strip_tags(raw))]
    pieces = []
    head = strip_tags(raw[:marks[0].start()]).strip()
    if head:
        pieces.append(("", head))
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(raw)
        pieces.append((mark.group(1).strip(), strip_tags(raw[mark.end():end])))
    return pieces


def _without_rolled_lines(text: str, previous_last: str) -> str:
    """YouTube's automatic captions repeat the previous cue's last line at the top of the next cue."""
    lines = [ln for ln in (x.strip() for x in text.split("\n")) if ln]
    while lines and previous_last and lines[0] == previous_last:
        lines.pop(0)
    return "\n".join(lines)


def cues_from_vtt(text: str) -> list[Cue]:
    check_timestamps(text)
    text = _dotted_times(text)
    try:
        captions = list(webvtt.from_buffer(io.StringIO(text)))
    except (MalformedFileError, MalformedCaptionError) as exc:
        raise ImportFailed(f"not a WebVTT file ({exc})") from exc
    if not captions:
        raise ImportFailed("the WebVTT file has no cues")
    raw_pieces: list[tuple[float, float, str, str]] = []
    previous_last = ""
    for caption in captions:
        start, end = parse_time(caption.start), parse_time(caption.end)
        for voice, piece in _voiced(caption.raw_text):
            lines = [ln.strip() for ln in piece.split("\n") if ln.strip()]
            if not voice:
                piece = _without_rolled_lines(piece, previous_last)
            if lines:
                previous_last = lines[-1]
            if piece.strip():
                raw_pieces.append((start, end, voice, piece))
    return labelled_cues(raw_pieces)


def labelled_cues(pieces: list[tuple[float, float, str, str]]) -> list[Cue]:
    """(start, end, voice, text) pieces as cues; text without a voice tag gets its speaker from a recurring
    "Name:" prefix (Zoom style), when the pieces have one. Shared by the WebVTT and SubRip readers."""
    labels = speaker_prefixes([p[3] for p in pieces if not p[2]])
    cues = []
    for start, end, voice, piece in pieces:
        if not voice and labels:
            voice, piece = split_prefix(piece, labels)
        cues.append(Cue(start, piece, voice, end))
    return cues


def extract(data: bytes, *, password: str | None = None, progress: ProgressFn = no_progress,
            cancelled: CancelledFn = never_cancelled) -> ImportedText:
    """A .vtt transcript as speaker turns."""
    if cancelled():
        raise Cancelled()
    progress(0.0, translate("progress", "Reading captions"))
    text, warnings = plain_text.decode(data)
    if not text.lstrip("\ufeff").startswith("WEBVTT"):
        raise ImportFailed("not a WebVTT file (it does not begin with 'WEBVTT')")
    result = build(cues_from_vtt(text.lstrip("\ufeff")), "vtt", warnings=warnings)
    progress(1.0, translate("progress", "Done"))
    return result
