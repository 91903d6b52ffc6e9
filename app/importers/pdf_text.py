"""Clean-up that needs the whole document: running heads, hyphenation, ligatures, paragraph text."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from app.importers.pdf_chars import Segment
from app.importers.pdf_layout import Line

# Share of the page height, from the top and from the bottom, where running heads live.
MARGIN_BAND = 0.1
# Repeated heads and feet are removed only from documents of at least this many pages.
MIN_PAGES_FOR_HEADS = 3
# The Latin ligatures, and only those, get their compatibility decomposition (NFKC of the whole text
# would also rewrite superscripts, full-width forms and so on).
LIGATURES = str.maketrans({chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)})
_HYPHENS = ("-", "\u2010", "\u00ad")
# A lone page number; years are not page numbers.
_PAGE_NUMBER = re.compile(
    r"^\W{0,3}(?:page\s*)?(?!(?:19|20)\d\d\b)(\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\W{0,3}$", re.I
)
_NUMBER = re.compile(r"^\W{0,3}\d{1,4}\W{0,3}$")
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]++(?:-[^\W\d_]++)+")  # from word starts only: linear on a long line


@dataclass(slots=True)
class PageBox:
    """The page's extent in the same coordinates as its characters."""

    left: float
    bottom: float
    right: float
    top: float


def _margin_segments(segs: list[Segment], box: PageBox) -> list[tuple[str, Segment]]:
    """Segments in the page's margins: the top and bottom bands, the topmost and lowest segment, and
    vertical runs wholly in a side band (rotated stamps such as "Downloaded from ...")."""
    if not segs:
        return []
    band = MARGIN_BAND * (box.top - box.bottom)
    side = MARGIN_BAND * (box.right - box.left)
    highest = max(segs, key=lambda s: s.top)
    lowest = min(segs, key=lambda s: s.bottom)
    found = []
    for s in segs:
        if s.bottom >= box.top - band or s is highest:
            found.append(("top", s))
        elif s.top <= box.bottom + band or s is lowest:
            found.append(("bottom", s))
        elif (s.x1 <= box.left + side or s.x0 >= box.right - side) and s.top - s.bottom > 3 * (s.x1 - s.x0):
            found.append(("side", s))
    return found


def _shares_a_line(seg: Segment, segs: list[Segment]) -> bool:
    """A number beside text on its line is a paragraph or line number, not a page number (nor is an
    "i" in a formula a roman one)."""
    return any(
        other is not seg and min(other.top, seg.top) - max(other.bottom, seg.bottom) > 0.5 * seg.height
        for other in segs
    )


def _head_key(where: str, text: str) -> str:
    return where + ":" + re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _same_place(a: Segment, box_a: PageBox, b: Segment, box_b: PageBox) -> bool:
    """True if two segments sit where a running head would repeat: at the same height, and aligned
    left, right or centre, or mirrored (left on even pages, right on odd ones)."""
    tolerance = max(2.0, 0.5 * max(a.height, b.height))
    if abs(a.top - b.top) > 2 * tolerance:
        return False
    return (
        abs(a.x0 - b.x0) <= tolerance
        or abs(a.x1 - b.x1) <= tolerance
        or abs(a.x0 + a.x1 - b.x0 - b.x1) <= 2 * tolerance
        or abs((a.x0 - box_a.left) - (box_b.right - b.x1)) <= tolerance
    )


def drop_running_heads(pages: list[list[Segment]], boxes: list[PageBox], tick: Callable[[], None] = lambda: None
                       ) -> int:
    """Remove page numbers and headers/footers repeated on several pages, in place; return how many.

    A short text (one or two words) counts only where it repeats in the same place: a table's column
    heading ("CS", "F1") or a caption label ("Table 1") that happens to be the topmost text of two
    pages stays."""
    margins = [_margin_segments(segs, box) for segs, box in zip(pages, boxes, strict=True)]
    seen: dict[str, list[tuple[int, Segment]]] = defaultdict(list)
    if len(pages) >= MIN_PAGES_FOR_HEADS:  # a two-page letter has its letterhead twice: no running head
        for index, found in enumerate(margins):
            for where, s in found:
                seen[_head_key(where, s.text)].append((index, s))

    def repeated(index: int, where: str, s: Segment) -> bool:
        anywhere = len(s.text.split()) >= 3  # a journal's name repeats wherever the first page has it
        return any(
            other_index != index and (anywhere or _same_place(s, boxes[index], other, boxes[other_index]))
            for other_index, other in seen[_head_key(where, s.text)]
        )

    drops = []
    for index, (segs, found) in enumerate(zip(pages, margins, strict=True)):
        tick()  # a deadline: a crafted page can put thousands of pieces in its margins
        drops.append({
            id(s)
            for where, s in found
            if (repeated(index, where, s) or (len(pages) > 1 and _PAGE_NUMBER.match(s.text)))
            and not ((_NUMBER.match(s.text) or not repeated(index, where, s)) and _shares_a_line(s, segs))
        })
    if all(len(drop) == len(segs) for drop, segs in zip(drops, pages, strict=True)):
        return 0  # what repeats is all there is: it is the document, not its furniture
    removed = 0
    for segs, drop in zip(pages, drops, strict=True):
        if drop:
            segs[:] = [s for s in segs if id(s) not in drop]
            removed += len(drop)
    return removed


# A footnote starts with its mark: a number or a symbol, then (after at most a space) its text.
_FOOTNOTE = re.compile(r"(?:\d{1,3}|[*\u2217\u2020\u2021\u00a7\u00b6]{1,3}) ?[^\W\d]")
# A superscript note number set straight before the note's first word (not "2nd").
_NOTE_NUMBER = re.compile(r"^(\d{1,3})(?=[^\W\d])(?!st\b|nd\b|rd\b|th\b)")
# Footnotes are set smaller than the body text, and sit in the lower part of the page.
FOOTNOTE_SIZE = 0.9
FOOTNOTE_ZONE = 0.4


def _body_height(lines: list[Line]) -> float:
    """The page's body text size: the line height that carries most characters."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.height, 1)] += len(line.text)
    return sizes.most_common(1)[0][0]


def footnotes_last(lines: list[Line]) -> list[Line]:
    """Move footnotes to the end of the page, after all the body text of the page.

    A column's footnotes are the smaller lines at its foot, from the first that starts with a note
    mark ("4 We also...", "†Department..."), in the lower part of the page. Left where they are, they
    would cut into a paragraph that runs on from one column into the next."""
    if len(lines) < 3:
        return lines
    body = _body_height(lines)
    low = min(line.bottom for line in lines)
    zone = low + FOOTNOTE_ZONE * (max(line.top for line in lines) - low)
    notes: list[Line] = []
    kept: list[Line] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].block == lines[start].block:
            end += 1
        block = lines[start:end]
        small = len(block)
        while small > 0 and block[small - 1].height < FOOTNOTE_SIZE * body:
            small -= 1
        first = next(
            (
                k
                for k in range(max(small, 1), len(block))
                if block[k].new_paragraph
                and block[k].top < zone
                and len(block[k].text) >= 12  # not an axis label of a figure ("0 y")
                and _FOOTNOTE.match(block[k].text)
            ),
            None,
        )
        if notes and 0 < small < len(block) and block[small].top < zone and block[small].text[:1].islower():
            first = small  # the previous column's last note runs on at the foot of this one
            block[small].new_paragraph = False
        if first is None:
            kept += block
        else:
            kept += block[:first]
            notes += _mark_notes(block[first:])
        start = end
    return kept + notes if notes else lines


def _mark_notes(notes: list[Line]) -> list[Line]:
    """Each note starts a paragraph: a line that starts with a mark where the first note's mark stands
    (a short note leaves no room at its end to tell by)."""
    first = next((line for line in notes if line.new_paragraph), notes[0])
    for line in notes:
        if line is not first and abs(line.x0 - first.x0) < 0.5 * first.height and _FOOTNOTE.match(line.text):
            line.new_paragraph = True
        if line.new_paragraph:
            line.text = _NOTE_NUMBER.sub(r"\1 ", line.text, count=1)  # "7http://..." -> "7 http://..."
    return notes


_CAPTION = re.compile(r"(?:Table|Tab\.|Figure|Fig\.)\s*S?\d+")
_SENTENCE_END = (".", ":", "?", "!")
# A float (a table or figure and its caption) that a sentence runs past has at most this many lines;
# the lines before and after it are prose (table cells are shorter), the one after in lower case.
MAX_FLOAT_LINES = 80
MIN_PROSE = 30
_RUNS_ON = re.compile(r"[a-z][^\n]{19}")


def _prose(line: Line, size: float) -> bool:
    """A line of running text in the body size (not a table row, a figure label or a note)."""
    letters = sum(ch.isalpha() for ch in line.text)
    return (
        len(line.text) >= MIN_PROSE
        and letters > 0.7 * len(line.text.replace(" ", ""))
        and abs(line.height - size) < 0.15 * size
    )


def sentences_before_floats(lines: list[Line]) -> list[Line]:
    """Finish a sentence before a table or figure that stands in its way.

    A paragraph that ends a column mid-sentence goes on in the next column, but a float (a table or a
    figure with its caption) may stand at the top of that column. If the next column starts with a
    float, and the first running text after its caption starts in lower case, that paragraph is read
    before the float."""
    out = list(lines)
    for i in range(len(out) - 1):
        prev, nxt = out[i], out[i + 1]
        if nxt.block == prev.block or not prev.full or prev.text.endswith(_SENTENCE_END):
            continue
        if not _prose(prev, prev.height) or _prose(nxt, prev.height):
            continue
        captioned = False
        running = 0  # lines of running text in a row before the caption: then it is no float
        for j in range(i + 1, min(len(out), i + 1 + MAX_FLOAT_LINES)):
            line = out[j]
            prose = _prose(line, prev.height)
            if line.new_paragraph and _CAPTION.match(line.text):
                captioned = True
            elif not captioned:
                running = running + 1 if prose else 0
                if running > 1:
                    break
            elif prose and line.new_paragraph:
                if _RUNS_ON.match(line.text) and line.block != prev.block:
                    end = j + 1
                    while end < len(out) and not out[end].new_paragraph:
                        end += 1
                    out[i + 1 : end] = out[j:end] + out[i + 1 : j]
                break  # running text after the caption: the float is over
    return out


def hyphenated_words(pages: list[list[Line]]) -> set[str]:
    """Hyphenated compounds printed within a line, lower-cased, with each adjacent pair of parts."""
    found: set[str] = set()
    for lines in pages:
        for line in lines:
            for match in _COMPOUND.finditer(line.text.rstrip("-\u2010\u00ad")):
                parts = match.group().lower().split("-")
                found.add("-".join(parts))
                found.update(f"{a}-{b}" for a, b in zip(parts, parts[1:], strict=False))
    return found


def _join_hyphen(before: str, after: str, compounds: set[str]) -> bool:
    """Decide whether ``before-`` at a line end and ``after`` on the next line are one word."""
    if before.endswith("\u00ad"):
        return True
    stem = before[:-1].rsplit(" ", 1)[-1].lstrip("([{\"'\u2018\u201c")
    head = after.split(" ", 1)[0]
    if not stem or not head or not stem[-1].isalpha() or not head[0].islower():
        return False
    if "-" in stem or any(ch.isdigit() for ch in stem) or (len(stem) > 1 and stem.isupper()):
        return False  # part of a longer compound, or an acronym/number compound such as "HIV-related"
    word = head.rstrip(".,;:!?)]}\"'\u2019\u201d")
    return f"{stem.lower()}-{word.lower()}" not in compounds


def _continues(prev: Line, cur: Line) -> bool:
    """A paragraph that runs on from the end of one column into the next."""
    if not cur.new_paragraph or cur.block == prev.block or not prev.full or cur.own_line:
        return False
    if not cur.text[:1].islower():
        return False
    return prev.text.endswith(_HYPHENS) or not prev.text.endswith((".", ":", "?", "!"))


# Spacing accents that TeX and others draw as glyphs of their own over or under a letter, and the
# combining marks they stand for. The grave and acute accents are left out: they double as quotes.
ACCENTS = {
    "\u00a8": "\u0308", "\u02c6": "\u0302", "\u02dc": "\u0303", "\u00af": "\u0304", "\u02d8": "\u0306",
    "\u02d9": "\u0307", "\u02da": "\u030a", "\u00b8": "\u0327", "\u02dd": "\u030b", "\u02c7": "\u030c",
    "\u02db": "\u0328",
}
_ACCENT_AFTER = re.compile(f"([^\\W\\d_])([{''.join(ACCENTS)}])")
_ACCENT_BEFORE = re.compile(f"([{''.join(ACCENTS)}])([^\\W\\d_])")
_ACCENT_TWO_AFTER = re.compile(f"([^\\W\\d_])([^\\W\\d_])([{''.join(ACCENTS)}])")


def _composed(letter: str, accent: str) -> str | None:
    """The precomposed letter ("o" + "˝" -> "ő"), or None if Unicode has none (math: "γ˜" stays)."""
    if letter == "\u0131":  # dotless i, as TeX sets it under an accent
        letter = "i"
    composed = unicodedata.normalize("NFC", letter + ACCENTS[accent])
    return composed if len(composed) == 1 else None


def compose_accents(text: str) -> str:
    """Put accents printed as separate glyphs onto their letter: "Ageˆncia" -> "Agência"."""
    if not any(accent in text for accent in ACCENTS):
        return text
    text = _ACCENT_AFTER.sub(lambda m: _composed(m[1], m[2]) or m[0], text)
    text = _ACCENT_BEFORE.sub(lambda m: _composed(m[2], m[1]) or m[0], text)
    return _ACCENT_TWO_AFTER.sub(_two_back, text)


def _two_back(match: re.Match[str]) -> str:
    """An accent drawn after the letter that follows its own ("Erdos˝" -> "Erdős")."""
    composed = _composed(match[1], match[3])
    return composed + match[2] if composed else match[0]


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def logical_order(text: str) -> str:
    """Hebrew and Arabic come out of the layout in visual order (left to right on the page): put
    right-to-left words back in reading order. Runs of RTL words are reversed, word order and letters;
    a line that is mostly RTL also has its runs in reverse order."""
    if not _RTL.search(text):
        return text
    runs: list[tuple[bool, list[str]]] = []
    for word in text.split(" "):
        rtl = bool(_RTL.search(word))
        if runs and runs[-1][0] == rtl:
            runs[-1][1].append(word)
        else:
            runs.append((rtl, [word]))
    ordered = [" ".join(w[::-1] for w in reversed(words)) if rtl else " ".join(words) for rtl, words in runs]
    letters = [ch for ch in text if ch.isalpha()]
    rtl_letters = sum(1 for ch in letters if _RTL.match(ch))
    if rtl_letters > len(letters) - rtl_letters:
        ordered.reverse()
    return " ".join(ordered)


def page_text(lines: list[Line], compounds: set[str]) -> str:
    """Join a page's lines: a paragraph's lines with a space, or with nothing after a hyphen, an en or
    em dash or a slash that ends a line straight after a word."""
    out: list[str] = []
    prev: Line | None = None
    for line in lines:
        text = logical_order(line.text)
        if prev is None:
            out.append(text)
        elif line.new_paragraph and not _continues(prev, line):
            out.append("\n" + text)
        elif prev.text.endswith(_HYPHENS):
            if _join_hyphen(prev.text, text, compounds):
                out[-1] = out[-1][:-1]
            elif out[-1].endswith("\u00ad"):
                out[-1] = out[-1][:-1] + "-"
            out.append(text)
        elif re.search(r"\w[\u2013\u2014/]$", prev.text):  # "737–" + "9", "model—" + "even", "and/" + "or"
            out.append(text)
        else:
            out.append(" " + text)
        prev = line
    return compose_accents("".join(out).replace("\u00ad", "").translate(LIGATURES))
