"""Delete a document permanently, for a participant who withdrew consent.

An ordinary removal (``documents.delete_document``) is undoable because the change log keeps every removed row as
JSON, so the document's text would stay in the file until the history expires. A permanent deletion removes the
document with everything that hangs on it (units, notes, codings, turns, text versions, unit reviews, consensus
decisions, memos on it, its REFI-QDA links, its search entries, and the participants who spoke only in it, with
their attribute values) without logging their images, then removes every
change-log row that ever recorded one of those rows (also rows deleted long ago and kept only as images), drops
the undo steps that concerned nothing else, replaces the document's name in the history's labels and the audit
trail, merges the search index's segments (FTS5 keeps deleted words in old segments until then) and rewrites the
file (``secure_delete`` + ``VACUUM``) so no free page keeps the text. Its audit event names no content: "Document
permanently deleted" and counts. It cannot be undone; the other undo steps survive.

The ids (only the ids) of the removed rows are kept in ``meta`` (``purged_ids``): merging a reviewer copy made
before the deletion leaves them out, so the document does not come back.

The automatic backups made before hold the document too: by default the same deletion is applied to each of them
(``app/core/backup_scrub.py``); they can be deleted or, on request, left as they are (the result says so).
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text as sql

from app.core.backup_scrub import BackupAction, rewrite_backups, vacuum
from app.core.errors import InvalidOperation, NotFound
from app.core.history_scrub import scrub_value
from app.core.ops import Changes, Outcome, delete_keys, operation
from app.core.progress import CancelledFn, ProgressFn, check, never_cancelled, no_progress
from app.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.core.project import Project

REMOVED_NAME = "[deleted document]"
# tables whose rows belong to a document by their document_id column, and those that belong to its units
_BY_DOCUMENT = ("meaningunit", "turn", "textversion", "unitreview", "consensusdecision", "readingprogress")
_BY_UNIT = ("annotation", "coding", "unitreview")


@dataclass(frozen=True)
class PurgeResult:
    """What a permanent deletion removed. ``name`` is for the message on screen only (never stored)."""

    name: str
    units: int
    notes: int
    codings: int
    history_rows: int  # change-log rows that recorded the document's rows
    steps_removed: int  # undo steps that concerned only this document
    participants: int = 0  # participants who spoke only in it (or owned only it), deleted with it
    backups: list[BackupAction] = field(default_factory=list)


def _images(conn: Connection, where: str, params: dict[str, Any]) -> list[tuple[str, str]]:
    return [(t, k) for t, k in conn.execute(sql(f"SELECT DISTINCT tbl, row_key FROM changelog WHERE {where}"),
                                            params).all()]


def _json_field(name: str) -> str:
    return f"(json_extract(old, '$.{name}') IN (SELECT value FROM json_each(:ids)) OR " \
           f"json_extract(new, '$.{name}') IN (SELECT value FROM json_each(:ids)))"


def _related_keys(conn: Connection, document_id: str) -> set[tuple[str, str]]:
    """Every (table, id) that is or was the document's or hangs on it: the rows in the study now and the rows
    only the change log still remembers (a unit deleted last week, a note on it)."""
    keys: set[tuple[str, str]] = {("document", document_id), ("documentfile", document_id)}
    one = json.dumps([document_id])
    for table in _BY_DOCUMENT:
        live = conn.execute(sql(f'SELECT id FROM "{table}" WHERE document_id = :d'), {"d": document_id}).scalars()
        keys |= {(table, k) for k in live}
    keys |= set(_images(conn, f"tbl IN ({', '.join(repr(t) for t in _BY_DOCUMENT)}) AND {_json_field('document_id')}",
                        {"ids": one}))
    units = json.dumps(sorted(k for t, k in keys if t == "meaningunit"))
    for table in _BY_UNIT:
        live = conn.execute(sql(f'SELECT id FROM "{table}" WHERE unit_id IN (SELECT value FROM json_each(:ids))'),
                            {"ids": units}).scalars()
        keys |= {(table, k) for k in live}
    keys |= set(_images(conn, f"tbl IN ({', '.join(repr(t) for t in _BY_UNIT)}) AND {_json_field('unit_id')}",
                        {"ids": units}))
    memos = conn.execute(sql("SELECT id FROM memo WHERE target_kind = 'document' AND target_id = :d"),
                         {"d": document_id}).scalars()
    keys |= {("memo", k) for k in memos}
    keys |= set(_images(conn, "tbl = 'memo' AND " + _json_field("target_id"), {"ids": one}))
    targets = json.dumps(sorted(k for _, k in keys))
    links = conn.execute(sql("SELECT id FROM refilink WHERE target_id IN (SELECT value FROM json_each(:ids))"),
                         {"ids": targets}).scalars()
    keys |= {("refilink", k) for k in links}
    keys |= set(_images(conn, "tbl = 'refilink' AND " + _json_field("target_id"), {"ids": targets}))
    return keys


def _names(conn: Connection, document_id: str, known: list[str]) -> list[str]:
    """The document's names (now and in the history) and its file's name, as they may appear in labels."""
    forms = set(known)
    for old, new in conn.execute(sql("SELECT old, new FROM changelog WHERE tbl = 'document' AND row_key = :d"),
                                 {"d": document_id}).all():
        for image in (old, new):
            if image:
                values = json.loads(image)
                forms |= {values.get("name") or "", values.get("original_name") or ""}
    forms |= {Path(f).stem for f in forms if f}
    return sorted((f for f in forms if len(f.strip()) >= 2), key=len, reverse=True)


_DOCUMENT_SENTENCE = r"^(?:import|remove document|rename document to|delete document) "


def _scrub_labels(conn: Connection, names: list[str], people: list[str], labels: dict[str, str]) -> None:
    """The document's (and its deleted participants') names leave the history's labels and the audit trail's
    sentences — only where they name them: the labels of the steps that touched the deleted rows, audit sentences
    equal to one of those labels or shaped like "Import NAME" / "Remove document NAME" — and the study's facts
    (an ICR plan lists drawn documents by name as JSON strings), also as the change log remembers them. A word
    that happens to equal a short document name elsewhere ("ward") is left alone."""
    from app.core.pseudonymise import is_generic_label

    people = [n for n in people if not is_generic_label(n)]

    def alternation(forms: list[str]) -> str:
        return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))

    if not names and not people:
        return
    doc_forms, person_forms = alternation(names), alternation(people)
    both = "|".join(f for f in (doc_forms, person_forms) if f)
    anywhere = re.compile(rf"(?<!\w)(?:{both})(?!\w)", re.IGNORECASE)
    doc_words = re.compile(rf"(?<!\w)(?:{doc_forms})(?!\w)", re.IGNORECASE) if doc_forms else None

    def sub(value: str) -> str:
        if doc_words is not None:
            value = doc_words.sub(REMOVED_NAME, value)
        return anywhere.sub("[deleted participant]", value)

    shaped = re.compile(rf"{_DOCUMENT_SENTENCE}(?:{doc_forms})$", re.IGNORECASE) if doc_forms else None
    for op_id, label in labels.items():
        conn.execute(sql("UPDATE operationlog SET label = :v WHERE id = :o"), {"v": sub(label), "o": op_id})
    touched = set(labels.values())
    for rid, summary in conn.execute(sql("SELECT rowid, summary FROM auditevent")).all():
        if summary in touched or (shaped is not None and shaped.match(summary or "")):
            conn.execute(sql("UPDATE auditevent SET summary = :v WHERE rowid = :r"), {"v": sub(summary), "r": rid})
    if not doc_forms:
        return
    whole = re.compile(rf"^(?:{doc_forms})$", re.IGNORECASE)  # a JSON string that is exactly the name
    for table, column, where in (("meta", "value", ""), ("changelog", "old", " WHERE tbl = 'meta'"),
                                 ("changelog", "new", " WHERE tbl = 'meta'")):
        for rid, value in conn.execute(sql(f'SELECT rowid, "{column}" FROM "{table}"{where}')).all():
            if isinstance(value, str) and value[:1] in "{[":
                scrubbed = scrub_value(value, whole, lambda _m: REMOVED_NAME, doc_words)
                if scrubbed is not None:
                    conn.execute(sql(f'UPDATE "{table}" SET "{column}" = :v WHERE rowid = :r'),
                                 {"v": scrubbed, "r": rid})


def _forget(conn: Connection, keys: set[tuple[str, str]]) -> tuple[int, int, dict[str, str]]:
    """Remove the change-log rows of ``keys`` and the undo steps left empty. Returns (rows, steps removed, the
    labels of the steps that touched those rows, by id — the removed steps' too, for the audit trail)."""
    by_table: dict[str, list[str]] = {}
    for table, key in keys:
        by_table.setdefault(table, []).append(key)
    ops: set[str] = set()
    rows = 0
    for table, ids in by_table.items():
        params = {"t": table, "ids": json.dumps(ids)}
        where = "tbl = :t AND row_key IN (SELECT value FROM json_each(:ids))"
        ops |= set(conn.execute(sql(f"SELECT DISTINCT op_id FROM changelog WHERE {where}"), params).scalars())
        rows += conn.execute(sql(f"DELETE FROM changelog WHERE {where}"), params).rowcount
    labels = {o: label for o, label in conn.execute(
        sql("SELECT id, label FROM operationlog WHERE id IN (SELECT value FROM json_each(:ids))"),
        {"ids": json.dumps(sorted(ops))}).all()}
    steps = 0
    for op_id in ops:
        if conn.execute(sql("SELECT 1 FROM changelog WHERE op_id = :o LIMIT 1"), {"o": op_id}).first() is None:
            kind = conn.execute(sql("SELECT kind FROM operationlog WHERE id = :o"), {"o": op_id}).scalar()
            conn.execute(sql("DELETE FROM operationlog WHERE id = :o"), {"o": op_id})
            steps += kind == "do"
    # a permanent deletion is a new action: what was undone can no longer be redone
    conn.execute(sql("UPDATE operationlog SET state = 'dropped' WHERE kind = 'do' AND state = 'undone'"))
    return rows, steps, labels


def _orphans(conn: Connection, people: set[str]) -> tuple[set[tuple[str, str]], list[str]]:
    """Delete the participants who spoke only in (or owned only) the deleted document, with their attribute
    values; return their keys (now and in the history) and their names (for the labels)."""
    keys: set[tuple[str, str]] = set()
    names: list[str] = []
    for pid in sorted(people):
        still = conn.execute(sql("SELECT 1 FROM turn WHERE participant_id = :p UNION ALL "
                                 "SELECT 1 FROM document WHERE participant_id = :p LIMIT 1"), {"p": pid}).first()
        if still is not None:
            continue
        ids = json.dumps([pid])
        keys.add(("participant", pid))
        keys |= {("attributevalue", k) for k in conn.execute(
            sql("SELECT id FROM attributevalue WHERE participant_id = :p"), {"p": pid}).scalars()}
        keys |= set(_images(conn, "tbl = 'attributevalue' AND " + _json_field("participant_id"), {"ids": ids}))
        for old, new in conn.execute(sql("SELECT old, new FROM changelog WHERE tbl = 'participant' AND "
                                         "row_key = :p"), {"p": pid}).all():
            names += [json.loads(i).get("name") or "" for i in (old, new) if i]
        names += list(conn.execute(sql("SELECT name FROM participant WHERE id = :p"), {"p": pid}).scalars())
        conn.execute(sql("DELETE FROM participant WHERE id = :p"), {"p": pid})
    return keys, [n for n in names if n]


def participants_only_in(project: Project, document_id: str) -> list[str]:
    """The names of the participants who speak only in (or own only) this document: a permanent deletion takes
    them with it (for the confirmation)."""
    with project.read_session() as s:
        rows = s.execute(sql(
            "SELECT p.name FROM participant p WHERE p.id IN (SELECT participant_id FROM turn WHERE document_id = :d "
            "UNION SELECT participant_id FROM document WHERE id = :d) AND NOT EXISTS (SELECT 1 FROM turn t WHERE "
            "t.participant_id = p.id AND t.document_id <> :d) AND NOT EXISTS (SELECT 1 FROM document o WHERE "
            "o.participant_id = p.id AND o.id <> :d) ORDER BY p.position, p.name"), {"d": document_id}).scalars()
        return list(rows)


def _count(conn: Connection, keys: set[tuple[str, str]], table: str, document_id: str) -> int:
    ids = json.dumps([k for t, k in keys if t == table])
    return conn.execute(sql(f'SELECT count(*) FROM "{table}" WHERE id IN (SELECT value FROM json_each(:ids))'),
                        {"ids": ids}).scalar_one()


def _purge(project: Project, document_id: str, known_names: list[str], *, must_exist: bool) -> PurgeResult:
    """The deletion inside one operation (not undoable: nothing of it is logged). In a backup copy the document
    may be gone already (``must_exist`` False): its history is removed all the same."""
    with operation(project, "purge", "Document permanently deleted") as op:
        conn = op.session.connection()
        name = conn.execute(sql("SELECT name FROM document WHERE id = :d"), {"d": document_id}).scalar()
        if name is None and must_exist:
            raise NotFound(f"document {document_id} is not in {project.path.name}")
        keys = _related_keys(conn, document_id)
        names = _names(conn, document_id, [*known_names, name or ""])
        counts = {t: _count(conn, keys, t, document_id) for t in ("meaningunit", "annotation", "coding")}
        conn.execute(sql("UPDATE opcontext SET op_id = NULL WHERE id = 1"))  # nothing of this is logged
        links = json.dumps([k for t, k in keys if t == "refilink"])
        conn.execute(sql("DELETE FROM refilink WHERE id IN (SELECT value FROM json_each(:ids))"), {"ids": links})
        people = set(conn.execute(sql("SELECT participant_id FROM turn WHERE document_id = :d AND participant_id "
                                      "IS NOT NULL UNION SELECT participant_id FROM document WHERE id = :d AND "
                                      "participant_id IS NOT NULL"), {"d": document_id}).scalars())
        people |= {json.loads(i).get("participant_id") for t, _k in keys if t == "turn"
                   for i in conn.execute(sql("SELECT coalesce(old, new) FROM changelog WHERE tbl = 'turn' AND "
                                             "row_key = :k"), {"k": _k}).scalars() if i} - {None}
        if name is not None:
            delete_keys(op.session, [("document", document_id)])
        gone_people, people_names = _orphans(conn, people)
        keys |= gone_people
        rows, steps, labels = _forget(conn, keys)
        _scrub_labels(conn, names, people_names, labels)
        remember_purged(conn, {k for _t, k in keys} | {document_id})
        for index in ("search_fts", "search_cjk"):  # FTS5 keeps deleted terms in old segments until they merge
            if conn.execute(sql("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": index}).first():
                conn.execute(sql(f"INSERT INTO {index} ({index}) VALUES ('optimize')"))
        conn.execute(sql("UPDATE opcontext SET data_version = data_version + 1, op_id = :o WHERE id = 1"),
                     {"o": op.op_id})
        participants = sum(t == "participant" for t, _ in gone_people)
        op.details = {"units": counts["meaningunit"], "notes": counts["annotation"], "codings": counts["coding"],
                      "participants": participants, "history_rows": rows, "steps_removed": steps}
    return PurgeResult(name or "", counts["meaningunit"], counts["annotation"], counts["coding"], rows, steps,
                       participants)


PURGED_KEY = "purged_ids"


def remember_purged(conn: Connection, ids: set[str]) -> None:
    """Keep the ids of the rows a permanent deletion removed (ids only: random, no content) in ``meta``, so a
    merge of a reviewer copy made before does not bring the document back (``consensus/merge_plan.py``)."""
    old = conn.execute(sql("SELECT value FROM meta WHERE key = :k"), {"k": PURGED_KEY}).scalar()
    known = set(json.loads(old)) if old else set()
    conn.execute(sql("INSERT INTO meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = "
                     "excluded.value"), {"k": PURGED_KEY, "v": json.dumps(sorted(known | ids))})


def purge_document(project: Project, document_id: str, *, backups: str = "scrub",
                   progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled
                   ) -> Outcome[PurgeResult]:
    """Delete a document for good: from the study, its history and search index, the file's free pages, and
    (``backups``: ``scrub``, the default; ``delete``; ``keep``) the automatic backups made before. Not undoable."""
    if getattr(project, "on_server", False):
        raise InvalidOperation(f"{project.path}: a study on a server cannot delete a document permanently "
                               "(the server's own copies keep it); remove it there and ask its administrator")
    if backups not in {"scrub", "delete", "keep"}:
        raise InvalidOperation(f"backups: scrub, delete or keep, not {backups!r}")
    check(cancelled)
    with project.read_session() as s:
        row = s.execute(sql("SELECT name, original_name FROM document WHERE id = :d"), {"d": document_id}).first()
    if row is None:
        raise NotFound(f"document {document_id} is not in {project.path.name}")
    known = [row[0], row[1] or ""]
    progress(0.1, translate("progress", "Deleting the document permanently"))
    result = _purge(project, document_id, known, must_exist=True)
    vacuum(project)
    done: list[BackupAction] = []
    if backups != "keep":
        def apply(copy: Project) -> None:
            _purge(copy, document_id, known, must_exist=False)
            vacuum(copy)

        done = rewrite_backups(project.path, backups, apply, progress)
    result = dataclasses.replace(result, backups=done)
    label = "Document permanently deleted"
    return Outcome(label, Changes(**{k: True for k in Changes.__dataclass_fields__}), result,
                   lambda _p: Outcome("Nothing to undo", Changes()))
