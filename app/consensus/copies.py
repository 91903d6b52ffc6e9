"""Reviewer copies: the same documents and codebook in a new file for a (new) reviewer.

The copy is made with SQLite's backup API (consistent even while the project is open) and keeps every
id, so ``merge`` can later match everything by id. A blind copy holds none of the other reviewers'
meaning units, notes (annotations), codings, reading progress, per-reviewer memos (first impressions,
document memos) or consensus decisions; the audit trail keeps its events (merging needs their ids) but
their details keep only each action's allow-listed fields (``core/audit_fields.py``: ids, counts, states), and the
change log keeps which rows each operation touched but not their before/after images, which could quote
removed text. These removals are recorded under the action ``reviewer_copy``, not ``delete``, so a merge
never mistakes them for deletions by the reviewer. A copy starts with an empty undo history: the source's
operations are not the copy's reviewer's to undo.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, or_, select, text, update

from app.core.errors import ProjectError
from app.core.models import (
    Annotation,
    AuditEvent,
    Coding,
    ConsensusDecision,
    MeaningUnit,
    Memo,
    Meta,
    ReadingProgress,
    Reviewer,
    new_id,
    now,
)
from app.core.ops import audit_details
from app.core.progress import CancelledFn, ProgressFn, check, never_cancelled, no_progress
from app.core.project import PROJECT_SUFFIX, Project, copy_database, inspect_file, open_project
from app.core.reviewers import add_reviewer, find_reviewer
from app.i18n import translate


@dataclass(frozen=True)
class CopyResult:
    path: Path
    reviewer_id: str
    reviewer_name: str
    blind: bool
    removed: dict[str, int]  # table → rows removed (blind copies)


def create_reviewer_copy(source: Project | Path | str, out: Path | str, reviewer: str, *,
                         blind: bool = False, documents: list[str] | None = None,
                         progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled) -> CopyResult:
    """Write ``out`` as a copy of ``source`` for ``reviewer`` (a name; added unless already a reviewer).

    ``source`` may be an open Project (the window's) or a path. Refuses to overwrite ``out``. With
    ``documents`` (ids: the double-coding sample) the copy holds only those documents; merging it back never
    reads their absence as a deletion. A server address (``postgresql://…``) is read from the server.
    Raises ``Cancelled`` (and leaves no file) when ``cancelled()`` says so.
    """
    from app.core.server import is_server_url

    if not isinstance(source, Project) and is_server_url(source):
        with open_project(str(source), read_only=True) as server:
            return create_reviewer_copy(server, out, reviewer, blind=blind, documents=documents)
    out = Path(out)
    if out.suffix.lower() != PROJECT_SUFFIX:
        raise ProjectError(out, "a project file must end in .lectio")
    if out.exists():
        raise ProjectError(out, "a file with this name already exists; choose another name")
    if not out.parent.is_dir():
        raise ProjectError(out, f"the folder {out.parent} does not exist")
    if not reviewer.strip():
        raise ProjectError(out, "name the reviewer the copy is for (--reviewer NAME)")
    source_path = source.path if isinstance(source, Project) else Path(source)
    check(cancelled)
    progress(0.0, translate("progress", "Copying the study"))
    if isinstance(source, Project) and source.on_server:  # a team study: its rows into a new file
        from app.core.publish import download

        download(source, out)
    else:
        inspect_file(source_path)  # a Lectio project this version reads; the backup API copies it consistently
        _copy(source_path, out)  # even while another Lectio has it open, so no lock is needed on the source
    try:
        check(cancelled)
        progress(0.5, translate("progress", "Preparing the copy"))
        with open_project(out, backup=False) as copy:
            rid, name = _reviewer_for(copy, reviewer.strip())
            copy.reviewer_id = rid
            removed = _make_blind(copy, rid) if blind else {}
            if documents is not None:
                removed["document"] = _keep_only(copy, rid, documents)
            _fresh_history(copy, blind)
            with copy.write_session() as s:
                for key, value in (("copy_for", rid), ("copy_blind", "1" if blind else "0"), ("copied_at", now()),
                                   ("copy_of", source_path.name)):
                    s.merge(Meta(key=key, value=value))
        check(cancelled)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return CopyResult(out, rid, name, blind, removed)


def _copy(source: Path, out: Path) -> None:
    try:
        copy_database(source, out)
    except Exception as exc:  # noqa: BLE001 - disk full, permissions: one line for the user
        out.unlink(missing_ok=True)
        from app.core.errors import plain_reason

        raise ProjectError(out, f"could not write the copy ({plain_reason(exc)})") from exc


def _reviewer_for(project: Project, name: str) -> tuple[str, str]:
    try:
        found = find_reviewer(project, name)
        if found.is_consensus:
            raise ProjectError(project.path, f"{name!r} is the consensus layer, not a reviewer")
        return found.id, found.name
    except ProjectError:
        raise
    except Exception:  # noqa: BLE001 - NotFound: a new reviewer
        reviewer = add_reviewer(project, name).value
        return reviewer.id, reviewer.name


def _make_blind(project: Project, keep: str) -> dict[str, int]:
    """Remove every other reviewer's work (see the module docstring) in one transaction."""
    removed: dict[str, int] = {}
    with project.write_session() as s:
        def count(stmt) -> int:  # type: ignore[no-untyped-def]
            return s.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()

        others_units = select(MeaningUnit.id).where(MeaningUnit.reviewer_id != keep)
        removed["meaningunit"] = count(others_units)
        removed["annotation"] = count(select(Annotation.id).where(or_(
            Annotation.reviewer_id != keep, Annotation.unit_id.in_(others_units))))  # type: ignore[attr-defined]
        removed["coding"] = count(select(Coding.id).where(or_(
            Coding.reviewer_id != keep, Coding.unit_id.in_(others_units))))  # type: ignore[attr-defined]
        removed["consensusdecision"] = count(select(ConsensusDecision.id))
        s.execute(delete(ConsensusDecision))
        s.execute(delete(Annotation).where(Annotation.reviewer_id != keep))
        s.execute(delete(Coding).where(Coding.reviewer_id != keep))
        s.execute(delete(MeaningUnit).where(MeaningUnit.reviewer_id != keep))  # cascades the rest
        personal = or_(Memo.kind == "first_impressions", Memo.target_kind == "document")
        others_memos = select(Memo.id).where(personal, or_(Memo.reviewer_id != keep,
                                                           Memo.reviewer_id.is_(None)))  # type: ignore[union-attr]
        removed["memo"] = count(others_memos)
        s.execute(delete(Memo).where(Memo.id.in_(others_memos)))  # type: ignore[attr-defined]
        removed["readingprogress"] = count(select(ReadingProgress.id).where(ReadingProgress.reviewer_id != keep))
        s.execute(delete(ReadingProgress).where(ReadingProgress.reviewer_id != keep))
        events = s.execute(select(AuditEvent.id, AuditEvent.action, AuditEvent.details).where(or_(
            AuditEvent.reviewer_id != keep, AuditEvent.reviewer_id.is_(None)))).all()  # type: ignore[union-attr]
        for eid, action, details in events:
            scrubbed = _scrub(details, action)
            if scrubbed != details:
                s.execute(update(AuditEvent).where(AuditEvent.id == eid).values(details=scrubbed))
        consensus = s.execute(select(Reviewer.id).where(Reviewer.is_consensus == True)).scalars().all()  # noqa: E712
        s.add(AuditEvent(id=new_id(), reviewer_id=keep, action="reviewer_copy",
                         summary="Blind reviewer copy: other reviewers' work removed",
                         details=json.dumps({"removed": removed, "consensus_reviewers": list(consensus)})))
    return removed


def _keep_only(project: Project, keep_reviewer: str, document_ids: list[str]) -> int:
    """Remove the documents outside the sample (their units go with them), recorded as the copy's own step."""
    from app.core.models import Document

    with project.write_session() as s:
        present = set(s.execute(select(Document.id)).scalars())
        missing = set(document_ids) - present
        if missing or not document_ids:
            raise ProjectError(project.path, "the double-coding sample names documents that are not in the study; "
                                             "draw it again (lectio icr-sample)")
        gone = sorted(present - set(document_ids))
        if gone:
            s.execute(delete(Document).where(Document.id.in_(gone)))  # type: ignore[attr-defined]
        s.add(AuditEvent(id=new_id(), reviewer_id=keep_reviewer, action="reviewer_copy",
                         summary=f"Copy limited to the double-coding sample: {len(document_ids)} of "
                                 f"{len(present)} documents", details=json.dumps({"documents": len(document_ids)})))
    return len(gone)


def _fresh_history(project: Project, blind: bool) -> None:
    """Nothing of the source's history can be undone in the copy; a blind copy loses the row images."""
    with project.write_session() as s:
        s.execute(text("UPDATE operationlog SET state = 'dropped' WHERE kind = 'do' AND state != 'dropped'"))
        if blind:
            s.execute(text("UPDATE changelog SET old = NULL, new = NULL"))


def _scrub(details: str, action: str) -> str:
    """Keep only the fields ``action`` may carry (``core/audit_fields.py``; a new field is dropped until someone
    decides it is safe)."""
    try:
        data = json.loads(details)
    except ValueError:
        return "{}"
    if not isinstance(data, dict):
        return "{}"
    return audit_details(data, action)
