"""Rich Text Format (.rtf) import with striprtf.

The document's own code page (``\\ansicpg``) decodes ``\\'xx`` escapes; ``\\uN`` escapes carry Unicode.
Title, author and creation year come from the ``{\\info}`` group. Tables come out as striprtf gives them
(cells separated by ``|``).
"""

from __future__ import annotations

import codecs
import re

from striprtf.striprtf import rtf_to_text

from app.importers.base import (
    CancelledFn,
    DocumentMetadata,
    ImportCancelled,
    ImportedText,
    ImportFailed,
    ProgressFn,
    never_cancelled,
    no_progress,
)

_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_INFO_FIELD = r"\{\\%s\s+((?:[^{}\\]|\\[^{}])*)\}"
_CREATED_YEAR = re.compile(r"\\creatim[^}]*?\\yr(\d{4})")


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
        raise ImportCancelled()
    progress(0.0, "Reading RTF")
    encoding = _code_page(data)
    source = data.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except (ValueError, IndexError, KeyError) as exc:  # striprtf's parser on malformed input
        raise ImportFailed(f"the file is damaged (the RTF cannot be read: {exc})") from exc
    if cancelled():
        raise ImportCancelled()
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    result = ImportedText(text=text, kind="rtf", metadata=_metadata(source, encoding))
    if not text.strip():
        result.warnings.append("the document contains no text")
    progress(1.0, "Done")
    return result
