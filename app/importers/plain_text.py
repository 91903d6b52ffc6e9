"""Plain text (.txt) and Markdown (.md) import.

Encodings, in order: a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides; otherwise, if there
are zero bytes, UTF-16 without a BOM when they sit in every other position (ASCII-range text saved as
UTF-16) or else "not a text file"; otherwise strict UTF-8; otherwise UTF-8 with replacement characters
when the file is clearly UTF-8 with a few broken bytes; otherwise the legacy 8-bit code pages cp1252 and
then latin-1. Every guess adds a warning, since it can be wrong. Line ends (CRLF, CR) become ``"\\n"``.

Markdown is kept exactly as written, markup included: nothing is stripped, so what the researcher sees
and codes is the file's own text, and offsets need no mapping. Only the title is taken from the first
``# `` heading outside fenced code blocks.
"""

from __future__ import annotations

import codecs
import re

from app.i18n import translate
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

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: the DOS end-of-file mark some old files carry
_MAX_CONTROL_SHARE = 0.01
_ATX_TITLE = re.compile(r"^ {0,3}# +(.+?)(?: +#+)? *$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode ``data`` as text with newlines normalised; returns (text, warnings).

    Raises ImportFailed("not a text file") for binary content."""
    text, warnings = _decode_raw(data)
    if _looks_binary(text):
        raise ImportFailed("not a text file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def _decode_raw(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError as exc:
                reason = f"the file is damaged (invalid {encoding.upper()} text: {exc.reason})"
                raise ImportFailed(reason) from exc
    if b"\x00" in data:  # before UTF-8: BOM-less UTF-16 of ASCII-range text is also valid UTF-8
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise ImportFailed("not a text file")
        warning = f"the file has no byte-order mark; read as {encoding}"
        return data.decode(encoding, errors="replace"), [warning]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8, ["some bytes were not valid UTF-8 and were replaced by \ufffd"]
    try:
        text = data.decode("cp1252")
        name = "Windows-1252 (Western European)"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        name = "Latin-1 (ISO 8859-1)"
    warning = f"the file is not UTF-8; read as {name} — check that accented letters look right"
    return text, [warning]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes (say, two files pasted together) decoded with replacements;
    None when the valid multi-byte characters do not clearly outnumber the broken bytes, which is
    what a legacy 8-bit file looks like (there, almost every non-ASCII byte is 'broken')."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return text if non_ascii >= 4 * broken else None


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when zero bytes fall (almost) only in odd / even positions."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zeros = data[0::2].count(0) / (len(data) // 2)
    odd_zeros = data[1::2].count(0) / (len(data) // 2)
    if odd_zeros > 0.3 and even_zeros < 0.01:
        return "utf-16-le"
    if even_zeros > 0.3 and odd_zeros < 0.01:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """True when control characters other than tabs and line ends are more than a trace."""
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    return "\x00" in sample or controls / len(sample) > _MAX_CONTROL_SHARE


def markdown_title(text: str) -> str:
    """The first level-1 ATX heading (``# Title``), ignoring fenced code blocks; '' if none."""
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _ATX_TITLE.match(line)
        if match:
            return match.group(1).strip()
    return ""


def _extract(data: bytes, kind: str, progress: ProgressFn, cancelled: CancelledFn) -> ImportedText:
    if cancelled():
        raise Cancelled()
    progress(0.0, translate("progress", "Reading text"))
    if not data:
        raise ImportFailed("the file is empty")
    text, warnings = decode(data)
    if cancelled():
        raise Cancelled()
    metadata = DocumentMetadata(title=markdown_title(text) if kind == "md" else "")
    progress(1.0, translate("progress", "Done"))
    return ImportedText(text=text, kind=kind, metadata=metadata, warnings=warnings)


def extract(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract a plain text file. ``password`` is ignored."""
    return _extract(data, "txt", progress, cancelled)


def extract_markdown(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract a Markdown file as its literal text; the title comes from the first ``# `` heading."""
    return _extract(data, "md", progress, cancelled)
