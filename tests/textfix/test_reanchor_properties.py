"""Properties of re-anchoring: random texts, random units, random edits. A unit outside every edit keeps
exactly its words; a unit an edit touches is flagged (changed or deleted), never silently shifted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.reanchor import Remap, apply_edits, edits_from_diff

ALPHABET = st.sampled_from(list("aab cde\n\r\u00e9\u00fc") + ["\U0001F600", "\u05d0", "\u3042", " "])


@st.composite
def text_units_edits(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], list[tuple[int, int, str]]]:
    text = draw(st.text(alphabet=ALPHABET, min_size=0, max_size=120))
    n = len(text)
    units = []
    for _ in range(draw(st.integers(0, 8))):
        if n == 0:
            break
        s = draw(st.integers(0, n - 1))
        e = draw(st.integers(s + 1, n))
        units.append((s, e))
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    edits: list[tuple[int, int, str]] = []
    at = 0
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a < at:
            continue
        if edits and a == edits[-1][1] == at and edits[-1][0] == edits[-1][1] == a:
            continue
        repl = draw(st.text(alphabet=ALPHABET, max_size=6))
        if a == b and not repl:
            continue
        edits.append((a, b, repl))
        at = b + 1  # leave a character between two edits so they never meet
    return text, units, edits


def touched(s: int, e: int, edits: list[tuple[int, int, str]]) -> bool:
    return any((a < e and b > s) if a < b else (s < a < e) for a, b, _t in edits)


@settings(max_examples=400, deadline=None)
@given(text_units_edits())
@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_units_outside_the_edits_keep_their_words_and_the_others_are_flagged(case) -> None:  # type: ignore[no-untyped-def]
    old, units, edits = case
    new = apply_edits(old, edits)
    remap = Remap(edits)
    for s, e in units:
        placed = remap.span(s, e)
        assert 0 <= placed.start <= placed.end <= len(new)
        if touched(s, e, edits):
            assert placed.status in {"changed", "deleted"}
            assert (placed.start == placed.end) == (placed.status == "deleted")
        else:
            assert new[placed.start:placed.end] == old[s:e]
            assert placed.status == ("unchanged" if placed.start == s else "moved")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=150), st.text(alphabet=ALPHABET, max_size=150))
def test_a_diff_rebuilds_the_new_text_and_a_unit_it_does_not_touch_keeps_its_words(old: str, new: str) -> None:
    edits = edits_from_diff(old, new)
    assert apply_edits(old, edits) == new
    remap = Remap(edits)
    for s in range(0, len(old), 7):
        for e in range(s + 1, min(len(old), s + 20) + 1, 5):
            placed = remap.span(s, e)
            if placed.status in {"unchanged", "moved"}:
                assert new[placed.start:placed.end] == old[s:e]


def test_pages_and_turns_follow_the_text() -> None:
    old = "Page one text.\fPage two text."
    edits = [(5, 8, "first")]  # "one" → "first"
    remap = Remap(edits)
    assert apply_edits(old, edits)[remap.point(15):] == "Page two text."
    assert remap.point(15) == 17  # the second page now starts two characters later
    assert remap.point(0) == 0
    assert remap.point(6) == 5 and remap.point(6, at_start=False) == 10  # inside the replaced word
