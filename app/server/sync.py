"""``lectio clone URL LOCAL.lectio`` and ``lectio sync LOCAL.lectio``: a local copy of a team study for a train
or a field site, and bringing its work back through the change log.

A clone is an ordinary study file holding the server's rows as the login may read them (row security applies:
a blind reviewer's clone holds only their own work), with its origin and two positions in ``meta``: the
server's change log position it has seen (``sync.position``) and its own last synced operation
(``sync.local_seq``). Its undo history starts empty.

Sync runs as one operation on the server (one transaction, one undo step there, its rows in the server's change
log). Operations run one at a time on a server (each takes the ``opcontext`` row first), so inside it the
server's change log is complete up to its newest id. Then:

- rows changed here (the local change log since ``sync.local_seq``, net of undos) and not on the server (its
  change log since ``sync.position``) are written to the server;
- rows changed there and not here are written here (outside any operation: not local changes to send back);
- rows changed on both sides to different values are conflicts, listed as merge lists them; each side keeps its
  version until the user decides (``--resolve ours`` sends ours, ``--resolve theirs`` takes theirs). Undecided
  conflicts are remembered (``sync.pending``) and listed again by the next sync.

A conflict can also be decided on its own: ``decisions={key: "ours"|"theirs"}`` with the keys a listing sync gave
(``MergeConflict.key``: kind, table, row id and a hash of the server's version). The key names the server's
version the user saw, so it is the same in the next sync as long as nobody changes that row on the server; a
key that no longer names a listed conflict is refused, and the sync changes nothing on either side. Conflicts
without a decision follow ``resolve`` (none: they stay listed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, text

from app.consensus.merge_plan import MergeConflict
from app.core.errors import LectioError, ProjectError

ORIGIN, POSITION, LOCAL_SEQ, PENDING = "sync.origin", "sync.position", "sync.local_seq", "sync.pending"
SKIPPED = frozenset({"changelog", "operationlog", "opcontext", "auditevent", "readingprogress"})
Key = tuple[str, str]


class StaleDecision(ProjectError):
    """A decision whose key names no conflict of this sync (settled meanwhile, or the server's version changed
    since it was listed): the sync changed nothing; listing the conflicts again gives their current keys."""


@dataclass
class SyncResult:
    local: Path
    origin: str
    sent: int = 0
    received: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    resolved: int = 0
    kept: int = 0  # of the resolved conflicts: this copy's version sent to the server
    taken: int = 0  # the server's version taken here

    def as_dict(self) -> dict[str, Any]:
        return {"local": str(self.local), "origin": self.origin, "sent": self.sent, "received": self.received,
                "resolved": self.resolved, "kept": self.kept, "taken": self.taken,
                "conflicts": [{"kind": c.kind, "table": c.table, "id": c.id, "description": c.describe(),
                               "key": c.key} for c in self.conflicts]}


def _tables() -> dict[str, Any]:
    from app.core.models import TABLES

    return {n: m.__table__ for n, m in TABLES.items() if n not in SKIPPED}  # type: ignore[attr-defined]


def _pk(table: Any) -> Any:
    return next(c for c in table.columns if c.primary_key)


def _row(conn: Any, table: Any, key: str) -> dict[str, Any] | None:
    found = conn.execute(select(table).where(_pk(table) == key)).mappings().first()
    return dict(found) if found is not None else None


def _set_meta(conn: Any, values: dict[str, str]) -> None:
    from app.core.dialect import insert
    from app.core.models import Meta

    t = Meta.__table__  # type: ignore[attr-defined]
    for key, value in values.items():
        stmt = insert(conn, t).values(key=key, value=value)
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _server_position(conn: Any) -> int:
    return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM changelog")).scalar() or 0)


# -- clone ------------------------------------------------------------------------------------------------
def clone(url: str, local: Path | str, *, password: str | None = None) -> dict[str, int]:
    """Copy the study at ``url`` (as its login may read it) into a new study file ``local``; rows per table."""
    from app.core.dialect import defer_foreign_keys
    from app.core.project import create_project
    from app.core.server import open_server

    local = Path(local)
    server = open_server(url, password=password, read_only=True)
    counts: dict[str, int] = {}
    try:
        copy = create_project(local)
        try:
            with server.engine.connect().execution_options(isolation_level="REPEATABLE READ") as src, \
                    copy.write_session() as s:
                conn = s.connection()
                defer_foreign_keys(conn)
                tables = _tables()
                for name in reversed(list(tables)):  # the new file's own first rows (its reviewer, title) go
                    conn.execute(delete(tables[name]))
                for name, table in {**tables, "auditevent": _audit_table()}.items():
                    rows = [dict(r) for r in src.execute(select(table)).mappings()]
                    if rows:
                        conn.execute(table.insert(), rows)
                    counts[name] = len(rows)
                _drop_unseen_exemplars(conn)
                _set_meta(conn, {ORIGIN: str(server.path), POSITION: str(_server_position(src)),
                                 LOCAL_SEQ: "0", PENDING: "[]"})
        except BaseException:
            copy.close()
            local.unlink(missing_ok=True)
            raise
        copy.close()
    finally:
        server.close()
    return counts


def _drop_unseen_exemplars(conn: Any) -> None:
    """A code's exemplar may be a unit this login may not read (a blind reviewer's clone): the copy holds no such
    unit, so the code points at none here (a difference that is not a local change: it is never sent back)."""
    conn.execute(text("UPDATE code SET exemplar_unit_id = NULL WHERE exemplar_unit_id IS NOT NULL AND "
                      "exemplar_unit_id NOT IN (SELECT id FROM meaningunit)"))


def _audit_table() -> Any:
    from app.core.models import AuditEvent

    return AuditEvent.__table__  # type: ignore[attr-defined]


# -- sync -------------------------------------------------------------------------------------------------
def _local_changes(conn: Any, since_seq: int) -> dict[Key, dict[str, Any] | None]:
    """Rows the local operations after ``since_seq`` changed, with their values before the first of them
    (None: the row did not exist)."""
    from app.core.history import _decode

    tables = _tables()
    base: dict[Key, dict[str, Any] | None] = {}
    rows = conn.execute(text(
        "SELECT c.tbl, c.row_key, c.kind, c.old, c.blob FROM changelog c JOIN operationlog o ON o.id = c.op_id "
        "WHERE o.seq > :s ORDER BY c.id"), {"s": since_seq}).all()
    for tbl, key, kind, old, blob in rows:
        if tbl not in tables or (tbl, key) in base:
            continue
        base[(tbl, key)] = None if kind == "insert" or old is None else _decode(tables[tbl], json.loads(old), blob)
    return base


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is b
    return all(a.get(k) == b.get(k) or (isinstance(a.get(k), float | int) and isinstance(b.get(k), float | int)
                                        and float(a[k]) == float(b[k])) for k in set(a) | set(b))


def _conflict(table: str, key: str, ours: dict[str, Any] | None, theirs: dict[str, Any] | None) -> MergeConflict:
    kind = "changed_both" if ours and theirs else ("deleted_here" if ours is None else "deleted_there")
    return MergeConflict(kind, table, key, ours, theirs)


def _write(conn: Any, rows: dict[Key, dict[str, Any] | None], columns: dict[Key, set[str]] | None = None) -> None:
    """Make ``conn``'s database hold ``rows`` (None: absent): inserts and updates parents first, deletions
    children first. ``columns``: for a row that exists there, only these columns are written (what changed)."""
    from app.core.dialect import defer_foreign_keys, insert

    tables = _tables()
    order = list(tables)
    defer_foreign_keys(conn)
    for (name, key), values in sorted(rows.items(), key=lambda kv: -order.index(kv[0][0])):
        if values is None:
            conn.execute(delete(tables[name]).where(_pk(tables[name]) == key))
    for (name, key), values in sorted(rows.items(), key=lambda kv: order.index(kv[0][0])):
        if values is not None:
            table = tables[name]
            pk = _pk(table).name
            only = (columns or {}).get((name, key))
            stmt = insert(conn, table).values(**values)
            changed = {k: v for k, v in values.items() if k != pk and (only is None or k in only)}
            conn.execute(stmt.on_conflict_do_update(index_elements=[pk], set_=changed) if changed
                         else stmt.on_conflict_do_nothing(index_elements=[pk]))


def sync(local: Path | str, *, password: str | None = None, resolve: str | None = None,
         decisions: dict[str, str] | None = None) -> SyncResult:
    """Send this clone's changes to its server and bring the server's; conflicts listed (see the module)."""
    from app.core.project import open_project

    local = Path(local)
    with open_project(local, backup=False) as copy:
        return sync_project(copy, password=password, resolve=resolve, decisions=decisions)


def origin_of(project: Any) -> str:
    """The server address (no password) a clone came from; empty for a study that is not a clone."""
    if getattr(project, "on_server", False):
        return ""
    return project.meta(ORIGIN) or ""


def _check_choices(local: Path, resolve: str | None, decisions: dict[str, str]) -> None:
    for choice in [resolve, *decisions.values()]:
        if choice not in (None, "ours", "theirs"):
            raise ProjectError(local, f"a conflict is settled with 'ours' or 'theirs', not {choice!r}")


def sync_project(copy: Any, *, password: str | None = None, resolve: str | None = None,
                 decisions: dict[str, str] | None = None) -> SyncResult:
    """``sync`` of a clone that is open already (the window's study). ``decisions``: conflict key → ``ours`` or
    ``theirs``, one conflict at a time; ``resolve`` settles those without a decision."""
    from app.core.ops import bookkeeping, operation
    from app.core.server import open_server

    local = Path(copy.path)
    origin = origin_of(copy)
    if not origin:
        raise ProjectError(local, "is not a clone of a team study (make one with: lectio clone URL FILE)")
    decisions = dict(decisions or {})
    _check_choices(local, resolve, decisions)
    position, since = int(copy.meta(POSITION, "0")), int(copy.meta(LOCAL_SEQ, "0"))
    pending = {(t, k) for t, k in json.loads(copy.meta(PENDING, "[]"))}
    tables = _tables()
    with copy.engine.connect() as lconn:
        base = _local_changes(lconn, since)
        local_seq = int(lconn.execute(text("SELECT coalesce(max(seq), 0) FROM operationlog")).scalar() or 0)
        ours_now = {k: _row(lconn, tables[k[0]], k[1]) for k in set(base) | pending}
    changed_here = {k for k, before in base.items() if not _same(before, ours_now[k])} | pending
    result = SyncResult(local, origin)
    server = open_server(origin, password=password)
    try:
        with operation(server, "sync", f"Sync work from {local.name}") as op:
            conn = op.session.connection()
            touched = {(t, k) for t, k in conn.execute(text(
                "SELECT DISTINCT tbl, row_key FROM changelog WHERE id > :p AND op_id <> :op"),
                {"p": position, "op": op.op_id}).all() if t in tables} | pending
            theirs_now = {k: _row(conn, tables[k[0]], k[1]) for k in touched | changed_here}
            send: dict[Key, dict[str, Any] | None] = {}
            take: dict[Key, dict[str, Any] | None] = {}
            still: list[Key] = []
            columns: dict[Key, set[str]] = {}
            decided: set[str] = set()
            for key in sorted(changed_here):  # sorted: the conflicts are listed in the same order each time
                if key in touched and not _same(ours_now[key], theirs_now[key]):
                    conflict = _conflict(key[0], key[1], ours_now[key], theirs_now[key])
                    choice = decisions.get(conflict.key, resolve)
                    if conflict.key in decisions:
                        decided.add(conflict.key)
                    if choice == "ours":
                        send[key] = ours_now[key]
                        result.kept += 1
                    elif choice == "theirs":
                        take[key] = theirs_now[key]
                        result.taken += 1
                    else:
                        result.conflicts.append(conflict)
                        still.append(key)
                elif not _same(ours_now[key], theirs_now[key]):
                    send[key] = ours_now[key]
                    before, now = base.get(key), ours_now[key]
                    if before is not None and now is not None:  # an edit: send the columns it changed
                        columns[key] = {c for c in now if not _same({c: before.get(c)}, {c: now.get(c)})}
            for key in touched - changed_here:
                with copy.engine.connect() as lconn:
                    if not _same(_row(lconn, tables[key[0]], key[1]), theirs_now[key]):
                        take[key] = theirs_now[key]
            unknown = sorted(set(decisions) - decided)
            if unknown:  # raised inside the operation: the server is rolled back, the copy not yet written
                raise StaleDecision(local, f"no conflict {unknown[0]} to decide (it was settled, or its row changed "
                                          "on the server since; lectio sync --json lists the conflicts and keys)")
            result.resolved = result.kept + result.taken
            _write(conn, send, columns)
            op.details = {"rows": len(send), "conflicts": len(result.conflicts), "kept": result.kept,
                          "taken": result.taken}
            new_position = _server_position(conn)
    except LectioError:
        raise
    except Exception as exc:
        from app.server.connect import server_message

        raise server_message(origin, exc) from None
    finally:
        server.close()
    with bookkeeping(copy) as s:  # the server's rows are not local work to send back
        lconn = s.connection()
        _write(lconn, take)
        _drop_unseen_exemplars(lconn)
        _set_meta(lconn, {POSITION: str(new_position), LOCAL_SEQ: str(local_seq),
                          PENDING: json.dumps(sorted([list(k) for k in still]))})
    result.sent, result.received = len(send), len(take)
    return result
