"""The codebook board: the tree for precise work on the left, the sorting table of cards in the middle, and
below it the details of the selected item, its meaning units, the analysis table and codebook hygiene.

The tree and the table both rebuild from core on ``session.changed``, so they always show the same data;
selecting an item in one selects it in the other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from app.ui.app_state import ProjectSession
from app.ui.board.actions import BoardActions
from app.ui.board.analysis_table import AnalysisTable
from app.ui.board.code_editor import CodeEditor
from app.ui.board.hygiene_panel import HygienePanel
from app.ui.board.retrieval_panel import RetrievalPanel
from app.ui.board.table_scene import TableScene
from app.ui.board.table_view import TableView
from app.ui.board.tree_model import CodebookTreeModel
from app.ui.board.tree_view import CodebookTreeView
from app.ui.i18n import number
from app.ui.query_filter import QueryFilter


class BoardView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self.session = session
        self.actions = BoardActions(session, self)
        self.model = CodebookTreeModel(session, self.actions, self)
        self.tree = CodebookTreeView(self.model, self.actions)
        self.scene = TableScene(session, self.actions, self)
        self.table = TableView(self.scene)
        self.editor = CodeEditor(session)
        self.retrieval = RetrievalPanel(session)
        self.analysis = AnalysisTable(session)
        self.hygiene = HygienePanel(session)
        self._syncing = False
        self._current: tuple[str, str] = ("", "")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("boardTabs")
        self.tabs.setAccessibleName(self.tr("Details of the chosen item"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.editor, self.tr("Details"))
        self.tabs.addTab(self.retrieval, self.tr("Meaning units"))
        self.tabs.addTab(self.analysis, self.tr("Analysis table"))
        self.tabs.addTab(self.hygiene, self.tr("Hygiene"))
        self._update_hygiene_tab()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(4, 4, 4, 0)
        for text, tip, slot in (
            (self.tr("+ Theme"), self.tr("New theme"), self._new_theme),
            (self.tr("+ Category"), self.tr("New category (in the selected theme)"), self._new_category),
            (self.tr("+ Code"), self.tr("New code (in the selected category)"), self._new_code),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lv.addLayout(buttons)
        lv.addWidget(self.tree)

        centre = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        tv = QVBoxLayout(table_box)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.setSpacing(0)
        hint = QLabel(self.tr("Drag a card onto a card to make a pile, onto a pile to join it; drag piles into "
                              "themes. Keys: arrows, Ctrl+G, Ctrl+Shift+G, M, F2, Del, Tab, Ctrl+0."))
        hint.setObjectName("tableHint")
        hint.setStyleSheet("padding: 3px 8px;")
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, and legible in every theme
        self.query_filter = QueryFilter(session)  # "Show: Query: …" — count and list only a query's units
        self.query_filter.changed.connect(self._query_filter_changed)
        self.query_filter.watch_escape([self.tree, self.retrieval.view])
        hint.setWordWrap(True)  # the query filter beside it takes some of the width
        hint_row = QHBoxLayout()
        hint_row.setContentsMargins(0, 0, 8, 0)
        hint_row.addWidget(hint, 1)
        hint_row.addWidget(self.query_filter)
        tv.addLayout(hint_row)
        tv.addWidget(self.table)
        centre.addWidget(table_box)
        centre.addWidget(self.tabs)
        centre.setStretchFactor(0, 3)
        centre.setStretchFactor(1, 1)
        centre.setSizes([680, 190])

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(centre)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 1060])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.tree.current_item_changed.connect(lambda k, i: self.select(k, i, source="tree"))
        self.scene.current_item_changed.connect(lambda k, i: self.select(k, i, source="table"))
        self.hygiene.item_chosen.connect(lambda k, i: self.select(k, i, source="hygiene"))
        self.scene.open_requested.connect(self.open_item)
        self.retrieval.open_unit.connect(self._open_unit)
        self.analysis.open_unit.connect(self._open_unit)
        session.changed.connect(self._on_changed)

    # -- keeping everything in step ---------------------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if changes.codes or changes.categories or changes.themes or changes.codings or changes.units:
            self.model.rebuild()
            self._update_hygiene_tab()
            kind, item_id = self.current()
            if item_id and self.model.find(kind, item_id) is None:  # the item shown is gone (deleted, merged)
                self.select("", "")

    def _query_filter_changed(self) -> None:
        only = self.query_filter.unit_ids
        self.scene.only = self.model.only = self.retrieval.only = self.analysis.only = only
        self.analysis.refresh()
        self.scene.reload()
        self.model.rebuild()
        kind, item_id = self.current()
        self.retrieval.show_item(kind, item_id, getattr(self.retrieval, "_name", ""))

    def _update_hygiene_tab(self) -> None:
        n = self.hygiene.findings_count()
        self.tabs.setTabText(3, self.tr("Hygiene ({n})").format(n=number(n)) if n else self.tr("Hygiene"))

    def select(self, kind: str, item_id: str, source: str = "") -> None:
        """Make one item the board's current item: in the tree, on the table, in the details and unit list."""
        if self._syncing:
            return
        self._syncing = True
        self._current = (kind, item_id)
        try:
            if source != "tree" and item_id:
                self.tree.select_item(kind, item_id)
            if source != "table":
                item = self.scene.select_only(kind, item_id) if item_id else None
                if item is not None:
                    self.table.ensureVisible(item.sceneBoundingRect(), 30, 30)
            node = self.model.find(kind, item_id)
            self.editor.show_item(kind, item_id)
            self.retrieval.show_item(kind, item_id, node.name if node else "")
        finally:
            self._syncing = False

    def open_item(self, kind: str, item_id: str) -> None:
        """Enter on a card: show its meaning units and put the keyboard there (Enter on one opens the reader)."""
        self.select(kind, item_id, source="table")
        self.tabs.setCurrentWidget(self.retrieval)
        self.retrieval.view.setFocus()
        if self.retrieval.view.model().rowCount() and not self.retrieval.view.currentIndex().isValid():
            self.retrieval.view.setCurrentIndex(self.retrieval.view.model().index(0, 0))

    def show_details(self, kind: str, item_id: str, *, memo: bool = False) -> None:
        """Select an item (a search hit on it) and open its details; ``memo``: put the keyboard in its memo."""
        self.select(kind, item_id)
        self.tabs.setCurrentWidget(self.editor)
        if memo:
            self.editor.focus_memo()
        QTimer.singleShot(0, lambda: self.reveal(kind, item_id))  # after the table fits itself to a first show

    def reveal(self, kind: str, item_id: str) -> None:
        """Scroll the table so the item's card or pile is in view (in the middle, when it was not)."""
        item = self.scene.item(kind, item_id)
        if item is None:
            return
        shown = self.table.mapFromScene(item.sceneBoundingRect()).boundingRect()
        if not self.table.viewport().rect().adjusted(20, 20, -20, -20).contains(shown):
            self.table.centerOn(item)

    def current(self) -> tuple[str, str]:
        return self._current

    def _open_unit(self, document_id: str, unit_id: str) -> None:
        self.session.navigate.emit(document_id, unit_id, -1)

    # -- creating ---------------------------------------------------------------------------------------------
    def _new_theme(self) -> None:
        theme_id = self.actions.create_theme()
        if theme_id:
            self.tree.rename_item("theme", theme_id)

    def _new_category(self) -> None:
        kind, item_id = self.current()
        cat_id = self.actions.create_category(item_id if kind == "theme" else None)
        if cat_id:
            self.tree.rename_item("category", cat_id)

    def _new_code(self) -> None:
        kind, item_id = self.current()
        code_id = self.actions.create_code(item_id if kind == "category" else None)
        if code_id:
            self.tree.rename_item("code", code_id)

    def menu_actions(self) -> list[QAction]:
        fit = QAction(self.tr("Fit the sorting table"), self)
        fit.triggered.connect(lambda: (self._bring_forward(), self.table.fit()))
        hygiene = QAction(self.tr("Codebook hygiene"), self)
        hygiene.setShortcut(QKeySequence("Ctrl+Shift+H"))
        hygiene.triggered.connect(lambda: (self._bring_forward(), self.tabs.setCurrentWidget(self.hygiene)))
        return [fit, hygiene]

    def _bring_forward(self) -> None:
        """The View menu reaches these items from any view: show the board (its workspace tab) first."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)
