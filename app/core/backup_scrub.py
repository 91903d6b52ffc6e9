"""Applying a privacy action to the backups made before it, and rewriting a file so freed pages keep nothing.

The automatic backups (``app/core/backups.py``) are whole studies. After a permanent deletion or a
pseudonymisation they still hold what was removed, so each is either rewritten — copied through SQLite's backup
API into a temporary file beside it, opened as a study, given the same change, checked (``integrity_check``),
then renamed over the old file, as ``safe_copy`` does — or deleted. Every file is reported with what happened to
it; one that cannot be rewritten is named with the reason and left as it was (the caller says so), never
silently kept. Copies an upgrade left beside the study (``NAME.v3-backup.lectio``) are treated the same way; one
that is rewritten is brought to this version's file format on the way (the report says so), as its older format
cannot be changed by this version.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.backups import check_database, durable_replace, list_backups, safe_copy
from app.core.errors import LectioError, plain_reason
from app.core.progress import ProgressFn
from app.i18n import translate

if TYPE_CHECKING:
    from app.core.project import Project


@dataclass(frozen=True)
class BackupAction:
    """One backup file and what was done to it: ``scrubbed``, ``deleted`` or ``failed`` (with the reason)."""

    path: Path
    taken: datetime
    action: str
    reason: str = ""

    def describe(self) -> str:
        words = {"scrubbed": "changed in place", "deleted": "deleted", "failed": "NOT changed"}[self.action]
        tail = f" ({self.reason})" if self.reason else ""
        return f"{self.path.name} ({self.taken:%Y-%m-%d %H:%M}): {words}{tail}"


def upgrade_copies(study: Path) -> list[Path]:
    """Copies an upgrade of the file format left beside the study (``NAME.v3-backup.lectio``)."""
    study = Path(study)
    return sorted(study.parent.glob(f"{study.stem}.v*-backup.lectio"))


def files_before(study: Path) -> list[str]:
    """One line per file a rewrite would reach (automatic backups, then upgrade copies), for lists on screen."""
    return [b.describe() for b in list_backups(study)] + [p.name for p in upgrade_copies(study)]


def vacuum(project: Project) -> None:
    """Rewrite the file with ``secure_delete`` and ``VACUUM`` so no free page (or journal) keeps removed text."""
    project.engine.dispose()
    raw = project.engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a no-op unless the file is in WAL mode
    finally:
        raw.close()
        project.engine.dispose()


def _rewrite_one(path: Path, change: Callable[[Project], None]) -> str:
    """Rewrite one backup in place; returns a note for the report ('' or the format change)."""
    from app.core.project import open_project

    work = Path(tempfile.mkdtemp(prefix=".rewrite-", dir=path.parent))
    try:
        copy = safe_copy(path, work / path.name)
        project = open_project(copy, backup=False)  # an older format is brought up to date in the copy
        note = "" if project.migrated_from is None else "now in this version's file format"
        try:
            change(project)
        finally:
            project.close()
        problem = check_database(copy)
        if problem:
            raise LectioError(problem)
        durable_replace(copy, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return note


def rewrite_backups(study: Path, mode: str, change: Callable[[Project], None], progress: ProgressFn
                    ) -> list[BackupAction]:
    """Apply ``change`` to every automatic backup of ``study`` (``mode`` ``scrub``) or delete them (``delete``).
    Not cancellable: it runs after the study itself was changed, and a cancel would leave a backup unchanged
    without the caller knowing."""
    out: list[BackupAction] = []
    found = [(b.path, b.taken) for b in list_backups(study)]
    found += [(p, datetime.fromtimestamp(p.stat().st_mtime)) for p in upgrade_copies(study)]
    for n, (path, taken) in enumerate(found):
        progress(0.9 + 0.1 * n / max(1, len(found)),
                 translate("progress", "Rewriting the backup {name}").format(name=path.name))
        if mode == "delete":
            try:
                path.unlink()
                out.append(BackupAction(path, taken, "deleted"))
            except OSError as exc:
                out.append(BackupAction(path, taken, "failed", plain_reason(exc)))
            continue
        try:
            out.append(BackupAction(path, taken, "scrubbed", _rewrite_one(path, change)))
        except (LectioError, OSError, sqlite3.Error) as exc:
            out.append(BackupAction(path, taken, "failed", plain_reason(exc)))
    return out
