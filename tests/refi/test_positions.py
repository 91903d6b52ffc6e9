"""Issue 14: REFI-QDA positions are read by the standard (Unicode code points of the text as stored, end
exclusive, a byte-order mark not counted) unless the file proves otherwise; nothing is shifted or dropped
on a guess; one span coded twice is one unit; a second import adds nothing; a round trip keeps every word."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.codebook import list_codes
from app.core.documents import get_document, list_documents
from app.core.project import create_project
from app.core.units import codes_of_units, list_units
from app.refi import export_qdpx, import_qdpx
from app.refi.positions import choose_reading, decode_text
from tests.refi.builders import Sel, Src, bom, code, gid, project, u16
from tests.refi.helpers import snapshot, state

C1, C2, C3 = gid(1), gid(2), gid(3)
CODES = [code(C1, "Trust"), code(C2, "Doubt"), code(C3, "Care")]


def coded(p) -> list[tuple[str, str, tuple[str, ...]]]:
    """(document, unit text, code names) for every unit, sorted: what a user sees after the import."""
    names = {c.id: c.name for c in list_codes(p)}
    docs = {d.id: d.name for d in list_documents(p)}
    units = list_units(p)
    codes = codes_of_units(p, [u.id for u in units])
    return sorted((docs[u.document_id], u.text, tuple(sorted(names[c] for c in codes.get(u.id, []))))
                  for u in units)


def words(raw: str, a: int, b: int) -> str:
    """What Lectio shows for raw[a:b]: line ends as "\n" (an end between CR and LF leaves the CR out)."""
    if raw[b - 1:b + 1] == "\r\n":
        b -= 1
    return raw[a:b].replace("\r\n", "\n").replace("\r", "\n")


def expected(text: str, sels: list[tuple[int, int, tuple[str, ...]]], doc: str = "Interview") -> list:
    return sorted((doc, words(text, a, b), codes) for a, b, codes in sels)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_bom_text_with_a_mid_word_selection_shifts_nothing(tmp_path):
    """QualCoder writes a BOM; one selection starting mid-word must not move the others."""
    text = "Speaker 1: I never trusted the clinic.\nSpeaker 2: Why not?\nSpeaker 1: They lost my file twice.\n"
    spans = [(text.index("never"), text.index("never") + len("never trusted"), ("Trust",)),
             (text.index("linic"), text.index("clinic.") + len("clinic"), ("Care",)),  # starts mid-word
             (text.index("lost my"), text.index("twice") + len("twice"), ("Doubt",))]
    sels = [Sel(a, b, [{"Trust": C1, "Doubt": C2, "Care": C3}[c[0]]]) for a, b, c in spans]
    path = project(tmp_path / "qc.qdpx", [Src("Interview", bom(text), sels)], CODES, origin="QualCoder 3.5")
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        assert coded(p) == expected(text, spans)
        assert get_document(p, list_documents(p)[0].id).text == text  # no BOM in the text
    assert result.info == ["positions read as Unicode code points (the REFI-QDA standard)"]
    assert not any("not imported" in w for w in result.warnings)


def _random_project(tmp_path, seed: int, *, crlf: bool, with_bom: bool):
    rng = random.Random(seed)
    words = ["care", "Zoë", "😀", "nurse", "🎉🎉", "never", "👩‍⚕️", "listened", "hôpital", "sleep", "à", "日本"]
    sep = "\r\n" if crlf else "\n"
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 12))) for _ in range(30)]
    raw = sep.join(lines) + sep
    spans = []
    for _ in range(40):
        a = rng.randrange(0, len(raw) - 1)
        b = rng.randrange(a + 1, min(len(raw), a + 60) + 1)
        spans.append((a, b, (rng.choice(["Trust", "Doubt", "Care"]),)))
    sels = [Sel(a, b, [{"Trust": C1, "Doubt": C2, "Care": C3}[c[0]]]) for a, b, c in spans]
    data = bom(raw) if with_bom else raw.encode("utf-8")
    path = project(tmp_path / f"r{seed}.qdpx", [Src("Interview", data, sels)], CODES)
    return raw, spans, path


@pytest.mark.parametrize("seed, crlf, with_bom", [(1, True, False), (2, False, True), (3, True, True),
                                                   (4, False, False)])
def test_random_offsets_with_emoji_and_crlf_are_read_by_the_standard(tmp_path, seed, crlf, with_bom):
    raw, spans, path = _random_project(tmp_path, seed, crlf=crlf, with_bom=with_bom)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        got = coded(p)
    merged: dict[tuple[int, int], set[str]] = {}
    for a, b, c in spans:  # the same span coded twice is one unit with both codes
        merged.setdefault((a, b), set()).update(c)
    assert got == sorted(("Interview", words(raw, a, b), tuple(sorted(c))) for (a, b), c in merged.items())
    assert "Unicode code points" in result.info[0]
    assert not any("not imported" in w for w in result.warnings)


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_two_codes_on_one_span_become_one_unit_with_two_codes(tmp_path):
    text = "We waited four hours and nobody told us anything.\n"
    a, b = text.index("nobody"), text.index("anything") + len("anything")
    sels = [Sel(a, b, [C1]), Sel(a, b, [C2]), Sel(a, b, [C3], user="")]  # one per code, as QualCoder writes
    path = project(tmp_path / "two.qdpx", [Src("Interview", text.encode(), sels)], CODES)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        import_qdpx(p, path)
        got = coded(p)
    assert ("Interview", "nobody told us anything", ("Doubt", "Trust")) in got
    assert len([g for g in got if g[1] == "nobody told us anything"]) == 2  # the user-less one is "Me"'s


def test_a_second_import_of_the_same_file_adds_nothing(tmp_path):
    raw, spans, path = _random_project(tmp_path, 7, crlf=True, with_bom=True)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        import_qdpx(p, path)
        once, counts = snapshot(p), state(p)
        again = import_qdpx(p, path).value
        assert snapshot(p) == once and state(p) == counts
    assert again.line() == f"{path.name}: nothing new to import"


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_round_trip_keeps_every_coding_on_its_words(tmp_path):
    raw, spans, path = _random_project(tmp_path, 11, crlf=True, with_bom=True)
    with create_project(tmp_path / "a.lectio", reviewer="Me") as a:
        import_qdpx(a, path)
        first = coded(a)
        export_qdpx(a, tmp_path / "out.qdpx")
        import_qdpx(a, tmp_path / "out.qdpx")  # back into the same study: nothing new
        assert coded(a) == first
    with create_project(tmp_path / "b.lectio", reviewer="Me") as b:
        result = import_qdpx(b, tmp_path / "out.qdpx").value
        assert coded(b) == first
    assert "Unicode code points" in result.info[0]


def test_a_selection_outside_the_text_is_reported_by_name_and_position_and_the_rest_stay(tmp_path):
    text = "Short text 😀 with an emoji.\n"
    good = Sel(0, 5, [C1], name="first words")
    bad = Sel(20, 400, [C2], name="too far")
    path = project(tmp_path / "bad.qdpx", [Src("Interview", text.encode(), [good, bad])], CODES)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        assert coded(p) == [("Interview", "Short", ("Trust",))]
    assert any("'too far' at 20–400" in w and "outside the text" in w for w in result.warnings)
    assert "Unicode code points" in result.info[0]


def test_overwhelming_evidence_utf16_is_used_when_only_it_puts_every_selection_on_the_text(tmp_path):
    """No origin, but the last selection ends past the text in code points and exactly on it in UTF-16."""
    text = "😀😀😀 Emoji first, then words at the end"
    start = text.index("end")
    sel = Sel(u16(text[:start]), u16(text), [C1])
    path = project(tmp_path / "u.qdpx", [Src("Interview", text.encode(), [sel])], CODES)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        assert coded(p) == [("Interview", "end", ("Trust",))]
    assert "UTF-16" in result.info[0] and "outside the text" in result.info[0]


def test_forcing_utf16_reports_selections_inside_an_emoji_and_drops_nothing_else(tmp_path):
    text = "A 😀 b c d e f"
    sels = [Sel(2, 4, [C1], name="on emoji"), Sel(3, 5, [C2], name="half emoji")]  # UTF-16: 3 is inside 😀
    path = project(tmp_path / "f.qdpx", [Src("Interview", text.encode(), sels)], CODES)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path, positions="utf16").value
        assert coded(p) == [("Interview", "😀", ("Trust",))]
    assert any("'half emoji' at 3–5" in w and "surrogate pair" in w for w in result.warnings)


# -- the mapping itself ----------------------------------------------------------------------------------
TEXT = st.lists(st.sampled_from(list("ab é\r\n\t😀👍日") + ["\r\n"]), min_size=1, max_size=40).map("".join)


@settings(max_examples=100, deadline=None)
@given(TEXT, st.data(), st.booleans())
def test_standard_positions_always_map_onto_the_same_words(raw, data, with_bom):
    dec = decode_text(bom(raw) if with_bom else raw.encode("utf-8"))
    spans = [tuple(sorted(data.draw(st.lists(st.integers(0, len(raw)), min_size=2, max_size=2))))
             for _ in range(data.draw(st.integers(1, 5)))]
    reading = choose_reading(dec, spans)  # mid-word, random, anything legal: never evidence
    assert reading.key == "standard"
    for a, b in spans:
        assert dec.text[reading.fn(a):reading.fn(b)] == words(raw, a, b)


@settings(max_examples=100, deadline=None)
@given(TEXT, st.data())
def test_nvivo_utf16_positions_map_onto_the_same_words(raw, data):
    dec = decode_text(bom(raw))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(raw)), min_size=2, max_size=2)))
    a, b = cuts
    reading = choose_reading(dec, [(u16(raw[:a]), u16(raw[:b]))], origin="NVivo for Windows 12.6")
    if any(ord(c) > 0xFFFF for c in raw):
        assert reading.key == "utf16"
    start, end = reading.fn(u16(raw[:a])), reading.fn(u16(raw[:b]))
    assert dec.text[start:end] == words(raw, a, b)


def test_an_nvivo_origin_is_overruled_when_its_reading_leaves_the_text(tmp_path):
    text = "Words first and then 😀😀😀😀"
    sel = Sel(len(text) - 3, len(text), [C1], name="emoji")  # UTF-16: 22 is inside the first emoji
    path = project(tmp_path / "n.qdpx", [Src("Interview", text.encode(), [sel])], CODES, origin="NVivo 14")
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        result = import_qdpx(p, path).value
        assert coded(p) == [("Interview", "😀😀😀", ("Trust",))]
    assert result.info == ["positions read as Unicode code points (the REFI-QDA standard) (the file names NVivo 14, "
                           "but only the standard's reading puts every selection on the text)"]
