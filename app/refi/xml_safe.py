"""Parse REFI-QDA XML without trusting it, and read elements whatever namespace version they use.

A hostile ``.qde`` may declare entities that read local files (XXE) or expand exponentially ("billion
laughs"). The parser never loads a DTD, never resolves entities and never touches the network, and a
document that declares any entity is refused outright rather than parsed with the entity left dangling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from app.refi.errors import RefiError

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
KNOWN_NS = {PROJECT_NS, CODEBOOK_NS, "urn:QDA-XML:codebook:0:4", "urn:QDA-XML:project:0:4", "urn:QDA-XML:codebook:0.4",
            "urn:QDA-XML:project:0.4", ""}

_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_ENTITY_U16 = re.compile("<!ENTITY".encode("utf-16-le"), re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes, name: str) -> etree._Element:
    """The root element of ``data``; RefiError naming ``name`` when it is malformed or declares entities."""
    if _ENTITY.search(data) or _ENTITY_U16.search(data) or _ENTITY.search(data.replace(b"\x00", b"")):
        raise RefiError(f"{name}: declares XML entities, which could read files on this computer; refused")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise RefiError(f"{name}: is not well-formed XML ({exc.msg or exc})") from exc
    except ValueError as exc:  # e.g. an encoding declaration lxml cannot honour
        raise RefiError(f"{name}: cannot be read as XML ({exc})") from exc
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and list(dtd.entities()):
        raise RefiError(f"{name}: declares XML entities, which could read files on this computer; refused")
    for el in root.iter():
        if isinstance(el, etree._Entity):
            raise RefiError(f"{name}: uses XML entities, which could read files on this computer; refused")
    return root


def local(el: etree._Element) -> str:
    """The element's name without its namespace (``Code`` for ``{urn:QDA-XML:codebook:0:4}Code``)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(el: etree._Element) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def kids(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Direct children called ``name`` (case-insensitive, any namespace)."""
    lname = name.lower()
    for child in el:
        if local(child).lower() == lname:
            yield child


def kid(el: etree._Element, name: str) -> etree._Element | None:
    return next(kids(el, name), None)


def attr(el: etree._Element, name: str, default: str = "") -> str:
    """An attribute by name, case-insensitively (some writers say ``GUID`` or ``Name``)."""
    value = el.get(name)
    if value is not None:
        return value
    lname = name.lower()
    for key, val in el.attrib.items():
        if key.rsplit("}", 1)[-1].lower() == lname:
            return val
    return default


def text_or_attr(el: etree._Element, name: str) -> str:
    """A child element's text (``<Description>``), or the attribute of that name some writers use instead."""
    child = kid(el, name)
    if child is not None:
        return "".join(child.itertext())
    return attr(el, name)


def norm_guid(value: str) -> str:
    """Braced or bare, upper or lower case: one spelling."""
    return value.strip().strip("{}").strip().lower()
