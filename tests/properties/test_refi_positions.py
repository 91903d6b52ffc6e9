"""REFI-QDA positions (app/refi/positions.py): selections given in Unicode code points of the source's text, as
the standard says, import onto exactly the words they name, whatever the text holds (emoji, accents, CRLF
line ends, a byte-order mark).

Only the stable contract is checked here, through the public import: selections that start and end where a
word does (so no guessed reading could fit them better), never inside a CRLF pair.
"""

from __future__ import annotations

import codecs
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.documents import get_document, list_documents
from app.core.project import create_project
from app.core.units import list_units
from app.refi import import_qdpx
from tests.properties.strategies import PIECES

pytestmark = pytest.mark.slow  # each example creates a study and imports into it (fsync'ed commits)
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\u2028\u2029\x85")
RAW = st.lists(st.one_of(st.sampled_from(PIECES), PRINTABLE), min_size=1, max_size=50).map("".join)


def _word_edges(raw: str) -> list[int]:
    """Positions where no word runs through (code points of ``raw``), never between a CR and its LF."""
    def normal(i: int) -> str:  # the character at i once CRLF is one line end
        return "\n" if raw[i] == "\r" else raw[i]
    return [i for i in range(len(raw) + 1)
            if (i == 0 or i == len(raw) or not (normal(i - 1).isalnum() and normal(i).isalnum()))
            and not (0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n")]


def _qdpx(path: Path, raw: str, spans: list[tuple[int, int]], bom: bool) -> Path:
    g = "{:08x}-0000-4000-8000-{:012x}".format
    sels = "".join(f'<PlainTextSelection guid="{g(100 + i, 100 + i)}" name="s{i}" startPosition="{a}" '
                   f'endPosition="{b}"><Coding guid="{g(500 + i, 500 + i)}"><CodeRef targetGUID="{g(10, 10)}"/>'
                   f"</Coding></PlainTextSelection>" for i, (a, b) in enumerate(spans))
    qde = (f'<?xml version="1.0" encoding="utf-8"?><Project name="p" origin="a property test" '
           f'xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="{g(10, 10)}" name="C" isCodable="true"/>'
           f'</Codes></CodeBook><Sources><TextSource guid="{g(50, 50)}" name="T" '
           f'plainTextPath="internal://{g(51, 51)}.txt">{sels}</TextSource></Sources></Project>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("project.qde", qde)
        zf.writestr(f"sources/{g(51, 51)}.txt", (codecs.BOM_UTF8 if bom else b"") + raw.encode("utf-8"))
    return path


def _normalised(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\r", "\n")


@st.composite
def sources(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]], bool]:
    raw = draw(RAW.filter(lambda r: any(c.isalnum() for c in r)))
    edges = _word_edges(raw)
    pairs = st.tuples(st.sampled_from(edges), st.sampled_from(edges)).filter(lambda p: p[0] != p[1])
    spans = draw(st.lists(pairs.map(sorted).map(tuple), min_size=1, max_size=6))
    return raw, spans, draw(st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources())
def test_code_point_selections_import_onto_the_same_words(source: tuple[str, list[tuple[int, int]], bool]) -> None:
    raw, spans, bom = source
    with tempfile.TemporaryDirectory() as folder:
        path = _qdpx(Path(folder) / "p.qdpx", raw, spans, bom)
        with create_project(Path(folder) / "p.lectio", reviewer="Me") as project:
            import_qdpx(project, path)
            (doc,) = list_documents(project)
            body = get_document(project, doc.id).text
            units = list_units(project)
            assert body == _normalised(raw)
            assert all(body[u.start:u.end] == u.text for u in units)
            assert {u.text for u in units} == {_normalised(raw[a:b]) for a, b in spans}
