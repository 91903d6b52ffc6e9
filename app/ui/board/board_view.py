"""A first codebook view: themes › categories › codes with their counts, read from core."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.overview import CategoryNode, codebook_tree
from app.ui.app_state import ProjectSession


class BoardView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tree = QTreeWidget()
        self.tree.setObjectName("codebookTree")
        self.tree.setHeaderLabels(["Codebook", "Units", "Documents"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        session.changed.connect(lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        tree = codebook_tree(self.session.project)
        for theme in tree.themes:
            item = QTreeWidgetItem([f"Theme: {theme.name}"])
            self.tree.addTopLevelItem(item)
            for cat in theme.categories:
                self._add_category(item, cat)
        unsorted = QTreeWidgetItem(["Unsorted"])
        self.tree.addTopLevelItem(unsorted)
        for cat in tree.unsorted_categories:
            self._add_category(unsorted, cat)
        for code in tree.unsorted_codes:
            QTreeWidgetItem(unsorted, [code.name, str(code.units), str(code.documents)])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def _add_category(self, parent: QTreeWidgetItem, cat: CategoryNode) -> None:
        item = QTreeWidgetItem(parent, [f"Category: {cat.name}"])
        for code in cat.codes:
            QTreeWidgetItem(item, [code.name, str(code.units), str(code.documents)])
        for sub in cat.subcategories:
            self._add_category(item, sub)
