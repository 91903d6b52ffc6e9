"""Full-text search over document text with SQLite FTS5.

The index is a plain FTS5 table keyed by document id (document text never changes after import, so it
is written once on import and removed with the document).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import Session

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    document_name: str
    start: int  # code-point offset of the match in the document text
    end: int
    context: str  # the match with some words either side


def index_document(session: Session, document_id: str, body: str) -> None:
    session.execute(text("DELETE FROM document_fts WHERE document_id = :d"), {"d": document_id})
    session.execute(text("INSERT INTO document_fts (document_id, text) VALUES (:d, :t)"), {"d": document_id, "t": body})


def unindex_document(session: Session, document_id: str) -> None:
    session.execute(text("DELETE FROM document_fts WHERE document_id = :d"), {"d": document_id})


def _fts_query(query: str) -> str:
    """Each word of the user's query as a quoted FTS5 term (so punctuation cannot break the syntax)."""
    words = re.findall(r"\w+", query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_project(project: Project, query: str, *, limit: int = 200, context: int = 60) -> list[SearchHit]:
    """Documents containing every word of ``query``, with each place the phrase (or first word) occurs."""
    fts = _fts_query(query)
    if not fts:
        return []
    with project.read_session() as s:
        rows = s.execute(
            text(
                "SELECT d.id, d.name, d.text FROM document_fts f JOIN document d ON d.id = f.document_id "
                "WHERE document_fts MATCH :q ORDER BY rank"
            ),
            {"q": fts},
        ).all()
    hits: list[SearchHit] = []
    words = re.findall(r"\w+", query)
    phrase = re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
    first = re.compile(re.escape(words[0]), re.IGNORECASE)
    for doc_id, name, body in rows:
        matches = list(phrase.finditer(body)) or list(first.finditer(body))
        for m in matches:
            a, b = max(0, m.start() - context), min(len(body), m.end() + context)
            snippet = ("…" if a else "") + body[a:b].replace("\n", " ") + ("…" if b < len(body) else "")
            hits.append(SearchHit(doc_id, name, m.start(), m.end(), snippet))
            if len(hits) >= limit:
                return hits
    return hits


def find_in_text(body: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive places of ``query`` in one document (for Ctrl+F in the reader)."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), body, re.IGNORECASE)]
