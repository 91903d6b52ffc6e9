"""A plain, Lectio-independent picture of a REFI-QDA project or codebook.

Readers turn XML into these values (positions already converted to code points of the normalised text);
writers turn them into XML. Keeping this in between means the XML code never touches the database and
the database code never touches XML.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass
class RUser:
    guid: str
    name: str


@dataclass
class RCode:
    guid: str
    name: str
    codable: bool
    color: str = ""
    description: str = ""
    children: list[RCode] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)

    def walk(self) -> list[RCode]:
        out = [self]
        for child in self.children:
            out += child.walk()
        return out


@dataclass
class RCoding:
    guid: str
    code_guid: str
    user: str = ""
    created: str = ""
    note_refs: list[str] = field(default_factory=list)


@dataclass
class RSelection:
    guid: str
    start: int
    end: int
    name: str = ""
    description: str = ""
    user: str = ""
    created: str = ""
    codings: list[RCoding] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)


@dataclass
class RTurn:
    """A speaker turn (Lectio's, not a REFI concept): a ``PlainTextSelection`` marked by ``TURN_MARK`` in its
    Description and referred to by its speaker's ``<Case>`` (``SelectionRef``)."""

    guid: str
    start: int
    end: int
    speaker: str = ""  # the label as the transcript wrote it
    seconds: float | None = None


TURN_MARK = "Lectio speaker turn: "  # then JSON: {"speaker": label, "seconds": start time or null}


def turn_description(turn: RTurn) -> str:
    return TURN_MARK + json.dumps({"speaker": turn.speaker, "seconds": turn.seconds}, ensure_ascii=False)


def parse_turn_description(text: str) -> tuple[str, float | None] | None:
    """(speaker, seconds) from a Description ``turn_description`` wrote; None for anything else."""
    if not text.startswith(TURN_MARK):
        return None
    try:
        data = json.loads(text[len(TURN_MARK):])
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("speaker", ""), str):
        return None
    seconds = data.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds != seconds or seconds < 0:
        seconds = None
    return data.get("speaker", ""), (float(seconds) if seconds is not None else None)


@dataclass
class RSource:
    guid: str
    name: str
    text: str  # normalised: "\n" line ends, no BOM
    kind: str = "txt"  # the original's kind: txt, docx, pdf, …
    original: bytes = b""
    original_name: str = ""
    description: str = ""
    user: str = ""
    created: str = ""
    selections: list[RSelection] = field(default_factory=list)
    codings: list[RCoding] = field(default_factory=list)  # codings of the whole source
    note_refs: list[str] = field(default_factory=list)
    note_anchors: list[tuple[str, int, int]] = field(default_factory=list)  # (note guid, start, end) on the text
    values: list[RValue] = field(default_factory=list)  # the source's own variable values (MAXQDA)
    turns: list[RTurn] = field(default_factory=list)  # speaker turns (positions like selections')


@dataclass
class RVariable:
    """A REFI ``<Variable>`` (a Lectio attribute): typeOfVariable is Text, Boolean, Integer, Float, Date or DateTime."""

    guid: str
    name: str
    type: str = "Text"
    description: str = ""


@dataclass
class RValue:
    variable: str  # the variable's guid
    type: str  # Text, Boolean, Integer, Float, Date, DateTime: the element the value was written in
    value: str


@dataclass
class RCase:
    """A REFI ``<Case>`` (a Lectio participant) with its variable values and the sources that belong to it."""

    guid: str
    name: str
    description: str = ""
    values: list[RValue] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # source guids
    selections: list[str] = field(default_factory=list)  # SelectionRefs: the guids of the turns they speak


@dataclass
class RNote:
    guid: str
    name: str
    text: str
    user: str = ""
    created: str = ""


@dataclass
class RProject:
    name: str = ""
    origin: str = ""
    users: list[RUser] = field(default_factory=list)
    codes: list[RCode] = field(default_factory=list)
    sources: list[RSource] = field(default_factory=list)
    notes: list[RNote] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)  # notes on the project itself
    description: str = ""
    warnings: list[str] = field(default_factory=list)
    readings: list[tuple[str, str, str]] = field(default_factory=list)  # (source, reading key, why)
    variables: list[RVariable] = field(default_factory=list)
    cases: list[RCase] = field(default_factory=list)


# -- a code's definition, inclusion and exclusion in one Description ------------------------------------
_INCL = "Inclusion: "
_EXCL = "Exclusion: "
_SPLIT = re.compile(r"\n\n(?=Inclusion: |Exclusion: )")


def join_description(definition: str, inclusion: str = "", exclusion: str = "") -> str:
    """One readable Description (other tools show it as is); ``split_description`` reverses it."""
    parts = [definition] if definition else []
    if inclusion:
        parts.append(_INCL + inclusion)
    if exclusion:
        parts.append(_EXCL + exclusion)
    return "\n\n".join(parts)


def split_description(text: str) -> tuple[str, str, str]:
    """(definition, inclusion, exclusion) from a Description written by ``join_description`` or by anyone."""
    definition, inclusion, exclusion = [], "", ""
    chunks = _SPLIT.split(text)
    for chunk in chunks:
        if chunk.startswith(_INCL) and not inclusion:
            inclusion = chunk[len(_INCL):]
        elif chunk.startswith(_EXCL) and not exclusion:
            exclusion = chunk[len(_EXCL):]
        else:
            definition.append(chunk)
    return "\n\n".join(definition), inclusion, exclusion


# -- date-times -----------------------------------------------------------------------------------------
def parse_time(value: str) -> str | None:
    """An xsd:dateTime as Lectio stores times (UTC, ISO 8601, seconds); "" for no value, None when invalid.
    A time without a zone is taken as UTC."""
    value = value.strip()
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if "T" not in value and " " not in value:
        return None  # a bare date is not a date-time
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def format_time(value: str) -> str:
    """A stored time as an xsd:dateTime ending in ``Z`` (what other tools read back correctly); "" if unusable."""
    parsed = parse_time(value or "")
    if not parsed:
        return ""
    return parsed.removesuffix("+00:00") + "Z"
