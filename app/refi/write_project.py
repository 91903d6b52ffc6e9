"""REFI-QDA project XML (project.qde) and the .qdpx archive around it.

Each document's plain text goes to ``sources/<guid>.txt`` (UTF-8, positions in code points, end exclusive),
its original file beside it: a DOCX as the TextSource's ``richTextPath``, a PDF as a PDFSource whose
``path`` is the PDF and whose Representation carries the text; other originals (ODT, RTF, TXT with other
line ends…) are stored as ``sources/<document guid>.<ext>`` for Lectio to find again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from lxml import etree

from app.i18n import translate
from app.refi.model import RCoding, RNote, RProject, RSelection, RSource, format_time, turn_description
from app.refi.write_codebook import add_code, clean, is_datetime, is_guid, sub
from app.refi.xml_safe import PROJECT_NS

NS = PROJECT_NS


def _who(attrs: dict[str, str], key: str, user: str, when: str, date_key: str) -> dict[str, str]:
    if is_guid(user):
        attrs[key] = user
    when = format_time(when)
    if is_datetime(when):
        attrs[date_key] = when
    return attrs


def _note_refs(el: etree._Element, refs: list[str], known: set[str]) -> None:
    for ref in refs:
        if ref in known:
            sub(el, NS, "NoteRef", targetGUID=ref)


def _coding(el: etree._Element, c: RCoding, codes: set[str], known_notes: set[str]) -> None:
    if c.code_guid not in codes:
        return
    coding = sub(el, NS, "Coding", **_who({"guid": c.guid}, "creatingUser", c.user, c.created, "creationDateTime"))
    sub(coding, NS, "CodeRef", targetGUID=c.code_guid)
    _note_refs(coding, c.note_refs, known_notes)


def _selection(el: etree._Element, s: RSelection, codes: set[str], known_notes: set[str]) -> None:
    attrs = {"guid": s.guid, "name": s.name, "startPosition": str(s.start), "endPosition": str(s.end)}
    sel = sub(el, NS, "PlainTextSelection", **_who(attrs, "creatingUser", s.user, s.created, "creationDateTime"))
    if s.description:
        sub(sel, NS, "Description", s.description)
    for c in s.codings:
        _coding(sel, c, codes, known_notes)
    _note_refs(sel, s.note_refs, known_notes)


def _text_source(parent: etree._Element, tag: str, src: RSource, guid: str, text_path: str,
                 codes: set[str], known_notes: set[str], rich_path: str = "") -> etree._Element:
    attrs = {"guid": guid, "name": src.name, "richTextPath": rich_path, "plainTextPath": text_path}
    el = sub(parent, NS, tag, **_who(attrs, "creatingUser", src.user, src.created, "creationDateTime"))
    if src.description:
        sub(el, NS, "Description", src.description)
    for s in src.selections:
        _selection(el, s, codes, known_notes)
    for t in src.turns:
        turn = sub(el, NS, "PlainTextSelection", guid=t.guid, name=t.speaker or "Speaker turn",
                   startPosition=str(t.start), endPosition=str(t.end))
        sub(turn, NS, "Description", turn_description(t))
    for c in src.codings:
        _coding(el, c, codes, known_notes)
    return el


def _note(parent: etree._Element, note: RNote, members: list[tuple[str, bytes]]) -> None:
    """A Note with its text inline and as ``sources/<guid>.txt`` too: QualCoder reads a note only through
    its ``plainTextPath`` (and ignores NoteRefs to notes without one)."""
    attrs = {"guid": note.guid, "name": note.name, "plainTextPath": f"internal://{note.guid}.txt"}
    el = sub(parent, NS, "Note", **_who(attrs, "creatingUser", note.user, note.created, "creationDateTime"))
    sub(el, NS, "PlainTextContent", note.text)
    members.append((f"sources/{note.guid}.txt", clean(note.text).encode("utf-8")))


def _cases(root: etree._Element, rp: RProject) -> None:
    """``<Variables>`` and ``<Cases>`` (issue 17), in the order the XSD wants them."""
    if rp.variables:
        holder = sub(root, NS, "Variables")
        for var in rp.variables:
            el = sub(holder, NS, "Variable", guid=var.guid, name=var.name or "(unnamed)", typeOfVariable=var.type)
            if var.description:
                sub(el, NS, "Description", var.description)
    sources = {s.guid for s in rp.sources}
    turns = {t.guid for s in rp.sources for t in s.turns}
    cases = [c for c in rp.cases if is_guid(c.guid)]
    if cases:
        holder = sub(root, NS, "Cases")
        for case in cases:
            el = sub(holder, NS, "Case", guid=case.guid, name=case.name)
            if case.description:
                sub(el, NS, "Description", case.description)
            for v in case.values:
                vv = sub(el, NS, "VariableValue")
                sub(vv, NS, "VariableRef", targetGUID=v.variable)
                sub(vv, NS, f"{v.type}Value", v.value)
            for ref in case.sources:
                if ref in sources:
                    sub(el, NS, "SourceRef", targetGUID=ref)
            for ref in case.selections:
                if ref in turns:
                    sub(el, NS, "SelectionRef", targetGUID=ref)


def project_archive(rp: RProject, *, origin: str, progress: Callable[[float, str], None],
                    cancelled: Callable[[], bool]) -> list[tuple[str, bytes]]:
    """The members of a .qdpx: ``project.qde`` first, then ``sources/…``."""
    from app.core.progress import Cancelled

    members: list[tuple[str, bytes]] = []
    codes = {c.guid for root in rp.codes for c in root.walk()}
    known_notes = {n.guid for n in rp.notes}
    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    root.set("name", rp.name or "Lectio project")
    root.set("origin", origin)
    if rp.users:
        users = sub(root, NS, "Users")
        for u in rp.users:
            sub(users, NS, "User", guid=u.guid, name=u.name)
    if rp.codes:
        codes_el = sub(sub(root, NS, "CodeBook"), NS, "Codes")
        for code in rp.codes:
            add_code(codes_el, NS, code, note_refs=True)
    _cases(root, rp)
    if rp.sources:
        sources = sub(root, NS, "Sources")
        for i, src in enumerate(rp.sources):
            if cancelled():
                raise Cancelled("export cancelled")
            progress(0.1 + 0.8 * i / len(rp.sources), translate("progress", "Writing {name}").format(name=src.name))
            text_guid = str(uuid.uuid4())
            text_path = f"internal://{text_guid}.txt"
            text_bytes = src.text.encode("utf-8")
            members.append((f"sources/{text_guid}.txt", text_bytes))
            ext = src.kind if src.kind.isalnum() else "bin"
            if src.kind == "pdf" and src.original:
                members.append((f"sources/{src.guid}.pdf", src.original))
                pdf = sub(sources, NS, "PDFSource", guid=src.guid, name=src.name, path=f"internal://{src.guid}.pdf")
                _text_source(pdf, "Representation", src, str(uuid.uuid4()), text_path, codes, known_notes)
                _note_refs(pdf, src.note_refs, known_notes)
                continue
            rich = ""
            if src.kind == "docx" and src.original:
                rich = f"internal://{src.guid}.docx"
                members.append((f"sources/{src.guid}.docx", src.original))
            elif src.original and src.original != text_bytes:
                members.append((f"sources/{src.guid}.{ext}", src.original))
            el = _text_source(sources, "TextSource", src, src.guid, text_path, codes, known_notes, rich)
            _note_refs(el, src.note_refs, known_notes)
    if rp.notes:
        notes = sub(root, NS, "Notes")
        for note in rp.notes:
            _note(notes, note, members)
    if rp.description:
        sub(root, NS, "Description", rp.description)
    _note_refs(root, rp.note_refs, known_notes)
    qde = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return [("project.qde", qde), *members]
