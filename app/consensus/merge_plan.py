"""Planning a merge of another reviewer's file: what to add, what to update, what conflicts — nothing is
written here (``merge.py`` applies the plan in one transaction).

Matching is by id (reviewer copies keep every id); documents also by the sha256 of their text, reviewers
also by name, and the consensus layer to the consensus layer. Ids of incoming rows that point at a
remapped document or reviewer are rewritten.

Which side changed a row is read from the audit trail. Both files share the events from before the copy
(same ids); an event only one file holds happened after they parted ("divergent"). For a row present on
both sides with different content: changed only there → take theirs (an update); changed only here →
keep ours; changed on both sides, or no trace either way → a conflict, ours kept until decided. A row only
there: deleted here (our trail lists its id as deleted) → skipped, or a conflict if it was edited there
after the files parted; otherwise new → added. A row only here that their divergent trail deleted → a
conflict (a merge never deletes silently). Deletions that cascaded (a unit's codings when the unit was
deleted) follow their parent. The limits are honest ones: with no trail (e.g. a file from before audit
events, or a REFI-QDA import) every difference becomes a conflict rather than a guess.

Participants and attributes also match by name, attribute values by participant and attribute, and a document's
speaker turns are compared as a whole (``merge_people``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine

from app.consensus.merge_people import (
    label_conflicts,
    match_people,
    merged_there,
    plan_turns,
    unite_choices,
    value_key_clash,
)
from app.consensus.merge_words import KIND_LABELS as KIND_LABELS  # (their English words, for other modules)
from app.consensus.merge_words import TABLE_LABELS as TABLE_LABELS
from app.consensus.merge_words import describe_conflict
from app.core.dialect import table_exists
from app.core.models import TABLES

# insert order: parents before children
MERGE_TABLES = ("reviewer", "participant", "attribute", "document", "attributevalue", "turn", "theme", "category",
                "meaningunit", "code", "coding", "annotation",
                "memo", "readingprogress", "consensusdecision")
COMPARED = {
    "reviewer": (), "document": ("participant_id",),
    "participant": ("name", "role"), "attribute": ("name", "type"), "attributevalue": ("value",), "turn": (),
    "theme": ("name", "description"),
    "category": ("name", "description", "theme_id", "parent_id", "colour"),
    "code": ("name", "definition", "inclusion", "exclusion", "colour", "category_id", "exemplar_unit_id"),
    "meaningunit": ("start", "end", "text", "condensed"),
    "coding": (), "annotation": ("text",), "memo": ("text",),
    "readingprogress": (), "consensusdecision": ("outcome", "note", "consensus_unit_id"),
}
# (column, parent table, nullable)
PARENTS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "document": (("participant_id", "participant", True),),
    "attributevalue": (("participant_id", "participant", False), ("attribute_id", "attribute", False)),
    "turn": (("document_id", "document", False), ("participant_id", "participant", True)),
    "category": (("theme_id", "theme", True), ("parent_id", "category", True)),
    "meaningunit": (("document_id", "document", False), ("reviewer_id", "reviewer", False)),
    "code": (("category_id", "category", True), ("exemplar_unit_id", "meaningunit", True)),
    "coding": (("unit_id", "meaningunit", False), ("code_id", "code", False), ("reviewer_id", "reviewer", False)),
    "annotation": (("unit_id", "meaningunit", False), ("reviewer_id", "reviewer", False)),
    "memo": (("reviewer_id", "reviewer", True),),
    "readingprogress": (("document_id", "document", False), ("reviewer_id", "reviewer", False)),
    "consensusdecision": (("document_id", "document", False), ("consensus_unit_id", "meaningunit", True),
                          ("decided_by", "reviewer", True)),
}
PEOPLE_TABLES = {"participant", "attribute", "attributevalue", "turn"}
MERGE_ACTIONS = {"merge", "merge_resolve", "merge_undo"}  # our own bookkeeping, not edits by a reviewer
Row = tuple[str, dict[str, Any]]


@dataclass
class MergeConflict:
    kind: str  # changed_both | deleted_here | deleted_there
    table: str
    id: str
    ours: dict[str, Any] | None
    theirs: dict[str, Any] | None
    rows: list[Row] = field(default_factory=list)  # for deleted_here: the row and its dependents to put back
    label: str = ""  # the item's name when its row has none (an attribute value: "P01 · Age")
    detail: str = ""  # what differs, in words, when the compared columns are ids: a merge_words template …
    values: dict[str, Any] = field(default_factory=dict)  # … and its placeholders' values (None: no participant)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.table}:{self.id}:{row_hash(self.theirs)}"

    def describe(self, language: str | None = None) -> str:
        """The conflict in words, in ``language`` (None: the window's, names isolated for right-to-left text;
        the command line passes "en")."""
        return describe_conflict(self, language, COMPARED.get(self.table))


@dataclass
class MergePlan:
    other: Path
    inserts: dict[str, list[dict[str, Any]]]
    updates: list[Row]  # theirs values (full rows) to write over ours
    conflicts: list[MergeConflict]
    warnings: list[str]
    skipped_deleted: int = 0  # rows deleted here and untouched there

    def added_counts(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.inserts.items() if rows}

    @property
    def empty(self) -> bool:
        return not any(self.inserts.values()) and not self.updates


def row_hash(row: dict[str, Any] | None) -> str:
    if row is None:
        return ""
    return hashlib.sha1(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()[:12]


def read_only_engine(path: Path) -> Engine:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))


def read_tables(engine: Engine, with_text: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Every merged table as plain dicts (documents without their text unless asked), plus the audit trail."""
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for name in (*MERGE_TABLES, "auditevent"):
            t = TABLES[name].__table__  # type: ignore[attr-defined]
            if name in PEOPLE_TABLES and not table_exists(conn, name):  # a file from before participants
                out[name] = []
                continue
            cols = [c for c in t.c if with_text or not (name == "document" and c.name == "text")]
            out[name] = [dict(r) for r in conn.execute(select(*cols)).mappings()]
        purged = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'purged_ids'").scalar() \
            if table_exists(conn, "meta") else None
        out["purged"] = [{"id": i} for i in json.loads(purged)] if purged else []
        for name, sql in (("operationlog", "SELECT id, action FROM operationlog"),
                          ("changelog", "SELECT op_id, tbl, row_key, kind FROM changelog ORDER BY id")):
            found = table_exists(conn, name)  # a file older than the change log has neither
            out[name] = [dict(r) for r in conn.exec_driver_sql(sql).mappings()] if found else []
    return out


def change_trail(tables: dict[str, list[dict[str, Any]]], only: set[str] | None = None) -> Trail:
    """Rows a user operation (not a merge) changed, read from the change log (the machine record; it also
    sees rows a foreign key changed, which the audit details never named). Deletions stay those the audit
    trail names: the change log also lists rows a cascade removed, which are not a reviewer's decision."""
    actions = {o["id"]: o["action"] for o in tables.get("operationlog", [])}
    mine = [c for c in tables.get("changelog", []) if c["op_id"] in actions
            and (only is None or c["op_id"] in only) and actions[c["op_id"]] not in MERGE_ACTIONS]
    # a participant, attribute or value removed without a "deleted" list in the audit (a value cleared, two
    # participants merged into one) is read from the change log: a cascade there only follows a parent's deletion
    deleted = {c["row_key"] for c in mine if c["kind"] == "delete" and c["tbl"] in PEOPLE_TABLES
               and actions[c["op_id"]] != "reviewer_copy"}
    return Trail({c["row_key"] for c in mine}, deleted)


def _union(a: Trail, b: Trail) -> Trail:
    return Trail(a.touched | b.touched, a.deleted | b.deleted)


def _ids_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _ids_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from _ids_in(v)


@dataclass
class Trail:
    touched: set[str]  # ids an edit (not a merge) mentioned in the events considered
    deleted: set[str]  # ids listed as deleted by a user action


def trail(events: list[dict[str, Any]], only: set[str] | None = None) -> Trail:
    touched: set[str] = set()
    deleted: set[str] = set()
    for e in events:
        if only is not None and e["id"] not in only:
            continue
        try:
            details = json.loads(e["details"] or "{}")
        except ValueError:
            continue
        if e["action"] not in MERGE_ACTIONS:
            touched.update(_ids_in(details))
        if e["action"] != "merge_undo" and isinstance(details, dict):
            for item in details.get("deleted", []) or []:
                if isinstance(item, list) and len(item) == 2:
                    deleted.add(item[1])
    return Trail(touched, deleted)


def kept_ours(events: list[dict[str, Any]]) -> set[str]:
    """Conflict keys already decided in favour of our version (recorded by resolve_conflict)."""
    keys = set()
    for e in events:
        if e["action"] == "merge_resolve":
            try:
                details = json.loads(e["details"] or "{}")
            except ValueError:
                continue
            if isinstance(details, dict) and details.get("take") == "ours" and details.get("conflict"):
                keys.add(details["conflict"])
    return keys


def _category_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parents before sub-categories, so every insert finds its parent."""
    by_id = {r["id"]: r for r in rows}
    done: set[str] = set()
    out: list[dict[str, Any]] = []

    def visit(r: dict[str, Any], depth: int = 0) -> None:
        if r["id"] in done or depth > len(rows):
            return
        parent = by_id.get(r.get("parent_id") or "")
        if parent is not None:
            visit(parent, depth + 1)
        done.add(r["id"])
        out.append(r)

    for r in rows:
        visit(r)
    return out


def without_purged(theirs: dict[str, list[dict[str, Any]]], purged: set[str]
                   ) -> dict[str, list[dict[str, Any]]]:
    """Their tables without what a permanent deletion here removed (withdrawn consent): the rows it removed, and
    rows of their copy that hang on them (a unit they made in that document, its codings and notes). A
    participant reference to a removed participant is cleared rather than taking the row with it."""
    if not purged:
        return theirs
    gone = set(purged)
    out = dict(theirs)
    for table in MERGE_TABLES:  # parents before children: a child sees its parent's id in ``gone``
        kept = []
        for row in theirs.get(table, []):
            if row.get("id") in gone or row.get("document_id") in gone or row.get("unit_id") in gone or (
                    table == "attributevalue" and row.get("participant_id") in gone) or (
                    table == "memo" and row.get("target_id") in gone):
                gone.add(row.get("id"))
                continue
            if row.get("participant_id") in gone:
                row = {**row, "participant_id": None}
            kept.append(row)
        out[table] = kept
    return out


def plan_merge(ours: dict[str, list[dict[str, Any]]], theirs: dict[str, list[dict[str, Any]]],
               other: Path) -> MergePlan:
    """Decide what merging ``theirs`` into ``ours`` does (both as read by ``read_tables``)."""
    theirs = without_purged(theirs, {p["id"] for p in ours.get("purged", [])})
    our_events, their_events = ours["auditevent"], theirs["auditevent"]
    our_ids, their_ids = {e["id"] for e in our_events}, {e["id"] for e in their_events}
    our_ops = {o["id"] for o in ours.get("operationlog", [])}
    their_ops = {o["id"] for o in theirs.get("operationlog", [])}
    # since the files parted: from the audit trail (files older than the change log) and from the change log
    here = _union(trail(our_events, our_ids - their_ids), change_trail(ours, our_ops - their_ops))
    there = _union(trail(their_events, their_ids - our_ids), change_trail(theirs, their_ops - our_ops))
    deleted_ever_here = trail(our_events).deleted | change_trail(ours).deleted
    decided_ours = kept_ours(our_events)
    plan = MergePlan(other, {t: [] for t in MERGE_TABLES}, [], [], [])
    remap: dict[str, str] = {}

    # documents: by id, else by the text's sha256
    by_sha = {d["text_sha256"]: d["id"] for d in ours["document"]}
    our_docs = {d["id"] for d in ours["document"]}
    for d in theirs["document"]:
        if d["id"] not in our_docs and d["text_sha256"] in by_sha:
            remap[d["id"]] = by_sha[d["text_sha256"]]
    # reviewers: by id, else by name; the consensus layer to ours
    our_people = {r["id"]: r for r in ours["reviewer"]}
    by_name = {r["name"].casefold(): r["id"] for r in ours["reviewer"] if not r["is_consensus"]}
    our_consensus = next((r["id"] for r in ours["reviewer"] if r["is_consensus"]), None)
    for r in theirs["reviewer"]:
        if r["id"] in our_people:
            continue
        if r["is_consensus"] and our_consensus:
            remap[r["id"]] = our_consensus
        elif not r["is_consensus"] and r["name"].casefold() in by_name:
            remap[r["id"]] = by_name[r["name"].casefold()]
    match_people(ours, theirs, remap)  # participants and attributes: by id, else by name (and merged ones)
    value_keys = {(v["participant_id"], v["attribute_id"]): v for v in ours["attributevalue"]}

    present: dict[str, set[str]] = {t: {r["id"] for r in ours[t]} for t in MERGE_TABLES}
    progress_keys = {(p["document_id"], p["reviewer_id"], p["pass_no"]): p for p in ours["readingprogress"]}
    coding_keys = {(c["unit_id"], c["code_id"]) for c in ours["coding"]}
    conflict_of: dict[str, MergeConflict] = {}
    for table in MERGE_TABLES:
        if table == "turn":  # a document's turns are compared as a whole (plan_turns, below)
            continue
        our_rows = {r["id"]: r for r in ours[table]}
        rows = [_remapped(table, r, remap) for r in theirs[table] if r["id"] not in remap]
        if table == "category":
            rows = _category_order(rows)
        for row in rows:
            rid = row["id"]
            mine = our_rows.get(rid)
            if mine is not None:
                if table == "readingprogress":  # progress is bookkeeping, not content: the later one wins
                    if row["updated_at"] > mine["updated_at"] and row != mine:
                        plan.updates.append((table, row))
                    continue
                _compare(table, mine, row, here, there, decided_ours, plan)
                continue
            missing = [(col, parent) for col, parent, nullable in PARENTS.get(table, ())
                       if row.get(col) and row[col] not in present[parent] and not nullable]
            if missing:
                owner = next((conflict_of[row[col]] for col, _p in missing if row[col] in conflict_of), None)
                if owner is not None:
                    owner.rows.append((table, row))
                    conflict_of[rid] = owner
                else:
                    plan.skipped_deleted += 1
                continue
            for col, parent, nullable in PARENTS.get(table, ()):
                if nullable and row.get(col) and row[col] not in present[parent]:
                    row = {**row, col: None}
            if rid in deleted_ever_here:
                if rid in there.touched:
                    conflict = MergeConflict("deleted_here", table, rid, None, row, [(table, row)])
                    if conflict.key not in decided_ours:
                        plan.conflicts.append(conflict)
                        conflict_of[rid] = conflict
                        continue
                plan.skipped_deleted += 1
                continue
            if table == "readingprogress":
                key = (row["document_id"], row["reviewer_id"], row["pass_no"])
                if key in progress_keys:  # one row per document, reviewer and pass: the later one wins
                    mine = progress_keys[key]
                    if row["updated_at"] > mine["updated_at"]:
                        plan.updates.append((table, {**row, "id": mine["id"]}))
                    continue
            if table == "coding" and (row["unit_id"], row["code_id"]) in coding_keys:
                continue
            if table == "attributevalue" and value_key_clash(row, value_keys, decided_ours, plan):
                continue
            plan.inserts[table].append(row)
            present[table].add(rid)
        their_present = {r["id"] for r in theirs[table]}
        for rid, mine in our_rows.items():
            if rid not in their_present and rid in there.deleted and table not in ("reviewer", "document"):
                conflict = MergeConflict("deleted_there", table, rid, mine, None)
                if conflict.key not in decided_ours:
                    plan.conflicts.append(conflict)
    unite_choices(ours, theirs, remap, plan)
    since = [e for e in their_events if e["id"] not in our_ids]
    merged = merged_there(ours, since, remap, decided_ours, plan)
    plan_turns(ours, theirs, remap, present["participant"], decided_ours, plan, merged)
    # an update may point at a category (or exemplar) deleted here: leave that link empty instead
    for i, (table, values) in enumerate(plan.updates):
        for col, parent, nullable in PARENTS.get(table, ()):
            if nullable and values.get(col) and values[col] not in present[parent]:
                plan.updates[i] = (table, {**values, col: None})
                values = plan.updates[i][1]
    for conflict in plan.conflicts:
        if conflict.kind == "changed_both" and conflict.theirs:
            for col, parent, nullable in PARENTS.get(conflict.table, ()):
                if nullable and conflict.theirs.get(col) and conflict.theirs[col] not in present[parent]:
                    conflict.theirs = {**conflict.theirs, col: None}
    from app.core.names import free_name

    names = [r["name"] for r in ours["code"]]
    for row in plan.inserts["code"]:
        if row["name"].casefold() in {n.casefold() for n in names}:
            new = free_name(row["name"], names)  # names are unique in the file (app/core/names.py)
            plan.warnings.append(f"code {row['name']!r} now exists twice (made separately in each file), the "
                                 f"other one as {new!r}; merge the two on the board if they mean the same")
            row["name"] = new
        names.append(row["name"])
    ours_by_id = {t: {r["id"]: r for r in ours.get(t, [])} for t in ("code", "theme", "category", "participant",
                                                                      "attribute")}
    for i, (table, values) in enumerate(plan.updates):  # an update must not give a row a name taken beside it
        if table in ours_by_id and "name" in values and values.get("id") in ours_by_id[table]:
            others = [r["name"] for r in ours_by_id[table].values() if r["id"] != values["id"]]
            if values["name"].casefold() in {n.casefold() for n in others}:
                plan.updates[i] = (table, {**values, "name": ours_by_id[table][values["id"]]["name"]})
    plan.updates[:] = [(t, v) for t, v in plan.updates  # nothing left to change once the name is kept
                       if not (t in ours_by_id and v.get("id") in ours_by_id[t]
                               and all(ours_by_id[t][v["id"]].get(k) == x for k, x in v.items()))]
    for table, keys in (("theme", ()), ("category", ("theme_id", "parent_id"))):
        taken: dict[tuple, list[str]] = {}
        for r in ours.get(table, []):
            taken.setdefault(tuple(r.get(k) for k in keys), []).append(r["name"])
        for row in plan.inserts.get(table, []):
            beside = taken.setdefault(tuple(row.get(k) for k in keys), [])
            new = free_name(row["name"], beside)
            if new != row["name"]:
                plan.warnings.append(f"{table} {row['name']!r} exists in both files; theirs is named {new!r}")
                row["name"] = new
            beside.append(new)
    label_conflicts(ours, theirs, plan.conflicts)
    if plan.skipped_deleted:
        plan.warnings.append(f"{plan.skipped_deleted} item(s) deleted in this project were not brought back")
    return plan


def _remapped(table: str, row: dict[str, Any], remap: dict[str, str]) -> dict[str, Any]:
    row = dict(row)
    for col in ("document_id", "reviewer_id", "decided_by", "participant_id", "attribute_id"):
        if row.get(col) in remap:
            row[col] = remap[row[col]]
    if table == "memo" and row.get("target_kind") == "document" and row.get("target_id") in remap:
        row["target_id"] = remap[row["target_id"]]
    return row


def _compare(table: str, mine: dict[str, Any], theirs: dict[str, Any], here: Trail, there: Trail,
             decided_ours: set[str], plan: MergePlan) -> None:
    columns = COMPARED[table]
    if all(mine.get(c) == theirs.get(c) for c in columns):
        return
    rid = mine["id"]
    changed_here, changed_there = rid in here.touched, rid in there.touched
    if changed_there and not changed_here:
        plan.updates.append((table, {c: theirs[c] for c in ("id", *columns)}))
    elif changed_here and not changed_there:
        return
    else:
        conflict = MergeConflict("changed_both", table, rid, {c: mine.get(c) for c in ("id", *columns)},
                                 {c: theirs.get(c) for c in ("id", *columns)})
        if conflict.key not in decided_ours:
            plan.conflicts.append(conflict)
