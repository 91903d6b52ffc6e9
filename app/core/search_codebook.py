"""Search the names and descriptions of categories and themes, for the window's project search.

The study's index (``search_fts``, app/core/search.py) holds no categories or themes, and the file format has
shipped, so its triggers stay as they are. A study has a few hundred categories and themes at most: they are
put into an FTS5 table of a private in-memory database with the same tokenizer and searched with the same
query, so ``rehab`` finds "Rehabilitation at home" here as in the texts. Words of scripts written without
spaces are matched as substrings, as ``search_cjk`` does.

``lectio search --json`` keeps its agreed kinds (text, condensed, note, memo, code) and does not call this.
"""

from __future__ import annotations

import re
import sqlite3
from typing import TYPE_CHECKING

from sqlmodel import select

from app.core.models import Category, Theme
from app.core.search import SEARCH_DDL, SearchHit, _hit, _marked_spans, fts_query, query_terms, unspaced
from app.core.search_labels import group_label

if TYPE_CHECKING:
    from app.core.project import Project

def _rows(project: Project) -> list[tuple[str, str, str, str]]:
    """(kind, id, name, body) of every category and theme; the body is the name, then the description."""
    with project.read_session() as s:
        out = [("theme", t.id, t.name, f"{t.name}\n{t.description}".strip()) for t in s.exec(select(Theme))]
        out += [("category", c.id, c.name, f"{c.name}\n{c.description}".strip()) for c in s.exec(select(Category))]
    return out


def _fts(rows: list[tuple[str, str, str, str]], query: str) -> list[tuple[str, str]]:
    """(item id, body with highlight() marks) of the rows matching, best first."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(SEARCH_DDL)
        conn.executemany("INSERT INTO search_fts (kind, item_id, document_id, body) VALUES (?, ?, '', ?)",
                         [(kind, item_id, body) for kind, item_id, _name, body in rows])
        return conn.execute("SELECT item_id, highlight(search_fts, 3, char(1), char(2)) FROM search_fts "
                            "WHERE search_fts MATCH ? ORDER BY rank", (fts_query(query),)).fetchall()
    finally:
        conn.close()


def _substrings(rows: list[tuple[str, str, str, str]], query: str) -> list[tuple[str, str]]:
    """The rows holding every term as a substring (ignoring case), marked as ``highlight()`` marks them."""
    terms = [t for t, _ in query_terms(query)]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    out = []
    for _kind, item_id, _name, body in rows:
        folded = body.casefold()
        if not all(t.casefold() in folded for t in terms):
            continue
        out.append((item_id, pattern.sub(lambda m: f"\x01{m.group()}\x02", body)))
    return out


def search_groups(project: Project, query: str, *, context: int = 60, language: str | None = None) -> list[SearchHit]:
    """Categories and themes whose name or description matches ``query``: hits with ``where`` "category"
    or "theme", ``item_id`` the category or theme, labelled "Category Coping" / "Theme Being seen" (in
    ``language``; None: the window's, the name isolated for right-to-left text)."""
    if not fts_query(query):
        return []
    rows = _rows(project)
    if not rows:
        return []
    found = _substrings(rows, query) if unspaced(query) else _fts(rows, query)
    by_id = {item_id: (kind, name) for kind, item_id, name, _body in rows}
    hits = []
    for item_id, marked in found:
        body, spans = _marked_spans(marked)
        if not spans:
            continue
        kind, name = by_id[item_id]
        hits.append(_hit(body, spans[0][0], spans[0][1], spans, context, "", "", -1, -1, kind, item_id, "",
                         group_label(kind, name, language)))
    return hits
