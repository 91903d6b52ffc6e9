"""OpenDocument Text (.odt) import with odfpy.

Same layout as the Word importer (see app/importers/docx.py): one line per paragraph or heading (list
items included), one line per table row with cells joined by ``" | "``, notes referenced as ``[1]`` in
the text and appended under "Footnotes" / "Endnotes", annotations (comments) anchored to their range.
Spaces follow ODF rules: ``<text:s text:c="N"/>`` is N spaces, ``<text:tab/>`` a tab,
``<text:line-break/>`` a new line (several in a row, or one ending a paragraph, make no blank lines).
Tracked deletions, headers/footers (which live in styles.xml), list numbers and image alt text are not
imported.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from xml.sax import SAXException, handler
from xml.sax.xmlreader import InputSource

from odf import opendocument
from odf.element import Element, Node
from odf.namespaces import DCNS, DRAWNS, METANS, OFFICENS, SVGNS, TABLENS, TEXTNS
from odf.office import Body
from odf.opendocument import OpenDocument

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
from app.importers.budget import (
    MAX_ODT_NODES,
    ZIP_ERRORS,
    Budget,
    check_zip_directory,
    part_chunks,
    read_part,
    scan_stream,
)
from app.importers.textsink import TextSink

ODT_MIMETYPES = (
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
)

# Never document text: tracked-change records (deleted text), field declarations, index source marks.
_SKIPPED = {
    (TEXTNS, "tracked-changes"),
    (TEXTNS, "sequence-decls"),
    (TEXTNS, "variable-decls"),
    (TEXTNS, "user-field-decls"),
    (TEXTNS, "note-citation"),
    (OFFICENS, "forms"),
    (TABLENS, "table-columns"),
    (TABLENS, "table-column"),
    (TABLENS, "covered-table-cell"),
    (SVGNS, "title"),  # alt text of images and frames
    (SVGNS, "desc"),
}
_BLANKS = re.compile(r"[ \t\r\n]+")


@dataclass
class _Note:
    citation: str
    body: Element


@dataclass
class _Walker:
    sink: TextSink
    cancelled: CancelledFn
    footnotes: list[_Note] = field(default_factory=list)
    endnotes: list[_Note] = field(default_factory=list)
    comments: dict[str, ImportedComment] = field(default_factory=dict)
    table_depth: int = 0
    paragraph_depth: int = 0
    paragraph_start: int = -1  # sink length when the current paragraph began

    @property
    def line_sep(self) -> str:
        """Paragraphs and line breaks end lines, except inside a table nested in a cell."""
        return " " if self.table_depth > 1 else "\n"

    def children(self, node: Element) -> None:
        for child in node.childNodes:
            self.node(child)

    def text(self, data: str) -> None:
        """ODF white-space rules: runs of blanks are one space, leading blanks of a paragraph are
        dropped, and text outside paragraphs (indentation between elements) is not content."""
        if not self.paragraph_depth:
            return
        data = _BLANKS.sub(" ", data)
        if self.sink.length == self.paragraph_start:
            data = data.lstrip(" ")
        self.sink.write(data)

    def paragraph(self, node: Element) -> None:
        if not self.table_depth and self.cancelled():
            raise Cancelled()
        outer_start, self.paragraph_start = self.paragraph_start, self.sink.length
        self.paragraph_depth += 1
        self.children(node)
        self.paragraph_depth -= 1
        self.paragraph_start = outer_start
        self.sink.separate(self.line_sep)

    def node(self, node: Element) -> None:
        if node.nodeType == Node.TEXT_NODE:
            self.text(node.data)
            return
        if node.nodeType != Node.ELEMENT_NODE or node.qname in _SKIPPED:
            return
        namespace, local = node.qname
        if namespace == TEXTNS and local.endswith("-source"):
            return  # the templates of a table of contents or index (its generated body is kept)
        if namespace == TEXTNS and local in ("p", "h"):
            self.paragraph(node)
        elif namespace == TEXTNS and local == "s":
            self.sink.write(" " * _int(node.getAttrNS(TEXTNS, "c"), 1))
        elif namespace == TEXTNS and local == "tab":
            self.sink.write("\t")
        elif namespace == TEXTNS and local == "line-break":
            self.sink.separate(self.line_sep)  # pending: a break ending a paragraph adds no blank line
        elif namespace == TEXTNS and local == "note":
            self.note(node)
        elif namespace == OFFICENS and local == "annotation":
            self.annotation_start(node)
        elif namespace == OFFICENS and local == "annotation-end":
            self.sink.mark_end(_annotation_name(node))
        elif namespace == TABLENS and local == "table":
            self.table(node)
        else:
            self.children(node)  # span, a, list, list-item, section, frame, text-box, table-row-group …

    def table(self, table: Element) -> None:
        """One line per row, non-empty cells joined by " | "; a nested table stays in its cell."""
        self.table_depth += 1
        row_sep = " / " if self.table_depth > 1 else "\n"
        for row_index, row in enumerate(_descendants(table, TABLENS, "table-row", stop=(TABLENS, "table"))):
            if row_index:
                self.sink.separate(row_sep, replace=True)
            for cell_index, cell in enumerate(_child_elements(row, TABLENS, "table-cell")):
                if cell_index:
                    self.sink.separate(" | ", replace=True)
                self.children(cell)
        self.table_depth -= 1
        self.sink.separate(self.line_sep)

    def note(self, node: Element) -> None:
        citation = _text_of(_first_child(node, TEXTNS, "note-citation")) or "*"
        body = _first_child(node, TEXTNS, "note-body")
        if body is None:
            return
        self.sink.write(f"[{citation}]")
        notes = self.endnotes if node.getAttrNS(TEXTNS, "note-class") == "endnote" else self.footnotes
        notes.append(_Note(citation, body))

    def annotation_start(self, node: Element) -> None:
        """Remember the comment; it is anchored from here to its annotation-end (or is a point)."""
        given = _annotation_name(node)
        name = given or f"#point{len(self.comments)}"
        author = _text_of(_first_child(node, DCNS, "creator"))
        paragraphs = [_text_of(p) for p in _child_elements(node, TEXTNS, "p")]
        text = "\n".join(p for p in paragraphs if p)
        self.comments[name] = ImportedComment(start=-1, end=-1, text=text, author=author)
        self.sink.mark_start(name)
        if not given:
            self.sink.mark_end(name)

    def append_notes(self, heading: str, notes: list[_Note]) -> None:
        if not notes:
            return
        self.sink.separate("\n\n")
        self.sink.write(heading)
        for note in notes:
            self.sink.separate("\n")
            self.sink.write(f"{note.citation}. ")
            self.sink.strip_next = True
            for paragraph in note.body.childNodes:
                self.node(paragraph)
                self.sink.separate(" ", replace=True)

    def anchored_comments(self, length: int) -> list[ImportedComment]:
        result = []
        for name, comment in self.comments.items():
            start = min(self.sink.starts.get(name, length), length)
            end = min(max(self.sink.ends.get(name, start), start), length)
            result.append(ImportedComment(start=start, end=end, text=comment.text, author=comment.author))
        return sorted(result, key=lambda c: (c.start, c.end))


def _annotation_name(node: Element) -> str:
    """office:name links an annotation to its annotation-end (odfpy itself writes draw:name)."""
    return node.getAttrNS(OFFICENS, "name") or node.getAttrNS(DRAWNS, "name") or ""


def _int(value: str | None, default: int) -> int:
    try:
        return max(int(value or default), 0)
    except ValueError:
        return default


def _child_elements(node: Element, namespace: str, local: str) -> list[Element]:
    return [c for c in node.childNodes if c.nodeType == Node.ELEMENT_NODE and c.qname == (namespace, local)]


def _first_child(node: Element, namespace: str, local: str) -> Element | None:
    found = _child_elements(node, namespace, local)
    return found[0] if found else None


def _descendants(node: Element, namespace: str, local: str, stop: tuple[str, str]) -> list[Element]:
    """Elements named (namespace, local) below ``node``, not looking inside nested ``stop`` elements
    (rows sit directly in the table or in header-rows/row-groups)."""
    found = []
    for child in node.childNodes:
        if child.nodeType != Node.ELEMENT_NODE or child.qname == stop:
            continue
        if child.qname == (namespace, local):
            found.append(child)
        else:
            found.extend(_descendants(child, namespace, local, stop))
    return found


def _text_of(node: Element | None) -> str:
    """Plain text of a small element (a note citation, a comment paragraph)."""
    if node is None:
        return ""
    sink = TextSink()
    walker = _Walker(sink, lambda: False, paragraph_depth=1)
    walker.children(node)
    return sink.text().strip()


def _metadata(doc: OpenDocument) -> DocumentMetadata:
    fields: dict[tuple[str, str], str] = {}
    for child in doc.meta.childNodes:
        if child.nodeType == Node.ELEMENT_NODE:
            fields.setdefault(child.qname, str(child).strip())
    author = fields.get((METANS, "initial-creator")) or fields.get((DCNS, "creator"), "")
    year = None
    created = fields.get((METANS, "creation-date"), "")
    try:
        year = datetime.fromisoformat(created.replace("Z", "+00:00")).year if created else None
    except ValueError:
        year = None
    title = fields.get((DCNS, "title"), "")
    return DocumentMetadata(title=title, authors=[author] if author else [], year=year)


def _load(data: bytes) -> OpenDocument:
    """The document's content and metadata as odfpy objects, read within a budget (``budget.py``).

    odfpy's own ``load`` inflates every part of the package (pictures, thumbnails, embedded objects)
    without a limit and prints unparsable XML to stdout; only meta.xml and content.xml are read here,
    each scanned first (bytes, elements, depth, no DTD) before odfpy builds its heavy tree of it."""
    check_zip_directory(data)
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = {info.filename: info for info in archive.infolist()}
        budget = Budget(max_nodes=MAX_ODT_NODES)
        mimetype = ODT_MIMETYPES[0]
        if "mimetype" in infos:
            mimetype = read_part(archive, infos["mimetype"], budget, limit=200).decode("utf-8", "replace").strip()
        if mimetype not in ODT_MIMETYPES:
            raise ImportFailed(f"not an OpenDocument text (the package is {mimetype or 'of unknown type'})")
        if "content.xml" not in infos:
            raise ImportFailed("not an OpenDocument file (missing part 'content.xml')")
        parts = {}
        for name in ("meta.xml", "content.xml"):
            if name in infos:
                scan_stream(part_chunks(archive, infos[name], budget), budget, name)
                parts[name] = archive.read(infos[name])
    except ZIP_ERRORS as exc:
        raise ImportFailed("the file is damaged (not a readable zip archive)") from exc
    doc = OpenDocument(mimetype, add_generator=False)
    for name, xml in parts.items():
        try:
            _parse_part(doc, name, xml)
        except (SAXException, ValueError, KeyError, AttributeError) as exc:  # odfpy on unexpected markup
            raise ImportFailed(f"the file is damaged ({name} is not well-formed OpenDocument XML)") from exc
    bodies = doc.getElementsByType(Body)
    if not bodies or bodies[0].firstChild is None:
        raise ImportFailed("not an OpenDocument text (the package has no document body)")
    doc.text = bodies[0].firstChild
    return doc


def _parse_part(doc: OpenDocument, name: str, xml: bytes) -> None:
    """Feed one part to odfpy's loader, as odfpy's ``load`` does (with its fix for missing prefixes)."""
    from defusedxml.sax import make_parser
    from odf.load import LoadParser

    text = getattr(opendocument, "__fixXmlPart")(xml.decode("utf-8"))
    doc._parsing = name
    parser = make_parser()
    parser.setFeature(handler.feature_namespaces, 1)
    parser.setFeature(handler.feature_external_ges, 0)
    parser.setContentHandler(LoadParser(doc))
    parser.setErrorHandler(handler.ErrorHandler())
    source = InputSource()
    source.setByteStream(BytesIO(text.encode("utf-8")))
    parser.parse(source)
    del doc._parsing


def extract(
    data: bytes,
    *,
    password: str | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ImportedText:
    """Extract an OpenDocument text. ``password`` is ignored (encrypted ODT files are not supported)."""
    if not data:
        raise ImportFailed("the file is empty")
    progress(0.0, translate("progress", "Opening OpenDocument text"))
    doc = _load(data)
    progress(0.3, translate("progress", "Reading text"))
    walker = _Walker(TextSink(), cancelled)
    for block in with_progress(doc.text.childNodes, progress, 0.3, 0.6, translate("progress", "Reading text")):
        walker.node(block)
    walker.append_notes("Footnotes", walker.footnotes)
    walker.append_notes("Endnotes", walker.endnotes)
    text = walker.sink.text()
    result = ImportedText(text=text, kind="odt", metadata=_metadata(doc))
    result.comments = walker.anchored_comments(len(text))
    return finished(result, progress)
