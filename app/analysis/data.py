"""One read of a study for analysis: documents, meaning units with their codes, the codebook, participants,
attributes and speaker turns, in a handful of queries (no unit text), then plain Python.

The *layer* is whose meaning units count: ``None`` = every reviewer's units (what the exports do by default),
a reviewer's id = that reviewer's units, the consensus reviewer's id = the consensus layer.
"""

from __future__ import annotations

import bisect
import functools
import gc
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from app.core.errors import LectioError, NotFound

if TYPE_CHECKING:
    from app.analysis.local import LocalStudy
    from app.core.project import Project

NO_VALUE = "(no value)"
F = TypeVar("F", bound=Callable[..., Any])


def paused_gc(fn: F) -> F:
    """Run ``fn`` with Python's cyclic garbage collector paused. Reading 100,000 units makes hundreds of
    thousands of small objects, none in a cycle; the collector's passes over them cost a third of the time."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True)
class Doc:
    id: str
    name: str
    position: int
    participant_id: str | None
    metadata: dict


class Unit(NamedTuple):
    """A meaning unit without its text; ``codes`` are code ids. (A named tuple: 100,000 are made per read.)"""

    id: str
    document_id: str
    reviewer_id: str
    start: int
    end: int
    codes: tuple[str, ...]  # code ids


@dataclass(frozen=True)
class CodeInfo:
    id: str
    name: str
    category_id: str | None
    position: int


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    theme_id: str | None
    parent_id: str | None
    position: int


@dataclass(frozen=True)
class AttributeInfo:
    id: str
    name: str
    type: str
    choices: tuple[str, ...]


@dataclass
class AnalysisData:
    layer: str  # "all reviewers", a reviewer's name, or "consensus"
    reviewer_id: str | None
    documents: list[Doc]  # in import order
    units: list[Unit]  # in document order, then start
    codes: dict[str, CodeInfo]
    categories: dict[str, CategoryInfo]
    themes: dict[str, tuple[str, int]]  # id → (name, position)
    reviewers: dict[str, str]  # id → name
    participants: dict[str, str]  # id → name
    attributes: dict[str, AttributeInfo]  # by id
    values: dict[tuple[str, str], str]  # (participant id, attribute id) → value
    turns: dict[str, list[tuple[int, int, str | None]]] = field(default_factory=dict)  # doc → (start, end, pid)
    _turn_index: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict, repr=False)
    _pids: list[str | None] | None = field(default=None, init=False, repr=False)  # unit_participants()

    # -- look-ups ---------------------------------------------------------------------------------
    @property
    def doc_by_id(self) -> dict[str, Doc]:
        return {d.id: d for d in self.documents}

    def in_reading_order(self, units: list[Unit]) -> list[Unit]:
        """Units in document (import) order, then by where they start."""
        order = {d.id: i for i, d in enumerate(self.documents)}
        return sorted(units, key=lambda u: (order.get(u.document_id, 0), u.start, u.end, u.id))

    def code_id(self, name: str) -> str:
        for c in self.codes.values():
            if c.name == name:
                return c.id
        for c in self.codes.values():
            if c.name.casefold() == name.casefold():
                return c.id
        raise NotFound(f"no code called {name!r}")

    def attribute(self, name: str) -> AttributeInfo | None:
        for a in self.attributes.values():
            if a.name.casefold() == name.casefold():
                return a
        return None

    def participant_of(self, unit: Unit) -> str | None:
        """The speaker of the turn where the unit starts (when mapped to a participant), else the document's."""
        turns = self.turns.get(unit.document_id)
        if turns:
            starts, max_end = self._turn_index.get(unit.document_id) or self._index_turns(unit.document_id)
            i = bisect.bisect_right(starts, unit.start) - 1
            while i >= 0 and max_end[i] > unit.start:  # turns before i cannot contain it once max_end ≤ start
                t_start, t_end, pid = turns[i]
                if t_start <= unit.start < t_end:
                    if pid:
                        return pid
                    break
                i -= 1
        doc = self._docs.get(unit.document_id)
        return doc.participant_id if doc else None

    def unit_participants(self) -> list[str | None]:
        """``participant_of`` for every unit, in the order of ``units`` (computed once per read: the figures
        ask for all of them, and one pass with the look-ups inlined is several times cheaper)."""
        if self._pids is not None:
            return self._pids
        doc_pid = {d.id: d.participant_id for d in self.documents}
        index = {doc: self._turn_index.get(doc) or self._index_turns(doc) for doc, turns in self.turns.items()
                 if turns}
        turns_of = self.turns
        out: list[str | None] = []
        append = out.append
        bisect_right = bisect.bisect_right
        for unit in self.units:
            doc = unit.document_id
            found = index.get(doc)
            if found is not None:
                starts, max_end = found
                turns = turns_of[doc]
                at = unit.start
                i = bisect_right(starts, at) - 1
                pid = None
                while i >= 0 and max_end[i] > at:  # as in participant_of
                    t_start, t_end, t_pid = turns[i]
                    if t_start <= at < t_end:
                        pid = t_pid
                        break
                    i -= 1
                if pid:
                    append(pid)
                    continue
            append(doc_pid.get(doc))
        self._pids = out
        return out

    def _index_turns(self, document_id: str) -> tuple[list[int], list[int]]:
        turns = self.turns[document_id]
        starts = [t[0] for t in turns]
        max_end: list[int] = []
        best = -1
        for t in turns:
            best = max(best, t[1])
            max_end.append(best)
        self._turn_index[document_id] = (starts, max_end)
        return starts, max_end

    def __post_init__(self) -> None:
        self._docs = {d.id: d for d in self.documents}

    def category_chain(self, category_id: str | None) -> list[str]:
        """The category and every category above it (a code in a sub-category belongs to its parents too)."""
        chain: list[str] = []
        while category_id and category_id in self.categories and category_id not in chain:
            chain.append(category_id)
            category_id = self.categories[category_id].parent_id
        return chain

    def theme_of_category(self, category_id: str | None) -> str | None:
        chain = self.category_chain(category_id)
        for cid in chain:  # the nearest category that sits in a theme (sub-categories inherit their parent's)
            theme = self.categories[cid].theme_id
            if theme in self.themes:
                return theme
        return None


class SharedIds(dict):
    """id → the one shared string of that id; an id not in it (a coding of a code no longer in the codebook, in
    a study written without foreign keys) stands for itself. Looked up with ``__getitem__`` inside ``map``."""

    def __missing__(self, key: str) -> str:
        return key


def resolve_layer(project: Project | LocalStudy, reviewer: str | None) -> str | None:
    """``None`` → every reviewer; ``"consensus"`` → the consensus layer; else a reviewer by name or id."""
    if not reviewer:
        return None
    layer_id = getattr(project, "layer_id", None)
    if layer_id is not None:  # a LocalStudy (app/analysis/local.py): the same look-up in plain SQL
        return layer_id(reviewer)  # type: ignore[no-any-return]
    from app.core.reviewers import consensus_reviewer, find_reviewer

    if reviewer.casefold() == "consensus":
        found = consensus_reviewer(project, create=False)
        if found is None:
            raise LectioError(f"{project.path}: there is no consensus layer yet")
        return found.id
    try:
        return find_reviewer(project, reviewer).id
    except NotFound as exc:
        raise LectioError(f"{project.path}: {exc}") from None


@contextmanager
def _reader(project: Project | LocalStudy) -> Iterator[Callable[..., Iterable[tuple]]]:
    """``q(sql, *params)`` → rows as plain tuples from the driver's own cursor, all in one read transaction;
    ``q(sql, *params, stream=True)`` → the rows as they come (to be read once, inside the ``with``)."""
    read_rows = getattr(project, "read_rows", None)
    if read_rows is not None:  # a LocalStudy: sqlite3 alone
        with read_rows() as q:
            yield q
        return
    from app.core.dialect import raw_rows, raw_stream

    with project.read_session() as s:  # type: ignore[union-attr]
        conn = s.connection()  # the driver's own cursor, inside the session's read transaction
        yield lambda sql, *params, stream=False: (raw_stream if stream else raw_rows)(conn, sql, params)


@paused_gc
def load(project: Project | LocalStudy, reviewer_id: str | None = None) -> AnalysisData:
    """Read everything the figures need in one read transaction (the driver's cursor directly: 100,000 units
    through SQLAlchemy's row objects cost more than the figures themselves)."""
    with _reader(project) as q:
        reviewers = q("SELECT id, name, is_consensus FROM reviewer")
        docs = q("SELECT id, name, position, participant_id, metadata_json FROM document "
                 "ORDER BY position, imported_at, name")
        codes = q("SELECT id, name, category_id, position FROM code")
        cats = q("SELECT id, name, theme_id, parent_id, position FROM category")
        themes = q("SELECT id, name, position FROM theme")
        people = q("SELECT id, name FROM participant ORDER BY position, name")
        attrs = q("SELECT id, name, type, choices FROM attribute ORDER BY position, name")
        values = q("SELECT participant_id, attribute_id, value FROM attributevalue")
        turns = q('SELECT document_id, start, "end", participant_id FROM turn ORDER BY document_id, start, "end"')
        layer = "all reviewers"
        if reviewer_id:
            match = [r for r in reviewers if r[0] == reviewer_id]
            if not match:
                raise NotFound(f"reviewer {reviewer_id} is not in {project.path.name}")
            layer = "consensus" if match[0][2] else match[0][1]
        # Ids that repeat (a code's, a document's, a reviewer's) are shared: one string each, its hash computed
        # once, instead of a fresh copy per row — every dict look-up in the figures is then cheaper, and far fewer
        # objects are left to free.
        same_code = {c[0]: c[0] for c in codes}
        same_doc = {d[0]: d[0] for d in docs}
        same_reviewer = {r[0]: r[0] for r in reviewers}
        # The two big reads are taken row by row as they come, not as lists first: each row is dropped once used,
        # which halves the memory a read of 100,000 units takes (60 MB, not 130).
        # unit → its code ids as a tuple (hashable: co-occurrence counts the two codes of a unit as one key), in
        # the order of the (unit, code) index: a unit's codings come together, read off the index alone. Codings
        # of units outside the layer are simply never looked up.
        code, code_of_row = SharedIds(same_code).__getitem__, itemgetter(1)
        codings = q("SELECT unit_id, code_id FROM coding ORDER BY unit_id, code_id", stream=True)
        code_ids = {unit_id: tuple(map(code, map(code_of_row, group)))  # (maps, not a comprehension: no frame each)
                    for unit_id, group in groupby(codings, itemgetter(0))}
        if reviewer_id:
            units = q('SELECT id, document_id, reviewer_id, start, "end" FROM meaningunit WHERE reviewer_id = ?',
                      reviewer_id, stream=True)
        else:
            units = q('SELECT id, document_id, reviewer_id, start, "end" FROM meaningunit', stream=True)
        empty: tuple[str, ...] = ()
        make = tuple.__new__
        doc_of, reviewer_of, codes_of = same_doc.get, same_reviewer.get, code_ids.get
        unit_list = [make(Unit, (uid, doc_of(doc, doc), reviewer_of(rev, rev), start, end, codes_of(uid, empty)))
                     for uid, doc, rev, start, end in units]
        del code_ids
    turn_map: dict[str, list[tuple[int, int, str | None]]] = {}
    same_person = {p[0]: p[0] for p in people}
    for doc_id, start, end, pid in turns:
        turn_map.setdefault(same_doc.get(doc_id, doc_id), []).append((start, end, same_person.get(pid, pid)))
    return AnalysisData(
        layer=layer, reviewer_id=reviewer_id,
        documents=[Doc(d[0], d[1], d[2], same_person.get(d[3], d[3]), _json_dict(d[4])) for d in docs],
        units=unit_list,
        codes={c[0]: CodeInfo(c[0], c[1], c[2], c[3]) for c in codes},
        categories={c[0]: CategoryInfo(c[0], c[1], c[2], c[3], c[4]) for c in cats},
        themes={t[0]: (t[1], t[2]) for t in themes},
        reviewers={r[0]: r[1] for r in reviewers},
        participants={p[0]: p[1] for p in people},
        attributes={a[0]: AttributeInfo(a[0], a[1], a[2], tuple(_json_list(a[3]))) for a in attrs},
        values={(v[0], v[1]): v[2] for v in values},
        turns=turn_map,
    )

def _json_dict(raw: str) -> dict:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _json_list(raw: str) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def unit_count(project: Project) -> int:
    """How many meaning units the study holds (the window reads big studies off the GUI thread)."""
    with _reader(project) as q:
        return int(q("SELECT count(*) FROM meaningunit")[0][0])
