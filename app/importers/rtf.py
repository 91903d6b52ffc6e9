"""Rich Text Format (.rtf) import with striprtf.

The document's own code page (``\\ansicpg``) decodes ``\\'xx`` escapes; ``\\uN`` escapes carry Unicode.
Title, author and creation year come from the ``{\\info}`` group. A table row becomes one line with its
non-empty cells joined by ``" | "``, as in the Word and OpenDocument importers. Headers, footers and
footnotes are dropped by striprtf.
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from app.i18n import translate
from app.importers.base import (
    Cancelled,
    CancelledFn,
    DocumentMetadata,
    ImportedText,
    ImportFailed,
    ProgressFn,
    finished,
    never_cancelled,
    no_progress,
)

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_INFO_FIELD = r"\{\\%s\s+((?:[^{}\\]|\\[^{}])*)\}"
_CREATED_YEAR = re.compile(r"\\creatim[^}]*?\\yr(\d{4})")
_CELL_END = re.compile(r"(?<!\\)\\cell(?![a-z])\s?")
_CELL_MARK = "\x1f"  # ASCII "unit separator" stands in for \cell while striprtf runs; it passes through


def is_rtf(data: bytes) -> bool:
    """True when the content starts like RTF, allowing leading whitespace or a UTF-8 BOM."""
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf"


def _code_page(data: bytes) -> str:
    match = _CODE_PAGE.search(data[:4096])
    if match:
        name = f"cp{int(match.group(1))}"
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            pass
    return "cp1252"


def _info(source: str, field_name: str, encoding: str) -> str:
    match = re.search(_INFO_FIELD % field_name, source)
    if not match:
        return ""
    return rtf_to_text("{\\rtf1 " + match.group(1) + "}", encoding=encoding, errors="replace").strip()


def _join_cells(text: str) -> str:
    """Rows whose cells were marked with _CELL_MARK become "a | b" lines."""
    if _CELL_MARK not in text:
        return text
    lines = []
    for line in text.split("\n"):
        if _CELL_MARK in line:
            line = " | ".join(cell.strip() for cell in line.split(_CELL_MARK) if cell.strip())
        lines.append(line)
    return "\n".join(lines)


def _metadata(source: str, encoding: str) -> DocumentMetadata:
    author = _info(source, "author", encoding)
    year = _CREATED_YEAR.search(source)
    return DocumentMetadata(
        title=_info(source, "title", encoding),
        authors=[author] if author else [],
        year=int(year.group(1)) if year else None,
    )


def extract(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract an RTF document. ``password`` is ignored."""
    if not data:
        raise ImportFailed("the file is empty")
    if not is_rtf(data):
        raise ImportFailed("not an RTF document (it does not start with {\\rtf)")
    if cancelled():
        raise Cancelled()
    progress(0.0, translate("progress", "Reading RTF"))
    encoding = _code_page(data)
    source = data.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        marked = _CELL_END.sub(_CELL_MARK, source)
        text = _join_cells(rtf_to_text(marked, encoding=encoding, errors="replace"))
    except (ValueError, IndexError, KeyError) as exc:  # striprtf's parser on malformed input
        raise ImportFailed("the file is damaged (the RTF cannot be read)") from exc
    if cancelled():
        raise Cancelled()
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return finished(ImportedText(text=text, kind="rtf", metadata=_metadata(source, encoding)), progress)
