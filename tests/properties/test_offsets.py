"""The UI's offset map (app/ui/text_offsets.py), checked against Python's own UTF-16 encoding, which is how Qt
counts: code points ↔ UTF-16 positions round-trip, and a position inside a surrogate pair snaps back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ui.text_offsets import OffsetMap, from_qt, to_qt
from tests.properties.strategies import TEXT


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(TEXT)
@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_every_code_point_offset_maps_to_its_utf16_position_and_back(text: str) -> None:
    offsets = OffsetMap(text)
    for i in range(len(text) + 1):
        qt = offsets.to_qt(i)
        assert qt == utf16_len(text[:i])
        assert offsets.from_qt(qt) == i
        assert (to_qt(text, i), from_qt(text, qt)) == (qt, i)  # the one-off helpers agree


@given(TEXT)
def test_every_utf16_position_maps_to_the_character_it_falls_in(text: str) -> None:
    offsets = OffsetMap(text)
    starts = [utf16_len(text[:i]) for i in range(len(text) + 1)]
    for position in range(starts[-1] + 1):
        i = offsets.from_qt(position)
        assert 0 <= i <= len(text)
        assert starts[i] <= position and (i == len(text) or position < starts[i + 1])  # snapped back, never on


@given(TEXT, st.data())
def test_a_selection_made_in_qt_is_the_same_words_in_core(text: str, data: st.DataObject) -> None:
    """A span chosen in code points, shown in Qt and read back from Qt's positions, is the same substring."""
    offsets = OffsetMap(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    units = text.encode("utf-16-le")
    qa, qb = offsets.to_qt(a), offsets.to_qt(b)
    assert units[2 * qa:2 * qb].decode("utf-16-le") == text[a:b]
    assert text[offsets.from_qt(qa):offsets.from_qt(qb)] == text[a:b]
