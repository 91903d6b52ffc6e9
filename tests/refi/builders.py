"""Build REFI-QDA projects by hand, as other tools write them: text files with or without a byte-order mark,
positions counted however the test wants, several selections per span, notes, cases and variables."""

from __future__ import annotations

import codecs
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tests.refi.helpers import make_zip

USER = "5c94bc9e-db8c-4f1d-9cd6-e900c7440860"


def gid(n: int) -> str:
    return str(uuid.UUID(int=n))


def u16(s: str) -> int:
    """Length of ``s`` in UTF-16 code units."""
    return len(s.encode("utf-16-le")) // 2


@dataclass
class Sel:
    start: int
    end: int
    codes: list[str] = field(default_factory=list)  # code guids
    guid: str = field(default_factory=lambda: str(uuid.uuid4()))
    user: str = USER
    name: str = ""
    notes: list[str] = field(default_factory=list)

    def xml(self) -> str:
        codings = "".join(f'<Coding guid="{uuid.uuid4()}" creatingUser="{self.user}" '
                          f'creationDateTime="2024-05-01T10:00:00Z"><CodeRef targetGUID="{c}"/></Coding>'
                          for c in self.codes)
        refs = "".join(f'<NoteRef targetGUID="{n}"/>' for n in self.notes)
        user = f' creatingUser="{self.user}"' if self.user else ""
        return (f'<PlainTextSelection guid="{self.guid}" name={quoteattr(self.name)} startPosition="{self.start}" '
                f'endPosition="{self.end}"{user} creationDateTime="2024-05-01T10:00:00Z">{codings}{refs}'
                f'</PlainTextSelection>')


@dataclass
class Src:
    name: str
    data: bytes  # the text file's bytes, exactly as stored
    sels: list[Sel] = field(default_factory=list)
    guid: str = field(default_factory=lambda: str(uuid.uuid4()))
    description: str = ""
    notes: list[str] = field(default_factory=list)
    extra: str = ""  # more XML inside the TextSource (VariableValues…)

    def xml(self) -> str:
        desc = f"<Description>{escape(self.description)}</Description>" if self.description else ""
        refs = "".join(f'<NoteRef targetGUID="{n}"/>' for n in self.notes)
        return (f'<TextSource guid="{self.guid}" name={quoteattr(self.name)} '
                f'plainTextPath="internal://{self.guid}.txt" creatingUser="{USER}" '
                f'creationDateTime="2024-04-30T09:00:00Z">{desc}{"".join(s.xml() for s in self.sels)}{refs}'
                f'{self.extra}</TextSource>')


def bom(text: str) -> bytes:
    return codecs.BOM_UTF8 + text.encode("utf-8")


def code(guid: str, name: str) -> str:
    return f'<Code guid="{guid}" name={quoteattr(name)} isCodable="true"/>'


def project(path: Path, sources: list[Src], codes: list[str], *, origin: str = "Test writer 1.0",
            users: str = f'<User guid="{USER}" name="cp"/>', notes: str = "", before_sources: str = "",
            tail: str = "", members: dict[str, bytes | str] | None = None) -> Path:
    codebook = f"<CodeBook><Codes>{''.join(codes)}</Codes></CodeBook>" if codes else ""
    users_xml = f"<Users>{users}</Users>" if users else ""
    notes_xml = f"<Notes>{notes}</Notes>" if notes else ""
    qde = (f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Study" '
           f'origin={quoteattr(origin)}>{users_xml}{codebook}{before_sources}'
           f'<Sources>{"".join(s.xml() for s in sources)}</Sources>{notes_xml}{tail}</Project>')
    files: dict[str, bytes | str] = {"project.qde": qde}
    files.update({f"sources/{s.guid}.txt": s.data for s in sources})
    files.update(members or {})
    return make_zip(path, files)
