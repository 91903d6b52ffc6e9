"""The three figures: the code × attribute matrix, code co-occurrence, and saturation (Guest, Namey & Chen 2020).

Each takes an ``AnalysisData`` (optionally restricted to a coding query's units) and returns a plain result
with ``to_json()`` — exactly what the command line prints — and the unit ids behind every cell, edge and run,
so the window can open them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain, combinations
from operator import itemgetter

from app.analysis import texts
from app.analysis.columns import grouping, order_documents
from app.analysis.data import AnalysisData, Unit, paused_gc

ROW_KINDS = ("codes", "categories", "themes")
COUNT_KINDS = ("units", "participants")


def row_sets(data: AnalysisData, rows: str) -> tuple[list[str], dict[str, str], dict[str, tuple[str, ...]]]:
    """(row ids in board order, row id → name, code id → the row ids a unit carrying it belongs to)."""
    codes = sorted(data.codes.values(), key=lambda c: (c.position, c.name))
    if rows == "codes":
        return [c.id for c in codes], {c.id: c.name for c in codes}, {c.id: (c.id,) for c in codes}
    cats = sorted(data.categories.values(), key=lambda c: (c.position, c.name))
    if rows == "categories":
        return ([c.id for c in cats], {c.id: c.name for c in cats},
                {c.id: tuple(data.category_chain(c.category_id)) for c in codes})
    themes = sorted(data.themes.items(), key=lambda t: (t[1][1], t[1][0]))
    member = {}
    for c in codes:
        theme = data.theme_of_category(c.category_id)
        member[c.id] = (theme,) if theme else ()
    return [t[0] for t in themes], {t[0]: t[1][0] for t in themes}, member


@dataclass
class Matrix:
    by: str
    count: str
    rows_are: str
    layer: str
    columns: list[str]
    row_names: list[str]
    cells: dict[str, dict[str, int]]
    units: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (row, column) → unit ids

    def to_json(self) -> dict:
        return {"by": self.by, "count": self.count, "columns": self.columns, "rows": self.cells}

    def definition(self, language: str | None = None) -> str:
        return texts.matrix_definition(self, language)


@paused_gc
def matrix(data: AnalysisData, by: str, *, rows: str = "codes", count: str = "units",
           where: str = "the study") -> Matrix:
    if rows not in ROW_KINDS:
        raise ValueError(rows)
    group = grouping(data, by, where=where)
    order, names, member = row_sets(data, rows)
    people = count == "participants"
    by_person = group.value_of_participant
    units_list = data.units
    pids = data.unit_participants() if (people or by_person) else [None] * len(units_list)
    if by_person is not None:  # the value depends on the participant alone: look each one up once
        of = {p: by_person(p) for p in set(pids)}
        values = [of[p] for p in pids]
    else:
        values = [group.value_of(u) for u in units_list]
    # value → row id → unit ids (and, counting participants, value → row id → persons)
    hits: dict[str, defaultdict[str, list[str]]] = {}
    persons: dict[str, defaultdict[str, set[str]]] = {}
    single = rows == "codes"  # each code is its own row, and a unit carries a code once
    for unit, value, pid in zip(units_list, values, pids, strict=True):
        codes = unit.codes
        if not codes:
            continue
        targets: Iterable[str] = codes if single else {r for c in codes for r in member.get(c, ())}
        bucket = hits.get(value)
        if bucket is None:
            bucket = hits[value] = defaultdict(list)
            if people:
                persons[value] = defaultdict(set)
        uid = unit.id
        for r in targets:
            bucket[r].append(uid)
        if people:
            person = pid or f"document:{unit.document_id}"
            held = persons[value]
            for r in targets:
                held[r].add(person)
    # a value is a column when a unit of it counts in some row (a code no longer in the codebook counts in none)
    used = {v for v, bucket in hits.items() if any(r in names for r in bucket)}
    columns = group.columns(used)
    cells: dict[str, dict[str, int]] = {}
    units: dict[tuple[str, str], list[str]] = {}
    for rid in order:
        name = names[rid]
        row = cells.setdefault(name, {v: 0 for v in columns})
        for value in columns:
            found = hits[value].get(rid) if value in hits else None
            if not found:
                continue
            row[value] += len(persons[value][rid]) if people else len(found)
            units.setdefault((name, value), []).extend(found)
    return Matrix(group.name, count, rows, data.layer, columns, list(cells), cells, units)


@dataclass
class Pair:
    a: str
    b: str
    units: int
    overlaps: int | None = None  # (the units behind the edge: ``edge_units``)

    def to_json(self) -> dict:
        out: dict = {"a": self.a, "b": self.b, "units": self.units}
        if self.overlaps is not None:
            out["overlaps"] = self.overlaps
        return out


@dataclass
class Cooccurrence:
    layer: str
    overlap: bool
    pairs: list[Pair]
    frequencies: dict[str, int]  # code name → units carrying it (the network's node size)

    def to_json(self) -> dict:
        return {"pairs": [p.to_json() for p in self.pairs]}

    def definition(self, language: str | None = None) -> str:
        return texts.cooccurrence_definition(self, language)


UNIT_CODES = itemgetter(Unit._fields.index("codes"))
SPAN = itemgetter(Unit._fields.index("start"), Unit._fields.index("end"))


@paused_gc
def cooccurrence(data: AnalysisData, *, overlap: bool = False) -> Cooccurrence:
    """Pairs (a < b by name) with at least one unit carrying both — with ``overlap``, also pairs whose only link
    is two overlapping units. Only counted here; an edge's units are found when the window asks for them."""
    name = {cid: c.name for cid, c in data.codes.items()}
    codes_of = list(map(UNIT_CODES, data.units))
    # A unit's codes are distinct; most units carry one or two. Two codes are their own key (in C, by Counter);
    # the order within a key does not matter — keys are named and put in order at the end.
    by_ids = Counter(codes for codes in codes_of if len(codes) == 2)
    for codes in codes_of:
        if len(codes) > 2:
            by_ids.update(combinations(codes, 2))
    freq: dict[str, int] = defaultdict(int)
    for c, n in Counter(chain.from_iterable(codes_of)).items():
        if c in name:
            freq[name[c]] += n
    both = _named(by_ids, name)
    near = _overlap_counts(data.units, name) if overlap else {}
    pairs = [Pair(a, b, both.get((a, b), 0), near.get((a, b), 0) if overlap else None)
             for a, b in sorted(both.keys() | near.keys())]
    return Cooccurrence(data.layer, overlap, pairs, dict(freq))


def _named(by_ids: Counter[tuple[str, ...]], name: dict[str, str]) -> dict[tuple[str, str], int]:
    """Counts by pairs of code ids (either order) → by pairs of names (a < b), joining codes that share a name;
    unknown codes dropped."""
    out: dict[tuple[str, str], int] = defaultdict(int)
    for (a, b), n in by_ids.items():
        na, nb = name.get(a), name.get(b)
        if na is None or nb is None or na == nb:
            continue
        out[(na, nb) if na < nb else (nb, na)] += n
    return out


def _overlap_counts(units: list[Unit], name: dict[str, str]) -> dict[tuple[str, str], int]:
    """(a, b) → the pairs of overlapping units, one carrying a and the other b (a pair counts once per (a, b))."""
    unique = len(set(name.values())) == len(name)  # then ids stand for names while counting
    labels: dict[str, tuple[str, ...]] = {}  # unit id → the names of its codes (only when names repeat)
    keys: list[tuple[str, str]] = []  # one per (pair of units, pair of codes), counted at the end (in C)
    add, extend = keys.append, keys.extend
    for u, v in overlapping_pairs(units):
        if unique:
            cu, cv = u.codes, v.codes
        else:
            cu = labels.get(u.id)
            if cu is None:
                cu = labels[u.id] = tuple(name[c] for c in u.codes if c in name)
            cv = labels.get(v.id)
            if cv is None:
                cv = labels[v.id] = tuple(name[c] for c in v.codes if c in name)
        if len(cu) == 1 and len(cv) == 1:  # the common case: one key at most
            x, y = cu[0], cv[0]
            if x != y:
                add((x, y) if x < y else (y, x))
            continue
        extend({(x, y) if x < y else (y, x) for x in cu for y in cv if x != y})
    counts = Counter(keys)
    return _named(counts, name) if unique else dict(counts)  # (by name already when names repeat)


def edge_units(data: AnalysisData, a: str, b: str, *, overlap: bool) -> list[str]:
    """The unit ids behind the edge between codes ``a`` and ``b`` (by name): the units carrying both, then (with
    ``overlap``) the two units of each overlapping pair with one code each — each unit once. Found when the edge
    is opened, not while counting (the figure keeps no hold on the study's units)."""
    names = {cid: c.name for cid, c in data.codes.items()}

    def named(unit: Unit) -> set[str]:
        return {names[c] for c in unit.codes if c in names}

    ids = [u.id for u in data.units if {a, b} <= named(u)]
    if overlap:
        for u, v in overlapping_pairs(data.units):
            nu, nv = named(u), named(v)
            if (a in nu and b in nv) or (b in nu and a in nv):
                ids += (u.id, v.id)
    return list(dict.fromkeys(ids))


def overlapping_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """Every unordered pair of two different coded units in one document whose spans [start, end) overlap."""
    by_doc: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        if u.codes:
            by_doc[u.document_id].append(u)
    found = []
    append = found.append
    for doc_units in by_doc.values():
        doc_units.sort(key=SPAN)
        n = len(doc_units)
        for i, u in enumerate(doc_units):
            u_start, u_end = u.start, u.end
            for j in range(i + 1, n):  # by index: no copy of the rest of the list for each unit
                v = doc_units[j]
                if v.start >= u_end:
                    break
                if v.end > u_start:
                    append((u, v))
    return found


@dataclass
class Run:
    k: int
    new: list[str]
    ratio: float | None

    def to_json(self) -> dict:
        return {"k": self.k, "new": self.new, "ratio": self.ratio}


@dataclass
class Saturation:
    base: int
    run: int
    threshold: float
    order_by: str
    layer: str
    order: list[str]  # document names
    runs: list[Run]
    saturation_at: int | None
    base_codes: int
    cumulative: list[int]  # distinct codes in documents 1 … i, for i = 1 … n
    noun: str = "documents"

    def to_json(self) -> dict:
        return {"base": self.base, "run": self.run, "threshold": self.threshold, "order": self.order,
                "runs": [r.to_json() for r in self.runs], "saturation_at": self.saturation_at}

    def sentence(self, language: str | None = None) -> str:
        """The sentence to paste into a methods section."""
        return texts.saturation_sentence(self, language)

    def definition(self, language: str | None = None) -> str:
        return texts.saturation_definition(self, language)


@paused_gc
def saturation(data: AnalysisData, *, base: int = 4, run: int = 2, threshold: float = 0.05, order: str = "import",
               where: str = "the study") -> Saturation:
    """Guest, Namey & Chen (2020), exactly: runs for k = b+1 … while k+r−1 ≤ n; saturation at k−1 for the first
    k whose ratio ≤ t. With no code in the base the ratio is undefined (null) and saturation is not reached."""
    if base < 1 or run < 1:
        raise ValueError("base and run must be at least 1")
    doc_ids = order_documents(data, order, where=where)
    names = {d.id: d.name for d in data.documents}
    code_name = {cid: c.name for cid, c in data.codes.items()}
    ids_in: dict[str, set[str]] = defaultdict(set)  # document → code ids, named once per document below
    for unit in data.units:
        if unit.codes:
            ids_in[unit.document_id].update(unit.codes)
    per_doc = [{code_name[c] for c in ids_in[d] if c in code_name} if d in ids_in else set() for d in doc_ids]
    cumulative, seen = [], set()
    first_seen: dict[str, int] = {}  # code → the 1-based position of the first document it occurs in
    for i, codes in enumerate(per_doc, start=1):
        for c in codes:
            first_seen.setdefault(c, i)
        seen |= codes
        cumulative.append(len(seen))
    n = len(doc_ids)
    base_codes = cumulative[base - 1] if n >= base else len(seen)
    runs: list[Run] = []
    reached: int | None = None
    k = base + 1
    first_in: dict[int, list[str]] = defaultdict(list)  # position → the codes first seen there
    for c, i in first_seen.items():
        first_in[i].append(c)
    while k + run - 1 <= n:
        new = sorted(chain.from_iterable(first_in.get(i, ()) for i in range(k, k + run)))  # by name, as pairs are
        ratio = len(new) / base_codes if base_codes else None
        runs.append(Run(k, new, ratio))
        if reached is None and ratio is not None and ratio <= threshold:
            reached = k - 1
        k += 1
    noun = "interviews" if data.participants or data.turns else "documents"
    return Saturation(base, run, threshold, order, data.layer, [names[d] for d in doc_ids], runs, reached,
                      base_codes, cumulative, noun)


def restrict(data: AnalysisData, unit_ids: set[str] | None) -> AnalysisData:
    """The same study with only the given units (a coding query's result)."""
    if unit_ids is None:
        return data
    from dataclasses import replace

    return replace(data, units=[u for u in data.units if u.id in unit_ids], _turn_index={})
