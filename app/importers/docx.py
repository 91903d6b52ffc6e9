"""Word (.docx) import: body text in document order, notes appended, comments anchored.

The package is read part by part within a budget (``budget.py``: inflated bytes, XML elements and
depth), and only the parts that carry text are inflated. The body XML is walked here rather than
through python-docx, for three reasons: python-docx does not give paragraphs and tables (and the
comment-range markers between them) in one document-ordered stream, it does not expose footnotes or
endnotes, and it cannot open *Strict* Open XML. One namespace-agnostic walker handles both
Transitional and Strict files.

Text layout, chosen for reading and coding rather than for fidelity:

* every non-empty paragraph (headings included) is one line; empty paragraphs are dropped; list
  paragraphs get their number or a bullet ("1. ", "a) ", "六、", "• "; see docx_numbering.py);
* a table row is one line, its non-empty cells joined by ``" | "`` (a cell with several paragraphs
  keeps them on separate lines, so a one-cell layout table reads like normal text); a table nested in
  a cell stays inside that cell: its cells joined by ``" | "``, its rows by ``" / "``;
* footnote and endnote references become ``[1]`` / ``[i]`` in the text, and the notes themselves are
  appended as ``"\\n\\nFootnotes\\n1. …"`` and ``"\\n\\nEndnotes\\ni. …"``;
* Word comments are returned with the offsets of their commented range (a comment on an image or
  without a range is an empty span at its mark);
* headers, footers, deleted (tracked) text, field codes, equations and the VML fallback copy of text
  boxes are left out.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from urllib.parse import unquote

from lxml import etree

from app.i18n import translate
from app.importers.base import (
    Cancelled,
    CancelledFn,
    DocumentMetadata,
    ImportedComment,
    ImportedText,
    ImportFailed,
    ProgressFn,
    finished,
    never_cancelled,
    no_progress,
    with_progress,
)
from app.importers.budget import ZIP_ERRORS, Budget, check_zip_directory, parse_stream, part_chunks
from app.importers.docx_numbering import Numbering, roman
from app.importers.textsink import TextSink

W_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  # Transitional
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict
    }
)
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"

# Elements whose content is never document text.
_SKIPPED = frozenset(
    {
        "del", "moveFrom", "delText", "delInstrText", "instrText", "rt",  # deleted text, field codes, ruby
        "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
        "tblGrid", "sectPr", "pPr", "rPr", "tblPr", "trPr", "tcPr", "sdtPr", "sdtEndPr", "tblPrEx",
    }
)  # fmt: skip


# --------------------------------------------------------------------------------------- package


class _Package:
    """The Open Packaging container, read part by part within one budget (``budget.py``).

    Only the parts that carry text are inflated (the main document, numbering, notes, comments, core
    properties and the relationships that lead to them); media are never read, so their size does not
    matter. Relationship types are matched on their suffix, which covers both the Transitional and the
    Strict namespaces."""

    def __init__(self, data: bytes) -> None:
        check_zip_directory(data)
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
            infos = self._zip.infolist()
        except ZIP_ERRORS as exc:
            raise ImportFailed("the file is damaged (not a readable zip archive)") from exc
        self._infos = {info.filename.lstrip("/").lower(): info for info in infos}
        if "[content_types].xml" not in self._infos:
            raise ImportFailed("not a Word document (the package has no [Content_Types].xml)")
        self.budget = Budget()

    def xml(self, name: str) -> etree._Element | None:
        """The parsed part, or None when the package has no such part."""
        info = self._infos.get(name.lower())
        if info is None:
            return None
        try:
            return parse_stream(part_chunks(self._zip, info, self.budget), self.budget, name)
        except ZIP_ERRORS as exc:
            raise ImportFailed(f"the file is damaged ({name} cannot be unpacked)") from exc

    def related(self, source: str, type_suffix: str) -> str | None:
        """Name of the first part that ``source`` ("" for the package) relates to with a type ending in
        ``type_suffix``."""
        folder, _, base = source.rpartition("/")
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        rels = self.xml(rels_name)
        if rels is None:
            return None
        for rel in rels:
            if not isinstance(rel.tag, str) or not rel.get("Type", "").endswith(type_suffix):
                continue
            if rel.get("TargetMode", "") == "External":
                continue
            target = unquote(rel.get("Target", ""))
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
            if name.lower() in self._infos:
                return self._infos[name.lower()].filename.lstrip("/")
        return None

    def metadata(self) -> DocumentMetadata:
        core_name = self.related("", "/metadata/core-properties") or "docProps/core.xml"
        core = self.xml(core_name)
        meta = DocumentMetadata()
        if core is None:
            return meta
        meta.title = (core.findtext(f"{{{DC_NS}}}title") or "").strip()
        creator = (core.findtext(f"{{{DC_NS}}}creator") or "").strip()
        meta.authors = [name.strip() for name in creator.split(";") if name.strip()]
        meta.year = _year(core.findtext(f"{{{DCTERMS_NS}}}created") or "")
        return meta


def _year(w3cdtf: str) -> int | None:
    try:
        return datetime.fromisoformat(w3cdtf.strip().replace("Z", "+00:00")).year
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------- output


@dataclass(frozen=True)
class _Context:
    paragraph_sep: str = "\n"
    line_break: str = "\n"
    table_depth: int = 0


_BODY = _Context()


@dataclass
class _Notes:
    """Footnote/endnote ids in the order they are first referenced from the text."""

    footnotes: list[str] = field(default_factory=list)
    endnotes: list[str] = field(default_factory=list)

    def marker(self, kind: str, note_id: str) -> str:
        order = self.footnotes if kind == "footnote" else self.endnotes
        if note_id not in order:
            order.append(note_id)
        number = order.index(note_id) + 1
        return f"[{number}]" if kind == "footnote" else f"[{roman(number)}]"


# ---------------------------------------------------------------------------------------- walker


def _split_tag(element: etree._Element) -> tuple[str, str]:
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return "", tag if isinstance(tag, str) else ""
    namespace, _, local = tag[1:].partition("}")
    return namespace, local


def _attr(element: etree._Element, namespace: str, name: str) -> str:
    return element.get(f"{{{namespace}}}{name}", "")


class _Walker:
    """Turns WordprocessingML block content into text, recording comment anchors and note references."""

    def __init__(
        self, sink: TextSink, notes: _Notes, cancelled: CancelledFn, numbering: Numbering | None = None
    ) -> None:
        self.sink = sink
        self.notes = notes
        self.cancelled = cancelled
        self.numbering = numbering or Numbering()
        self.comment_refs: dict[str, int] = {}

    def blocks(self, parent: etree._Element, ctx: _Context = _BODY) -> None:
        for child in parent:
            self.element(child, ctx)

    def element(self, el: etree._Element, ctx: _Context) -> None:
        namespace, local = _split_tag(el)
        if namespace == MC_NS:
            # mc:AlternateContent holds the same content twice; the first choice is the modern one.
            if local == "AlternateContent" and len(el):
                self.blocks(el[0], ctx)
            return
        if namespace not in W_NAMESPACES:
            self.blocks(el, ctx)  # drawings, math etc.: only w: descendants (text boxes) carry text
            return
        if local in _SKIPPED:
            return
        if local == "p":
            if ctx.table_depth == 0 and self.cancelled():
                raise Cancelled()
            self.sink.prefix = self.list_label(el, namespace)
            self.blocks(el, ctx)
            self.sink.prefix = ""  # an empty list item leaves no lonely number behind
            self.sink.separate(ctx.paragraph_sep)
        elif local == "tbl":
            self.table(el, ctx)
        elif local == "t":
            self.sink.write(el.text or "")
        elif local in ("tab", "ptab"):
            self.sink.write("\t")
        elif local in ("br", "cr"):
            self.sink.separate(ctx.line_break)  # a pending break: a trailing one adds no blank line
        elif local == "noBreakHyphen":
            self.sink.write("-")
        elif local in ("footnoteReference", "endnoteReference"):
            kind = local.removesuffix("Reference")
            self.sink.write(self.notes.marker(kind, _attr(el, namespace, "id")))
        elif local == "commentRangeStart":
            self.sink.mark_start(_attr(el, namespace, "id"))
        elif local == "commentRangeEnd":
            self.sink.mark_end(_attr(el, namespace, "id"))
        elif local == "commentReference":
            self.comment_refs.setdefault(_attr(el, namespace, "id"), self.sink.length)
        else:
            self.blocks(el, ctx)  # r, hyperlink, sdt, sdtContent, ins, smartTag, fldSimple, txbxContent …

    def list_label(self, paragraph: etree._Element, namespace: str) -> str:
        """'1. ' or '• ' for a list paragraph (numbering set on the paragraph itself), else ''."""
        num_pr = paragraph.find(f"{{{namespace}}}pPr/{{{namespace}}}numPr")
        if num_pr is None:
            return ""
        num_id = num_pr.find(f"{{{namespace}}}numId")
        ilvl = num_pr.find(f"{{{namespace}}}ilvl")
        key = _attr(num_id, namespace, "val") if num_id is not None else ""
        level = _attr(ilvl, namespace, "val") if ilvl is not None else "0"
        return self.numbering.label(key, int(level) if level.isdigit() else 0)

    def table(self, tbl: etree._Element, ctx: _Context) -> None:
        outer = ctx.table_depth == 0
        if outer:  # a top-level table: one line per row, paragraphs inside a cell keep their own lines
            cell_ctx, row_sep = _Context("\n", "\n", 1), "\n"
        else:  # a table nested in a cell: kept inside the cell's text
            cell_ctx, row_sep = _Context(" ", " ", ctx.table_depth + 1), " / "
        rows = 0
        for child in _unwrapped(tbl):
            if not _is_w(child, "tr"):
                self.element(child, ctx)  # comment/bookmark markers between rows; properties are skipped
                continue
            if rows:
                self.sink.separate(row_sep, replace=True)
            rows += 1
            if outer and self.cancelled():
                raise Cancelled()
            self.row(child, cell_ctx)
        self.sink.separate(ctx.paragraph_sep)

    def row(self, row: etree._Element, cell_ctx: _Context) -> None:
        cells = 0
        for child in _unwrapped(row):
            if not _is_w(child, "tc"):
                self.element(child, cell_ctx)
                continue
            if cells:
                self.sink.separate(" | ", replace=True)
            cells += 1
            self.blocks(child, cell_ctx)


def _is_w(element: etree._Element, local: str) -> bool:
    namespace, name = _split_tag(element)
    return namespace in W_NAMESPACES and name == local


def _unwrapped(parent: etree._Element) -> Iterator[etree._Element]:
    """Children of a table or row, looking through the content controls (w:sdt) and custom XML
    wrappers that Word may put around rows and cells."""
    for child in parent:
        namespace, name = _split_tag(child)
        if namespace in W_NAMESPACES and name in ("sdt", "sdtContent", "customXml"):
            yield from _unwrapped(child)
        else:
            yield child


# ----------------------------------------------------------------------------------------- parts


def _notes_by_id(root: etree._Element | None) -> dict[str, etree._Element]:
    """Real notes of a footnotes/endnotes part, skipping the separator and continuation pseudo-notes."""
    if root is None:
        return {}
    notes: dict[str, etree._Element] = {}
    for note in root:
        namespace, local = _split_tag(note)
        real = _attr(note, namespace, "type") in ("", "normal")
        if namespace in W_NAMESPACES and local in ("footnote", "endnote") and real:
            notes[_attr(note, namespace, "id")] = note
    return notes


def _has_text(element: etree._Element) -> bool:
    for node in element.iter():
        namespace, local = _split_tag(node)
        if namespace in W_NAMESPACES and local == "t" and (node.text or "").strip():
            return True
    return False


def _append_notes(walker: _Walker, heading: str, notes: dict[str, etree._Element], order: list[str],
                  numbering: str) -> None:  # fmt: skip
    """Write ``heading`` and the notes: referenced ones first, in reference order, so that their numbers
    match the ``[n]`` markers in the text; then unreferenced notes that have text."""
    ids = [note_id for note_id in order if note_id in notes]
    ids += [note_id for note_id in notes if note_id not in ids and _has_text(notes[note_id])]
    if not ids:
        return
    walker.sink.separate("\n\n")
    walker.sink.write(heading)
    note_ctx = _Context(paragraph_sep=" ", line_break=" ")
    for number, note_id in enumerate(ids, start=1):
        walker.sink.separate("\n")
        walker.sink.write(f"{number}. " if numbering == "arabic" else f"{roman(number)}. ")
        walker.sink.strip_next = True
        walker.blocks(notes[note_id], note_ctx)


def _comments(root: etree._Element | None, cancelled: CancelledFn) -> dict[str, tuple[str, str]]:
    """Comment id → (author, text) from the comments part."""
    if root is None:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for comment in root:
        namespace, local = _split_tag(comment)
        if namespace not in W_NAMESPACES or local != "comment":
            continue
        sink = TextSink()
        _Walker(sink, _Notes(), cancelled).blocks(comment)
        found[_attr(comment, namespace, "id")] = (_attr(comment, namespace, "author"), sink.text().strip())
    return found


def _anchored_comments(walker: _Walker, comments: dict[str, tuple[str, str]], length: int
                       ) -> tuple[list[ImportedComment], int]:  # fmt: skip
    """Comments sorted by position. A comment without a range is an empty span at its reference mark;
    one whose anchor was not imported (in a header, in deleted text) is dropped and counted."""
    sink = walker.sink
    result = []
    dropped = 0
    for comment_id, (author, text) in comments.items():
        start = sink.starts.get(comment_id, walker.comment_refs.get(comment_id))
        if start is None:
            dropped += 1
            continue
        end = sink.ends.get(comment_id, walker.comment_refs.get(comment_id, start))
        start, end = min(start, length), min(max(end, start), length)
        result.append(ImportedComment(start=start, end=end, text=text, author=author))
    result.sort(key=lambda c: (c.start, c.end))
    return result, dropped


def _find_body(package: _Package) -> tuple[str, etree._Element]:
    main = package.related("", "/officeDocument")
    root = package.xml(main) if main else None
    if root is None:
        raise ImportFailed("not a Word document (no main document part)")
    for child in root:
        namespace, local = _split_tag(child)
        if namespace in W_NAMESPACES and local == "body":
            return main, child
    raise ImportFailed("not a Word document (the main part has no body)")


def _walk_body(walker: _Walker, body: etree._Element, progress: ProgressFn) -> None:
    """The body's blocks, reporting progress between 0.1 and 0.7 every few dozen blocks."""
    for block in with_progress(list(body), progress, 0.1, 0.6, translate("progress", "Reading text")):
        walker.element(block, _BODY)


# ------------------------------------------------------------------------------------------- API


def extract(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract a .docx (Transitional or Strict Open XML). ``password`` is ignored."""
    progress(0.0, translate("progress", "Opening Word document"))
    package = _Package(data)
    main, body = _find_body(package)
    sink, notes = TextSink(), _Notes()
    numbering_part = package.related(main, "/numbering")
    numbering_root = package.xml(numbering_part) if numbering_part else None
    w_ns = _split_tag(numbering_root)[0] if numbering_root is not None else ""
    walker = _Walker(sink, notes, cancelled, Numbering.parse(numbering_root, w_ns))
    _walk_body(walker, body, progress)
    progress(0.7, translate("progress", "Reading notes and comments"))
    footnotes_part = package.related(main, "/footnotes")
    endnotes_part = package.related(main, "/endnotes")
    footnotes = _notes_by_id(package.xml(footnotes_part) if footnotes_part else None)
    endnotes = _notes_by_id(package.xml(endnotes_part) if endnotes_part else None)
    _append_notes(walker, "Footnotes", footnotes, notes.footnotes, "arabic")
    _append_notes(walker, "Endnotes", endnotes, notes.endnotes, "roman")
    comments_part = package.related(main, "/comments")
    comment_texts = _comments(package.xml(comments_part) if comments_part else None, cancelled)
    text = sink.text()
    result = ImportedText(text=text, kind="docx", metadata=package.metadata())
    result.comments, dropped = _anchored_comments(walker, comment_texts, len(text))
    if dropped:
        result.warnings.append(
            f"{dropped} comment(s) were left out: they are attached to headers, footers or deleted text"
        )
    return finished(result, progress)
