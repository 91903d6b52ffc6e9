""""Show: Query: …" — restrict a view (the reader, the board) to the meaning units of a saved coding query.

The widget holds the chosen query's unit ids (every reviewer's units; ``None`` when no query is chosen) and says
``changed`` whenever they change: on a choice, on a clear (the ✕ button, or Esc in a watched widget), and when an
edit of the study changes what the query selects. The saved queries are listed afresh each time the list opens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from app.core.errors import LectioError, plain_reason
from app.ui.app_state import ProjectSession

T = TypeVar("T")
# edits that can change which units a query selects (codes, codings, attributes …); an edit of saved queries
# themselves names no kind
RELEVANT = {"units", "codings", "codes", "categories", "themes", "documents", "reviewers", "participants"}


class _QueryBox(QComboBox):
    about_to_open = Signal()

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        self.about_to_open.emit()
        super().showPopup()


class QueryFilter(QWidget):
    changed = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queryFilter")
        self.session = session
        self.name: str | None = None
        self.unit_ids: frozenset[str] | None = None
        self.box = _QueryBox()
        self.box.setObjectName("queryFilterBox")
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.setToolTip(self.tr("Show only the meaning units a saved coding query selects "
                                    "(save queries in Analysis › Coding queries)"))
        self.box.about_to_open.connect(self.refill)
        self.box.activated.connect(self._activated)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("queryFilterClear")
        self.clear_button.setText("✕")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Show every meaning unit again (Esc)"))
        self.clear_button.setAccessibleName(self.tr("Clear the query filter"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        label = QLabel(self.tr("Show:"))
        label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(self.clear_button)
        self.refill()
        session.changed.connect(self._on_changed)

    # -- the list -------------------------------------------------------------------------------------
    def refill(self) -> None:
        from app.analysis.saved import list_queries

        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("Every meaning unit"), None)
        for q in list_queries(self.session.project):
            self.box.addItem(self.tr("Query: {0}").format(q.name), q.name)
            self.box.setItemData(self.box.count() - 1, q.expression, Qt.ItemDataRole.ToolTipRole)
        index = self.box.findData(self.name) if self.name else 0
        self.box.setCurrentIndex(max(0, index))
        self.box.blockSignals(False)

    def _activated(self, index: int) -> None:
        name = self.box.itemData(index)
        if name:
            self.choose(name)
        else:
            self.clear()

    # -- choosing -------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.unit_ids is not None

    def choose(self, name: str) -> bool:
        """Show only the units of the saved query ``name``; False (and nothing restricted) when it cannot run."""
        from app.analysis.service import query_unit_ids

        try:
            ids = query_unit_ids(self.session.project, name)
        except LectioError as exc:
            self.session.report_error(str(exc))
            self.clear()
            return False
        except Exception as exc:  # noqa: BLE001 (a damaged file: say so, keep the view usable)
            self.session.report_error(self.tr("Cannot run the query {0}: {1}").format(name, plain_reason(exc)))
            self.clear()
            return False
        self.name, self.unit_ids = name, ids
        self.refill()
        self.clear_button.show()
        self.session.status.emit(self.tr("Showing the %n meaning unit(s) of the query {0}", "",
                                         len(ids)).format(name))
        self.changed.emit()
        return True

    def clear(self) -> None:
        was = self.active
        self.name, self.unit_ids = None, None
        self.box.setCurrentIndex(0)
        self.clear_button.hide()
        if was:
            self.changed.emit()

    def keep(self, units: Sequence[T], key: str = "id") -> list[T]:
        """The units (anything with an ``id``) the chosen query selects; all of them when none is chosen."""
        if self.unit_ids is None:
            return list(units)
        return [u for u in units if getattr(u, key) in self.unit_ids]

    def _on_changed(self, changes: Any) -> None:
        if self.name is None:
            return
        kinds = set(changes.kinds())
        if kinds & RELEVANT or not kinds:
            self.choose(self.name)

    # -- Esc clears ---------------------------------------------------------------------------------------
    def watch_escape(self, widgets: Iterable[QWidget]) -> None:
        """Esc in any of ``widgets`` clears the filter (only while one is set; otherwise Esc does what it did)."""
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.active and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) \
                and event.key() == Qt.Key.Key_Escape and not event.modifiers():  # type: ignore[attr-defined]
            if event.type() == QEvent.Type.KeyPress:
                self.clear()
            event.accept()
            return True
        return super().eventFilter(watched, event)
