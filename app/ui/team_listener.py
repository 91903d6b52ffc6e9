"""The window's ear on a team study: another reviewer's committed change reaches every view within a second.

A connection of its own LISTENs (``app.server.notify``); a ``QSocketNotifier`` on its socket wakes the GUI
thread when the server sends a notification, so nothing polls and no thread is needed. Notifications arriving
together are folded into one ``changed(Changes)`` after a short pause (an import of many documents is one
refresh, not hundreds).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.core.ops import Changes

FOLD_MS = 60


def changes_for(tables: set[str]) -> Changes:
    """What the views must refresh for changes to ``tables``: everything when a table no view names changed."""
    changes = Changes.for_tables(tables)
    if not changes.kinds() or any(t not in _KNOWN for t in tables):
        return Changes(**{k: True for k in Changes.__dataclass_fields__})
    return changes


_KNOWN = {"meta", "reviewer", "document", "documentfile", "readingprogress", "meaningunit", "annotation", "memo",
          "code", "coding", "category", "theme", "consensusdecision", "participant", "attribute", "attributevalue",
          "turn"}


class TeamListener(QObject):
    """Emits ``changed(Changes)`` when another client commits a change to the study at ``url``."""

    changed = Signal(object)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from app.server.notify import ChangeListener

        self._listener: ChangeListener | None = ChangeListener(url)
        self._pending: set[str] = set()
        self._notifier = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_ready)
        self._fold = QTimer(self, singleShot=True, interval=FOLD_MS)
        self._fold.timeout.connect(self._emit)

    def _on_ready(self) -> None:
        if self._listener is None:
            return
        try:
            self._pending |= self._listener.drain()
        except Exception:  # noqa: BLE001 - the server went away: stop listening, the window still works
            self.close()
            return
        if self._pending and not self._fold.isActive():
            self._fold.start()

    def _emit(self) -> None:
        tables, self._pending = self._pending, set()
        if tables:
            self.changed.emit(changes_for(tables))

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._fold.stop()
        if self._listener is not None:
            self._listener.close()
            self._listener = None


def listen_to(project: object, parent: QObject) -> TeamListener | None:
    """A listener for a study opened from a server (None for a study file, or when the server refuses)."""
    engine = getattr(project, "engine", None)
    if engine is None or engine.dialect.name != "postgresql":
        return None
    from app.core.errors import LectioError

    try:
        return TeamListener(engine.url.render_as_string(hide_password=False), parent)
    except LectioError:
        return None
