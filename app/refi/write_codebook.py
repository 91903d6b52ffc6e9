"""REFI-QDA codebook XML (.qdc, and the CodeBook inside a .qde): element order follows the XSDs."""

from __future__ import annotations

import re

from lxml import etree

from app.refi.errors import RefiError
from app.refi.model import RCode
from app.refi.xml_safe import CODEBOOK_NS

_RGB = re.compile(r"^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$")
_DATETIME = re.compile(r"^-?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text XML 1.0 can hold (control characters other than tab and newlines cannot be written)."""
    return _XML_BAD.sub("", text)


def is_guid(value: str) -> bool:
    return bool(value and _GUID.match(value))


def is_datetime(value: str) -> bool:
    return bool(value and _DATETIME.match(value))


def sub(parent: etree._Element, ns: str, tag: str, text: str | None = None, /, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{ns}}}{tag}", {k: clean(v) for k, v in attrs.items() if v != ""})
    if text is not None:
        el.text = clean(text)
    return el


def add_code(parent: etree._Element, ns: str, code: RCode, *, note_refs: bool) -> None:
    attrs = {"guid": code.guid, "name": code.name or "(unnamed)", "isCodable": "true" if code.codable else "false"}
    if code.color and _RGB.match(code.color):
        attrs["color"] = code.color
    el = sub(parent, ns, "Code", **attrs)
    if code.description:
        sub(el, ns, "Description", code.description)
    if note_refs:
        for ref in code.note_refs:
            sub(el, ns, "NoteRef", targetGUID=ref)
    for child in code.children:
        add_code(el, ns, child, note_refs=note_refs)


def codebook_xml(codes: list[RCode], *, origin: str) -> bytes:
    """A complete .qdc document. No ``<Sets/>``: the schema wants at least one Set inside it."""
    if not codes:
        raise RefiError("the project has no codes; a REFI-QDA codebook needs at least one")
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS}, origin=origin)
    holder = sub(root, CODEBOOK_NS, "Codes")
    for code in codes:
        add_code(holder, CODEBOOK_NS, code, note_refs=False)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
