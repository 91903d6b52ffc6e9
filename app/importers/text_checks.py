"""Checks that tell text that came out wrong from text that is right, without a full dictionary.

A PDF's text layer can be present and still wrong: stored byte-swapped ("䴀甀氀琀椀" for "Multi"), split
before each word's last letter by a poor OCR layer ("Th e Metropoli s Towe r"), or read backwards
when glyphs are drawn upside down. Script checks find the first; the share of single letters and of
the most common words of the major European languages find the others. The importer reads a
suspicious page a second time (pdfium's own text) and keeps whichever reading scores better, and
names the pages it could not repair.
"""

from __future__ import annotations

import re

# The most frequent words of English, German, French, Spanish, Italian, Dutch and Portuguese (the short
# function words that any running text is made of, whatever it is about).
_WORDS = """
    the of and to in a is that for it as was with be by on not he i this are or his from at which but have
    an had they you were their one all we can her has there been if more when will would who so no she other
    its may these them than some him time only do also into what after our any could two over first new
    most such those between both each how about many then very well should where while through because
    before being under during without same since however
    der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er
    hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor
    zur bis mehr durch man sein wurde sei
    le la les de des et un une du en est que qui dans pour pas au sur par plus ne se ce il sont avec
    el los las y en un una por con para es al lo como más pero sus le ya o este sí porque esta entre cuando
    il di che è per una non sono della con si da nel alla anche come ma
    het een van en de in is dat op te zijn met voor niet aan er om ook als bij door
    o os as um uma do da em para com não por mais dos das se na no ao
"""
COMMON_WORDS = frozenset(_WORDS.split())
_SINGLES = "a i o e y à è é ó u"
# Single letters that are words in these languages.
SINGLE_WORDS = frozenset(_SINGLES.split())
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def _swapped(ch: str) -> bool:
    """U+4D00 '䴀' is 'M' (U+004D) with its two bytes swapped: printable ASCII in the high byte, 0 below."""
    code = ord(ch)
    return code & 0xFF == 0 and 0x20 <= code >> 8 < 0x7F


_SWAPPED = re.compile("[" + "".join(chr(code << 8) for code in range(0x20, 0x7F)) + "]")
_BLANKS = re.compile(r"\s+")


def byte_swapped(text: str) -> bool:
    """True when most of the text's characters are ASCII stored as UTF-16 with its bytes swapped."""
    swapped = len(_SWAPPED.findall(text))
    return swapped >= 8 and swapped > 0.6 * len(_BLANKS.sub("", text))


def unswap(text: str) -> str:
    return "".join(chr(ord(ch) >> 8) if _swapped(ch) else ch for ch in text)


def latin_words(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text) if _LATIN.match(t)]


def split_share(words: list[str]) -> float:
    """Share of the words that are a lone letter that is no word of its own ("Th e", "Towe r")."""
    if not words:
        return 0.0
    lone = sum(1 for w in words if len(w) == 1 and w.islower() and w not in SINGLE_WORDS)
    return lone / len(words)


def common_share(words: list[str]) -> float:
    """Share of the words that are among the most common words of the major European languages."""
    if not words:
        return 0.0
    return sum(1 for w in words if w.lower() in COMMON_WORDS) / len(words)


# A page of running text has a fifth or more of common words; a page that reads garbled has almost none.
MIN_WORDS = 12
SAMPLE = 4000
LONGEST_WORD = 40  # no letter is put back onto a "word" this long (a crafted line of lone letters)
SPLIT = 0.12
GARBLED = 0.08
GOOD = 0.2


def suspicious(text: str) -> bool:
    """Worth a second reading: enough Latin words, and many lone letters or hardly any common words (judged
    on the first few thousand characters of the page)."""
    words = latin_words(text[:SAMPLE])
    if len(words) < MIN_WORDS:
        return False
    return split_share(words) > SPLIT or common_share(words) < GARBLED


def better(first: str, second: str) -> bool:
    """True if the second reading of a page is clearly the better one."""
    a, b = latin_words(first), latin_words(second)
    if len(b) < MIN_WORDS:
        return False
    split_a, split_b = split_share(a), split_share(b)
    common_a, common_b = common_share(a), common_share(b)
    if split_a > SPLIT and split_b <= SPLIT / 2 and common_b >= common_a:
        return True
    return common_a < GARBLED and common_b >= GOOD and split_b <= SPLIT


def split_words(text: str) -> bool:
    """Many lone lower-case letters, and putting them back on their words makes many more common words
    (a formula's "x" or a reference list's initials do not)."""
    words = latin_words(text[:SAMPLE])
    if len(words) < MIN_WORDS or split_share(words) <= SPLIT:
        return False
    return common_share(latin_words(join_split(text[:SAMPLE]))) >= common_share(latin_words(text[:SAMPLE])) + 0.1


_LONE = re.compile(r"^([^\W\d_])([.,;:!?)\]’'\"]*)$")


def join_split(text: str) -> str:
    """Put lone last letters back on their word: "Th e Metropoli s Towe r." -> "The Metropolis Tower.".

    Only for text that ``split_words`` flagged. A lone letter that may be a word of its own ("a", "i",
    or "y", "e", "o" after a common word) stays apart unless the joined word is a common one ("i s")."""
    out: list[str] = []
    tokens = text.split(" ")
    for index, token in enumerate(tokens):
        lone = _LONE.match(token)
        if lone and lone.group(1).islower() and out and out[-1][-1:].isalpha() and len(out[-1]) < LONGEST_WORD:
            letter, joined = lone.group(1), out[-1] + lone.group(1)
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            second = _LONE.match(following)
            head = bool(second) and not lone.group(2) and (letter + second.group(1)).lower() in COMMON_WORDS
            own = letter in SINGLE_WORDS and (letter in "ai" or out[-1].lower() in COMMON_WORDS)
            if joined.lower() in COMMON_WORDS or not (head or own):  # "o f": a two-letter word's first letter
                out[-1] = joined + lone.group(2)
                continue
        out.append(token)
    return " ".join(out)
