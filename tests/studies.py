"""Copies of studies built once: an expensive study (the demo: 187 operations, each a committed transaction)
is built once per session by a fixture and each test works on its own copy."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any


def copy_study(source: Path, target: Path) -> Path:
    """A closed study copied to ``target``: the file alone (rollback-journal mode, so a closed study is complete
    in its one file); neither its lock file nor its backups folder come along."""
    shutil.copyfile(source, target)
    return target


def open_copy(source: Path, target: Path) -> Any:
    """A copy of a closed study, opened without writing a backup; the caller closes it."""
    from app.core.project import open_project

    return open_project(copy_study(source, target), backup=False)
