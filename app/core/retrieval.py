"""Read-only queries behind the codebook board: the meaning units under a code, category or theme; the
analysis table's rows; distinct unit and document counts per node; and codebook hygiene findings.

Every function reads the project in a handful of queries (never one per row), so the board stays quick
with thousands of units and codes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sqlalchemy import select
from sqlalchemy import text as sql_text

from app.core.documents import page_at
from app.core.errors import InvalidOperation
from app.core.models import Annotation, Category, Code, Coding, Document, MeaningUnit, Reviewer, Theme
from app.i18n import translate, translate_noop

if TYPE_CHECKING:
    from app.core.project import Project

KINDS = ("code", "category", "theme")


@dataclass(frozen=True)
class UnitRow:
    """A meaning unit as the retrieval list shows it."""

    unit_id: str
    document_id: str
    document: str
    page: int
    reviewer: str
    text: str
    condensed: str
    notes: tuple[str, ...]
    codes: tuple[str, ...]
    start: int


@dataclass(frozen=True)
class AnalysisRow:
    """meaning unit | condensed meaning | codes | category | theme (plus where it comes from)."""

    unit_id: str
    document_id: str
    document: str
    text: str
    condensed: str
    codes: str
    categories: str
    themes: str


HYGIENE = "core.hygiene"
HYGIENE_MESSAGES = {
    "no_units": translate_noop(HYGIENE, "Code “{name}” has no meaning units"),
    "no_category": translate_noop(HYGIENE, "Code “{name}” is in no category"),
    "empty_category": translate_noop(HYGIENE, "Category “{name}” holds no codes"),
    "single_code": translate_noop(HYGIENE, "Category “{name}” holds a single code"),
    "empty_theme": translate_noop(HYGIENE, "Theme “{name}” holds no categories"),
}


@dataclass(frozen=True)
class Finding:
    """One hygiene problem and the item it is about; ``text()`` says it in words."""

    problem: str  # no_units | no_category | empty_category | empty_theme | single_code
    kind: str  # code | category | theme
    id: str
    name: str

    def text(self, language: str | None = None, name: str | None = None) -> str:
        """The finding in ``language`` (None: the window's); ``name`` the item's name as shown (the window sets a
        right-to-left one apart), else as stored."""
        return translate(HYGIENE, HYGIENE_MESSAGES[self.problem], language).format(
            name=self.name if name is None else name)

    @property
    def message(self) -> str:
        """The finding in the window's language."""
        return self.text()


@dataclass
class _Book:
    """The codebook's shape, read once: names and parents."""

    codes: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # id → (name, category id)
    cats: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)  # id → (name, theme, parent)
    themes: dict[str, str] = field(default_factory=dict)  # id → name

    def top_category(self, cat_id: str | None) -> str | None:
        seen: set[str] = set()
        while cat_id in self.cats and self.cats[cat_id][2] in self.cats and cat_id not in seen:
            seen.add(cat_id)
            cat_id = self.cats[cat_id][2]
        return cat_id

    def theme_of(self, cat_id: str | None) -> str | None:
        top = self.top_category(cat_id)
        return self.cats[top][1] if top in self.cats else None

    def codes_under(self, kind: str, item_id: str) -> set[str]:
        if kind == "code":
            return {item_id} if item_id in self.codes else set()
        if kind == "category":
            cats = self._subtree(item_id)
        elif kind == "theme":
            cats = {c for c in self.cats if self.theme_of(c) == item_id}
        else:
            raise InvalidOperation(f"nothing called a {kind!r} holds meaning units")
        return {c for c, (_n, cat) in self.codes.items() if cat in cats}

    def _subtree(self, cat_id: str) -> set[str]:
        found, queue = set(), [cat_id]
        while queue:
            c = queue.pop()
            if c in found or c not in self.cats:
                continue
            found.add(c)
            queue += [k for k, (_n, _t, parent) in self.cats.items() if parent == c]
        return found


def _book(project: Project) -> _Book:
    book = _Book()
    with project.read_session() as s:
        book.codes = {i: (n, c) for i, n, c in s.execute(select(Code.id, Code.name, Code.category_id))}
        book.cats = {i: (n, t, p) for i, n, t, p in
                     s.execute(select(Category.id, Category.name, Category.theme_id, Category.parent_id))}
        book.themes = dict(s.execute(select(Theme.id, Theme.name)).all())
    return book


def _codings(project: Project) -> list[tuple[str, str, str]]:
    """(unit id, document id, code id) for every coding."""
    with project.read_session() as s:
        return list(s.execute(select(Coding.unit_id, MeaningUnit.document_id, Coding.code_id)
                              .join(MeaningUnit, MeaningUnit.id == Coding.unit_id)).all())


# -- counts -----------------------------------------------------------------------------------------
_COUNTS_SQL = """
WITH RECURSIVE up(code_id, cat_id) AS (
    SELECT id, category_id FROM code WHERE category_id IS NOT NULL
    UNION
    SELECT up.code_id, c.parent_id FROM up JOIN category c ON c.id = up.cat_id WHERE c.parent_id IS NOT NULL
),
hit AS (SELECT k.code_id, k.unit_id, u.document_id FROM coding k JOIN meaningunit u ON u.id = k.unit_id)
SELECT 'code', hit.code_id, COUNT(DISTINCT hit.unit_id), COUNT(DISTINCT hit.document_id)
    FROM hit GROUP BY hit.code_id
UNION ALL
SELECT 'category', up.cat_id, COUNT(DISTINCT hit.unit_id), COUNT(DISTINCT hit.document_id)
    FROM up JOIN hit ON hit.code_id = up.code_id GROUP BY up.cat_id
UNION ALL
SELECT 'theme', c.theme_id, COUNT(DISTINCT hit.unit_id), COUNT(DISTINCT hit.document_id)
    FROM up JOIN category c ON c.id = up.cat_id AND c.parent_id IS NULL AND c.theme_id IS NOT NULL
    JOIN hit ON hit.code_id = up.code_id GROUP BY c.theme_id
"""


# per open project: (newest audit event, counts); the tree and the table ask for the same figures after a change
_counts_cache: WeakKeyDictionary[Project, tuple[object, dict[tuple[str, str], tuple[int, int]]]] = \
    WeakKeyDictionary()


def node_counts(project: Project, only: AbstractSet[str] | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(kind, id) → (distinct meaning units, distinct documents) under every code, category and theme.

    A unit carrying two codes of one category counts once for the category. Counted by SQLite in one
    statement (a category holds its sub-categories' codes; a theme holds its top-level categories').
    With ``only`` (a coding query's unit ids), only those units count."""
    if only is not None:
        return _counts_of(project, only)
    with project.read_session() as s:
        # the data version grows with every operation that changed a row (undo and redo included)
        token = s.execute(sql_text("SELECT data_version FROM opcontext WHERE id = 1")).scalar()
        cached = _counts_cache.get(project)
        if cached is not None and cached[0] == token:
            return dict(cached[1])
        rows = s.execute(sql_text(_COUNTS_SQL)).all()
    counts = {(kind, item_id): (n, d) for kind, item_id, n, d in rows}
    _counts_cache[project] = (token, counts)
    return dict(counts)


def _counts_of(project: Project, only: AbstractSet[str]) -> dict[tuple[str, str], tuple[int, int]]:
    """``node_counts`` over the given units only, counted here (the same rules as ``_COUNTS_SQL``)."""
    book = _book(project)
    holders: dict[str, list[tuple[str, str]]] = {}  # code id → the nodes a unit carrying it counts for
    for code_id, (_name, cat_id) in book.codes.items():
        nodes = [("code", code_id)]
        seen: set[str] = set()
        while cat_id in book.cats and cat_id not in seen:
            seen.add(cat_id)
            nodes.append(("category", cat_id))
            cat_id = book.cats[cat_id][2]
        theme = book.theme_of(book.codes[code_id][1])
        if theme:
            nodes.append(("theme", theme))
        holders[code_id] = nodes
    units: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for unit_id, doc_id, code_id in _codings(project):
        if unit_id in only:
            for node in holders.get(code_id, ()):
                units[node].add(unit_id)
                docs[node].add(doc_id)
    return {node: (len(ids), len(docs[node])) for node, ids in units.items()}


def affected_units(project: Project, kind: str, item_id: str) -> int:
    """How many distinct meaning units sit under an item (for confirmations)."""
    return node_counts(project).get((kind, item_id), (0, 0))[0]


# -- retrieval ----------------------------------------------------------------------------------------
def units_under(project: Project, kind: str, item_id: str, only: AbstractSet[str] | None = None) -> list[UnitRow]:
    """Every meaning unit carrying a code under ``kind``/``item_id``, in document order (of ``only``, a coding
    query's unit ids, when given)."""
    book = _book(project)
    code_ids = book.codes_under(kind, item_id)
    if not code_ids:
        return []
    with project.read_session() as s:
        unit_codes: dict[str, list[str]] = defaultdict(list)
        for unit_id, code_id in s.execute(select(Coding.unit_id, Coding.code_id)
                                          .where(Coding.code_id.in_(code_ids))):  # type: ignore[attr-defined]
            if only is None or unit_id in only:
                unit_codes[unit_id].append(book.codes[code_id][0])
        rows = s.execute(
            select(MeaningUnit.id, MeaningUnit.document_id, Document.name, Document.page_starts, Reviewer.name,
                   MeaningUnit.text, MeaningUnit.condensed, MeaningUnit.start, Document.position)
            .join(Document, Document.id == MeaningUnit.document_id)
            .join(Reviewer, Reviewer.id == MeaningUnit.reviewer_id)
            .where(MeaningUnit.id.in_(list(unit_codes)))  # type: ignore[attr-defined]
            .order_by(Document.position, Document.name, MeaningUnit.start)).all()
        notes: dict[str, list[str]] = defaultdict(list)
        for unit_id, text in s.execute(select(Annotation.unit_id, Annotation.text)
                                       .where(Annotation.unit_id.in_(list(unit_codes)))  # type: ignore[attr-defined]
                                       .order_by(Annotation.created_at)):
            notes[unit_id].append(text)
    starts_cache: dict[str, list[int]] = {}
    out = []
    for uid, doc_id, doc_name, starts_json, reviewer, text, condensed, start, _pos in rows:
        starts = starts_cache.setdefault(doc_id, json.loads(starts_json))
        out.append(UnitRow(uid, doc_id, doc_name, page_at(starts, start), reviewer, text, condensed,
                           tuple(notes.get(uid, ())), tuple(sorted(unit_codes[uid], key=str.casefold)), start))
    return out


def analysis_rows(project: Project) -> list[AnalysisRow]:
    """One row per meaning unit of every reviewer, in document order: the analysis table."""
    book = _book(project)
    by_unit: dict[str, list[str]] = defaultdict(list)
    for unit_id, _doc, code_id in _codings(project):
        by_unit[unit_id].append(code_id)
    with project.read_session() as s:
        rows = s.execute(
            select(MeaningUnit.id, MeaningUnit.document_id, Document.name, MeaningUnit.text, MeaningUnit.condensed)
            .join(Document, Document.id == MeaningUnit.document_id)
            .order_by(Document.position, Document.name, MeaningUnit.start, MeaningUnit.end)).all()
    out = []
    for uid, doc_id, doc_name, text, condensed in rows:
        code_ids = sorted(by_unit.get(uid, []), key=lambda c: book.codes[c][0].casefold())
        cats = list(dict.fromkeys(book.codes[c][1] for c in code_ids if book.codes[c][1] in book.cats))
        themes = list(dict.fromkeys(t for t in (book.theme_of(c) for c in cats) if t in book.themes))
        out.append(AnalysisRow(uid, doc_id, doc_name, text, condensed,
                               "; ".join(book.codes[c][0] for c in code_ids),
                               "; ".join(book.cats[c][0] for c in cats),  # type: ignore[index]
                               "; ".join(book.themes[t] for t in themes)))  # type: ignore[index]
    return out


# -- hygiene ------------------------------------------------------------------------------------------
def hygiene(project: Project) -> list[Finding]:
    """Codes without units, codes in no category, empty categories or themes, categories with one code."""
    book = _book(project)
    counts = node_counts(project)
    out: list[Finding] = []
    for cid, (name, cat) in sorted(book.codes.items(), key=lambda kv: kv[1][0].casefold()):
        if counts.get(("code", cid), (0, 0))[0] == 0:
            out.append(Finding("no_units", "code", cid, name))
        if cat not in book.cats:
            out.append(Finding("no_category", "code", cid, name))
    direct: dict[str | None, int] = defaultdict(int)
    for _name, cat in book.codes.values():
        direct[cat] += 1
    for cat_id, (name, _theme, _parent) in sorted(book.cats.items(), key=lambda kv: kv[1][0].casefold()):
        total = len(book.codes_under("category", cat_id))
        if total == 0:
            out.append(Finding("empty_category", "category", cat_id, name))
        elif total == 1:
            out.append(Finding("single_code", "category", cat_id, name))
    holding = {book.theme_of(c) for c in book.cats}
    for theme_id, name in sorted(book.themes.items(), key=lambda kv: kv[1].casefold()):
        if theme_id not in holding:
            out.append(Finding("empty_theme", "theme", theme_id, name))
    return out
