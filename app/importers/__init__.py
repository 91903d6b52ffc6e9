"""Turn a document file into text: pick the importer by content first, then by file name.

Content wins over the name, so an OpenDocument file saved as ``x.docx`` is imported as ODT (with a
warning saying so) instead of failing. Format modules are imported on first use; for PDF that also means
a build without app/importers/pdf.py still imports everything else.
"""

from __future__ import annotations

import importlib
import os
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path, PurePath

from app.importers import plain_text, rtf
from app.importers.base import (
    CancelledFn,
    ImportedText,
    ImportFailed,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from app.importers.budget import (
    MAX_FILE_BYTES,
    MAX_TEXT_FILE_BYTES,
    ZIP_ERRORS,
    check_file_size,
    check_zip_directory,
)

SUPPORTED_SUFFIXES: tuple[str, ...] = (".pdf", ".docx", ".txt", ".md", ".markdown", ".odt", ".rtf")
# transcripts (app/importers/transcript_*.py)
SUPPORTED_SUFFIXES += (".vtt", ".srt", ".html", ".htm")

KIND_BY_SUFFIX = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".odt": "odt",
    ".rtf": "rtf",
}
KIND_BY_SUFFIX.update({".vtt": "vtt", ".srt": "srt", ".html": "html", ".htm": "html"})
TRANSCRIPT_KINDS = ("vtt", "srt", "html")  # text formats read only as transcripts
TEXT_TURN_KINDS = ("txt", "docx", "odt", "rtf")  # documents that are read as turns when they are transcripts

SUPPORTED_DESCRIPTION = (
    "PDF, Word (.docx), OpenDocument text (.odt), RTF, plain text (.txt) and Markdown (.md)"
)
SUPPORTED_DESCRIPTION += ", and transcripts (.vtt, .srt, noScribe .html)"

# How a kind is named in "the file is <what it is>, not <what its name says>" warnings.
_IS = {
    "pdf": "a PDF",
    "docx": "a Word document",
    "odt": "an OpenDocument text",
    "rtf": "an RTF document",
    "txt": "plain text",
    "md": "plain text",
}
_IS.update({"vtt": "a WebVTT transcript", "srt": "a SubRip transcript", "html": "an HTML transcript"})
_NAMED_AS = {
    "pdf": "a PDF file",
    "docx": "a Word file",
    "odt": "an OpenDocument file",
    "rtf": "an RTF file",
    "txt": "a text file",
    "md": "a Markdown file",
}
_NAMED_AS.update({"vtt": "a .vtt file", "srt": "an .srt file", "html": "an HTML file"})
_LABEL = {"pdf": "PDF", "docx": "DOCX", "odt": "ODT", "rtf": "RTF", "txt": "text", "md": "text"}
_LABEL.update({"vtt": "WebVTT", "srt": "SubRip", "html": "HTML"})

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_BINARY = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
}


def _unsupported(what: str) -> ImportFailed:
    return ImportFailed(f"not a supported document ({what}); Lectio imports {SUPPORTED_DESCRIPTION}")


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


def _sniff_zip(data: bytes, suffix: str) -> str:
    """'docx' or 'odt' for a readable package; ImportFailed for other or damaged zip files."""
    check_zip_directory(data)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        names = set(archive.namelist())
        if "mimetype" in names:
            with archive.open("mimetype") as part:  # at most a few bytes are read: the part may be a bomb
                mimetype = part.read(200).decode("ascii", errors="replace").strip()
            if mimetype.startswith("application/vnd.oasis.opendocument.text"):
                return "odt"
            raise _unsupported(f"an OpenDocument file of type {mimetype}")
        if "[Content_Types].xml" in names:
            with archive.open("[Content_Types].xml") as part:
                content_types = part.read(64 * 1024)
            if b"wordprocessingml" in content_types or b"ms-word" in content_types:
                return "docx"
            raise _unsupported("an Office file, but not a Word document")
    except ZIP_ERRORS as exc:
        raise ImportFailed(f"the file is damaged ({_damaged_zip_reason(data, suffix)})") from exc
    raise _unsupported("a zip archive, not a Word or OpenDocument file")


def _damaged_zip_reason(data: bytes, suffix: str) -> str:
    """Name what the broken archive was meant to be, from its first entry, which survives truncation."""
    head = data[:200]
    office = b"[Content_Types].xml" in head or b"_rels/" in head
    if b"word/" in head or (office and suffix == ".docx"):
        what = "Word document"
    elif office:
        what = "Office document"
    elif b"mimetypeapplication/vnd.oasis.opendocument" in head:
        what = "OpenDocument file"
    else:
        what = "zip archive"
    return f"the {what} is incomplete or corrupt — was a download or copy interrupted?"


def _sniff(data: bytes, suffix: str) -> str | None:
    """The kind the content itself declares, or None for content with no recognisable signature."""
    if data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"  # readers accept junk before the header; a text *about* PDFs should stay text
    if data.startswith(_ZIP_MAGIC):
        return _sniff_zip(data, suffix)
    if rtf.is_rtf(data):
        return "rtf"
    if data.startswith(_OLE2_MAGIC):
        raise ImportFailed(
            "not a supported document (an old Word 97–2003 .doc or a password-protected Office file); "
            "open it in Word and save it as .docx without a password"
        )
    for magic, what in _OTHER_BINARY.items():
        if data.startswith(magic):
            raise _unsupported(what)
    return None


def detect_kind(data: bytes, suffix: str) -> str:
    """The importer kind for ``data``: by content (magic bytes), then by ``suffix`` for text files.

    Raises ImportFailed for empty, damaged, unsupported or non-text content."""
    if not data:
        raise ImportFailed("the file is empty")
    suffix = suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    kind = _sniff(data, suffix)
    if kind is not None:
        return kind
    if suffix not in KIND_BY_SUFFIX:
        shown = f"'{suffix}' files are" if suffix else "files without an extension are"
        raise ImportFailed(f"{shown} not supported; Lectio imports {SUPPORTED_DESCRIPTION}")
    named = KIND_BY_SUFFIX[suffix]
    check_file_size(len(data), MAX_TEXT_FILE_BYTES, "text")  # before decoding it to tell text from binary
    try:
        plain_text.decode(data)
    except ImportFailed as exc:
        if named in ("txt", "md"):
            raise
        raise _unsupported(f"the content is neither {_NAMED_AS[named]} nor text") from exc
    if named in TRANSCRIPT_KINDS:
        return named
    if named == "txt" and data.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        return "vtt"  # captions saved as .txt
    return named if named in ("txt", "md") else "txt"  # text behind a .pdf/.docx/... name is imported as text


# kind -> (module in app.importers, function), imported on first use: odfpy, lxml and the PDF libraries
# are loaded only when a file of that kind arrives.
_EXTRACTORS: dict[str, tuple[str, str]] = {
    "pdf": ("pdf", "extract"),
    "docx": ("docx", "extract"),
    "odt": ("odt", "extract"),
    "rtf": ("rtf", "extract"),
    "txt": ("plain_text", "extract"),
    "md": ("plain_text", "extract_markdown"),
    "vtt": ("transcript_vtt", "extract"),
    "srt": ("transcript_srt", "extract"),
    "html": ("transcript_html", "extract"),
}


def _extractor(kind: str) -> Callable[..., ImportedText]:
    module_name, function = _EXTRACTORS[kind]
    qualified = f"app.importers.{module_name}"
    try:
        module = importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name != qualified:
            raise
        raise ImportFailed(f"{_LABEL[kind]} import is not available in this version") from exc
    return getattr(module, function)


def _mismatch_warning(kind: str, suffix: str) -> str | None:
    named = KIND_BY_SUFFIX.get(suffix)
    if named is None or named == kind or {named, kind} == {"txt", "md"}:
        return None
    return f"the file is {_IS[kind]}, not {_NAMED_AS[named]}; imported as {_LABEL[kind]}"


def extract_bytes(
    data: bytes,
    name: str,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Import ``data``; ``name`` (a file name) only matters for its suffix."""
    suffix = _suffix(name)
    check_file_size(len(data))
    kind = detect_kind(data, suffix)
    if kind in ("txt", "md", "rtf"):
        check_file_size(len(data), MAX_TEXT_FILE_BYTES, "text" if kind != "rtf" else "RTF")
    extract = _extractor(kind)
    result = extract(data, password=password, progress=progress, cancelled=cancelled)
    if kind in TEXT_TURN_KINDS:
        from app.importers.transcript_text import as_transcript

        result = as_transcript(result) or result
    warning = _mismatch_warning(kind, suffix)
    if warning:
        result.warnings.insert(0, warning)
    return result


def extract_file(
    path: Path,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Read ``path`` and import it. Errors are ImportFailed with a reason that does not repeat the name."""
    path = Path(path)
    try:
        data = read_within_budget(path)
    except IsADirectoryError as exc:
        raise ImportFailed("it is a folder, not a file") from exc
    except OSError as exc:
        raise ImportFailed(f"the file cannot be read ({exc.strerror or exc})") from exc
    return extract_bytes(data, path.name, password=password, progress=progress, cancelled=cancelled)


def read_within_budget(path: Path) -> bytes:
    """The file's bytes; a file larger than any document (budget.MAX_FILE_BYTES) is refused unread."""
    with open(path, "rb") as stream:
        size = os.fstat(stream.fileno()).st_size
        check_file_size(size, MAX_FILE_BYTES)
        data = stream.read(MAX_FILE_BYTES + 1)  # a file that grows while it is read is still bounded
    check_file_size(len(data), MAX_FILE_BYTES)
    return data
