"""Budgets that keep any input, however crafted, within a laptop's means (well under 1 GB and 2 minutes).

Every importer reads within these limits and refuses beyond them with one line that names the limit.
They are far above real documents (a 1,500-page thesis, a 10,000-page PDF) and far below what a
crafted file can ask for: a 255 KB OpenDocument file that unpacks to 4.8 GB, a DOCX whose ten media
parts each inflate to 250 MB, XML nested a million levels deep or built from "billion laughs" entities.

Zip packages are read part by part through ``zipfile``, which never returns more than a part's declared
size (more data fails the CRC check), so the declared sizes are a true bound and can be checked before
anything is inflated. XML is parsed in a stream, counting elements and depth as they arrive.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.importers.base import ImportFailed

if TYPE_CHECKING:  # lxml is loaded with the Word and OpenDocument importers, not for every import
    from lxml import etree

MB = 1024 * 1024
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError,
              struct.error)
"""What ``zipfile`` raises on a damaged, encrypted or exotic archive."""
MAX_FILE_BYTES = 256 * MB
"""Any file: larger ones are refused before they are read (the original is also kept in the study)."""
MAX_TEXT_FILE_BYTES = 32 * MB
"""Plain text, Markdown and RTF: about 15,000 pages of text."""
MAX_UNPACKED_BYTES = 128 * MB
"""The parts of a Word or OpenDocument package that are read, all together, once inflated."""
MAX_ZIP_ENTRIES = 10_000
MAX_XML_NODES = 2_000_000
"""Elements of a Word package (lxml: about 120 bytes each)."""
MAX_ODT_NODES = 1_000_000
"""Elements and text runs of an OpenDocument text (odfpy builds Python objects: about 450 bytes each)."""
MAX_XML_DEPTH = 120
MAX_PDF_PAGES = 5_000
MAX_PDF_SECONDS = 100
"""Reading and laying out a PDF's pages; a real article takes well under a second, a 1,000-page book ten."""
MAX_PAGE_SEGMENTS = 5_000
"""Pieces of text on one page that are laid out in columns and lines; a page with more (a crafted scatter,
never a real page) is read in pdfium's stream order instead."""
MAX_PAGE_CHARS = 100_000
"""Characters on one page that are laid out (a dense real page has about 10,000)."""
MAX_PDF_CHARS = 20_000_000
"""Characters of text in a whole PDF: about 5,000 dense pages."""
MAX_PDF_INFLATED = 256 * MB
"""Compressed PDF streams other than images (page content, fonts, object streams), all together."""
_CHUNK = 1 * MB


def size_text(n: int) -> str:
    """A size in words: '256 MB', '4.8 GB', '900 KB'."""
    if n >= 1024 * MB:
        return f"{n / (1024 * MB):.1f} GB"
    if n >= MB:
        return f"{n // MB} MB"
    return f"{max(n // 1024, 1)} KB"


def too_large(what: str, limit: str) -> ImportFailed:
    return ImportFailed(f"the file is too large to import: {what} (the limit is {limit})")


def check_file_size(size: int, limit: int = MAX_FILE_BYTES, kind: str = "") -> None:
    """Refuse a file of ``size`` bytes above ``limit``; ``kind`` ("text") names a stricter limit."""
    if size > limit:
        what = f"{size_text(size)} of {kind}" if kind else f"it is {size_text(size)}"
        raise too_large(what, size_text(limit) + (f" for {kind} files" if kind else ""))


# ------------------------------------------------------------------------------------------ zip


def _zip_directory(data: bytes) -> tuple[int, int] | None:
    """(entries, central directory size) from the end records, without parsing the directory."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        return None
    entries, directory = struct.unpack_from("<HI", data, end + 10)
    if (entries == 0xFFFF or directory == 0xFFFFFFFF) and end >= 20 and data[end - 20 : end - 16] == b"PK\x06\x07":
        (record,) = struct.unpack_from("<Q", data, end - 12)
        if record + 56 <= len(data) and data[record : record + 4] == b"PK\x06\x06":
            entries, directory = struct.unpack_from("<QQ", data, record + 32)
    return entries, directory


def check_zip_directory(data: bytes) -> None:
    """Refuse a package that lists more parts than any document has (its directory alone would fill memory)."""
    found = _zip_directory(data)
    if found and (found[0] > MAX_ZIP_ENTRIES or found[1] > 200 * MAX_ZIP_ENTRIES):
        raise too_large(f"the package lists {found[0]:,} parts", f"{MAX_ZIP_ENTRIES:,} parts")


@dataclass
class Budget:
    """What one import may still read: inflated bytes and XML elements, across all parts."""

    max_bytes: int = MAX_UNPACKED_BYTES
    max_nodes: int = MAX_XML_NODES
    max_depth: int = MAX_XML_DEPTH
    bytes_used: int = 0
    nodes_used: int = 0

    def spend_bytes(self, n: int) -> None:
        self.bytes_used += n
        if self.bytes_used > self.max_bytes:
            raise too_large(
                f"its text parts unpack to more than {size_text(self.max_bytes)}", size_text(self.max_bytes)
            )

    def spend_nodes(self, n: int) -> None:
        self.nodes_used += n
        if self.nodes_used > self.max_nodes:
            raise too_large(f"it has more than {self.max_nodes:,} XML elements", f"{self.max_nodes:,}")

    def too_deep(self) -> ImportFailed:
        return ImportFailed(f"the document is nested too deeply (more than {self.max_depth} levels; the limit)")


def read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget, limit: int | None = None) -> bytes:
    """The whole part, its declared size charged to the budget first (``limit``: read at most that much)."""
    if limit is not None:
        with archive.open(info) as stream:
            return stream.read(limit)
    budget.spend_bytes(info.file_size)
    with archive.open(info) as stream:
        return stream.read()


def part_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> Iterator[bytes]:
    budget.spend_bytes(info.file_size)
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            yield chunk


# ------------------------------------------------------------------------------------------ XML

ENTITIES = (
    "it declares XML entities (a DTD), which Word and OpenDocument files never do; "
    "refused as unsafe (an entity bomb expands to gigabytes)"
)


def check_no_dtd(chunk: bytes, previous_tail: bytes = b"") -> None:
    window = previous_tail + chunk
    if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
        raise ImportFailed(ENTITIES)


def parse_stream(chunks: Iterator[bytes], budget: Budget, name: str) -> etree._Element:
    """Parse XML arriving in chunks, counting its elements and depth against ``budget`` as they come.

    Entities are never expanded and a DTD is refused; external resources are never fetched."""
    from lxml import etree

    parser = _pull_parser()
    depth = 0
    tail = b""
    try:
        for chunk in chunks:
            check_no_dtd(chunk, tail)
            tail = chunk[-16:]
            parser.feed(chunk)
            depth = _count(parser, budget, depth)
        root = parser.close()
        _count(parser, budget, depth)
    except etree.XMLSyntaxError as exc:
        message = str(exc).lower()
        if "depth" in message:
            raise budget.too_deep() from exc
        if "huge" in message:
            raise too_large("one run of text in it is longer than 10 MB", "10 MB") from exc
        raise ImportFailed(f"the file is damaged ({name} is not well-formed XML)") from exc
    return root


def _count(parser: etree.XMLPullParser, budget: Budget, depth: int) -> int:
    started = 0
    for event, element in parser.read_events():
        if event == "start":
            started += 1
            depth += 1
            if depth > budget.max_depth:
                raise budget.too_deep()
        else:
            depth -= 1
            del element
    if started:
        budget.spend_nodes(started)
    return depth


def _pull_parser():  # type: ignore[no-untyped-def]
    """A streaming XML parser that never expands entities, loads a DTD or fetches anything."""
    from lxml import etree

    return etree.XMLPullParser(
        events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def scan_stream(chunks: Iterator[bytes], budget: Budget, name: str) -> None:
    """Count elements, text runs and depth of XML without keeping it (before a heavier parser builds it)."""
    from lxml import etree

    parser = _pull_parser()
    depth = 0
    tail = b""
    try:
        for chunk in chunks:
            check_no_dtd(chunk, tail)
            tail = chunk[-16:]
            parser.feed(chunk)
            depth = _scan_events(parser, budget, depth)
        parser.close()
        _scan_events(parser, budget, depth)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise budget.too_deep() from exc
        if "huge" in str(exc).lower():
            raise too_large("one run of text in it is longer than 10 MB", "10 MB") from exc
        raise ImportFailed(f"the file is damaged ({name} is not well-formed XML)") from exc


def _scan_events(parser: etree.XMLPullParser, budget: Budget, depth: int) -> int:
    nodes = 0
    for event, element in parser.read_events():
        if event == "start":
            nodes += 1
            depth += 1
            if depth > budget.max_depth:
                raise budget.too_deep()
        else:
            depth -= 1
            nodes += (element.text is not None) + (element.tail is not None)
            element.clear()  # the scan keeps nothing: memory stays flat
            parent = element.getparent()
            if parent is not None and depth > 0:
                while element.getprevious() is not None:
                    del parent[0]
    if nodes:
        budget.spend_nodes(nodes)
    return depth
