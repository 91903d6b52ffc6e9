"""Parse REFI-QDA XML without trusting it, and read elements whatever namespace version they use.

A hostile ``.qde`` may declare entities that read local files (XXE) or expand exponentially ("billion
laughs"). The parser never loads a DTD, never resolves entities and never touches the network, and a
document that declares any entity is refused outright rather than parsed with the entity left dangling.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from lxml import etree

from app.refi.errors import RefiError

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
KNOWN_NS = {PROJECT_NS, CODEBOOK_NS, "urn:QDA-XML:codebook:0:4", "urn:QDA-XML:project:0:4", "urn:QDA-XML:codebook:0.4",
            "urn:QDA-XML:project:0.4", ""}

# 300,000 elements are some 100,000 coded selections: imported in about half a minute in about 600 MB (see
# benchmarks/refi_budget.py). Beyond these limits a file is refused before it is parsed.
MAX_NODES = 300_000
MAX_DEPTH = 100  # REFI nests codes in codes; real codebooks stay far below

_ENTITY = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
_ENTITY_U16 = re.compile("<!ENTITY".encode("utf-16-le"), re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def _syntax_error(name: str, exc: etree.XMLSyntaxError) -> RefiError:
    msg = str(exc.msg or exc)
    if "HUGE" in msg.upper() or "depth" in msg.lower():  # libxml2's own limits; never show its option names
        return RefiError(f"{name}: is nested too deeply or holds a text too large to read safely; refused")
    return RefiError(f"{name}: is not well-formed XML ({msg})")


def _check_size(data: bytes, name: str, max_nodes: int, max_depth: int) -> None:
    """Count elements and depth while streaming, before any tree is built."""
    depth = nodes = 0
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        for event, el in events:
            if event == "start":
                depth += 1
                nodes += 1
                if depth > max_depth:
                    raise RefiError(f"{name}: is nested too deeply (more than {max_depth} levels); refused")
                if nodes > max_nodes:
                    raise RefiError(f"{name}: holds more than {max_nodes:,} XML elements, more than Lectio reads "
                                    f"safely; refused")
            else:
                depth -= 1
                el.clear()
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc.msg or exc).lower():  # libxml2 met its own depth limit before our count did
            raise RefiError(f"{name}: is nested too deeply (more than {max_depth} levels); refused") from exc
        raise _syntax_error(name, exc) from exc


def parse_xml(data: bytes, name: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> etree._Element:
    """The root element of ``data``; RefiError naming ``name`` when it is malformed, declares entities, or is
    bigger or deeper than the limits."""
    if _ENTITY.search(data) or _ENTITY_U16.search(data) or _ENTITY.search(data.replace(b"\x00", b"")):
        raise RefiError(f"{name}: declares XML entities, which could read files on this computer; refused")
    _check_size(data, name, max_nodes, max_depth)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(name, exc) from exc
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
