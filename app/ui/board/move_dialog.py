""""Move to…": the keyboard way to put codes into a category, or categories into a theme."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core import codebook
from app.core.project import Project
from app.ui.bidi_items import DIRECTION_ROLE, FSI, BidiDelegate, isolate
from app.ui.board.actions import UNSORTED_CATEGORIES, UNSORTED_CODES

Target = tuple[str, str | None]


def _place(label: str, name: str) -> str:
    """'Category: NAME' with the name in the window's language; a right-to-left name is isolated, so the row
    keeps both parts in their order (the row then runs right to left, see ``MoveDialog``)."""
    return QCoreApplication.translate("board.move_dialog", label).format(name=isolate(name))


def move_targets(project: Project, kinds: set[str]) -> list[tuple[str, Target]]:
    """(label, (kind, id)) of every place the items can go."""
    if kinds == {"code"}:
        return [(QCoreApplication.translate("board.move_dialog", "Unsorted (no category)"), (UNSORTED_CODES, None))] + [
            (_place(QT_TRANSLATE_NOOP("board.move_dialog", "Category: {name}"), c.name), ("category", c.id))
            for c in codebook.list_categories(project)
        ]
    if kinds == {"category"}:
        return (
            [(QCoreApplication.translate("board.move_dialog", "Unsorted (no theme)"), (UNSORTED_CATEGORIES, None))]
            + [(_place(QT_TRANSLATE_NOOP("board.move_dialog", "Theme: {name}"), t.name), ("theme", t.id))
               for t in codebook.list_themes(project)]
            + [(_place(QT_TRANSLATE_NOOP("board.move_dialog", "Inside category: {name}"), c.name), ("category", c.id))
               for c in codebook.list_categories(project)]
        )
    return []


class MoveDialog(QDialog):
    def __init__(self, targets: list[tuple[str, Target]], what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move {what} to…").format(what=what))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the places"))
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Places to move to"))
        self.list.setItemDelegate(BidiDelegate(self.list))
        for label, target in targets:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, target)
            # a place named in Arabic or Hebrew reads right to left, right-aligned (its label first, at the right)
            item.setData(DIRECTION_ROLE, "rtl" if FSI in label else "ltr")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.reason = QLineEdit()
        self.reason.setObjectName("moveReason")
        self.reason.setPlaceholderText(self.tr("Why? An optional reason, kept in the codebook's version history"))
        self.reason.setAccessibleName(self.tr("Reason for the move"))
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.filter, self.list, self.reason, buttons):
            layout.addWidget(w)
        self.resize(420, 420)

    def _filter(self, text: str) -> None:
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(text.casefold() not in item.text().casefold())
            if first is None and not item.isHidden():
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def target(self) -> Target | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None


def choose_target(project: Project, kinds: set[str], parent: QWidget | None) -> tuple[Target, str] | None:
    """Where to move, and the reason the user gave ('' for none)."""
    targets = move_targets(project, kinds)
    if not targets:
        return None
    dialog = MoveDialog(targets, "codes" if kinds == {"code"} else "categories", parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    target = dialog.target()
    return (target, dialog.reason.text().strip()) if target is not None else None
