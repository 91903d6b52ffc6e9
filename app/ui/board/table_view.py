"""The sorting table's window onto the scene: zoom, pan, renaming in place, and a key for every move.

Keys: arrows move the selection (Shift: further); Ctrl+G makes a pile of the selected cards; Ctrl+Shift+G
takes them out of their pile; M "Move to…"; Enter opens the item's meaning units; F2 rename; Delete delete;
Tab / Shift+Tab next / previous item; Insert a new card; Ctrl+wheel, Ctrl+= and Ctrl+- zoom; Ctrl+0 fits the
table; middle-drag or Space+drag pans.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QMenu, QWidget

from app.ui.board.move_dialog import choose_target
from app.ui.board.table_items import CardItem, PileItem, TableItem, ThemeArea
from app.ui.board.table_scene import TableScene

STEP, BIG_STEP = 10.0, 60.0
MIN_ZOOM, MAX_ZOOM = 0.1, 3.0


class TableView(QGraphicsView):
    def __init__(self, scene: TableScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("sortingTable")
        self.setAccessibleDescription(self.tr("Code cards in piles and theme areas. Tab and Shift+Tab go from card "
                                              "to card, Enter opens the card's meaning units, M moves it to another "
                                              "pile or theme, the arrow keys nudge it."))
        self.table = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.ContainsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        from app.ui.board import announce

        announce.install(self)  # the focused card's name, count and place, for screen readers
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.user_zoomed = False
        self._fitted_for = None
        self._pan: QPoint | None = None
        self._space = False
        self.editor: _RenameEdit | None = None
        scene.rename_requested.connect(self.rename_item)

    # -- zoom and pan -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        factor = max(MIN_ZOOM / self.zoom(), min(MAX_ZOOM / self.zoom(), factor))
        self.scale(factor, factor)
        self.user_zoomed = True

    def fit(self) -> None:
        """Show the whole table, but never so small that the slips cannot be read: then fit the width."""
        rect = self.table.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if rect.isEmpty():
            return
        self.resetTransform()
        vw, vh = max(1, self.viewport().width()), max(1, self.viewport().height())
        scale = min(1.0, vw / rect.width(), vh / rect.height())
        if scale < 0.72:
            scale = min(1.0, vw / rect.width())
        scale = max(scale, MIN_ZOOM)
        self.scale(scale, scale)
        self.centerOn(rect.center().x(), rect.top() + vh / scale / 2)
        self.user_zoomed = False

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        # refit only when the widget itself changes size: scroll bars coming and going must not loop
        if not self.user_zoomed and self.size() != self._fitted_for:
            self._fitted_for = self.size()
            self.fit()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self.user_zoomed:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (self._space and button == Qt.MouseButton.LeftButton):
            self._pan = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self.setFocus()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan is not None:
            delta = event.position().toPoint() - self._pan
            self._pan = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan is not None:
            self._pan = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)

    # -- keys ---------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            self.select_next(-1 if event.key() == Qt.Key.Key_Backtab else 1)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
        super().keyReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        step = BIG_STEP if shift else STEP
        arrows = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0), Qt.Key.Key_Up: (0, -step),
                  Qt.Key.Key_Down: (0, step)}
        if key in arrows and not ctrl:
            self.table.nudge(*arrows[key])
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif ctrl and key == Qt.Key.Key_G:
            (self.table.ungroup_selected if shift else self.table.group_selected)()
        elif key == Qt.Key.Key_M and not ctrl:
            self.move_selected_dialog()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl and self.current_item() is not None:
            self.table.open_requested.emit(*self.current_item().key)  # type: ignore[union-attr]
        elif key == Qt.Key.Key_F2:
            item = self.current_item()
            if item is not None:
                self.rename_item(item.kind, item.item_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.table.actions.delete([i.key for i in self.table.selected_items()])
        elif key == Qt.Key.Key_Insert:
            self.new_card(self.mapToScene(self.viewport().rect().center()))
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
        else:
            super().keyPressEvent(event)

    def update_accessible_name(self, *_args: object) -> None:
        from shiboken6 import isValid

        from app.ui.board.announce import accessible_name

        if not isValid(self) or not isValid(self.table):  # the scene is being torn down with its view
            return
        name = accessible_name(self)
        if name != self.accessibleName():
            self.setAccessibleName(name)  # Qt tells assistive technology (QAccessible::NameChanged)

    def current_item(self) -> TableItem | None:
        focus = self.table.focusItem()
        if isinstance(focus, TableItem) and focus.isSelected():
            return focus
        selected = self.table.selected_items()
        return selected[0] if selected else None

    def select_next(self, direction: int) -> None:
        items = self.table.ordered_items()
        if not items:
            return
        current = self.current_item()
        i = items.index(current) + direction if current in items else 0
        item = items[i % len(items)]
        self.table.select_only(item.kind, item.item_id)
        self.table.current_item_changed.emit(item.kind, item.item_id)
        self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def move_selected_dialog(self) -> None:
        items = [i for i in self.table.selected_items() if i.kind in ("code", "category")]
        kinds = {i.kind for i in items}
        if len(kinds) != 1:
            return
        chosen = choose_target(self.table.session.project, kinds, self)
        if chosen is not None:
            target, reason = chosen
            self.table.actions.move([i.key for i in items], *target, reason=reason)

    def new_card(self, at: QPointF) -> None:
        code_id = self.table.actions.create_code(None, x=round(at.x()), y=round(at.y()))
        if code_id:
            self.table.select_only("code", code_id)
            self.rename_item("code", code_id)

    # -- renaming in place --------------------------------------------------------------------------------
    def rename_item(self, kind: str, item_id: str) -> None:
        item = self.table.item(kind, item_id)
        if item is None:
            return
        self.finish_rename()
        self.ensureVisible(item.sceneBoundingRect(), 30, 30)
        rect = self.mapFromScene(item.mapRectToScene(item.title_rect())).boundingRect()
        editor = _RenameEdit(item.name, self.viewport())
        editor.setObjectName("tableRenameEditor")
        editor.setGeometry(rect.adjusted(-3, -3, 3, 3))
        editor.setMinimumWidth(160)
        editor.selectAll()
        editor.show()
        editor.setFocus()
        editor.returnPressed.connect(lambda: self.finish_rename(commit=True))
        editor.editingFinished.connect(lambda: self.finish_rename(commit=True))
        editor.setProperty("target", (kind, item_id))
        self.editor = editor

    def finish_rename(self, commit: bool = False) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        kind, item_id = editor.property("target")
        name = editor.text().strip()
        editor.hide()
        editor.deleteLater()
        item = self.table.item(kind, item_id)
        if commit and not editor.cancelled and name and item is not None and name != item.name:
            self.table.actions.rename(kind, item_id, name)
        self.setFocus()

    # -- context menu -------------------------------------------------------------------------------------
    def _menu(self, pos: QPoint) -> None:
        at = self.mapToScene(pos)
        item = next((i for i in self.table.items(at) if isinstance(i, TableItem)), None)
        if item is not None and not item.isSelected():
            self.table.select_only(item.kind, item.item_id)
        theme = next((i for i in self.table.items(at) if isinstance(i, ThemeArea)), None)
        menu = QMenu(self)
        menu.addAction(self.tr("New card here\tIns"), lambda: self.new_card(at))
        menu.addAction(self.tr("New pile here"), lambda: self._new_pile(at, theme.item_id if theme else None))
        menu.addAction(self.tr("New theme area here"), lambda: self._new_theme(at))
        if item is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Rename\tF2"), lambda: self.rename_item(item.kind, item.item_id))
            if item.kind != "theme":
                menu.addAction(self.tr("Move to…\tM"), self.move_selected_dialog)
            if isinstance(item, (CardItem, PileItem)):
                menu.addAction(self.tr("Colour…"), lambda: self.table.actions.choose_colour(
                    item.kind, item.item_id, item.colour.name() if item.colour else ""))
            cards = [i for i in self.table.selected_items() if isinstance(i, CardItem)]
            if len(cards) >= 2:
                menu.addAction(self.tr("Merge the selected cards…"), lambda: self.table.actions.merge_dialog(
                    [c.item_id for c in cards], item.item_id))
            if cards:
                menu.addAction(self.tr("Make a pile of the selected cards\tCtrl+G"), self.table.group_selected)
            if any(c.category_id for c in cards):
                menu.addAction(self.tr("Take out of the pile\tCtrl+Shift+G"), self.table.ungroup_selected)
            menu.addAction(self.tr("Delete…\tDel"), lambda: self.table.actions.delete(
                [i.key for i in self.table.selected_items()]))
        menu.addSeparator()
        menu.addAction(self.tr("Zoom to fit\tCtrl+0"), self.fit)
        menu.exec(self.viewport().mapToGlobal(pos))

    def _new_pile(self, at: QPointF, theme_id: str | None) -> None:
        cat_id = self.table.actions.create_category(theme_id, x=round(at.x()), y=round(at.y()))
        if cat_id:
            self.rename_item("category", cat_id)

    def _new_theme(self, at: QPointF) -> None:
        theme_id = self.table.actions.create_theme(x=round(at.x()), y=round(at.y()))
        if theme_id:
            self.rename_item("theme", theme_id)


class _RenameEdit(QLineEdit):
    """The name editor laid over an item; Escape leaves the old name."""

    cancelled = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled = True
            self.clearFocus()
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)
