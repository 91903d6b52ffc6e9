"""Merging another reviewer's file into this project: one transaction, one undo step, conflicts listed
for a decision (``resolve_conflict``), never overwritten silently. See ``merge_plan`` for the rules.

Merging the same file twice adds nothing: everything it brought is then identical on both sides, and
conflicts decided for our version are remembered (an audit event ``merge_resolve``). The other file's
audit trail is read, not copied; the merge itself is one audit event naming the file and what came in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from app.consensus.common import Cancelled, CancelledFn, ProgressFn, never_cancelled, no_progress
from app.consensus.merge_people import MERGED_THERE, TURNS_DIFFER
from app.consensus.merge_plan import (
    MERGE_TABLES,
    MergeConflict,
    MergePlan,
    Row,
    plan_merge,
    read_only_engine,
    read_tables,
)
from app.consensus.merge_text import TEXT_DIFFERS, reconcile_texts
from app.core.errors import InvalidOperation, ProjectError
from app.core.models import TABLES
from app.core.ops import Changes, Outcome, delete_rows, operation
from app.core.project import inspect_file
from app.i18n import translate

if TYPE_CHECKING:
    from app.core.project import Project

M = "consensus.merge"

__all__ = ["MergeConflict", "MergeResult", "merge_file", "preview_merge", "resolve_conflict"]


@dataclass
class MergeResult:
    other: Path
    added: dict[str, int]  # table → rows added
    updated: dict[str, int]  # table → rows taken from the other file (changed only there)
    conflicts: list[MergeConflict]
    warnings: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return not self.added and not self.updated

    def lines(self, language: str | None = None) -> list[str]:
        """The merge's summary, in ``language`` (None: the window's; the command line and the audit trail pass
        "en"). The counts name their tables as stored ("3 meaningunit"), as they always did."""
        added = ", ".join(f"{n} {name}" for name, n in self.added.items())
        out = [translate(M, "Merged {file}: {added}", language).format(file=self.other.name, added=added) if added
               else translate(M, "Merged {file}: nothing new", language).format(file=self.other.name)]
        if self.updated:
            out.append(translate(M, "Taken from the other file: {updated}", language).format(
                updated=", ".join(f"{n} {name}" for name, n in self.updated.items())))
        out += [translate(M, "Conflict: {description}", language).format(description=c.describe(language))
                for c in self.conflicts]
        out += [translate(M, "Warning: {warning}", language).format(warning=w) for w in self.warnings]
        return out


def _check_other(project: Project, other: Path) -> None:
    inspect_file(other)
    if other.resolve() == project.path.resolve():
        raise ProjectError(other, "is the open project itself; choose the other reviewer's file")


def preview_merge(project: Project, other: Path | str) -> MergePlan:
    """What a merge would do, without writing anything (for a confirmation dialog)."""
    other = Path(other)
    _check_other(project, other)
    engine = read_only_engine(other)
    try:
        theirs = read_tables(engine)
    finally:
        engine.dispose()
    return plan_merge(read_tables(project.engine), theirs, other)


def merge_file(project: Project, other: Path | str, *, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> Outcome[MergeResult]:
    """Bring in the other file's reviewers, participants, attributes and their values, documents (with their
    participant and speaker turns), units, notes, codings, codebook, memos, progress and decisions. One
    operation: undo removes what came in and restores what was updated (from the change log; a redo never reads
    the other file again)."""
    other = Path(other)
    _check_other(project, other)
    progress(0.0, translate("progress", "Reading {name}").format(name=other.name))
    engine = read_only_engine(other)
    try:
        theirs = read_tables(engine)
        meta_t = TABLES["meta"].__table__  # type: ignore[attr-defined]
        with engine.connect() as conn:
            their_meta = dict(conn.execute(select(meta_t.c.key, meta_t.c.value)).all())
        if cancelled():
            raise Cancelled()
        progress(0.3, translate("progress", "Comparing"))
        plan = plan_merge(read_tables(project.engine), theirs, other)
        reconcile_texts(plan, project.engine, engine)  # a corrected text: their units onto our words
        texts: dict[str, tuple[str, bytes]] = {}
        new_docs = [d["id"] for d in plan.inserts["document"]]
        if new_docs:
            doc_t, file_t = TABLES["document"].__table__, TABLES["documentfile"].__table__  # type: ignore[attr-defined]
            with engine.connect() as conn:
                bodies = dict(conn.execute(select(doc_t.c.id, doc_t.c.text).where(doc_t.c.id.in_(new_docs))).all())
                files = dict(conn.execute(select(file_t.c.document_id, file_t.c.data).where(
                    file_t.c.document_id.in_(new_docs))).all())
            texts = {d: (bodies[d], files.get(d, b"")) for d in new_docs}
    finally:
        engine.dispose()
    if cancelled():
        raise Cancelled()
    progress(0.6, translate("progress", "Writing"))
    result = MergeResult(other, plan.added_counts(), {}, plan.conflicts, plan.warnings)
    for table, _values in plan.updates:
        result.updated[table] = result.updated.get(table, 0) + 1
    label = f"Merge {other.name}"
    if plan.empty:
        return Outcome(label, Changes(), result)
    added_keys: list[tuple[str, str]] = []
    before: list[Row] = []
    mark_blind = their_meta.get("copy_blind") == "1" and not project.meta("merged_blind")
    with operation(project, "merge", label) as op:
        from app.core.codebook_versions import auto_snapshot

        auto_snapshot(project, f"merging {other.name}")  # the codebook as it was, in the same undo step
        for table in MERGE_TABLES:
            rows = plan.inserts[table]
            if not rows:
                continue
            if table == "document":
                rows = [{**r, "text": texts[r["id"]][0]} for r in rows]
            op.session.execute(insert(TABLES[table].__table__), rows)  # type: ignore[attr-defined]
            if table == "document":
                op.session.execute(insert(TABLES["documentfile"].__table__),  # type: ignore[attr-defined]
                                   [{"document_id": r["id"], "data": texts[r["id"]][1]} for r in rows])
            added_keys += [(table, r["id"]) for r in rows]
        for table, values in plan.updates:  # after the inserts: a code may move into a new category
            t = TABLES[table].__table__  # type: ignore[attr-defined]
            old = op.session.execute(select(t).where(t.c.id == values["id"])).mappings().first()
            if old is not None:
                before.append((table, dict(old)))
            op.session.execute(update(t).where(t.c.id == values["id"]).values(
                **{k: v for k, v in values.items() if k != "id"}))
        if mark_blind:
            op.session.execute(insert(TABLES["meta"].__table__),  # type: ignore[attr-defined]
                               [{"key": "merged_blind", "value": "1"}])  # for the methods paragraph
            added_keys.append(("meta", "merged_blind"))
        op.details = {"file": other.name, "added": result.added, "updated": result.updated,
                      "conflicts": len(plan.conflicts)}
        op.summary = "; ".join(result.lines("en")[:2])  # the audit trail is written in English
    progress(1.0, translate("progress", "Merged"))
    changed = {t for t, _ in added_keys} | {t for t, _ in plan.updates}
    return Outcome(label, Changes.for_tables(changed), result)


def resolve_conflict(project: Project, conflict: MergeConflict, take: str = "ours") -> Outcome[None]:
    """Decide a merge conflict. ``ours`` keeps this project as it is (and remembers the decision, so the
    next merge does not ask again); ``theirs`` writes the other file's version (changed_both), puts the
    item back (deleted_here) or deletes it here (deleted_there)."""
    if take not in ("ours", "theirs"):
        raise InvalidOperation(f"take 'ours' or 'theirs', not {take!r}")
    label = f"Merge conflict: keep {'this project' if take == 'ours' else 'the other file'}"
    details = {"conflict": conflict.key, "take": take, "table": conflict.table, "item": conflict.id}
    if take == "ours":
        with operation(project, "merge_resolve", label) as op:
            op.details = details
        return Outcome(label, Changes())
    if conflict.kind == TEXT_DIFFERS:  # the other file's text, as a correction that moves every unit here
        from app.core.text_correction import correct_text

        assert conflict.theirs is not None
        return correct_text(project, conflict.id, conflict.theirs["text"])  # type: ignore[return-value]
    if conflict.kind == TURNS_DIFFER:
        return _take_their_turns(project, conflict, label, details)
    if conflict.kind == MERGED_THERE:  # the same two participants merged here too
        from app.core.participants import merge_participants

        assert conflict.theirs is not None
        return merge_participants(project, conflict.theirs["kept"], conflict.id)
    if conflict.kind == "deleted_there":
        return delete_rows(project, [(conflict.table, conflict.id)], label, action="merge_resolve")
    if conflict.kind == "deleted_here":
        keys = [(t, v["id"]) for t, v in conflict.rows]
        with operation(project, "merge_resolve", label) as op:
            for table, values in conflict.rows:
                op.session.execute(insert(TABLES[table].__table__), [values])  # type: ignore[attr-defined]
            op.details = details
        return Outcome(label, Changes.for_tables({t for t, _ in keys}), None)
    assert conflict.theirs is not None
    table = conflict.table
    t = TABLES[table].__table__  # type: ignore[attr-defined]
    with operation(project, "merge_resolve", label) as op:
        old = op.session.execute(select(t).where(t.c.id == conflict.id)).mappings().first()
        if old is None:
            raise InvalidOperation(f"{table} {conflict.id} is no longer in the project")
        op.session.execute(update(t).where(t.c.id == conflict.id).values(
            **{k: v for k, v in conflict.theirs.items() if k != "id"}))
        op.details = details
    return Outcome(label, Changes.for_tables({table}), None)


def _take_their_turns(project: Project, conflict: MergeConflict, label: str, details: dict) -> Outcome[None]:
    """The other file's speaker turns of one document instead of ours (a participant no longer here: none)."""
    t, people = TABLES["turn"].__table__, TABLES["participant"].__table__  # type: ignore[attr-defined]
    with operation(project, "merge_resolve", label) as op:
        present = set(op.session.execute(select(people.c.id)).scalars())
        rows = [{**v, "participant_id": v["participant_id"] if v.get("participant_id") in present else None}
                for _t, v in conflict.rows]
        op.session.execute(delete(t).where(t.c.document_id == conflict.id))
        if rows:
            op.session.execute(insert(t), rows)
        op.details = details
    return Outcome(label, Changes.for_tables({"turn"}), None)
