"""The team server's security model as SQL: one group role per study, a login role per reviewer, and
row-level security policies that keep a blind reviewer's view to their own work until the lead opens
consensus. Installed (idempotently) by ``team.install_security`` as the study's owner.

Who sees what is decided by the server, for every client (psql included):
- ``teamlogin`` maps a database login to a reviewer, with ``blind`` and ``lead``; reviewers may read it,
  only the owner writes it.
- ``lectio_blind()`` is true for a blind login while ``meta['team.consensus_open']`` is not ``'1'``;
  ``lectio_may_see(owner)`` is true for rows of no one, one's own rows, and everything when not blind.
- Reviewers' work (units with their condensed meanings, notes, memos, codings, reading progress, unit reviews)
  and the records that mention it (audit trail, operation log, change log) are filtered by those functions;
  consensus decisions are hidden from a blind login altogether.
- Only leads (and the owner) write ``team.*`` settings in ``meta``, reviewers, and change or delete documents
  (a text correction or a deletion reaches every reviewer's units); when ``meta['team.leads_only_codebook']``
  is ``'1'`` only they change codes, categories and themes.
"""

from __future__ import annotations

FUNCTIONS = r"""
CREATE TABLE IF NOT EXISTS teamlogin (
    login text PRIMARY KEY,
    reviewer_id text NOT NULL UNIQUE REFERENCES reviewer(id) ON DELETE CASCADE,
    blind boolean NOT NULL DEFAULT false,
    lead boolean NOT NULL DEFAULT false,
    created_at text NOT NULL DEFAULT ''
);
CREATE OR REPLACE FUNCTION lectio_team_login() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM teamlogin WHERE login = current_user) $$;
CREATE OR REPLACE FUNCTION lectio_me() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT reviewer_id FROM teamlogin WHERE login = current_user $$;
CREATE OR REPLACE FUNCTION lectio_is_lead() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT lead FROM teamlogin WHERE login = current_user), true) $$;
CREATE OR REPLACE FUNCTION lectio_setting(k text) RETURNS text LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT value FROM meta WHERE key = k), '') $$;
CREATE OR REPLACE FUNCTION lectio_blind() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce((SELECT blind FROM teamlogin WHERE login = current_user), false)
          AND lectio_setting('team.consensus_open') <> '1' $$;
CREATE OR REPLACE FUNCTION lectio_may_see(owner text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT owner IS NULL OR NOT lectio_blind() OR owner = lectio_me() $$;
-- an operation's change-log rows: seen with its operation-log row, and by the operation writing them (its row is
-- written last; opcontext names the operation of the transaction holding it)
CREATE OR REPLACE FUNCTION lectio_may_see_op(op text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT NOT lectio_blind() OR op = (SELECT op_id FROM opcontext WHERE id = 1)
          OR EXISTS (SELECT 1 FROM operationlog o WHERE o.id = op AND lectio_may_see(o.reviewer_id)) $$;
-- an operation's number in the history is counted over every reviewer's operations, also those row security
-- hides from the one writing (operations run one at a time: each takes the opcontext row first)
CREATE OR REPLACE FUNCTION lectio_next_seq() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    NEW.seq := (SELECT coalesce(max(seq), 0) + 1 FROM operationlog);
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS lectio_next_seq ON operationlog;
CREATE TRIGGER lectio_next_seq BEFORE INSERT ON operationlog FOR EACH ROW
    WHEN (lectio_team_login()) EXECUTE FUNCTION lectio_next_seq();
CREATE OR REPLACE FUNCTION lectio_may_shape_codebook() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT lectio_is_lead() OR lectio_setting('team.leads_only_codebook') <> '1' $$;
"""

# table -> the column naming whose work a row is
OWNED = {
    "meaningunit": "reviewer_id", "annotation": "reviewer_id", "memo": "reviewer_id", "coding": "reviewer_id",
    "readingprogress": "reviewer_id", "auditevent": "reviewer_id",
}
CODEBOOK = ("code", "category", "theme")
LEADS_WRITE = ("reviewer", "document", "documentfile")


def policies(existing: set[str]) -> list[str]:
    """DROP + CREATE of every policy, for the tables that exist (``existing``)."""
    out: list[str] = []

    def policy(table: str, name: str, body: str) -> None:
        if table not in existing:
            return
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        out.append(f"DROP POLICY IF EXISTS {name} ON {table}")
        out.append(f"CREATE POLICY {name} ON {table} {body}")

    for table, column in OWNED.items():
        policy(table, "lectio_work", f"USING (lectio_may_see({column})) WITH CHECK (lectio_may_see({column}))")
    # a unit review holds a unit's words: seen with the unit
    policy("unitreview", "lectio_work",
           "USING (EXISTS (SELECT 1 FROM meaningunit u WHERE u.id = unit_id)) WITH CHECK (true)")
    # the search index holds condensed meanings, notes and memos: a row is seen when its item is
    policy("search_fts", "lectio_read", "FOR SELECT USING (CASE kind "
           "WHEN 'condensed' THEN EXISTS (SELECT 1 FROM meaningunit u WHERE u.id = item_id) "
           "WHEN 'note' THEN EXISTS (SELECT 1 FROM annotation a WHERE a.id = item_id) "
           "WHEN 'memo' THEN EXISTS (SELECT 1 FROM memo m WHERE m.id = item_id) ELSE true END)")
    policy("search_fts", "lectio_insert", "FOR INSERT WITH CHECK (true)")  # kept by triggers, cascades included
    policy("search_fts", "lectio_update", "FOR UPDATE USING (true) WITH CHECK (true)")
    policy("search_fts", "lectio_delete", "FOR DELETE USING (true)")
    policy("consensusdecision", "lectio_work", "USING (NOT lectio_blind()) WITH CHECK (NOT lectio_blind())")
    # the machine records: written by anyone's operations (cascades included), read as their work is
    for table, seen in (("operationlog", "lectio_may_see(reviewer_id)"),
                        ("changelog", "lectio_may_see_op(op_id) AND lectio_may_see("
                                      "coalesce(new, old)::json ->> 'reviewer_id')")):
        policy(table, "lectio_read", f"FOR SELECT USING ({seen})")
        policy(table, "lectio_insert", "FOR INSERT WITH CHECK (true)")
        policy(table, "lectio_update", f"FOR UPDATE USING ({seen}) WITH CHECK (true)")
        policy(table, "lectio_delete", f"FOR DELETE USING (lectio_is_lead() AND {seen})")
    for table in CODEBOOK:
        policy(table, "lectio_read", "FOR SELECT USING (true)")
        policy(table, "lectio_shape", "FOR ALL USING (lectio_may_shape_codebook()) "
                                      "WITH CHECK (lectio_may_shape_codebook())")
    for table in LEADS_WRITE:
        policy(table, "lectio_read", "FOR SELECT USING (true)")
        policy(table, "lectio_add", "FOR INSERT WITH CHECK (true)")
        policy(table, "lectio_lead", "FOR ALL USING (lectio_is_lead()) WITH CHECK (lectio_is_lead())")
    policy("meta", "lectio_read", "FOR SELECT USING (true)")
    policy("meta", "lectio_write", "FOR ALL USING (key NOT LIKE 'team.%' OR lectio_is_lead()) "
                                   "WITH CHECK (key NOT LIKE 'team.%' OR lectio_is_lead())")
    return out


def grants(group: str) -> list[str]:
    """The group role's rights: read and write the study's tables (row security decides which rows), read
    ``teamlogin``, use the sequences; the same for tables made later by the owner."""
    return [
        f"GRANT USAGE ON SCHEMA public TO {group}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {group}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON teamlogin FROM {group}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {group}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {group}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {group}",
    ]
