"""What Lectio remembers on this machine (QSettings): recent projects, window geometry, the demo's place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

RECENT_KEY = "recent_projects"
RECENT_MAX = 10


def recent_projects() -> list[Path]:
    values = QSettings().value(RECENT_KEY, [], type=list) or []
    return [Path(v) for v in values if v]


def add_recent(path: Path) -> None:
    path = path.resolve()
    items = [p for p in recent_projects() if p != path]
    QSettings().setValue(RECENT_KEY, [str(p) for p in [path, *items][:RECENT_MAX]])


def remove_recent(path: Path) -> None:
    QSettings().setValue(RECENT_KEY, [str(p) for p in recent_projects() if p != path.resolve()])


def demo_path() -> Path:
    """Where the demo study lives on this machine (written on first use)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".lectio")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "Demo study.lectio"
