"""Coding queries: Boolean combinations of codes, categories, themes, documents, reviewers, participants and
attributes, whose result is a set of meaning units.

Syntax (keywords in any case; names with spaces in double quotes, a quote inside doubled ""):

    code:"Fear of falling"   or just  "Fear of falling"  /  Loneliness     units carrying the code
    category:NAME   theme:NAME                units carrying any code of the category (or its sub-categories)
                                              or of the theme
    document:NAME   reviewer:NAME   participant:NAME
    Role = carer    year = 2021               the unit's participant attribute (or document, reviewer,
                                              participant, or a document metadata key) has that value
    A AND B    A OR B    NOT A    ( … )       set operations (NOT = every unit of the layer but A)
    A OVERLAPPING B                           units of A whose span overlaps a unit of B in the same document
    A WITHIN 200 B                            units of A at most 200 characters from a unit of B (same document)

Precedence, loosest first: OR, AND, NOT, then OVERLAPPING / WITHIN (left to right).
Example: ``(code:Pain OR category:Coping) AND Role = nurse AND NOT document:"Interview 3"``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from app.analysis.columns import grouping
from app.analysis.data import AnalysisData, Unit, paused_gc
from app.core.errors import LectioError

FIELDS = ("code", "category", "theme", "document", "reviewer", "participant")
KEYWORDS = ("AND", "OR", "NOT", "OVERLAPPING", "WITHIN")
_TOKEN = re.compile(r'\s*(?:(?P<str>"(?:[^"]|"")*")|(?P<sym>[()=])|(?P<word>[^\s()="]+))')


class QueryError(LectioError):
    """An expression that cannot be read or names something that is not in the study."""


@dataclass(frozen=True)
class Tok:
    kind: str  # str | sym | word | kw
    value: str
    pos: int


def tokenize(expression: str) -> list[Tok]:
    tokens: list[Tok] = []
    pos = 0
    text = expression.rstrip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise QueryError(f"cannot read the query at character {pos + 1}: {text[pos:pos + 20]!r}")
        if m.group("str") is not None:
            raw = m.group("str")
            tokens.append(Tok("str", raw[1:-1].replace('""', '"'), m.start("str")))
        elif m.group("sym") is not None:
            tokens.append(Tok("sym", m.group("sym"), m.start("sym")))
        else:
            word = m.group("word")
            kind = "kw" if word.upper() in KEYWORDS else "word"
            tokens.append(Tok(kind, word.upper() if kind == "kw" else word, m.start("word")))
        pos = m.end()
    return tokens


# -- the tree -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    field: str  # code | category | theme | document | reviewer | participant | attribute
    name: str
    value: str = ""


@dataclass(frozen=True)
class Op:
    op: str  # AND | OR | NOT | OVERLAPPING | WITHIN
    args: tuple
    distance: int = 0


class _Parser:
    def __init__(self, expression: str) -> None:
        self.expression = expression
        self.tokens = tokenize(expression)
        self.i = 0

    def peek(self) -> Tok | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> Tok:
        tok = self.peek()
        if tok is None:
            raise QueryError("the query ends too early (a name or ')' is missing)")
        self.i += 1
        return tok

    def is_kw(self, *names: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "kw" and tok.value in names

    def parse(self) -> Term | Op:
        if not self.tokens:
            raise QueryError("the query is empty")
        node = self.or_()
        tok = self.peek()
        if tok is not None:
            raise QueryError(f"unexpected {tok.value!r} at character {tok.pos + 1} (join conditions with AND or OR)")
        return node

    def or_(self) -> Term | Op:
        node = self.and_()
        while self.is_kw("OR"):
            self.take()
            node = Op("OR", (node, self.and_()))
        return node

    def and_(self) -> Term | Op:
        node = self.not_()
        while self.is_kw("AND"):
            self.take()
            node = Op("AND", (node, self.not_()))
        return node

    def not_(self) -> Term | Op:
        if self.is_kw("NOT"):
            self.take()
            return Op("NOT", (self.not_(),))
        return self.near()

    def near(self) -> Term | Op:
        node = self.atom()
        while self.is_kw("OVERLAPPING", "WITHIN"):
            kw = self.take().value
            distance = 0
            if kw == "WITHIN":
                tok = self.take()
                if not tok.value.isdigit() or tok.kind != "word":
                    raise QueryError(f"WITHIN needs a number of characters, not {tok.value!r}")
                distance = int(tok.value)
                if self.peek() is not None and self.peek().kind == "word" and self.peek().value.casefold() in (  # type: ignore[union-attr]
                        "characters", "chars", "character"):
                    self.take()
            node = Op(kw, (node, self.atom()), distance)
        return node

    def atom(self) -> Term | Op:
        tok = self.take()
        if tok.kind == "sym" and tok.value == "(":
            node = self.or_()
            close = self.take()
            if close.value != ")":
                raise QueryError(f"expected ')' at character {close.pos + 1}")
            return node
        if tok.kind in ("kw", "sym"):
            raise QueryError(f"expected a name at character {tok.pos + 1}, not {tok.value!r}")
        name = tok.value
        if tok.kind == "word" and ":" in name:
            prefix, _, rest = name.partition(":")
            if prefix.casefold() in FIELDS:
                if not rest:
                    nxt = self.take()
                    if nxt.kind != "str" and nxt.kind != "word":
                        raise QueryError(f"expected a name after {prefix}: at character {nxt.pos + 1}")
                    rest = nxt.value
                return Term(prefix.casefold(), rest)
        nxt = self.peek()
        if nxt is not None and nxt.kind == "sym" and nxt.value == "=":
            self.take()
            value = self.take()
            if value.kind not in ("str", "word"):
                raise QueryError(f"expected a value after '=' at character {value.pos + 1}")
            return Term("attribute", name, value.value)
        return Term("code", name)


def parse(expression: str) -> Term | Op:
    return _Parser(expression).parse()


# -- evaluation -----------------------------------------------------------------------------------------
@paused_gc
def run_query(data: AnalysisData, expression: str) -> set[str]:
    """The ids of the units of ``data`` (its layer) that the expression selects."""
    tree = parse(expression)
    units = {u.id: u for u in data.units}
    return _eval(tree, data, units)


def _eval(node: Term | Op, data: AnalysisData, units: dict[str, Unit]) -> set[str]:
    if isinstance(node, Term):
        return _term(node, data)
    if node.op == "NOT":
        return set(units) - _eval(node.args[0], data, units)
    left = _eval(node.args[0], data, units)
    right = _eval(node.args[1], data, units)
    if node.op == "AND":
        return left & right
    if node.op == "OR":
        return left | right
    return _near(left, right, units, node.distance if node.op == "WITHIN" else -1)


def _near(left: set[str], right: set[str], units: dict[str, Unit], distance: int) -> set[str]:
    """Units of ``left`` overlapping (distance -1) or within ``distance`` characters of a unit of ``right``."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for uid in right:
        u = units[uid]
        spans[u.document_id].append((u.start, u.end))
    found = set()
    for uid in left:
        u = units[uid]
        for start, end in spans.get(u.document_id, ()):
            if distance < 0:
                if start < u.end and u.start < end:
                    found.add(uid)
                    break
            elif max(start, u.start) - min(end, u.end) <= distance:
                found.add(uid)
                break
    return found


def _named(kind: str, name: str, options: dict[str, str]) -> set[str]:
    """The ids whose name is ``name`` (exact, else ignoring case); a QueryError when none."""
    exact = {i for i, n in options.items() if n == name}
    if exact:
        return exact
    folded = {i for i, n in options.items() if n.casefold() == name.casefold()}
    if folded:
        return folded
    raise QueryError(f"no {kind} called {name!r}")


def _term(term: Term, data: AnalysisData) -> set[str]:
    if term.field == "code":
        ids = _named("code", term.name, {c.id: c.name for c in data.codes.values()})
        return {u.id for u in data.units if ids.intersection(u.codes)}
    if term.field == "category":
        cats = _named("category", term.name, {c.id: c.name for c in data.categories.values()})
        codes = {c.id for c in data.codes.values() if cats.intersection(data.category_chain(c.category_id))}
        return {u.id for u in data.units if codes.intersection(u.codes)}
    if term.field == "theme":
        themes = _named("theme", term.name, {t: v[0] for t, v in data.themes.items()})
        codes = {c.id for c in data.codes.values() if data.theme_of_category(c.category_id) in themes}
        return {u.id for u in data.units if codes.intersection(u.codes)}
    if term.field == "document":
        docs = _named("document", term.name, {d.id: d.name for d in data.documents})
        return {u.id for u in data.units if u.document_id in docs}
    if term.field == "reviewer":
        people = _named("reviewer", term.name, data.reviewers)
        return {u.id for u in data.units if u.reviewer_id in people}
    if term.field == "participant":
        people = _named("participant", term.name, data.participants)
        return {u.id for u in data.units if data.participant_of(u) in people}
    group = grouping(data, term.name)
    want = term.value.casefold()
    return {u.id for u in data.units if group.value_of(u).casefold() == want}
