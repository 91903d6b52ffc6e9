"""PDF importer: journal articles to clean, reading-order text.

Characters and their boxes come from pypdfium2 (fast: a few hundred pages a second); the layout
analysis that turns them into columns, lines and paragraphs is our own (``pdf_chars``,
``pdf_layout``, ``pdf_text``). pdfplumber stays the library of record for the metadata (``pdf_meta``)
and for pages pdfium cannot read text from (some non-embedded CJK fonts).

pdfium is not thread-safe, so one lock serialises the imports while pdfium reads a document (the
layout analysis and the metadata run outside it).
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import logging
import re
import threading
import time
import zlib

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.importers import text_checks
from app.importers.base import (
    Cancelled,
    CancelledFn,
    ImportedText,
    ImportFailed,
    PasswordRequired,
    ProgressFn,
    never_cancelled,
    no_progress,
)
from app.importers.budget import (
    MAX_PAGE_CHARS,
    MAX_PAGE_SEGMENTS,
    MAX_PDF_CHARS,
    MAX_PDF_INFLATED,
    MAX_PDF_PAGES,
    MAX_PDF_SECONDS,
    size_text,
    too_large,
)
from app.importers.pdf_chars import Segment, read_segments
from app.importers.pdf_front import document_name, read_front
from app.importers.pdf_layout import Line, page_lines
from app.importers.pdf_meta import read_metadata
from app.importers.pdf_text import (
    PageBox,
    drop_running_heads,
    footnotes_last,
    hyphenated_words,
    page_text,
    sentences_before_floats,
)

log = logging.getLogger(__name__)

NO_TEXT = "no text layer — run OCR first"
ENCRYPTED = "the PDF is encrypted — a password is needed"
PAGE_SEPARATOR = "\n\n"
_PDFIUM = threading.Lock()
# A page-sized image with fewer characters than this on it counts as a scan without a text layer.
SCAN_STAMP_CHARS = 40


def _damaged(detail: str) -> ImportFailed:
    return ImportFailed(f"the file is damaged or not a PDF ({detail})")


def _diagnose(data: bytes) -> str:
    """A plain-English guess at why pdfium could not open the file."""
    if b"%PDF-" not in data[:1024]:
        return "it does not start like a PDF file"
    if b"%%EOF" not in data[-2048:] and b"startxref" not in data[-2048:]:
        return "the file is incomplete: its end is missing"
    return "its structure could not be read"


def _open(data: bytes, password: str | None) -> pdfium.PdfDocument:
    if not data:
        raise ImportFailed("the file is empty")
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise PasswordRequired(ENCRYPTED, wrong=bool(password)) from exc
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ImportFailed("the PDF uses an encryption scheme that cannot be opened") from exc
        raise _damaged(_diagnose(data)) from exc


_PIECE = 1024 * 1024
_STREAM_START = re.compile(rb">>\s*stream\r?\n")
_FLATE_ONLY = re.compile(rb"/Filter\s*(?:/FlateDecode|\[\s*/FlateDecode\s*\])")


def damaged_streams(data: bytes, budget: int = MAX_PDF_INFLATED) -> int:
    """How many Flate-compressed streams (other than images) do not decompress to their end.

    pdfium silently renders what it can of a damaged content stream, so this is how we find out that
    text may be missing. The streams are inflated in pieces and the output thrown away, and all of them
    together may unpack to at most ``budget`` bytes: beyond that the file is refused before pdfium
    opens it (a 1 MB "Flate bomb" unpacks to a gigabyte). Encrypted files are skipped (their streams
    are not plain zlib data), and streams inside compressed object streams are not seen (a damaged
    object stream fails loudly).
    """
    if b"/Encrypt" in data:
        return 0
    damaged = 0
    left = budget
    view = memoryview(data)
    for match in _STREAM_START.finditer(data):
        head = data[max(0, match.start() - 600) : match.start()]
        head = head[head.rfind(b"obj") + 1 :]
        if not _FLATE_ONLY.search(head) or b"/Image" in head:
            continue
        end = data.find(b"endstream", match.end())
        ok, left = _inflates(view[match.end() : end if end >= 0 else len(data)], left)
        if left < 0:
            raise too_large(f"its compressed streams unpack to more than {size_text(budget)}", size_text(budget))
        damaged += not ok
    return damaged


def _inflates(compressed: memoryview, left: int) -> tuple[bool, int]:
    """(whether the stream decompresses to its end, budget left), inflating at most ``left`` + 1 MB."""
    inflater = zlib.decompressobj()
    pending: bytes | memoryview = compressed
    try:
        while True:
            produced = len(inflater.decompress(pending, _PIECE))
            left -= produced
            if inflater.eof or left < 0:
                return inflater.eof, left
            pending = inflater.unconsumed_tail
            if not pending and produced < _PIECE:  # all input used, no output held back: cut short
                return False, left
    except zlib.error:
        return False, left


def _image_cover(page: pdfium.PdfPage, box: PageBox) -> float:
    """Share of the page covered by (top-level) images: near 1 for a scanned page."""
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    covered = 0.0
    for k in range(pdfium_c.FPDFPage_CountObjects(raw)):
        obj = pdfium_c.FPDFPage_GetObject(raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            covered += max(0.0, right.value - left.value) * max(0.0, top.value - bottom.value)
    area = (box.right - box.left) * (box.top - box.bottom)
    return covered / area if area > 0 else 0.0


def _text_objects(page: pdfium.PdfPage) -> int:
    raw = page.raw
    return sum(
        1
        for k in range(pdfium_c.FPDFPage_CountObjects(raw))
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, k)) == pdfium_c.FPDF_PAGEOBJ_TEXT
    )


class _Fallback:
    """pdfplumber, opened only when pdfium misses a page's text (it cannot map some CJK fonts)."""

    def __init__(self, data: bytes, password: str | None) -> None:
        self._data = data
        self._password = password
        self._pdf = None

    def page_text(self, index: int) -> str:
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data), password=self._password or "")
            return self._pdf.pages[index].extract_text() or ""
        except Exception:  # noqa: BLE001 - pdfminer raises all sorts; the pdfium text stands then
            log.debug("pdfplumber fallback failed on page %d", index + 1, exc_info=True)
            return ""

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _plain_segments(text: str, box: PageBox) -> list[Segment]:
    """Lines of fallback text as segments stacked down the page, so they flow through the same steps."""
    rows = [row for row in text.splitlines() if row.strip()]
    step = (box.top - box.bottom) / (len(rows) + 1) if rows else 0.0
    return [
        Segment(row, 0.0, 1.0, box.top - (i + 1) * step - 1.0, box.top - (i + 1) * step, 1.0, own_line=True)
        for i, row in enumerate(rows)
    ]


def _visible(segs: list[Segment], box: PageBox) -> list[Segment]:
    """Drop text drawn outside the visible page (MAXQDA, for one, writes every paragraph number of the
    document onto every page and lets the crop box hide the rest)."""
    slack = 2.0
    return [
        s
        for s in segs
        if s.x1 > box.left - slack and s.x0 < box.right + slack and s.top > box.bottom - slack
        and s.bottom < box.top + slack
    ]


def _read_page(
    doc: pdfium.PdfDocument, index: int, fallback: _Fallback
) -> tuple[list[Segment], PageBox, int, str]:
    """The page's segments, its box, how many characters it has (0 for a scanned-looking page: a
    page-sized image with at most a few words on it, such as a date stamp), and what was wrong with
    its text (see ``_checked``)."""
    segs, box, ink, issue = _read_text(doc, index, fallback)
    if 0 < ink < SCAN_STAMP_CHARS:
        page = doc[index]
        try:
            if _image_cover(page, box) > 0.85:  # a scan fills the page; a figure leaves margins
                ink = 0
        finally:
            page.close()
    return segs, box, ink, issue


def _checked(segs: list[Segment], textpage: pdfium.PdfTextPage, box: PageBox) -> tuple[list[Segment], str]:
    """The segments, repaired where the text layer is wrong, and what was wrong: "swapped" (UTF-16 with
    its bytes swapped: repaired), "reread" (garbled, as upside-down glyphs read backwards: pdfium's own
    reading is clearly better and replaces it), "split" (words split before their last letter, which a
    second reading does not fix) or ""."""
    text = " ".join(s.text for s in segs)
    if text_checks.byte_swapped(text):
        for s in segs:
            s.text = text_checks.unswap(s.text)
        return segs, "swapped"
    if not text_checks.suspicious(text):
        return segs, ""
    second = textpage.get_text_range()
    if text_checks.better(text, second):
        return _plain_segments(second, box), "reread"
    if not text_checks.split_words(text):
        return segs, ""
    for s in segs:
        s.text = text_checks.join_split(s.text)
    return segs, "split"


def _read_text(
    doc: pdfium.PdfDocument, index: int, fallback: _Fallback
) -> tuple[list[Segment], PageBox, int, str]:
    page = doc[index]
    try:
        left, bottom, right, top = page.get_bbox()
        box = PageBox(min(left, right), min(bottom, top), max(left, right), max(bottom, top))
        textpage = page.get_textpage()
        try:
            count = pdfium_c.FPDFText_CountChars(textpage.raw)
            if count > MAX_PAGE_CHARS:  # not even read character by character: pdfium's text, as it comes
                return _plain_segments(textpage.get_text_range(), box), box, count, "dense"
            segs, ink, stacked = read_segments(textpage)
            segs = _visible(segs, box)
            if stacked > ink / 2:  # vertical writing: pdfium's own stream-order text reads it right
                return _plain_segments(textpage.get_text_range(), box), box, ink, ""
            if len(segs) > MAX_PAGE_SEGMENTS or ink > MAX_PAGE_CHARS:  # laying it out costs more than it is worth
                return _plain_segments(textpage.get_text_range(), box), box, ink, "dense"
            segs, issue = _checked(segs, textpage, box)
        finally:
            textpage.close()
        if ink < 200 and _text_objects(page) > ink:
            text = fallback.page_text(index)
            if len(text.strip()) > ink:
                return _plain_segments(text, box), box, len(text.strip()), ""
        return segs, box, ink, issue
    finally:
        page.close()


def _read_pages(
    doc: pdfium.PdfDocument, fallback: _Fallback, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[list[list[Segment]], list[PageBox], list[int], list[str]]:
    """Every page that can be read. Pages pdfium cannot load are left empty where they sit between
    readable ones and dropped after the last readable one (a page count that lies: "10,000 pages"
    with one real page), and are reported once, not page by page."""
    count = len(doc)
    pages, boxes, inks = [], [], []
    unreadable: list[int] = []
    issues: dict[str, list[int]] = {}
    characters = 0
    for index in range(count):
        if cancelled():
            raise Cancelled()
        if index == MAX_PDF_PAGES:
            if _loads(doc, index):
                raise too_large(f"it has more than {MAX_PDF_PAGES:,} pages", f"{MAX_PDF_PAGES:,} pages")
            unreadable += range(index, count)
            break
        try:
            segs, box, ink, issue = _read_page(doc, index, fallback)
            if issue:
                issues.setdefault(issue, []).append(index + 1)
            characters += ink
            if characters > MAX_PDF_CHARS:
                raise too_large(f"it has more than {MAX_PDF_CHARS:,} characters of text", f"{MAX_PDF_CHARS:,}")
        except pdfium.PdfiumError:
            log.debug("pdfium failed on page %d", index + 1, exc_info=True)
            segs, box, ink = [], PageBox(0.0, 0.0, 1.0, 1.0), -1
            unreadable.append(index)
        pages.append(segs)
        boxes.append(box)
        inks.append(ink)
        progress((index + 1) / count, f"page {index + 1} of {count}")
    readable = [i for i, ink in enumerate(inks) if ink >= 0]
    if not readable:
        raise _damaged("none of its pages can be read")
    real = readable[-1] + 1
    del pages[real:], boxes[real:], inks[real:]
    return pages, boxes, inks, _unreadable_warnings(unreadable, real, count) + _issue_warnings(issues)


def _loads(doc: pdfium.PdfDocument, index: int) -> bool:
    try:
        doc[index].close()
    except pdfium.PdfiumError:
        return False
    return True


def page_ranges(numbers: list[int]) -> str:
    """'2, 5–9, 12' for page numbers (1-based, sorted)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def _unreadable_warnings(unreadable: list[int], real: int, count: int) -> list[str]:
    warnings = []
    inside = [i + 1 for i in unreadable if i < real]
    if inside:
        noun = "page" if len(inside) == 1 else "pages"
        warnings.append(f"{noun} {page_ranges(inside)} could not be read (the file is damaged) and left empty")
    if real < count:
        warnings.append(
            f"the file claims {count:,} pages but has {real:,}; the missing ones are not in the file "
            "(it is damaged)"
        )
    return warnings


_ISSUES = {
    "swapped": "{pages}: the text layer was stored byte-swapped (it read as Chinese characters); repaired",
    "reread": "{pages}: the text read garbled (upside-down or mirrored glyphs); read again in the file's own "
              "order",
    "dense": f"{{pages}}: too much text to lay out (more than {MAX_PAGE_SEGMENTS:,} pieces or {MAX_PAGE_CHARS:,} "
             "characters on a page); read in the file's own order",
    "split": "{pages}: words were split before their last letter (\"Th e\"), as in a poor OCR layer; joined "
             "again — check the text against the original",
}


def _issue_warnings(issues: dict[str, list[int]]) -> list[str]:
    warnings = []
    for issue, numbers in issues.items():
        where = ("page " if len(numbers) == 1 else "pages ") + page_ranges(numbers)
        warnings.append(_ISSUES[issue].format(pages=where))
    return warnings


def _blank_page_warnings(inks: list[int]) -> list[str]:
    blank = [i + 1 for i, ink in enumerate(inks) if ink == 0]
    if not blank:
        return []
    if len(blank) > 10:
        return [f"{len(blank)} pages have no text layer (scanned or image-only?) — run OCR if needed"]
    noun, verb = ("page", "has") if len(blank) == 1 else ("pages", "have")
    return [f"{noun} {page_ranges(blank)} {verb} no text layer (scanned or image-only?) — run OCR if needed"]


def _assemble(pages: list[list[Line]]) -> tuple[str, list[int]]:
    compounds = hyphenated_words(pages)
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for lines in pages:
        if parts:
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        text = page_text(lines, compounds)
        parts.append(text)
        offset += len(text)
    return PAGE_SEPARATOR.join(parts), starts


def extract(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract the text of a PDF in reading order, one "\\n\\n"-separated chunk per page."""
    damaged = damaged_streams(data)  # before pdfium opens the file: it refuses a Flate bomb
    deadline = time.monotonic() + MAX_PDF_SECONDS

    def in_time() -> None:
        if time.monotonic() > deadline:
            raise ImportFailed(f"the PDF takes too long to read: more than {MAX_PDF_SECONDS} seconds (the limit)")

    def stopped() -> bool:
        in_time()
        return cancelled()

    with _PDFIUM:
        pages, boxes, inks, warnings = _read_document(data, password, progress, stopped)
    if not any(segs for segs in pages):
        raise ImportFailed(NO_TEXT)
    warnings += _blank_page_warnings(inks)
    if damaged:
        warnings.append("part of the file is damaged and could not be read: some text may be missing")
    drop_running_heads(pages, boxes, in_time)
    lines = []
    for segs in pages:
        in_time()
        lines.append(sentences_before_floats(footnotes_last(page_lines(segs))))
    text, starts = _assemble(lines)
    first_page = text[: starts[1]] if len(starts) > 1 else text
    metadata = read_metadata(data, password, first_page)
    read_front(lines[0], boxes[0].top, boxes[0].bottom, first_page, metadata)
    return ImportedText(text=text, kind="pdf", page_starts=starts, metadata=metadata, warnings=warnings,
                        name=document_name(metadata))


def _read_document(
    data: bytes, password: str | None, progress: ProgressFn, cancelled: CancelledFn
) -> tuple[list[list[Segment]], list[PageBox], list[int], list[str]]:
    doc = _open(data, password)
    fallback = _Fallback(data, password)
    try:
        if len(doc) == 0:
            raise _damaged("it has no pages")
        return _read_pages(doc, fallback, progress, cancelled)
    finally:
        fallback.close()
        with contextlib.suppress(Exception):
            doc.close()
