"""Turn the positions another tool wrote into code points of the text as Lectio stores it.

REFI-QDA 1.5 (section 10.2): a text selection is given by Unicode code points of the source's plain text
file, the first being 0, end exclusive. The text "as stored" is the file's text: a byte-order mark at its
start is not part of the text (QualCoder writes one) and a CRLF pair is two code points. Lectio keeps the
text with ``"\\n"`` line ends, so positions are counted on the stored text and then mapped onto Lectio's.

That standard reading is used unless the evidence against it is overwhelming and unambiguous:
- the file's ``origin`` names a writer known to count otherwise (NVivo for Windows counts UTF-16 code
  units) — and that reading keeps every selection on the text; or
- the standard reading puts some selection outside the text, while exactly one other reading puts all of
  them on the text (and not inside a surrogate pair).
A selection that starts or ends mid-word is legal and never counts as evidence. The user may force the
reading (``standard`` or ``utf16``).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

STANDARD = "standard"
UTF16 = "utf16"
READINGS = (STANDARD, UTF16)  # what a user may choose
LABELS = {
    STANDARD: "Unicode code points (the REFI-QDA standard)",
    UTF16: "UTF-16 code units (as NVivo for Windows counts)",
    "lf": "code points with each CRLF line end counted as one",
    "utf16-lf": "UTF-16 code units with each CRLF line end counted as one",
    "bom": "code points counting the byte-order mark",
    "utf16-bom": "UTF-16 code units counting the byte-order mark",
}


@dataclass
class DecodedText:
    raw: str  # as stored in the file, without the byte-order mark
    text: str  # line ends normalised to "\n"
    bom: bool
    warnings: list[str]


def decode_text(data: bytes) -> DecodedText:
    warnings: list[str] = []
    bom = False
    raw = None
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            bom = True
            raw = data[len(mark):].decode(encoding, errors="replace")
            break
    if raw is None:
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError:
            raw = data.decode("cp1252", errors="replace")
            warnings.append("is not UTF-8 as the standard requires; read as Windows-1252")
    return DecodedText(raw, raw.replace("\r\n", "\n").replace("\r", "\n"), bom, warnings)


def _raw_to_text(raw: str) -> list[int]:
    """Index in ``raw`` → index in the normalised text (the CR of a CRLF pair falls on its LF)."""
    out = [0] * (len(raw) + 1)
    t = 0
    for i, ch in enumerate(raw):
        out[i] = t
        if not (ch == "\r" and i + 1 < len(raw) and raw[i + 1] == "\n"):
            t += 1
    out[len(raw)] = t
    return out


def _utf16_to_cp(s: str) -> list[int]:
    """UTF-16 offset → code point index; -1 inside a surrogate pair."""
    out: list[int] = []
    for i, ch in enumerate(s):
        out.append(i)
        if ord(ch) > 0xFFFF:
            out.append(-1)
    out.append(len(s))
    return out


Mapper = Callable[[int], int]  # position as the file counts it → index in the normalised text, or -1


def mapper(dec: DecodedText, reading: str) -> Mapper:
    """The position mapper of one reading (see ``LABELS``)."""
    raw, text = dec.raw, dec.text
    r2t = _raw_to_text(raw) if "\r" in raw else None

    def via_raw(p: int) -> int:
        if not 0 <= p <= len(raw):
            return -1
        return r2t[p] if r2t else p

    def on_text(p: int) -> int:
        return p if 0 <= p <= len(text) else -1

    def utf16(base: str, then: Mapper) -> Mapper:
        if all(ord(c) <= 0xFFFF for c in base):
            return then
        table = _utf16_to_cp(base)
        return lambda p: then(table[p]) if 0 <= p < len(table) and table[p] >= 0 else -1

    def bom_counted(fn: Mapper) -> Mapper:
        return lambda p: fn(p - 1) if p > 0 else -1

    if reading == STANDARD:
        return via_raw
    if reading == UTF16:
        return utf16(raw, via_raw)
    if reading == "lf":
        return on_text
    if reading == "utf16-lf":
        return utf16(text, on_text)
    if reading == "bom":
        return bom_counted(via_raw)
    if reading == "utf16-bom":
        return bom_counted(utf16(raw, via_raw))
    raise ValueError(f"unknown reading of positions: {reading!r}")


def _alternatives(dec: DecodedText) -> list[str]:
    """Other readings that differ from the standard's on this text."""
    out: list[str] = []
    astral = any(ord(c) > 0xFFFF for c in dec.raw)
    if astral:
        out.append(UTF16)
    if "\r\n" in dec.raw:
        out.append("lf")
        if astral:
            out.append("utf16-lf")
    if dec.bom:
        out.append("bom")
        if astral:
            out.append("utf16-bom")
    return out


def writer_counts_utf16(origin: str) -> bool:
    """True when ``origin`` names NVivo for Windows (NVivo for Mac writes the standard's code points)."""
    low = origin.casefold()
    return "nvivo" in low and "mac" not in low


def mapped(spans: list[tuple[int, int]], fn: Mapper) -> list[tuple[int, int]]:
    return [(fn(a), fn(b)) for a, b in spans]


def _fits(result: list[tuple[int, int]]) -> bool:
    return all(a >= 0 and b >= 0 and a <= b for a, b in result)


@dataclass
class Reading:
    key: str
    why: str
    fn: Mapper

    @property
    def label(self) -> str:
        return LABELS[self.key]


def choose_reading(dec: DecodedText, spans: list[tuple[int, int]], *, origin: str = "",
                   forced: str | None = None) -> Reading:
    """How to read ``spans`` (as written in the file) on this text; see the module docstring."""
    if forced:
        return Reading(forced, "chosen by the user", mapper(dec, forced))
    standard = mapper(dec, STANDARD)
    alternatives = _alternatives(dec)
    if not alternatives or not spans:
        return Reading(STANDARD, "the standard", standard)
    if writer_counts_utf16(origin) and UTF16 in alternatives:
        utf16 = mapper(dec, UTF16)
        if _fits(mapped(spans, utf16)):
            return Reading(UTF16, f"the file was written by {origin}, which counts UTF-16 code units", utf16)
    results = mapped(spans, standard)
    if _fits(results):
        if writer_counts_utf16(origin) and UTF16 in alternatives:
            return Reading(STANDARD, f"the file names {origin}, but only the standard's reading puts every "
                                     f"selection on the text", standard)
        return Reading(STANDARD, "the standard", standard)
    bad = sum(1 for a, b in results if a < 0 or b < 0 or a > b)
    fitting = {}
    for key in alternatives:
        fn = mapper(dec, key)
        result = mapped(spans, fn)
        if _fits(result):
            fitting.setdefault(tuple(result), (key, fn))
    if len(fitting) == 1:
        key, fn = next(iter(fitting.values()))
        return Reading(key, f"{bad} selection(s) lie outside the text when read by the standard, and this "
                            f"reading alone puts every selection on the text", fn)
    return Reading(STANDARD, "the standard", standard)
