"""Finishing an operation on a PostgreSQL server in one round trip (issue 22: operation latency).

On a file, ``ops._finish`` runs its few statements in-process (SQLite has no round trips). On a server each
statement is a round trip made while the operation holds the ``opcontext`` row, which serialises every
reviewer's operations; eight of them per operation (changed?, logged?, next number, history entry, redo chain,
data version, context cleared, audit event) were most of the time an operation held that lock. The function
``lectio_finish_op`` does the same statements, in the same order and with the caller's rights (SECURITY
INVOKER: row security and the ``operationlog`` numbering trigger apply as before), in one call.

The call and the transaction's COMMIT go to the server together (psycopg's pipeline mode): the lock is
released one round trip after the operation's last statement, not two. The session is flushed first, so
nothing of the operation is left to be written after the commit; SQLAlchemy's own commit that follows finds
the connection idle and sends nothing.

A study published before the function existed does not have it (a reviewer's login may not create functions):
``available`` says so once per opened study and ``ops._finish`` then takes the statement-by-statement path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlmodel import Session

    from app.core.project import Project

SIGNATURE = "lectio_finish_op(text,text,text,text,text,text,text,boolean,text,text,text,text,text,integer)"

DDL = [
    """
CREATE OR REPLACE FUNCTION lectio_finish_op(p_op text, p_label text, p_action text, p_reviewer text, p_at text,
    p_kind text, p_target text, p_own_redo boolean, p_audit_id text, p_audit_action text, p_summary text,
    p_details text, p_audit_at text, p_keep integer) RETURNS bigint LANGUAGE plpgsql AS $lectio$
DECLARE
    s bigint := 0;
    cut bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM changelog WHERE op_id = p_op) THEN
        IF NOT EXISTS (SELECT 1 FROM operationlog WHERE id = p_op) THEN
            INSERT INTO operationlog (id, seq, label, action, reviewer_id, at, kind, target, state)
            VALUES (p_op, (SELECT coalesce(max(seq), 0) + 1 FROM operationlog), p_label, p_action, p_reviewer,
                    p_at, p_kind, p_target, 'done')
            RETURNING seq INTO s;
            IF p_kind = 'do' THEN  -- a new action clears the redo chain (on a server: the reviewer's own)
                UPDATE operationlog SET state = 'dropped'
                WHERE kind = 'do' AND state = 'undone' AND (NOT p_own_redo OR reviewer_id = p_reviewer);
                IF s % 50 = 0 THEN  -- history.prune: forget the row images beyond the newest p_keep steps
                    cut := (SELECT seq FROM operationlog WHERE kind = 'do' ORDER BY seq DESC LIMIT 1
                            OFFSET greatest(p_keep - 1, 0));
                    IF cut IS NOT NULL THEN
                        UPDATE changelog SET old = NULL, new = NULL, blob = NULL
                        WHERE op_id IN (SELECT id FROM operationlog WHERE seq < cut)
                          AND (old IS NOT NULL OR new IS NOT NULL);
                        UPDATE operationlog SET state = 'expired'
                        WHERE kind = 'do' AND seq < cut AND state IN ('done', 'undone');
                    END IF;
                END IF;
            END IF;
        END IF;
        UPDATE opcontext SET data_version = data_version + 1, op_id = NULL WHERE id = 1;
    ELSE
        UPDATE opcontext SET op_id = NULL WHERE id = 1;
    END IF;
    INSERT INTO auditevent (id, at, reviewer_id, action, summary, details)
    VALUES (p_audit_id, p_audit_at, p_reviewer, p_audit_action, p_summary, p_details);
    RETURN s;
END $lectio$
""",
    # the redo chain is looked up by every operation: only undone steps are in this index (a handful)
    "CREATE INDEX IF NOT EXISTS ix_operationlog_undone ON operationlog (reviewer_id) WHERE state = 'undone'",
]


def install(raw: Any) -> None:
    """Create (or replace) the function on a psycopg connection; part of ``dialect.create_server_extras``."""
    for statement in DDL:
        raw.execute(statement)


def available(project: Project, session: Session) -> bool:
    """Whether this study's server has the function (asked once per opened study)."""
    found = project.__dict__.get("_finish_op")
    if found is None:
        found = bool(session.execute(text("SELECT to_regprocedure(:sig) IS NOT NULL"), {"sig": SIGNATURE}).scalar())
        project.__dict__["_finish_op"] = found
    return found


def finish_and_commit(session: Session, *, op_id: str, label: str, action: str, reviewer_id: str | None,
                      at: str, kind: str, target: str | None, audit_id: str, audit_action: str, summary: str,
                      details: str) -> None:
    """Run ``lectio_finish_op`` (the operation's history entry if it changed something and has none yet, its
    redo-chain clearing, pruning, data version, cleared context and audit event) and commit, in one round
    trip. A refusal at commit (a deferred foreign key) is raised as psycopg's error; the transaction is over."""
    from app.core.history import HISTORY_LIMIT

    session.flush()
    raw = session.connection().connection.driver_connection
    params = (op_id, label, action, reviewer_id, at, kind, target, reviewer_id is not None, audit_id, audit_action,
              summary, details, at, HISTORY_LIMIT)
    with raw.pipeline():
        raw.execute("SELECT lectio_finish_op(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", params)
        raw.commit()
