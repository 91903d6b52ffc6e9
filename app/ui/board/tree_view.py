"""The codebook tree for precise work: drag and drop, rename in place (F2), colours, create, merge, delete."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from app.ui.bidi_items import BidiDelegate
from app.ui.board.actions import BoardActions, Item
from app.ui.board.move_dialog import choose_target
from app.ui.board.tree_model import ID_ROLE, KIND_ROLE, CodebookTreeModel, decode_items


class CodebookTreeView(QTreeView):
    current_item_changed = Signal(str, str)  # kind, id ("" for a bin)

    def __init__(self, model: CodebookTreeModel, actions: BoardActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookTree")
        self.setAccessibleName(self.tr("Codebook tree"))
        self.setAccessibleDescription(self.tr("Themes, categories and codes. F2 renames, Ctrl+M moves the chosen "
                                              "item, Delete deletes it."))
        self.actions = actions
        self.setModel(model)
        self.setItemDelegate(BidiDelegate(self))  # an Arabic or Hebrew name reads right to left, right-aligned
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.EditKeyPressed | triggers.SelectedClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._collapsed: set[tuple[str, str]] = set()  # branches the user closed; every other branch is open
        self._selected: list[tuple[str, str]] = []
        self._current: tuple[str, str] | None = None
        self._known: set[tuple[str, str]] = set()  # rows seen so far: rows new after a rebuild open up
        self._follow: list[tuple[str, str]] = []  # items just dropped: the view goes to them after the rebuild
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._add_key("Delete", self.delete_selected)
        self._add_key("Ctrl+M", self.move_selected_dialog)  # plain letters stay for type-ahead search
        self.expandAll()

    def tree_model(self) -> CodebookTreeModel:
        return self.model()  # type: ignore[return-value]

    def _add_key(self, key: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- keeping expansion and selection over a rebuild ----------------------------------------------------
    def _key(self, index: QModelIndex) -> tuple[str, str]:
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def _branches(self) -> Iterator[QModelIndex]:
        """Every item of the tree that has children, parents before their children."""
        model = self.tree_model()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if model.rowCount(index):
                    stack.append(index)
                    yield index

    def _remember(self) -> None:
        self._collapsed = {self._key(index) for index in self._branches() if not self.isExpanded(index)}
        self._selected = [self._key(i) for i in self.selectionModel().selectedRows()]
        cur = self.currentIndex()
        self._current = self._key(cur) if cur.isValid() else None

    def _restore(self) -> None:
        """Branches keep the state the user gave them; a branch new since (or an Unsorted bin that was empty
        and now holds something) opens. The selection comes back; the view follows items just dropped."""
        model = self.tree_model()
        for index in self._branches():
            self.setExpanded(index, self._key(index) not in self._collapsed)
        self._known = self._all_keys()
        sm = self.selectionModel()
        sm.blockSignals(True)
        for key in self._selected:
            index = model.index_of(*key)
            if index.isValid():
                sm.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if self._current:
            index = model.index_of(*self._current)
            if index.isValid():
                sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        sm.blockSignals(False)
        follow, self._follow = self._follow, []
        for key in follow:
            index = model.index_of(*key)
            if index.isValid():
                parent = index.parent()
                while parent.isValid():
                    self.setExpanded(parent, True)
                    parent = parent.parent()
                self.scrollTo(index)
                break

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        self._follow = [tuple(i) for i in (decode_items(event.mimeData()) or [])]  # type: ignore[misc]
        super().dropEvent(event)

    def _all_keys(self) -> set[tuple[str, str]]:
        return set(self.tree_model()._where)

    def expandAll(self) -> None:  # noqa: N802 - Qt name
        super().expandAll()
        self._known = self._all_keys()

    # -- selection ------------------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.current_item_changed.emit(*self._key(current))

    def selected_items(self) -> list[Item]:
        return [k for k in (self._key(i) for i in self.selectionModel().selectedRows())
                if k[0] in ("code", "category", "theme")]

    def select_item(self, kind: str, item_id: str) -> None:
        index = self.tree_model().index_of(kind, item_id)
        if not index.isValid():
            return
        self.scrollTo(index)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def rename_item(self, kind: str, item_id: str) -> None:
        index = self.tree_model().index_of(kind, item_id)
        if index.isValid():
            self.select_item(kind, item_id)
            self.edit(index)

    # -- actions --------------------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        self.actions.delete(self.selected_items())

    def move_selected_dialog(self) -> None:
        items = [i for i in self.selected_items() if i[0] != "theme"]
        kinds = {k for k, _ in items}
        if len(kinds) != 1:
            return
        chosen = choose_target(self.actions.project, kinds, self)
        if chosen is not None:
            target, reason = chosen
            self.actions.move(items, *target, reason=reason)

    def merge_selected(self) -> None:
        current = self._key(self.currentIndex())
        self.actions.merge_dialog([i for k, i in self.selected_items() if k == "code"], current[1])

    def _menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        kind, item_id = self._key(index) if index.isValid() else ("", "")
        node = self.tree_model().node(index) if index.isValid() else None
        menu = QMenu(self)
        menu.addAction(self.tr("New theme"), self.actions.create_theme)
        menu.addAction(self.tr("New category in this theme") if kind == "theme" else self.tr("New category"),
                       lambda: self.actions.create_category(item_id if kind == "theme" else None))
        menu.addAction(self.tr("New code in this category") if kind == "category" else self.tr("New code"),
                       lambda: self.actions.create_code(item_id if kind == "category" else None))
        if kind in ("code", "category", "theme"):
            menu.addSeparator()
            menu.addAction(self.tr("Rename\tF2"), lambda: self.edit(index.siblingAtColumn(0)))
            if kind != "theme" and node is not None:
                menu.addAction(self.tr("Colour…"), lambda: self.actions.choose_colour(kind, item_id, node.colour))
                menu.addAction(self.tr("Move to…\tCtrl+M"), self.move_selected_dialog)
            if sum(1 for k, _ in self.selected_items() if k == "code") >= 2:
                menu.addAction(self.tr("Merge selected codes…"), self.merge_selected)
            menu.addAction(self.tr("Delete…\tDel"), self.delete_selected)
        menu.exec(self.viewport().mapToGlobal(pos))
