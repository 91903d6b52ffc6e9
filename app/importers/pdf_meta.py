"""Bibliographic metadata of a PDF: title, authors, year and DOI, only where the file states them.

The info dictionary and the catalogue's XMP packet are read with pdfplumber/pdfminer (cheap: it parses
only the objects asked for). Scanning the raw bytes for an XMP packet is *not* good enough: journal
PDFs embed figures that carry their own XMP ("file01.docx", Photoshop histories). The DOI may also
come from the first page's text. The year comes only from an explicit publication date (PRISM), not
from the file's creation date, which is often a year off for journal articles.
"""

from __future__ import annotations

import io
import logging
import re
import xml.etree.ElementTree as ET
from typing import Any

from app.importers.base import DocumentMetadata

log = logging.getLogger(__name__)
# pdfminer reports every oddity of a damaged file as a warning ("Not adding object 17 to xref …"); with no
# logging set up they reached the terminal, one line each. What matters reaches the user as an import warning.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

DOI_PATTERN = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_FILE_NAME = re.compile(r"\.[A-Za-z0-9]{2,4}$|^microsoft \w+ - |^untitled|^document\d*$", re.I)
_DC = "{http://purl.org/dc/elements/1.1/}"


def clean_doi(raw: str) -> str:
    """Trim punctuation that is not part of a DOI found in running text."""
    doi = raw.strip().rstrip(".,;:")
    while doi.endswith((")", "]")) and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1]
    return doi


def find_doi(text: str) -> str:
    match = DOI_PATTERN.search(text)
    return clean_doi(match.group(1)) if match else ""


def plausible_title(title: str) -> bool:
    """False for the file names and job numbers that producers put in the Title field."""
    title = title.strip()
    letters = sum(ch.isalpha() for ch in title)
    digits = sum(ch.isdigit() for ch in title)
    return letters >= 3 and digits <= letters / 2 and not _FILE_NAME.search(title)


def split_authors(raw: str) -> list[str]:
    raw = re.sub(r"[{(]?\bet al\.?[})]?", "", raw)
    parts = re.split(r"\s*;\s*|\s+and\s+|\s*&\s*", raw)
    if len(parts) == 1 and raw.count(",") >= 2:  # "A. Smith, B. Jones, C. Wu" but not "Smith, Anne"
        parts = raw.split(",")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        for encoding in ("utf-8", "latin-1"):
            try:
                return value.decode(encoding)
            except UnicodeDecodeError:
                continue
    return str(value) if value is not None else ""


def _xmp_fields(packet: bytes) -> dict[str, list[str]]:
    """Local name -> values for the Dublin Core and PRISM fields of an XMP packet."""
    fields: dict[str, list[str]] = {}
    try:
        root = ET.fromstring(packet)
    except ET.ParseError:
        return fields
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if "prismstandard" in name:
                fields.setdefault(name.rsplit("}", 1)[-1].lower(), []).append(value)
        ns, _, local = element.tag.rpartition("}")
        if element.tag.startswith(_DC) or "prismstandard" in ns:
            values = [li.text.strip() for li in element.iter() if li.tag.endswith("}li") and li.text]
            if not values and element.text and element.text.strip():
                values = [element.text.strip()]
            fields.setdefault(local.lower(), []).extend(values)
    return fields


def _read_sources(data: bytes, password: str | None) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The info dictionary (decoded) and the XMP fields, or empty ones when pdfminer cannot read them."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            info = {str(k): _text(resolve1(v)) for k, v in (pdf.metadata or {}).items()}
            stream = resolve1(pdf.doc.catalog.get("Metadata"))
            packet = stream.get_data() if stream is not None and hasattr(stream, "get_data") else b""
    except Exception:  # noqa: BLE001 - metadata is a nicety; pdfium has already read the text
        log.debug("could not read PDF metadata", exc_info=True)
        return {}, {}
    return info, _xmp_fields(packet) if packet else {}


def _year(xmp: dict[str, list[str]]) -> int | None:
    for key in ("coverdate", "publicationdate", "coverdisplaydate"):
        for value in xmp.get(key, []):
            match = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value)
            if match:
                return int(match.group(1))
    return None


def _doi(info: dict[str, str], xmp: dict[str, list[str]], first_page: str) -> str:
    candidates = [info.get(k, "") for k in ("doi", "DOI", "WPS-ARTICLEDOI")]
    candidates += xmp.get("doi", []) + xmp.get("identifier", []) + xmp.get("description", [])
    candidates += [info.get("Subject", "")]
    for value in candidates:
        doi = find_doi(value)
        if doi:
            return doi
    return find_doi(first_page)


def read_metadata(data: bytes, password: str | None, first_page: str) -> DocumentMetadata:
    info, xmp = _read_sources(data, password)
    titles = xmp.get("title", []) + [info.get("Title", "")]
    title = next((" ".join(t.split()) for t in titles if plausible_title(t)), "")
    authors = [a for a in xmp.get("creator", []) if a.strip()]
    authors = split_authors("; ".join(authors)) if authors else split_authors(info.get("Author", ""))
    return DocumentMetadata(title=title, authors=authors, year=_year(xmp), doi=_doi(info, xmp, first_page))
