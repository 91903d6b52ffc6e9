"""Text as researchers' files hold it: accents (precomposed and combining), emoji (astral, ZWJ families, flags),
CJK, Windows line ends, tabs; and plain characters of any plane."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = ["é", "e\u0301", "ß", "Zoë", "😀", "👩\u200d👩\u200d👧", "🇫🇷", "𝔘", "漢字", "\r\n", "\r", "\n", "\t", " ",
          "word", "-", "’"]
CHARS = st.characters(blacklist_categories=("Cs",))  # any code point but a lone surrogate
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), CHARS), max_size=60).map("".join)
