"""Pseudonymise a study so its file can be shared: participants' names become codes (P01…, interviewers I01…;
generic labels such as 'Interviewer', 'Speaker 2' or 'S01' stay) and
every listed name or place becomes its code (``[name]`` by default, or the code the list gives: ``St Mary's =
[hospital]``) throughout the whole file, and every meaning unit stays on its words.

It is final. After the replacement (one operation, with the units re-anchored through an offset map), every text
column of every table is scrubbed generically — the audit trail, metadata, the change log / undo history of
whatever tables exist — the stored original files are replaced by the pseudonymised text as UTF-8 (``.txt``),
the search index is rebuilt, and the file is rewritten with ``secure_delete`` and ``VACUUM`` so no free page still
holds a real name. The key (code → real name) goes to a CSV file the user chooses, never into the study.

The undo history either goes whole (the default: ``history="empty"``) or is rewritten (``history="scrub"``,
``app/core/history_scrub.py``): the names replaced by their codes in every row image, the steps that cannot be
kept dropped and counted. Names a participant had earlier (renamed or deleted, still in the change log) are
pseudonymised too.

Automatic backups beside the study (``*.lectio-backups/``) are other files: on request (``backups="scrub"``) each
gets the same replacements (same codes) through a checked copy, or is deleted (``backups="delete"``); otherwise
they still hold the real names, and the caller says so. Copies a file-format upgrade left beside the study are
handled with them (``app/core/backup_scrub.py``).
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text as sql
from sqlmodel import select

from app.core.backup_scrub import BackupAction, rewrite_backups
from app.core.errors import InvalidOperation, LectioError
from app.core.history_scrub import scrub_history, scrub_value, undoable_steps
from app.core.models import Document, DocumentFile, MeaningUnit
from app.core.models_people import Turn
from app.core.ops import Changes, Outcome, operation
from app.core.participants import list_participants
from app.core.progress import Cancelled, CancelledFn, ProgressFn, check, never_cancelled, no_progress
from app.i18n import translate

if TYPE_CHECKING:
    from app.core.project import Project

_CODE_LIKE = re.compile(r"^[PI]\d{2,}$")
# speaker labels that are not names (left as they are): Interviewer, Speaker 2, S00, P03, Int, B
_GENERIC_LABEL = re.compile(
    r"^(?:(?:interviewer\w*|interviewee|moderator|facilitator|researcher|respondent|participant|speaker|unknown"
    r"|guest|host)[\s_-]*\d*|[a-z]{1,3}[\s_-]*\d+|[a-z]|int|iv|ir)$", re.IGNORECASE)
_SKIP_TABLES = re.compile(r"^(sqlite_|search_fts|search_cjk)")
# inside the operation the change log is left to _finalise (emptied, or rewritten value by value in its JSON)
_SKIP_IN_OPERATION = re.compile(r"^(sqlite_|search_fts|search_cjk|changelog$)")


def is_generic_label(name: str) -> bool:
    """A speaker label that is not a name (Interviewer, Speaker 2, S01, P03): never treated as one."""
    return bool(_CODE_LIKE.match(name.strip()) or _GENERIC_LABEL.match(name.strip())) or not name.strip()


@dataclass(frozen=True)
class Pseudonym:
    real: str
    code: str
    kind: str  # participant | interviewer | listed


def read_names(path: Path) -> list[tuple[str, str]]:
    """(name, code or '') per line of a names file; ``#`` starts a comment line; ``Name = [code]`` sets a code."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise LectioError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252", errors="replace")
    out = []
    for line in content.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, code = line.partition("=")
        if name.strip():
            out.append((name.strip(), code.strip()))
    return out


def plan(project: Project, names: list[tuple[str, str]]) -> list[Pseudonym]:
    """The replacements: participants first (their codes), then the listed names and places."""
    people = list_participants(project)
    taken = {p.name for p in people if _CODE_LIKE.match(p.name)}
    counters = {"participant": 0, "interviewer": 0}
    out: list[Pseudonym] = []
    seen: set[str] = set()
    code_of: dict[str, str] = {}

    def next_code(role: str) -> str:
        while True:
            counters[role] += 1
            code = f"{'I' if role == 'interviewer' else 'P'}{counters[role]:02d}"
            if code not in taken:
                taken.add(code)
                return code

    def named(name: str) -> bool:
        return bool(name.strip()) and not _CODE_LIKE.match(name) and not _GENERIC_LABEL.match(name.strip())

    for person in people:
        if not named(person.name):
            continue
        role = person.role if person.role in counters else "participant"
        code_of[person.id] = next_code(role)
        out.append(Pseudonym(person.name, code_of[person.id], role))
        seen.add(person.name.casefold())
    for pid, name, role in _former_names(project):  # renamed or deleted since: still in the undo history
        if not named(name) or name.casefold() in seen:
            continue
        role = role if role in counters else "participant"
        code = code_of.get(pid) or code_of.setdefault(pid, next_code(role))
        out.append(Pseudonym(name, code, role))
        seen.add(name.casefold())
    for name, code in names:
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        out.append(Pseudonym(name, code or "[name]", "listed"))
    return out


def _former_names(project: Project) -> list[tuple[str, str, str]]:
    """(participant id, name, role) of every name a participant has had in the change log, oldest first."""
    out = []
    with project.read_session() as s:
        rows = s.execute(sql("SELECT row_key, old, new FROM changelog WHERE tbl = 'participant' ORDER BY id")).all()
    for key, old, new in rows:
        for image in (old, new):
            if image:
                values = json.loads(image)
                out.append((key, str(values.get("name") or ""), str(values.get("role") or "participant")))
    return out


def _form_pattern(form: str) -> str:
    """A name as a pattern: its words separated by any run of spaces, hyphens, dots or underscores, so that
    'Anna Lindqvist' also catches 'anna_lindqvist' and 'Anna-Lindqvist' in file names."""
    return r"[\s_.\-]+".join(re.escape(word) for word in form.split())


def _replacer(pseudonyms: list[Pseudonym]) -> tuple[re.Pattern[str], Callable[[re.Match[str]], str]]:
    """One pattern for every name (and its JSON-escaped spelling), longest first, matched as whole words
    (an underscore counts as a word boundary)."""
    by_form: dict[str, str] = {}
    for p in pseudonyms:
        for form in {p.real, json.dumps(p.real)[1:-1]}:
            if form.strip():
                by_form.setdefault(form.casefold(), p.code)
    forms = sorted(by_form, key=len, reverse=True)
    codes = [by_form[f] for f in forms]
    alternatives = "|".join(f"(?P<n{i}>{_form_pattern(f)})" for i, f in enumerate(forms))
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE)
    return pattern, lambda m: codes[int(m.lastgroup[1:])]  # type: ignore[index]


class OffsetMap:
    """Old offsets → new offsets through a list of replacements (old start, old end, new length)."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        self.shift = []
        total = 0
        for s, e, n in spans:
            self.shift.append(total)
            total += n - (e - s)
        self.total = total

    def start(self, offset: int) -> int:
        """A start inside a replaced name moves to the start of its code."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return offset
        s, e, n = self.spans[i]
        if offset < e:
            return s + self.shift[i]
        return offset + self.shift[i] + n - (e - s)

    def end(self, offset: int) -> int:
        """An end inside a replaced name moves to the end of its code."""
        i = bisect.bisect_left(self.starts, offset) - 1
        if i < 0:
            return offset
        s, e, n = self.spans[i]
        if offset <= e:
            return s + self.shift[i] + n if offset > s else s + self.shift[i]
        return offset + self.shift[i] + n - (e - s)


def replace_with_map(text: str, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str]
                     ) -> tuple[str, OffsetMap]:
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    last = 0
    for m in pattern.finditer(text):
        code = code_of(m)
        parts.append(text[last:m.start()])
        parts.append(code)
        spans.append((m.start(), m.end(), len(code)))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), OffsetMap(spans)


def _scrub_tables(conn: Any, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str],
                  skip: re.Pattern[str] = _SKIP_TABLES) -> int:
    """Replace the names in every text value of every ordinary table (a DB-API connection or SQLAlchemy session
    wrapper with ``execute``). Returns the number of values changed."""
    changed = 0
    tables = [r[0] for r in conn.execute(sql("SELECT name FROM sqlite_master WHERE type = 'table'")).fetchall()]
    for table in tables:
        if skip.match(table):
            continue
        columns = [r[1] for r in conn.execute(sql(f'PRAGMA table_info("{table}")')).fetchall()]
        if not columns:
            continue
        quoted = ", ".join(f'"{c}"' for c in columns)
        for row in conn.execute(sql(f'SELECT rowid, {quoted} FROM "{table}"')).fetchall():
            updates: dict[str, Any] = {}
            for column, value in zip(columns, row[1:], strict=True):
                if isinstance(value, str) and value and (scrubbed := scrub_value(value, pattern, code_of)):
                    updates[column] = scrubbed
                elif isinstance(value, bytes) and len(value) < 50_000_000:
                    try:
                        decoded = value.decode("utf-8")
                    except UnicodeDecodeError:
                        continue
                    if pattern.search(decoded):
                        updates[column] = pattern.sub(code_of, decoded).encode("utf-8")
            if updates:
                sets = ", ".join(f'"{c}" = :v{i}' for i, c in enumerate(updates))
                params = {f"v{i}": v for i, v in enumerate(updates.values())} | {"rid": row[0]}
                conn.execute(sql(f'UPDATE "{table}" SET {sets} WHERE rowid = :rid'), params)
                changed += len(updates)
    return changed


def write_key(path: Path, pseudonyms: list[Pseudonym]) -> None:
    try:
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["code", "real name", "kind"])
            for p in pseudonyms:
                writer.writerow([p.code, p.real, p.kind])
    except OSError as exc:
        raise LectioError(f"{path}: the key cannot be written ({exc.strerror or exc})") from exc


def pseudonymise(project: Project, names: list[tuple[str, str]], key_path: Path, progress: ProgressFn = no_progress,
                 cancelled: CancelledFn = never_cancelled, *, history: str = "empty",
                 backups: str = "keep") -> Outcome[dict[str, Any]]:
    """Replace every participant name and listed name throughout the study; write the key to ``key_path``.
    Final: there is no undo of it, and the old text is gone from the file afterwards. ``history``: ``empty`` (the
    undo history goes) or ``scrub`` (kept with the names replaced; steps that cannot be kept are lost and
    counted). ``backups``: ``keep``, ``scrub`` (the same replacements in each automatic backup) or ``delete``.
    Cancelled while the documents are rewritten, it raises ``Cancelled``: the study is unchanged and a key file it
    wrote is removed again. The value counts what was done; ``backups`` lists each backup and what happened."""
    key_path = Path(key_path)
    if history not in {"empty", "scrub"} or backups not in {"keep", "scrub", "delete"}:
        raise InvalidOperation(f"history: empty or scrub ({history!r}); backups: keep, scrub or delete ({backups!r})")
    if getattr(project, "on_server", False):  # the final scrub rewrites a file (VACUUM): a shared study is not one
        raise InvalidOperation(f"{project.path}: a study on a server is not pseudonymised in place; take a copy "
                               "of it as a file and pseudonymise the copy")
    if key_path.resolve() == project.path.resolve():
        raise InvalidOperation(f"{key_path}: the key must be written to a file other than the study")
    pseudonyms = plan(project, names)
    if not pseudonyms:
        raise InvalidOperation("nothing to pseudonymise: no participants and no listed names")
    key_existed = key_path.exists()
    write_key(key_path, pseudonyms)
    try:
        outcome, op_id = _pseudonymise(project, pseudonyms, progress, cancelled)
    except Cancelled:
        if not key_existed:
            key_path.unlink(missing_ok=True)
        raise
    pattern, code_of = _replacer(pseudonyms)
    progress(0.9, translate("progress", "Rewriting the file"))
    outcome.value.update(_finalise(project, pattern, code_of, history, op_id))
    done: list[BackupAction] = []
    if backups != "keep":
        def apply(copy: Project) -> None:
            _, copy_op = _pseudonymise(copy, pseudonyms, no_progress, never_cancelled)
            _finalise(copy, pattern, code_of, history, copy_op)

        done = rewrite_backups(project.path, backups, apply, progress)
    outcome.value["backups"] = done
    return outcome


def _pseudonymise(project: Project, pseudonyms: Any, progress: ProgressFn,
                  cancelled: CancelledFn) -> tuple[Outcome[dict[str, Any]], str]:
    pattern, code_of = _replacer(pseudonyms)
    counts = {"names": len(pseudonyms), "documents": 0, "units": 0, "replacements": 0, "values": 0}
    label = "Pseudonymise the study"
    with operation(project, "pseudonymise", label) as op:
        s = op.session
        documents = list(s.exec(select(Document)))
        for n, doc in enumerate(documents):
            check(cancelled)
            progress(0.8 * n / max(1, len(documents)), translate("progress", "Replacing names in {name}").format(
                name=doc.name))
            new_text, mapping = replace_with_map(doc.text, pattern, code_of)
            if new_text == doc.text:
                continue
            counts["documents"] += 1
            counts["replacements"] += len(mapping.spans)
            starts = sorted({mapping.start(o) for o in json.loads(doc.page_starts or "[0]")})
            for unit in s.exec(select(MeaningUnit).where(MeaningUnit.document_id == doc.id)):
                unit.start, unit.end = mapping.start(unit.start), mapping.end(unit.end)
                unit.end = max(unit.end, unit.start + 1)
                unit.text = new_text[unit.start:unit.end]
                s.add(unit)
                counts["units"] += 1
            for turn in s.exec(select(Turn).where(Turn.document_id == doc.id)):
                turn.start, turn.end = mapping.start(turn.start), mapping.end(turn.end)
                s.add(turn)
            doc.text = new_text
            doc.text_sha256 = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
            doc.page_starts = json.dumps(starts)
            s.add(doc)
        s.flush()
        for doc in list(s.exec(select(Document))):  # every original becomes the (pseudonymised) text
            data = doc.text.encode("utf-8")
            stored = s.get(DocumentFile, doc.id)
            if stored is not None:
                stored.data = data
                s.add(stored)
            doc.sha256 = hashlib.sha256(data).hexdigest()
            doc.original_name = Path(doc.original_name or doc.name).stem + ".txt"
            s.add(doc)
        s.flush()
        counts["values"] = _scrub_tables(s, pattern, code_of, _SKIP_IN_OPERATION)
        for doc_id, body in s.execute(sql("SELECT id, text FROM document")).fetchall():
            from app.core.search import index_document

            index_document(s, doc_id, body)
        op.summary = f"Pseudonymised: {len(pseudonyms)} names replaced by codes"
        op.details = {k: v for k, v in counts.items()}
        check(cancelled)  # the last moment a cancel leaves the study as it was
        op_id = op.op_id
    value: dict[str, Any] = dict(counts)
    return Outcome(label, Changes(**{k: True for k in Changes.__dataclass_fields__}), value, None), op_id


def _finalise(project: Project, pattern: re.Pattern[str], code_of: Callable[[re.Match[str]], str], history: str,
              op_id: str) -> dict[str, int]:
    """After the operation: scrub what it left behind (a change log recording the old values: emptied, or
    rewritten by ``history_scrub``), rebuild the search index, and rewrite the file so no free page holds the old
    text. Returns the undo steps kept and lost, and the history's values rewritten."""
    project.engine.dispose()
    raw = project.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA secure_delete = ON")

        class _Conn:  # the tiny part of a session _scrub_tables uses, over sqlite3
            @staticmethod
            def execute(statement: Any, params: dict[str, Any] | None = None) -> Any:
                return conn.execute(str(statement), params or {})

        conn.execute("BEGIN IMMEDIATE")
        try:
            before = undoable_steps(conn) - 1  # the pseudonymisation's own step is not counted
            if history == "scrub":
                scrubbed = scrub_history(conn, pattern, code_of, op_id)
                result = {"undo_steps_kept": scrubbed.kept, "undo_steps_lost": scrubbed.lost,
                          "history_values": scrubbed.values}
            else:  # the undo history would hold the real names in its before images, so it goes whole
                conn.execute("DELETE FROM changelog")
                conn.execute("DELETE FROM operationlog")
                result = {"undo_steps_kept": 0, "undo_steps_lost": max(before, 0), "history_values": 0}
            for _ in range(3):
                if not _scrub_tables(_Conn, pattern, code_of):
                    break
            from app.core.search import create_search_index, drop_search_index

            # a full-text index keeps deleted words in its segments until they merge: build it anew instead
            drop_search_index(conn)
            create_search_index(conn)  # the index again from the pseudonymised rows
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
        project.engine.dispose()
    return result
