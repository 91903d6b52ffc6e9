"""Transcripts saved as plain text or Word documents (Otter, Teams, Word, Rev and hand-typed ones).

Turn headers recognised, one per line:
  ``Anna Berg  0:01`` / ``Speaker 1  00:01:02``   (Otter, Teams .docx: name, then the time; text below)
  ``[00:01:02] Anna Berg: text``                  (time in brackets, name, colon; text on the line or below)
  ``Anna Berg (00:01:02): text``                  (Rev style)
  ``0:0:3.5 --> 0:0:7.0`` then a name line        (Teams' older .docx export)
A text is taken as a transcript only when such headers are frequent (at least two, at least a fifth of the
non-empty lines) and their times run forward, so an ordinary document with a time in a line stays a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.importers.base import ImportedText
from app.importers.transcript import Cue, build, parse_time

_T = r"\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?"
_NAME = r"[^\s\d\[\]():][^\[\]():\t]{0,59}?"
_NAME_TIME = re.compile(rf"^(?P<name>{_NAME})(?:[ \t]+|[ \t]*[-–|][ \t]*)(?P<time>{_T})\s*$")
_TIME_NAME = re.compile(rf"^\[?(?P<time>{_T})\]?[ \t]+(?P<name>{_NAME})[ \t]*:(?:[ \t]+(?P<text>.*))?$")
_NAME_PAREN_TIME = re.compile(rf"^(?P<name>{_NAME})[ \t]*[(\[](?P<time>{_T})[)\]][ \t]*:?(?:[ \t]+(?P<text>.*))?$")
_ARROW = re.compile(rf"^(?P<time>{_T})[ \t]*-->[ \t]*{_T}\s*$")
_MAX_NAME_WORDS = 6
_MIN_HEADER_SHARE = 0.2


@dataclass
class _Header:
    line: int
    name: str
    seconds: float
    text: str
    skip: int = 1  # lines the header itself takes


def _name_ok(name: str) -> bool:
    name = name.strip()
    return bool(name) and len(name.split()) <= _MAX_NAME_WORDS and not name.endswith((".", "?", "!", ","))


def _header(lines: list[str], i: int) -> _Header | None:
    line = lines[i].strip()
    if not line or len(line) > 200:
        return None
    for pattern in (_TIME_NAME, _NAME_PAREN_TIME, _NAME_TIME):
        match = pattern.match(line)
        if match and _name_ok(match.group("name")):
            try:
                seconds = parse_time(match.group("time"))
            except ValueError:
                return None
            text = match.groupdict().get("text") or ""
            return _Header(i, match.group("name").strip(), seconds, text)
    match = _ARROW.match(line)
    if match and i + 1 < len(lines) and _name_ok(lines[i + 1]) and len(lines[i + 1].strip()) <= 60:
        try:
            seconds = parse_time(match.group("time"))
        except ValueError:
            return None
        return _Header(i, lines[i + 1].strip(), seconds, "", skip=2)
    return None


def _headers(lines: list[str]) -> list[_Header]:
    found: list[_Header] = []
    i = 0
    while i < len(lines):
        header = _header(lines, i)
        if header:
            found.append(header)
            i += header.skip
        else:
            i += 1
    return found


def _is_transcript(headers: list[_Header], lines: list[str]) -> bool:
    non_empty = sum(1 for ln in lines if ln.strip())
    if len(headers) < 2 or len(headers) < _MIN_HEADER_SHARE * non_empty:
        return False
    forward = sum(1 for a, b in zip(headers, headers[1:], strict=False) if b.seconds >= a.seconds)
    return forward >= 0.8 * (len(headers) - 1)


def as_transcript(imported: ImportedText) -> ImportedText | None:
    """The document rebuilt as speaker turns when its text is a transcript, else None (leave it as it is)."""
    lines = imported.text.split("\n")
    headers = _headers(lines)
    if not _is_transcript(headers, lines):
        return None
    cues: list[Cue] = []
    for k, header in enumerate(headers):
        stop = headers[k + 1].line if k + 1 < len(headers) else len(lines)
        body = [header.text] + lines[header.line + header.skip:stop]
        cues.append(Cue(header.seconds, " ".join(x.strip() for x in body if x.strip()), header.name))
    preamble = "\n".join(lines[:headers[0].line]).strip()
    warnings = list(imported.warnings)
    if imported.comments:
        warnings.append(f"{len(imported.comments)} comment(s) were left out: the transcript was rebuilt as turns")
    result = build(cues, imported.kind, preamble=preamble, title=imported.metadata.title, warnings=warnings)
    result.metadata = imported.metadata
    return result
