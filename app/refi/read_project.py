"""Read a .qdpx into the REFI model: users, codes, text sources with selections and codings, notes.

Lenient about what real tools write — the inner file named after the project instead of ``project.qde``,
folder names in any case, ``plainTextPath`` without ``internal://``, PDFs with a text Representation,
NVivo's UTF-16 positions over CRLF text with a byte-order mark — and every element that Lectio cannot hold
becomes a warning, never a silent loss.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lxml import etree

from app.core.progress import Cancelled
from app.i18n import format_number, translate
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress
from app.refi.archive import MAX_QDE, MAX_RATIO, MAX_TEXT, MAX_TOTAL, Archive, read_archive
from app.refi.errors import RefiError
from app.refi.model import (
    TURN_MARK,
    RCase,
    RCode,
    RCoding,
    RNote,
    RProject,
    RSelection,
    RSource,
    RTurn,
    RUser,
    RValue,
    RVariable,
    parse_time,
    parse_turn_description,
)
from app.refi.positions import STANDARD, DecodedText, Reading, choose_reading, decode_text
from app.refi.read_codebook import parse_codes
from app.refi.xml_safe import KNOWN_NS, attr, kid, kids, local, namespace, norm_guid, parse_xml, text_or_attr

_UNSUPPORTED = {"PictureSource": "picture", "AudioSource": "audio", "VideoSource": "video"}
_IGNORED = {"Sets": "set", "Links": "link", "Graphs": "graph"}
_VALUE_TAGS = {"textvalue": "Text", "booleanvalue": "Boolean", "integervalue": "Integer", "floatvalue": "Float",
               "datevalue": "Date", "datetimevalue": "DateTime"}


def _find_qde(archive: Archive) -> tuple[str, bytes]:
    qdes = [k for k in archive.names if k.lower().endswith(".qde")]
    top = [k for k in qdes if "/" not in k.strip("/")]
    for k in top:
        if k.lower() == "project.qde":
            return k, archive.read(k, MAX_QDE)
    pick = top or qdes
    if len(pick) == 1:
        return pick[0], archive.read(pick[0], MAX_QDE)
    if not pick:
        raise RefiError(f"{archive.name}: holds no project.qde; not a REFI-QDA project")
    raise RefiError(f"{archive.name}: holds several .qde files ({', '.join(pick[:3])}); cannot tell which to read")


def _member_for(archive: Archive, path: str, limit: int | None = None) -> tuple[str, bytes] | None:
    """The archive member a source path names (``internal://x.txt``, ``x.txt``, ``relative:///x.txt``…)."""
    if not path:
        return None
    scheme, sep, rest = path.partition("://")
    name = rest if sep else path
    name = name.lstrip("/")
    if sep and scheme.lower() == "internal" or not sep:
        hit = archive.find(f"sources/{name}", limit) or archive.find(name, limit)
    else:  # relative:// or absolute:// — only usable if the file travelled inside the archive anyway
        hit = archive.find(f"sources/{PurePosixPath(name.replace(chr(92), '/')).name}", limit)
    return hit


def _int(value: str) -> int | None:
    try:
        return int(value.strip())
    except (ValueError, AttributeError):
        return None


class _Reader:
    def __init__(self, archive: Archive, progress: ProgressFn, cancelled: CancelledFn,
                 forced: str | None = None) -> None:
        self.archive = archive
        self.forced = forced
        self.note_spans: dict[str, list[tuple[int, int]]] = {}  # note guid → its PlainTextSelections, as written
        self.note_names: dict[str, str] = {}
        self.bad_times = 0
        self.text_bytes = 0
        self.rp = RProject()
        self.warn = self.rp.warnings.append
        self.progress = progress
        self.cancelled = cancelled
        self.seen: set[str] = set()

    def read(self, root: etree._Element) -> RProject:
        rp = self.rp
        if local(root).lower() != "project":
            raise RefiError(f"{self.archive.name}: is not a REFI-QDA project (root element <{local(root)}>)")
        if namespace(root) not in KNOWN_NS:
            self.warn(f"unknown namespace {namespace(root)!r}; read as REFI-QDA 1.0")
        rp.name, rp.origin = attr(root, "name"), attr(root, "origin")
        users = kid(root, "Users")
        for u in kids(users, "User") if users is not None else []:
            guid = norm_guid(attr(u, "guid"))
            if guid:
                rp.users.append(RUser(guid, attr(u, "name").strip() or attr(u, "id").strip()))
        book = kid(root, "CodeBook")
        rp.codes = parse_codes(kid(book, "Codes") if book is not None else None, rp.warnings)
        self._variables(kid(root, "Variables"))
        self._cases(kid(root, "Cases"))
        notes = kid(root, "Notes")
        for n in kids(notes, "Note") if notes is not None else []:
            rp.notes.append(self._note(n))
        sources = kid(root, "Sources")
        children = list(sources) if sources is not None else []
        for i, el in enumerate(children):
            if self.cancelled():
                raise Cancelled("import cancelled")
            message = translate("progress", "Reading source {number} of {count}").format(
                number=format_number(i + 1), count=format_number(len(children)))
            self.progress(0.1 + 0.5 * i / max(len(children), 1), message)
            self._source(el)
        for tag, what in _IGNORED.items():
            el = kid(root, tag)
            n = len(list(el)) if el is not None else 0
            if n:
                self.warn(f"{n} {what}(s) not imported (Lectio has no {what}s)")
        turns = {t.guid for src in rp.sources for t in src.turns}
        selections = sum(1 for c in rp.cases for ref in c.selections if ref not in turns)
        if selections:
            self.warn(f"{selections} selection(s) assigned to cases were not linked to participants (Lectio "
                      f"assigns whole documents and speaker turns)")
        rp.description = text_or_attr(root, "Description").strip()
        rp.note_refs = [norm_guid(attr(r, "targetGUID")) for r in kids(root, "NoteRef")]
        if self.bad_times:
            self.warn(f"{self.bad_times} date(s) are not valid ISO 8601 date-times; the time of the import was "
                      f"used instead")
        return rp

    def _variables(self, holder: etree._Element | None) -> None:
        for el in kids(holder, "Variable") if holder is not None else []:
            guid, name = norm_guid(attr(el, "guid")), attr(el, "name").strip()
            if guid and name:
                self.rp.variables.append(RVariable(guid, name, attr(el, "typeOfVariable").strip() or "Text",
                                                   text_or_attr(el, "Description").strip()))

    @staticmethod
    def _values(el: etree._Element) -> list[RValue]:
        out = []
        for vv in kids(el, "VariableValue"):
            ref = kid(vv, "VariableRef")
            for child in vv:
                kind = _VALUE_TAGS.get(local(child).lower())
                if kind and ref is not None:
                    out.append(RValue(norm_guid(attr(ref, "targetGUID")), kind, "".join(child.itertext()).strip()))
        return out

    def _cases(self, holder: etree._Element | None) -> None:
        for el in kids(holder, "Case") if holder is not None else []:
            case = RCase(norm_guid(attr(el, "guid")), attr(el, "name").strip(),
                         text_or_attr(el, "Description").strip(), self._values(el),
                         [norm_guid(attr(r, "targetGUID")) for r in kids(el, "SourceRef")],
                         [norm_guid(attr(r, "targetGUID")) for r in kids(el, "SelectionRef")])
            self.rp.cases.append(case)
        # NVivo writes each case as a code too (same GUID): it is a participant, not a code
        case_guids = {c.guid for c in self.rp.cases}
        before = sum(len(c.walk()) for c in self.rp.codes)
        self.rp.codes = _without(self.rp.codes, case_guids)
        dropped = before - sum(len(c.walk()) for c in self.rp.codes)
        if dropped:
            self.warn(f"{dropped} code(s) that stand for cases were read as participants, not as codes")

    def _time(self, el: etree._Element) -> str:
        """The element's creationDateTime (else modifiedDateTime), validated and in UTC; "" when absent/invalid."""
        value = attr(el, "creationDateTime") or attr(el, "modifiedDateTime")
        parsed = parse_time(value)
        if parsed is None:
            self.bad_times += 1
            return ""
        return parsed

    def _note(self, el: etree._Element) -> RNote:
        guid = norm_guid(attr(el, "guid"))
        name = attr(el, "name").strip()
        text = text_or_attr(el, "PlainTextContent")
        if not text.strip():
            hit = _member_for(self.archive, attr(el, "plainTextPath"), MAX_TEXT)
            if hit:
                text = decode_text(hit[1]).text
        for s in kids(el, "PlainTextSelection"):  # QualCoder: the span of the source (that refers to it) it annotates
            start, end = _int(attr(s, "startPosition")), _int(attr(s, "endPosition"))
            if start is not None and end is not None:
                self.note_spans.setdefault(guid, []).append((start, end))
        self.note_names[guid] = name
        return RNote(guid, name, text.strip(), norm_guid(attr(el, "creatingUser") or attr(el, "modifyingUser")),
                     self._time(el))

    def _source(self, el: etree._Element) -> None:
        tag = local(el)
        name = attr(el, "name").strip()
        if tag == "TextSource":
            self._text_source(el, el, name)
        elif tag == "PDFSource":
            rep = kid(el, "Representation")
            pdf_sels = len(list(kids(el, "PDFSelection")))
            if pdf_sels:
                self.warn(f"{name or 'a PDF'}: {pdf_sels} area selection(s) on PDF pages not imported "
                          f"(Lectio codes text, not page areas)")
            if rep is None:
                self.warn(f"{name or 'a PDF'}: has no text representation; not imported")
                return
            self._text_source(el, rep, name, original_path=attr(el, "path"))
        else:
            what = _UNSUPPORTED.get(tag, tag)
            self.warn(f"{name or 'a source'}: {what} sources are not supported; not imported")

    def _unique(self, guid: str, what: str, label: str) -> str:
        """A GUID that is missing or used twice gets a stand-in, so nothing lands on the wrong item."""
        if guid and guid not in self.seen:
            self.seen.add(guid)
            return guid
        self.warn(f"{label}: {what} with a {'repeated' if guid else 'missing'} GUID; references to it may be lost")
        stand_in = f"stand-in:{len(self.seen)}"
        self.seen.add(stand_in)
        return stand_in

    def _text_source(self, outer: etree._Element, el: etree._Element, name: str, original_path: str = "") -> None:
        guid = norm_guid(attr(outer, "guid"))
        text_path = attr(el, "plainTextPath")
        hit = _member_for(self.archive, text_path, MAX_TEXT - self.text_bytes)
        label = name or (PurePosixPath(text_path.split("://")[-1]).stem if text_path else "") or "Source"
        content = kid(el, "PlainTextContent")
        if hit is None and content is None:
            sels = len(list(kids(el, "PlainTextSelection")))
            self.warn(f"{label}: its text ({text_path or 'no path given'}) is not in the archive; source and "
                      f"{sels} selection(s) not imported")
            return
        data = hit[1] if hit else "".join(content.itertext()).encode("utf-8")  # type: ignore[union-attr]
        self.text_bytes += len(data)
        if self.text_bytes > MAX_TEXT:
            raise RefiError(f"{self.archive.name}: its texts add up to more than the {MAX_TEXT // 1024**2} MB "
                            f"allowed; refused")
        dec = decode_text(data)
        for w in dec.warnings:
            self.warn(f"{label}: {w}")
        guid = self._unique(guid, "a source", label)
        src = RSource(guid, label, dec.text, description=text_or_attr(outer, "Description").strip(),
                      user=norm_guid(attr(outer, "creatingUser")), created=self._time(outer))
        src.original, src.original_name, src.kind = self._original(outer, el, label, guid, original_path, hit, data)
        raw_sels: list[RSelection] = []
        raw_turns: list[RTurn] = []
        for s in kids(el, "PlainTextSelection"):
            start, end = _int(attr(s, "startPosition")), _int(attr(s, "endPosition"))
            sname = attr(s, "name").strip()
            if start is None or end is None:
                self.warn(f"{label}: selection {sname or attr(s, 'guid')!r} has no valid positions; not imported")
                continue
            description = text_or_attr(s, "Description")
            turn = parse_turn_description(description) if description.startswith(TURN_MARK) and \
                kid(s, "Coding") is None else None
            if turn is not None:  # a Lectio speaker turn, not a coded selection
                guid = self._unique(norm_guid(attr(s, "guid")), "a speaker turn", label)
                raw_turns.append(RTurn(guid, start, end, turn[0], turn[1]))
                continue
            sel_guid = self._unique(norm_guid(attr(s, "guid")), "a selection", label)
            sel = RSelection(sel_guid, start, end, sname, description.strip(),
                             norm_guid(attr(s, "creatingUser")), self._time(s))
            sel.codings = [self._coding(c) for c in kids(s, "Coding")]
            sel.note_refs = [norm_guid(attr(r, "targetGUID")) for r in kids(s, "NoteRef")]
            sel.note_refs += [r for c in sel.codings for r in c.note_refs]
            raw_sels.append(sel)
        src.note_refs = [norm_guid(attr(r, "targetGUID")) for r in kids(outer, "NoteRef")]
        if el is not outer:
            src.note_refs += [norm_guid(attr(r, "targetGUID")) for r in kids(el, "NoteRef")]
        anchors = [(ref, a, b) for ref in dict.fromkeys(src.note_refs)
                   for a, b in self.note_spans.get(ref, [])]
        spans = [(s.start, s.end) for s in raw_sels] + [(a, b) for _, a, b in anchors]
        spans += [(t.start, t.end) for t in raw_turns]
        reading = choose_reading(dec, spans, origin=self.rp.origin, forced=self.forced)
        self.rp.readings.append((label, reading.key, reading.why))
        for sel in raw_sels:
            span = self._map(label, f"selection {sel.name or sel.guid!r}", sel.start, sel.end, reading, dec)
            if span:
                sel.start, sel.end = span
                src.selections.append(sel)
        for t in raw_turns:
            span = self._map(label, f"the speaker turn of {t.speaker or t.guid!r}", t.start, t.end, reading, dec)
            if span:
                t.start, t.end = span
                src.turns.append(t)
        for ref, a, b in anchors:
            span = self._map(label, f"the selection of note {self.note_names.get(ref) or ref!r}", a, b, reading, dec)
            if span:
                src.note_anchors.append((ref, *span))
        src.codings = [self._coding(c) for c in kids(el, "Coding")]
        src.values = self._values(outer) + (self._values(el) if el is not outer else [])
        self.rp.sources.append(src)

    def _map(self, label: str, what: str, start: int, end: int, reading: Reading,
             dec: DecodedText) -> tuple[int, int] | None:
        """The span in Lectio's text, or None after a warning naming the selection and its position."""
        a, b = reading.fn(start), reading.fn(end)
        where = f"{label}: {what} at {start}–{end}"
        how = "under the standard reading" if reading.key == STANDARD else f"read as {reading.label}"
        if a < 0 or b < 0:
            inside = reading.key != STANDARD and max(start, end) <= len(dec.raw.encode("utf-16-le")) // 2
            reason = ("falls inside a character written as a surrogate pair (an emoji)" if inside else
                      f"lies outside the text ({len(dec.raw)} characters)")
            self.warn(f"{where} {reason} {how}; not imported")
            return None
        if a >= b:
            self.warn(f"{where} is {'empty' if a == b else 'reversed (it ends before it starts)'}; not imported")
            return None
        return a, b

    def _coding(self, el: etree._Element) -> RCoding:
        ref = kid(el, "CodeRef")
        return RCoding(norm_guid(attr(el, "guid")), norm_guid(attr(ref, "targetGUID")) if ref is not None else "",
                       norm_guid(attr(el, "creatingUser")), self._time(el),
                       [norm_guid(attr(r, "targetGUID")) for r in kids(el, "NoteRef")])

    def _original(self, outer: etree._Element, el: etree._Element, label: str, guid: str, original_path: str,
                  text_hit: tuple[str, bytes] | None, text_data: bytes) -> tuple[bytes, str, str]:
        """(bytes, file name, kind) of the original file: the PDF or DOCX the source names, a file Lectio
        stored as ``sources/<source guid>.<ext>``, or else the plain text itself."""
        for path in (original_path, attr(el, "richTextPath")):
            hit = _member_for(self.archive, path)
            if path and hit is None:
                self.warn(f"{label}: its original file {path} is not in the archive; kept the plain text only")
            if hit:
                suffix = PurePosixPath(hit[0]).suffix
                return hit[1], with_suffix(label, suffix), suffix.lstrip(".").lower()
        text_key = text_hit[0] if text_hit else ""
        for key in self.archive.names:
            p = PurePosixPath(key)
            if key != text_key and norm_guid(p.stem) == guid and p.suffix:
                return self.archive.read(key), with_suffix(label, p.suffix), p.suffix.lstrip(".").lower()
        suffix = PurePosixPath(text_key).suffix or ".txt"
        return text_data, with_suffix(label, suffix), "txt"


def _without(codes: list[RCode], guids: set[str]) -> list[RCode]:
    out = []
    for c in codes:
        if c.guid not in guids:
            c.children = _without(c.children, guids)
            out.append(c)
    return out


def with_suffix(name: str, suffix: str) -> str:
    """``name`` ending in ``suffix`` once: "x.pdf" stays "x.pdf", "x" becomes "x.pdf"."""
    if not suffix or name.lower().endswith(suffix.lower()):
        return name
    return name + suffix.lower()


def read_qdpx(path: Path, *, max_total: int = MAX_TOTAL, max_ratio: float = MAX_RATIO,
              progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled,
              positions: str | None = None) -> RProject:
    """The project in the .qdpx at ``path``; RefiError naming the file when it is refused."""
    path = Path(path)
    progress(0.0, translate("progress", "Unpacking {name}").format(name=path.name))
    with read_archive(path, max_total=max_total, max_ratio=max_ratio) as archive:
        qde_name, qde = _find_qde(archive)
        if qde_name.lower() != "project.qde":
            archive_note = f"the project file is called {qde_name!r} instead of project.qde; read it anyway"
        else:
            archive_note = ""
        root = parse_xml(qde, f"{path.name} › {qde_name}")
        rp = _Reader(archive, progress, cancelled, positions).read(root)
    if archive_note:
        rp.warnings.insert(0, archive_note)
    return rp
