"""The codebook as a Qt item model: Themes › categories (› sub-categories) › codes, then two Unsorted bins.

Built from ``app.core.overview.codebook_tree`` — the same function behind ``lectio info --json`` — so the
tree shows exactly what the command line prints. Drags carry our own MIME type with the items' kinds and
ids as JSON; a drop is validated and becomes one core operation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from app.core.codebook import list_categories
from app.core.overview import CategoryNode, CodeNode, codebook_tree
from app.core.retrieval import node_counts
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import bidi_tooltip
from app.ui.board.actions import UNSORTED_CATEGORIES, UNSORTED_CODES, BoardActions
from app.ui.i18n import number
from app.ui.theme import legible

MIME_TYPE = "application/x-lectio-codebook"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
EMPTY_RED = "#b23b3b"  # a code without units: its count in the tree
HEADERS = (
    QT_TRANSLATE_NOOP("board.tree_model", "Codebook"),
    QT_TRANSLATE_NOOP("board.tree_model", "Units"),
    QT_TRANSLATE_NOOP("board.tree_model", "Docs"),
)
BIN_NAMES = {
    UNSORTED_CATEGORIES: QT_TRANSLATE_NOOP("board.tree_model", "Unsorted categories (no theme)"),
    UNSORTED_CODES: QT_TRANSLATE_NOOP("board.tree_model", "Unsorted codes (no category)"),
}
Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    kind: str  # root | theme | category | code | unsorted_categories | unsorted_codes
    id: str
    name: str
    units: int = 0
    documents: int = 0
    colour: str = ""
    tip: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


def encode_items(items: list[tuple[str, str]]) -> bytes:
    return json.dumps([{"kind": k, "id": i} for k, i in items]).encode("utf-8")


def decode_items(data: QMimeData) -> list[tuple[str, str]] | None:
    """The items a drag carries, or None when the payload is not ours or is malformed."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        raw = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        items = [(str(d["kind"]), str(d["id"])) for d in raw]
    except (ValueError, TypeError, KeyError):
        return None
    if not items or any(k not in ("code", "category", "theme") for k, _ in items):
        return None
    return items


class CodebookTreeModel(QAbstractItemModel):
    only: frozenset[str] | None = None  # a coding query's unit ids: the counts are of those units only

    def __init__(self, session: ProjectSession, actions: BoardActions | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.actions = actions or BoardActions(session, None)  # type: ignore[arg-type]
        self.root = Node("root", "", "")
        self._where: dict[tuple[str, str], Node] = {}
        self.rebuild()

    # -- building -----------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self.beginResetModel()
        self.root, self._where = self._build(), {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            self._where[(node.kind, node.id)] = node
            stack += node.children
        self.endResetModel()

    def _build(self) -> Node:
        project = self.session.project
        tree = codebook_tree(project)
        counts = node_counts(project, self.only)
        colours = {c.id: c.colour for c in list_categories(project)}
        root = Node("root", "", "")

        def code(parent: Node, c: CodeNode) -> None:
            n, d = (c.units, c.documents) if self.only is None else counts.get(("code", c.id), (0, 0))
            parent.add(Node("code", c.id, c.name, n, d, c.colour, c.definition))

        def category(parent: Node, c: CategoryNode) -> None:
            n, d = counts.get(("category", c.id), (0, 0))
            node = parent.add(Node("category", c.id, c.name, n, d, colours.get(c.id, ""), c.description))
            for sub in c.subcategories:
                category(node, sub)
            for x in c.codes:
                code(node, x)

        for t in tree.themes:
            n, d = counts.get(("theme", t.id), (0, 0))
            node = root.add(Node("theme", t.id, t.name, n, d, tip=t.description))
            for c in t.categories:
                category(node, c)
        bin_cats = root.add(
            Node(
                UNSORTED_CATEGORIES, "", QCoreApplication.translate("board.tree_model", BIN_NAMES[UNSORTED_CATEGORIES])
            )
        )
        for c in tree.unsorted_categories:
            category(bin_cats, c)
        bin_codes = root.add(
            Node(UNSORTED_CODES, "", QCoreApplication.translate("board.tree_model", BIN_NAMES[UNSORTED_CODES]))
        )
        for x in tree.unsorted_codes:
            code(bin_codes, x)
        for b in (bin_cats, bin_codes):
            b.name = f"{b.name} · {len(b.children)}"
            b.tip = self.tr("Drop here to take items out of their theme or category")
        return root

    # -- lookups ------------------------------------------------------------------------------------------
    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[return-value]

    def index_of(self, kind: str, item_id: str, column: int = 0) -> QModelIndex:
        node = self._where.get((kind, item_id))
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def find(self, kind: str, item_id: str) -> Node | None:
        return self._where.get((kind, item_id))

    # -- the item model -----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self.node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return QCoreApplication.translate("board.tree_model", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, col = self.node(index), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return node.name
            if node.kind in (UNSORTED_CATEGORIES, UNSORTED_CODES):
                return None
            return number(node.units if col == 1 else node.documents) if role == Qt.ItemDataRole.DisplayRole else None
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.ToolTipRole:  # the full name (the column may elide it), then the notes
            if col == 0 and node.kind in ("code", "category", "theme"):
                return bidi_tooltip(node.name + (f"\n{node.tip}" if node.tip else ""))
            return bidi_tooltip(node.tip) if node.tip else None
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and node.colour:
            return legible(node.colour, QGuiApplication.palette().color(QPalette.ColorRole.Base))
        if role == Qt.ItemDataRole.FontRole and node.kind in ("theme", UNSORTED_CATEGORIES, UNSORTED_CODES):
            font = QFont()
            font.setBold(node.kind == "theme")
            font.setItalic(node.kind != "theme")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col > 0 and node.units == 0 and node.kind == "code":
            # a code without units: its red zero, as legible as text on the theme's page
            return legible(EMPTY_RED, QGuiApplication.palette().color(QPalette.ColorRole.Base), 4.5)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node = self.node(index)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if node.kind in ("code", "category", "theme") and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        if node.kind in ("code", "category"):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.kind == "code":
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 0:
            return False
        node = self.node(index)
        name = str(value).strip()
        if node.kind not in ("code", "category", "theme") or not name or name == node.name:
            return False
        return self.actions.rename(node.kind, node.id, name)

    # -- drag and drop ------------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        items = []
        for index in indexes:
            node = self.node(index)
            if index.isValid() and node.kind in ("code", "category") and (node.kind, node.id) not in items:
                items.append((node.kind, node.id))
        data = QMimeData()
        data.setData(MIME_TYPE, encode_items(items))
        return data

    def _target(self, row: int, column: int, parent: Index) -> tuple[str, str | None]:
        node = self.node(parent)  # dropped on a row, or between the rows inside it
        return node.kind, (node.id or None)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        items = decode_items(data)
        if items is None or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        kind, target = self._target(row, column, parent)
        return self.actions.plan_move(items, kind, target) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        kind, target = self._target(row, column, parent)
        return self.actions.move(decode_items(data) or [], kind, target)
