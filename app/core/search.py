"""Project search with SQLite FTS5: document text, condensed meanings, notes, memos and code definitions.

One FTS5 table, ``search_fts``, holds every searchable text with where it came from (``kind``: text,
condensed, note, memo, code). SQL triggers on the source tables keep it in step with every write — an
import, an edit, a delete, an undo or a merge alike — so no operation has to remember to reindex.
The tokenizer stems English words (Porter), and every unquoted word is a prefix: ``rehab`` finds
"rehabilitation", ``exercise`` finds "exercises"; a quoted phrase finds those words in that order.
Offsets are found with FTS5's own ``highlight()``, so what is marked is exactly what matched.

Scripts written without spaces between words (Chinese, Japanese, Thai …) are one long "word" to ``unicode61``, so a
word inside such a run cannot be found there; Arabic and Hebrew attach the article and some prepositions to the
word ("المستشفى", al + hospital), so a word is missed there too. Every entry holding such characters is also in
``search_cjk``, an FTS5 index with the ``trigram`` tokenizer (substring search); a query with a word of those
scripts is answered from it (words of three or more characters through the index, shorter ones with LIKE),
marked by substring.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import Session

from app.core.dialect import is_server, pg_search_rows, table_exists
from app.core.search_labels import MEMO_TARGETS, code_label, memo_label, where_label

if TYPE_CHECKING:
    from app.core.project import Project

# kind, item_id and document_id come before the body: deleting by item_id then scans only each row's first page
SEARCH_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, item_id UNINDEXED, "
    "document_id UNINDEXED, body, tokenize = 'porter unicode61 remove_diacritics 2')"
)

# the same entries, only those holding characters of the scripts searched by substring (see UNSPACED)
CJK_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_cjk USING fts5(kind UNINDEXED, item_id UNINDEXED, "
    "document_id UNINDEXED, body, tokenize = 'trigram')"
)
# Hiragana, Katakana, CJK ideographs (and extension A, compatibility), Thai, Lao, Myanmar, Khmer; Hebrew, Arabic
# (and its supplement and presentation forms)
UNSPACED = ("\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufefc"
            "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff")
_UNSPACED_RE = re.compile(f"[{UNSPACED}]")
_UNSPACED_GLOB = f"'*[{UNSPACED}]*'"
INDEXES = ("search_fts", "search_cjk")

_CODE_BODY = ("trim(coalesce({r}.name, '') || char(10) || coalesce({r}.definition, '') || char(10) || "
              "coalesce({r}.inclusion, '') || char(10) || coalesce({r}.exclusion, ''))")
_MEMO_DOC = "CASE WHEN {r}.target_kind = 'document' THEN {r}.target_id ELSE '' END"
_NOTE_DOC = "coalesce((SELECT document_id FROM meaningunit WHERE id = {r}.unit_id), '')"

# table → (kind, body expression, document id expression, columns whose update changes the entry)
_SOURCES: dict[str, tuple[str, str, str, str]] = {
    "document": ("text", "{r}.text", "{r}.id", "text"),
    "meaningunit": ("condensed", "{r}.condensed", "{r}.document_id", "condensed, document_id"),
    "annotation": ("note", "{r}.text", _NOTE_DOC, "text, unit_id"),
    "memo": ("memo", "{r}.text", _MEMO_DOC, "text, target_kind, target_id"),
    "code": ("code", _CODE_BODY, "''", "name, definition, inclusion, exclusion"),
}


def _insert_sql(table: str, r: str, source: str = "", index: str = "search_fts") -> str:
    """Index row ``r`` (new.* in a trigger) or, with ``source``, every row of that table."""
    kind, body, doc, _ = _SOURCES[table]
    b = body.format(r=r)
    only = f" AND {b} GLOB {_UNSPACED_GLOB}" if index == "search_cjk" else ""
    return (f"INSERT INTO {index} (kind, item_id, document_id, body) SELECT '{kind}', {r}.id, "
            f"{doc.format(r=r)}, {b} {source} WHERE {b} <> ''{only}")


def _triggers() -> list[str]:
    out = []
    for table, (kind, _body, _doc, columns) in _SOURCES.items():
        def each(template: str) -> str:
            return "; ".join(template.format(index=index) for index in INDEXES)

        remove = each(f"DELETE FROM {{index}} WHERE kind = '{kind}' AND item_id = old.id")
        if table == "document":  # its units' condensed meanings and notes are gone too (cascades or not)
            remove = each("DELETE FROM {index} WHERE document_id = old.id")
        add = "; ".join(_insert_sql(table, "new", index=index) for index in INDEXES)
        replace = each(f"DELETE FROM {{index}} WHERE kind = '{kind}' AND item_id = old.id")
        out += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {add}; END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {columns} ON {table} BEGIN {replace}; {add}; END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {remove}; END",
        ]
    return out


def drop_search_index(conn: sqlite3.Connection) -> None:
    """Both index tables (their triggers go with the next ``create_search_index``)."""
    for index in INDEXES:
        conn.execute(f"DROP TABLE IF EXISTS {index}")


def create_search_index(conn: sqlite3.Connection) -> None:
    """The search tables and their triggers, filled from the study's rows (a schema extra: new or migrated file).

    Replaces version 2's ``document_fts`` (document text only); version 4 adds ``search_cjk``, and the triggers
    are made anew (a version-3 file's own triggers know only ``search_fts``)."""
    conn.execute("DROP TABLE IF EXISTS document_fts")
    conn.execute(SEARCH_DDL)
    conn.execute(CJK_DDL)
    for table in _SOURCES:
        for suffix in ("ai", "au", "ad"):
            conn.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    for sql in _triggers():
        conn.execute(sql)
    for index in INDEXES:
        conn.execute(f"DELETE FROM {index}")
        for table in _SOURCES:
            conn.execute(_insert_sql(table, table, f"FROM {table}", index))


# The search index follows every write through triggers; these remain for callers that reindex by hand.
def index_document(session: Session, document_id: str, body: str) -> None:
    """Nothing to do: the triggers on ``document`` index its text (kept so older callers still work)."""


def unindex_document(session: Session, document_id: str) -> None:
    """Nothing to do: the triggers on ``document`` remove its entries (kept so older callers still work)."""


@dataclass(frozen=True)
class SearchHit:
    document_id: str  # "" for a memo or a code not tied to one document
    document_name: str
    start: int  # where to go in the document (code points): the match in the text, or the unit's start
    end: int
    context: str  # the match with some words either side, on one line
    where: str = "text"  # text | condensed | note | memo | code
    item_id: str = ""  # the document, unit, note, memo or code the hit is in
    unit_id: str = ""  # the meaning unit of a condensed meaning or a note
    label: str = ""  # e.g. "Note", "Memo on code Trust", "Code Trust"
    marks: tuple[tuple[int, int], ...] = field(default=())  # the matched words within ``context``
    words: tuple[tuple[int, int], ...] = field(default=())  # a text hit's matched words in the document

    def as_json(self) -> dict[str, str | None]:
        """The agreed shape of one hit of ``lectio search --json``."""
        return {"document": self.document_name or None, "where": self.where, "snippet": self.context}


_PHRASE = re.compile(r'"([^"]*)"?')
# a word, with the combining marks inside it (Arabic and Hebrew vowel signs, decomposed accents), which \w alone
# would cut the word at
_WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed])+")


def query_terms(query: str) -> list[tuple[str, bool]]:
    """The user's words and quoted phrases, in order: (the word or the phrase's words joined by spaces, phrase?)."""
    terms: list[tuple[str, bool]] = []
    last = 0
    for m in _PHRASE.finditer(query):
        terms += [(w, False) for w in _WORD.findall(query[last:m.start()])]
        words = _WORD.findall(m.group(1))
        if words:
            terms.append((" ".join(words), True))
        last = m.end()
    terms += [(w, False) for w in _WORD.findall(query[last:])]
    return terms


def fts_query(query: str) -> str:
    """The user's words as an FTS5 query: quoted phrases stay phrases, every other word is a prefix.

    Every term is quoted, so punctuation or FTS5 keywords (AND, NEAR…) typed by the user cannot break it."""
    return " ".join(f'"{t}"' if phrase else f'"{t}"*' for t, phrase in query_terms(query))


def unspaced(query: str) -> bool:
    """Whether the query holds a word of a script written without spaces (answered from ``search_cjk``)."""
    return _UNSPACED_RE.search(query) is not None


_OPEN, _CLOSE = "\x01", "\x02"


def _marked_spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip highlight() markers; the plain text and the marked spans (adjacent words joined)."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = -1
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = pos
        elif piece == _CLOSE:
            if spans and start - spans[-1][1] <= 3 and not re.search(r"\w", "".join(out)[spans[-1][1]:start]):
                spans[-1] = (spans[-1][0], pos)  # "heart failure" is one place, not two
            else:
                spans.append((start, pos))
        else:
            out.append(piece)
            pos += len(piece)
    return "".join(out), spans


def _context(body: str, start: int, end: int, width: int) -> tuple[str, int]:
    """Words around body[start:end] on one line, cut at word boundaries; and where the context starts."""
    a, b = max(0, start - width), min(len(body), end + width)
    if a > 0:
        m = re.search(r"\s", body[a:start])
        a = a + m.end() if m else a
    if b < len(body):
        m = re.search(r"\s\S*$", body[end:b])
        b = end + m.start() if m else b
    lead = "…" if a > 0 else ""
    snippet = lead + body[a:b] + ("…" if b < len(body) else "")
    return " ".join(snippet.split("\n")).replace("\r", " "), a - len(lead)


def search_project(project: Project, query: str, *, limit: int = 200, context: int = 60,
                   language: str | None = None) -> list[SearchHit]:
    """Every place the query matches: each match in document text, and each condensed meaning, note, memo
    and code whose text matches. Best matches first (FTS5 rank), then in reading order. The hits' labels are in
    ``language`` (None: the window's, names isolated for right-to-left text; see ``search_labels``)."""
    fts = fts_query(query)
    if not fts:
        return []
    _ensure_index(project)
    with project.read_session() as s:
        if is_server(s):  # PostgreSQL: a tsvector query over the same index (app/core/dialect.py)
            rows = pg_search_rows(s, query)
        elif unspaced(query):
            rows = _unspaced_rows(s, query_terms(query))
        else:
            rows = s.execute(text(
                "SELECT f.kind, f.item_id, f.document_id, highlight(search_fts, 3, char(1), char(2)), "
                "d.name FROM search_fts f LEFT JOIN document d ON d.id = f.document_id "
                "WHERE search_fts MATCH :q ORDER BY CASE f.kind WHEN 'text' THEN 0 ELSE 1 END, rank"),
                {"q": fts}).all()
        units = _units_of(s, [r for r in rows if r[0] in ("condensed", "note")])
        labels = _memo_and_code_labels(s, [r for r in rows if r[0] in ("memo", "code")], language)
    hits: list[SearchHit] = []
    for kind, item_id, doc_id, marked, doc_name in rows:
        body, spans = _marked_spans(marked)
        if not spans:
            continue
        if kind == "text":
            for group in _groups(spans, context // 2):
                a, b = group[0][0], group[-1][1]
                hits.append(_hit(body, a, b, spans, context, doc_id, doc_name or "", a, b, kind, item_id, "",
                                 where_label(kind, language), tuple(group)))
                if len(hits) >= limit:
                    return hits
            continue
        unit_id, ustart, uend = units.get(item_id, ("", -1, -1))
        hits.append(_hit(body, spans[0][0], spans[0][1], spans, context, doc_id or "", doc_name or "", ustart,
                         uend, kind, item_id, unit_id, labels.get(item_id) or where_label(kind, language)))
        if len(hits) >= limit:
            break
    return hits


def _unspaced_rows(s: Session, terms: list[tuple[str, bool]]) -> list[tuple[str, str, str, str, str | None]]:
    """Rows of ``search_cjk`` holding every term as a substring, marked like ``highlight()`` marks them.

    Terms of three or more characters go through the trigram index (ranked by it); a word of one or two
    characters, which a trigram index cannot look up, is found with LIKE over the entries that hold such
    scripts (few, and the trigram table scans them without the other entries)."""
    long = [t for t, _ in terms if len(t) >= 3]
    where, params = [], {}
    if long:
        where.append("search_cjk MATCH :q")
        params["q"] = " ".join('"' + t.replace('"', '""') + '"' for t in long)
    for i, (term, _phrase) in enumerate(t for t in terms if len(t[0]) < 3):
        where.append(f"c.body LIKE :l{i} ESCAPE '\\'")
        params[f"l{i}"] = "%" + re.sub(r"([%_\\])", r"\\\1", term) + "%"
    order = "rank" if long else "c.rowid"
    rows = s.execute(text(
        "SELECT c.kind, c.item_id, c.document_id, c.body, d.name FROM search_cjk c "
        f"LEFT JOIN document d ON d.id = c.document_id WHERE {' AND '.join(where)} "
        f"ORDER BY CASE c.kind WHEN 'text' THEN 0 ELSE 1 END, {order}"), params).all()
    pattern = re.compile("|".join(re.escape(t) for t, _ in sorted(terms, key=lambda t: -len(t[0]))), re.IGNORECASE)
    out = []
    for kind, item_id, doc_id, body, name in rows:
        marked, last = [], 0
        for m in pattern.finditer(body):
            marked += [body[last:m.start()], _OPEN, m.group(), _CLOSE]
            last = m.end()
        out.append((kind, item_id, doc_id, "".join(marked) + body[last:], name))
    return out


def _groups(spans: list[tuple[int, int]], gap: int) -> list[list[tuple[int, int]]]:
    """Matches close together ("nurse never asked" for nurse asked) make one place."""
    out: list[list[tuple[int, int]]] = []
    for span in spans:
        if out and span[0] - out[-1][-1][1] <= gap:
            out[-1].append(span)
        else:
            out.append([span])
    return out


def _ensure_index(project: Project) -> None:
    """A file written before the search index (or its CJK part) existed gets it (once) instead of an error."""
    with project.engine.connect() as conn:
        names = ("search_fts",) if is_server(conn) else INDEXES  # the server's index is one table (dialect.py)
        found = all(table_exists(conn, name) for name in names)
    if not found:
        with project.write_session() as session:
            create_search_index(session.connection().connection.driver_connection)  # type: ignore[union-attr]


def _hit(body: str, a: int, b: int, spans: list[tuple[int, int]], width: int, doc_id: str, doc_name: str,
         start: int, end: int, kind: str, item_id: str, unit_id: str, label: str,
         words: tuple[tuple[int, int], ...] = ()) -> SearchHit:
    snippet, shift = _context(body, a, b, width)
    marks = tuple((x - shift, y - shift) for x, y in spans if x - shift >= 0 and y - shift <= len(snippet))
    return SearchHit(doc_id, doc_name, start, end, snippet, kind, item_id, unit_id, label, marks, words)


def _units_of(s: Session, rows: list) -> dict[str, tuple[str, int, int]]:
    """item id of a condensed meaning or note → (unit id, its start, its end)."""
    out: dict[str, tuple[str, int, int]] = {}
    unit_ids = [r[1] for r in rows if r[0] == "condensed"]
    note_ids = [r[1] for r in rows if r[0] == "note"]
    for chunk in _chunks(unit_ids):
        for uid, a, b in s.execute(text(
                f'SELECT id, start, "end" FROM meaningunit WHERE id IN ({_marks(chunk)})'), _params(chunk)):
            out[uid] = (uid, a, b)
    for chunk in _chunks(note_ids):
        for nid, uid, a, b in s.execute(text(
                f'SELECT n.id, u.id, u.start, u."end" FROM annotation n JOIN meaningunit u ON u.id = n.unit_id '
                f"WHERE n.id IN ({_marks(chunk)})"), _params(chunk)):
            out[nid] = (uid, a, b)
    return out


def _memo_and_code_labels(s: Session, rows: list, language: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    code_ids = [r[1] for r in rows if r[0] == "code"]
    for chunk in _chunks(code_ids):
        for cid, name in s.execute(text(f"SELECT id, name FROM code WHERE id IN ({_marks(chunk)})"), _params(chunk)):
            out[cid] = code_label(name, language)
    memo_ids = [r[1] for r in rows if r[0] == "memo"]
    for chunk in _chunks(memo_ids):
        for mid, target_kind, target_id, kind, title in s.execute(text(
                f"SELECT id, target_kind, target_id, kind, title FROM memo WHERE id IN ({_marks(chunk)})"),
                _params(chunk)):
            table = target_kind if target_kind in MEMO_TARGETS else None
            row = (s.execute(text(f"SELECT name FROM {table} WHERE id = :i"), {"i": target_id}).first()
                   if table else None)
            target = (table if row else None) if table else "study"
            out[mid] = memo_label(kind, title or "", target, row[0] if row else "", language)
    return out


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _marks(chunk: list[str]) -> str:
    return ", ".join(f":p{i}" for i in range(len(chunk)))


def _params(chunk: list[str]) -> dict[str, str]:
    return {f"p{i}": v for i, v in enumerate(chunk)}


def find_in_text(body: str, query: str) -> list[tuple[int, int]]:
    """Case-insensitive places of ``query`` in one document (for Ctrl+F in the reader)."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), body, re.IGNORECASE)]
