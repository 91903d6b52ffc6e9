"""Every meaning unit under the selected code, category or theme; a click shows it in the reader."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.retrieval import units_under
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import isolate
from app.ui.board.analysis_table import KEY_ROLE, FilterProxy, RowsModel, make_table_view
from app.ui.i18n import ntr

HEADERS = (
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Document"),
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Page"),
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Reviewer"),
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Meaning unit"),
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Condensed meaning"),
    QT_TRANSLATE_NOOP("board.retrieval_panel", "Notes"),
)
WIDTHS = (170, 50, 110, 380, 260)


class RetrievalPanel(QWidget):
    open_unit = Signal(str, str)  # document id, unit id
    only: frozenset[str] | None = None  # a coding query's unit ids: only those are listed

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target: tuple[str, str] | None = None
        self.title = QLabel(self.tr("Select a code, category or theme to see its meaning units."))
        self.title.setObjectName("retrievalTitle")
        self.model = RowsModel(tuple(QCoreApplication.translate("board.retrieval_panel", h) for h in HEADERS), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, "retrievalList")
        self.view.setAccessibleName(self.tr("Meaning units of the chosen item"))
        self.view.setAccessibleDescription(self.tr("Press Enter to show a unit in the reader."))
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        session.changed.connect(self._on_changed)

    def _on_changed(self, changes: Any) -> None:
        if self.target and (changes.units or changes.codings or changes.codes or changes.categories
                            or changes.themes or changes.annotations):
            self.show_item(*self.target)

    def show_item(self, kind: str, item_id: str, name: str = "") -> None:
        if kind not in ("code", "category", "theme") or not item_id:
            self.target = None
            self.model.set_rows([], [])
            self.title.setText(self.tr("Select a code, category or theme to see its meaning units."))
            return
        self.target = (kind, item_id)
        self._name = name or getattr(self, "_name", "")
        rows = units_under(self.session.project, kind, item_id, self.only)
        self.model.set_rows([(r.document, r.page, r.reviewer, r.text, r.condensed, "  •  ".join(r.notes))
                             for r in rows], [(r.document_id, r.unit_id) for r in rows])
        for col, w in enumerate(WIDTHS):
            self.view.setColumnWidth(col, w)
        docs = len({r.document_id for r in rows})
        label = {"code": self.tr("Code"), "category": self.tr("Category"), "theme": self.tr("Theme")}[kind]
        self.title.setText(self.tr("<b>{label}: {name}</b> — {units} in {documents} (click one to read it in "
                                   "context)").format(
            label=label, name=html.escape(isolate(self._name)),
            units=ntr("RetrievalPanel", "%n meaning unit(s)", len(rows)),
            documents=ntr("RetrievalPanel", "%n document(s)", docs)))

    def _open(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.open_unit.emit(*key)
