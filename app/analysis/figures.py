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
    overlaps: int | None = None
    both_ids: list[str] = field(default_factory=list, repr=False)  # the units carrying both codes
    near_ids: list[str] = field(default_factory=list, repr=False)  # the two units of each overlapping pair

    @property
    def unit_ids(self) -> list[str]:
        """The units behind the edge: those carrying both codes, then the overlapping ones (each once)."""
        return list(dict.fromkeys(chain(self.both_ids, self.near_ids)))

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


@paused_gc
def cooccurrence(data: AnalysisData, *, overlap: bool = False) -> Cooccurrence:
    """Pairs (a < b by name) with at least one unit carrying both — with ``overlap``, also pairs whose only link
    is two overlapping units."""
    name = {cid: c.name for cid, c in data.codes.items()}
    by_ids: dict[tuple[str, str], list[str]] = defaultdict(list)  # counted by code id, named at the end
    for unit in data.units:
        codes = unit.codes
        if len(codes) == 2:  # the common case, without sorting
            a, b = codes
            by_ids[(a, b) if a < b else (b, a)].append(unit.id)
        elif len(codes) > 2:
            uid = unit.id
            for pair in combinations(sorted(codes), 2):
                by_ids[pair].append(uid)
    freq_ids = Counter(chain.from_iterable(map(itemgetter(Unit._fields.index("codes")), data.units)))  # in C
    freq: dict[str, int] = defaultdict(int)
    for c, n in freq_ids.items():
        if c in name:
            freq[name[c]] += n
    both = _by_name(by_ids, name)
    near: dict[tuple[str, str], list[str]] = {}  # (a, b) → the two unit ids of each overlapping pair
    if overlap:
        # codes are told apart by id while looking, then named; by name from the start when two codes share one
        unique = len(set(name.values())) == len(name)
        labels: dict[str, list[str]] = {}  # unit id → the names of its codes (only when names repeat)
        near_ids: dict[tuple[str, str], list[str]] = defaultdict(list)
        for u, v in overlapping_pairs(data.units):
            if unique:
                cu, cv = u.codes, v.codes
            else:
                cu = labels.get(u.id)
                if cu is None:
                    cu = labels[u.id] = [name[c] for c in u.codes if c in name]
                cv = labels.get(v.id)
                if cv is None:
                    cv = labels[v.id] = [name[c] for c in v.codes if c in name]
            if len(cu) == 1 and len(cv) == 1:  # the common case: one key at most
                x, y = cu[0], cv[0]
                if x != y:
                    near_ids[(x, y) if x < y else (y, x)] += (u.id, v.id)
                continue
            for key in {(x, y) if x < y else (y, x) for x in cu for y in cv if x != y}:
                near_ids[key] += (u.id, v.id)
        near = _by_name(near_ids, name) if unique else near_ids
    empty: list[str] = []
    pairs = [Pair(a, b, len(both.get((a, b), empty)),
                  len(near.get((a, b), empty)) // 2 if overlap else None,
                  both.get((a, b), empty), near.get((a, b), empty))
             for a, b in sorted(set(both) | set(near))]
    return Cooccurrence(data.layer, overlap, pairs, dict(freq))


def _by_name(by_ids: dict[tuple[str, str], list[str]], name: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """Pairs of code ids → pairs of names (a < b), joining codes that share a name; unknown codes dropped."""
    out: dict[tuple[str, str], list[str]] = {}
    for (a, b), ids in by_ids.items():
        na, nb = name.get(a), name.get(b)
        if na is None or nb is None or na == nb:
            continue
        key = (na, nb) if na < nb else (nb, na)
        found = out.get(key)
        if found is None:
            out[key] = ids
        else:
            out[key] = found + ids
    return out


def overlapping_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """Every unordered pair of two different coded units in one document whose spans [start, end) overlap."""
    by_doc: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        if u.codes:
            by_doc[u.document_id].append(u)
    found = []
    append = found.append
    for doc_units in by_doc.values():
        doc_units.sort(key=lambda u: (u.start, u.end))
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
