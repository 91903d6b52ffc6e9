"""An article's front matter read from its first page: title, authors and year, and the name it gets.

Many journal PDFs carry no usable metadata (an empty Title, a job number, only the first author), but
their first page always shows the title in the largest type, the authors under it and a copyright or
publication line. The document is then named as researchers cite it: "Tully et al. 2010 — Patient
Experiences of Structured Heart Failure Programmes", not "hindawi_rrp2010_tully_…".
"""

from __future__ import annotations

import re
from collections import Counter

from app.importers.base import DocumentMetadata
from app.importers.pdf_layout import Line
from app.importers.pdf_meta import plausible_title

# The title is set at least this much larger than the body text.
TITLE_OVER_BODY = 1.2
MAX_TITLE_LINES = 6
MAX_NAME_TITLE = 150
# Labels set in title type that are not the title.
_LABELS = re.compile(
    r"^(?:(?:original|research|review|short|brief)\s+)?(?:research\s+)?(?:article|paper|report|review|"
    r"communication|letter|editorial|commentary)s?\b(?:\s+open\s+access)?$|^open\s+access$|^proposed\s+rules$",
    re.I,
)
_NOT_TITLE = re.compile(r"@|www\.|https?://|\bdoi\b|^abstract$", re.I)
_MARKS = re.compile(r"[\d*∗†‡§¶#,]+$|[\d*∗†‡§¶]+(?=\s|$)")
_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’\-.]*\.?\s+){1,4}[A-ZÀ-Þ][\w'’\-]+$")
_YEAR = r"(19[5-9]\d|20[0-4]\d)"
_YEAR_PATTERNS = (
    re.compile(rf"(?:©|\(c\)|copyright)\s*(?:©\s*)?{_YEAR}\b", re.I),
    re.compile(rf"\bpublished(?:\s+online)?:?\s+(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?{_YEAR}\b",
               re.I),
    re.compile(rf"\b(?:proceedings of|volume|vol\.)\s[^\n]{{0,60}}?\b{_YEAR}\b", re.I),
)


def _body_height(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.height, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _title_like(text: str) -> bool:
    return not _NOT_TITLE.search(text) and not _LABELS.match(text.strip())


def title_lines(lines: list[Line], page_top: float, page_bottom: float) -> tuple[int, int] | None:
    """(first, end) indices of the title's lines: the largest type in the upper half of the page that is
    not a label, an address or a journal's masthead, clearly larger than the body text."""
    body = _body_height(lines)
    middle = page_bottom + 0.4 * (page_top - page_bottom)
    heights = sorted({round(line.height, 1) for line in lines if line.top > middle}, reverse=True)
    for height in heights:
        if height < TITLE_OVER_BODY * body:
            return None
        start = 0
        while start < len(lines):
            line = lines[start]
            if abs(line.height - height) > 0.5 or line.top <= middle or not _title_like(line.text):
                start += 1
                continue
            end = start + 1
            while (end < len(lines) and end - start < MAX_TITLE_LINES and abs(lines[end].height - height) <= 0.5
                   and _title_like(lines[end].text)):
                end += 1
            text = " ".join(lines[k].text for k in range(start, end))
            if len(text.split()) >= 3 and plausible_title(text):
                return start, end
            start = end
    return None


def _names(text: str) -> list[str]:
    """Author names from a by-line: "A. Smith1*, B. Jones2,3 and C. Wu" -> ["A. Smith", "B. Jones", "C. Wu"]."""
    text = re.sub(r"(?<=\w)[\d*∗†‡§¶]+(?:,\d+)*", "", text)
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s{2,}", text)
    names = [" ".join(_MARKS.sub("", p).split()) for p in parts]
    return [n for n in names if n]


def page_authors(lines: list[Line], title_end: int) -> list[str]:
    """The by-line right under the title, with more lines of names in the same type."""
    authors: list[str] = []
    height = None
    for line in lines[title_end : title_end + 8]:
        names = _names(line.text)
        if not names or not all(_NAME.match(n) for n in names):
            if authors:
                break
            continue
        if height is not None and abs(line.height - height) > 0.5:
            break
        height = line.height
        authors += names
    return authors


def page_year(text: str) -> int | None:
    for pattern in _YEAR_PATTERNS:
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    return None


def _surname(name: str) -> str:
    if "," in name:  # "Smith, Anne"
        name = name.split(",", 1)[0]
        last = name.strip()
    else:
        last = name.split()[-1] if name.split() else ""
    return last.title() if last.isupper() and len(last) > 1 else last


def read_front(lines: list[Line], page_top: float, page_bottom: float, first_page: str,
               metadata: DocumentMetadata) -> None:
    """Fill what ``metadata`` lacks (title, authors, year) from the first page, in place."""
    found = title_lines(lines, page_top, page_bottom)
    if found is not None:
        start, end = found
        if not metadata.title:
            metadata.title = " ".join(" ".join(lines[k].text for k in range(start, end)).split())
        authors = page_authors(lines, end)
        same_first = bool(metadata.authors) and bool(authors) and _surname(metadata.authors[0]) == _surname(authors[0])
        if authors and (not metadata.authors or (same_first and len(authors) > len(metadata.authors))):
            metadata.authors = authors
    if metadata.year is None:
        metadata.year = page_year(first_page)


def document_name(metadata: DocumentMetadata) -> str:
    """"Tully et al. 2010 — Patient Experiences of …" from the metadata, or '' without a title."""
    title = " ".join(metadata.title.split()).rstrip(".")
    if not title:
        return ""
    if len(title) > MAX_NAME_TITLE:
        title = title[:MAX_NAME_TITLE].rsplit(" ", 1)[0] + "…"
    names = [_surname(a) for a in metadata.authors if _surname(a)]
    if len(names) > 2:
        who = f"{names[0]} et al."
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}"
    else:
        who = names[0] if names else ""
    cite = " ".join(part for part in (who, str(metadata.year or "")) if part)
    return f"{cite} — {title}" if cite else title
