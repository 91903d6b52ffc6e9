"""Turn the positions another tool wrote into code points of the text as Lectio stores it.

The standard counts Unicode code points of the plain text file, end exclusive. NVivo for Windows counts
UTF-16 code units (an emoji is two) of a file with CRLF line ends and a byte-order mark. Lectio stores
text without the mark and with ``"\\n"`` line ends, so each source's positions are mapped through
whichever reading of them fits: the one under which the most selections begin and end on word
boundaries wins, the standard's reading on a tie. Text where all readings agree needs no guess.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass
class DecodedText:
    raw: str  # as in the file, without the byte-order mark
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
    """Index in ``raw`` → index in the normalised text (a CR of a CRLF pair disappears)."""
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


Mapper = Callable[[int], int]  # position in the file's counting → index in the normalised text, or -1


def _mappers(dec: DecodedText) -> list[tuple[str, Mapper]]:
    """The readings worth trying, the standard's first; readings identical to an earlier one are left out."""
    raw, text = dec.raw, dec.text
    has_cr = "\r" in raw
    astral = any(ord(c) > 0xFFFF for c in raw)
    r2t = _raw_to_text(raw) if has_cr else None

    def via_raw(p: int) -> int:
        if not 0 <= p <= len(raw):
            return -1
        return r2t[p] if r2t else p

    found: list[tuple[str, Mapper]] = [("code points", via_raw)]
    if astral:
        u16_raw = _utf16_to_cp(raw)
        found.append(("UTF-16 code units", lambda p: via_raw(u16_raw[p]) if 0 <= p < len(u16_raw) else -1))
    if has_cr:
        found.append(("code points of the text with \\n line ends", lambda p: p if 0 <= p <= len(text) else -1))
        if astral:
            u16_text = _utf16_to_cp(text)
            found.append(("UTF-16 code units of the text with \\n line ends",
                          lambda p: u16_text[p] if 0 <= p < len(u16_text) else -1))
    if dec.bom:  # a few writers count the byte-order mark as the first character
        for label, fn in list(found):
            found.append((label + ", counting the byte-order mark", lambda p, fn=fn: fn(p - 1) if p > 0 else -1))
    return found


def _boundary(text: str, i: int) -> bool:
    return i <= 0 or i >= len(text) or not (text[i - 1].isalnum() and text[i].isalnum())


def _score(text: str, spans: list[tuple[int, int]], fn: Mapper) -> int:
    score = 0
    for start, end in spans:
        a, b = fn(start), fn(end)
        if a < 0 or b < 0 or a >= b:
            score -= 3
            continue
        score += _boundary(text, a) + _boundary(text, b)
    return score


def choose_mapping(dec: DecodedText, spans: list[tuple[int, int]]) -> tuple[str, Mapper]:
    """The reading of ``spans`` (as written in the file) that fits the text best, and its mapper."""
    candidates = _mappers(dec)
    best_label, best_fn = candidates[0]
    if len(candidates) == 1 or not spans:
        return best_label, best_fn
    best = _score(dec.text, spans, best_fn)
    for label, fn in candidates[1:]:
        score = _score(dec.text, spans, fn)
        if score > best:
            best, best_label, best_fn = score, label, fn
    return best_label, best_fn
