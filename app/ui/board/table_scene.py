"""The sorting table: every code a card, every category a pile, every theme a tinted area.

The scene is rebuilt from core whenever the codebook changes. Dragging moves items on screen only; the
mouse release turns the drop into ONE core operation: a card on a loose card makes a new pile
(``make_pile``), on a pile (or a card in it) joins it (``move_codes``), on bare table leaves its pile
(``rearrange``); a pile dropped in a theme area joins that theme; a theme area carries its piles.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from app.core import codebook
from app.core.records import CategoryRecord as Category
from app.core.records import CodeRecord as Code
from app.core.records import ThemeRecord as Theme
from app.core.retrieval import node_counts
from app.ui.app_state import ProjectSession
from app.ui.board.actions import BoardActions
from app.ui.board.dealer import Dealer
from app.ui.board.table_items import (
    CARD_H,
    CARD_W,
    PILE_PAD,
    PILE_TITLE,
    THEME_PAD,
    THEME_TITLE,
    CardItem,
    PileItem,
    TableItem,
    ThemeArea,
)
from app.ui.i18n import ntr
from app.ui.paper import BOARDS, board

TABLE_COLOUR = QColor(BOARDS["light"].table)  # the light theme's; app/ui/paper.py has every theme's


@dataclass
class _Drag:
    grabbed: TableItem
    items: list[TableItem]
    press: QPointF
    starts: dict[int, QPointF]
    moving: bool = False


class TableScene(QGraphicsScene):
    current_item_changed = Signal(str, str)  # kind, id
    rename_requested = Signal(str, str)  # kind, id: a new pile wants its name
    open_requested = Signal(str, str)  # kind, id: Enter on an item shows its meaning units

    only: frozenset[str] | None = None  # a coding query's unit ids: the cards count those units only

    def __init__(self, session: ProjectSession, actions: BoardActions, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.actions = actions
        self.setBackgroundBrush(QBrush(QColor(board().table)))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.cards: dict[str, CardItem] = {}
        self.piles: dict[str, PileItem] = {}
        self.areas: dict[str, ThemeArea] = {}
        self._drag: _Drag | None = None
        self._hover: TableItem | None = None
        session.changed.connect(self._on_changed)
        self.reload()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.restyle()  # the theme changed: the table and every slip take its colours now
        return super().event(event)

    def restyle(self) -> None:
        """Repaint the table and every item in the theme shown now (items cache their pictures)."""
        self.setBackgroundBrush(QBrush(QColor(board().table)))
        for item in self.items():
            item.update()
        self.update()

    def _on_changed(self, changes) -> None:  # type: ignore[no-untyped-def]
        if changes.codes or changes.categories or changes.themes or changes.codings or changes.units:
            self.reload()

    # -- building ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = [i.key for i in self.selected_items()]
        focus = self.focusItem()
        focus_key = focus.key if isinstance(focus, TableItem) else None
        self._drag, self._hover = None, None
        self.clear()
        self.cards, self.piles, self.areas = {}, {}, {}
        project = self.session.project
        counts = node_counts(project, self.only)
        self._build(codebook.list_codes(project), codebook.list_categories(project), codebook.list_themes(project),
                    counts)
        self._make_room()
        for key in selected:
            item = self.item(*key)
            if item is not None:
                item.setSelected(True)
        if focus_key and self.item(*focus_key) is not None:
            self.setFocusItem(self.item(*focus_key))
        rect = self.itemsBoundingRect().adjusted(-200, -200, 400, 400)
        self.setSceneRect(rect.united(QRectF(0, 0, 1000, 700)))

    def _make_room(self, gap: float = 24.0) -> None:
        """Theme areas, piles and cards grow with their names (long names, wide fonts): one that now reaches
        into another pushes that one down, on screen only (the study keeps its positions until something
        moves). A loose card lying on an area or pile travels with it."""
        blocks = [i for i in self.items() if isinstance(i, (ThemeArea, PileItem)) and i.parentItem() is None]
        loose = [i for i in self.items() if isinstance(i, CardItem) and i.parentItem() is None]
        riders: dict[int, list[CardItem]] = {}
        free: list[TableItem] = []
        for card in loose:
            rect = card.sceneBoundingRect()
            host = next((b for b in blocks if b.sceneBoundingRect().intersects(rect)), None)
            if host is None:
                free.append(card)
            else:
                riders.setdefault(id(host), []).append(card)
        order = sorted([*blocks, *free], key=lambda i: (i.sceneBoundingRect().top(), i.sceneBoundingRect().left()))
        placed: list[QRectF] = []
        for item in order:
            for _ in range(len(placed) + 1):
                rect = item.sceneBoundingRect()
                hit = next((r for r in placed if r.intersects(rect)), None)
                if hit is None:
                    break
                dy = hit.bottom() - rect.top() + gap
                item.moveBy(0, dy)
                for card in riders.get(id(item), []):
                    card.moveBy(0, dy)
            placed.append(item.sceneBoundingRect())
            placed += [card.sceneBoundingRect() for card in riders.get(id(item), [])]

    def _build(self, codes: list[Code], cats: list[Category], themes: list[Theme],
               distinct: dict[tuple[str, str], tuple[int, int]]) -> None:
        cat_by_id = {c.id: c for c in cats}
        by_cat: dict[str | None, list[Code]] = defaultdict(list)
        for code in codes:
            by_cat[code.category_id if code.category_id in cat_by_id else None].append(code)
        theme_ids = {t.id for t in themes}

        def theme_of(cat: Category) -> str | None:
            seen: set[str] = set()
            while cat.parent_id in cat_by_id and cat.id not in seen:
                seen.add(cat.id)
                cat = cat_by_id[cat.parent_id]  # type: ignore[index]
            return cat.theme_id if cat.theme_id in theme_ids else None

        deal = Dealer(codes, cats, themes)
        pile_pos: dict[str, QPointF] = {}
        members: dict[str | None, list[Category]] = defaultdict(list)
        for cat in cats:
            members[theme_of(cat)].append(cat)
        for cat in cats:  # piles with a place first, then the new ones: beside their theme's piles, or dealt
            if cat.x or cat.y:
                pile_pos[cat.id] = QPointF(cat.x, cat.y)
        def pile_size(cat: Category) -> tuple[float, float]:
            return PileItem.layout(pile_name(cat), [c.name for c in by_cat[cat.id]])[1]

        def pile_name(cat: Category) -> str:
            parent = cat_by_id.get(cat.parent_id or "")
            return cat.name if parent is None else f"{parent.name} › {cat.name}"

        for cat in cats:
            if cat.id in pile_pos:
                continue
            w, h = pile_size(cat)
            placed = [c for c in members[theme_of(cat)] if c.id in pile_pos] if theme_of(cat) else []
            if placed:
                right = max(pile_pos[c.id].x() + pile_size(c)[0] for c in placed)
                pile_pos[cat.id] = QPointF(right + 40, min(pile_pos[c.id].y() for c in placed))
            else:
                pile_pos[cat.id] = deal.place(0, 0, w, h)
        for ti, theme in enumerate(themes):
            rect = QRectF()
            for cat in members[theme.id]:
                rect = rect.united(QRectF(pile_pos[cat.id], QPointF(*pile_size(cat)) + pile_pos[cat.id]))
            if rect.isNull():
                origin = deal.place(theme.x, theme.y, 420, 220)
                rect = QRectF(origin.x() + THEME_PAD, origin.y() + THEME_TITLE, 420 - 2 * THEME_PAD,
                              220 - THEME_TITLE - THEME_PAD)
            title = ThemeArea.title_height(theme.name, theme.description, rect.width() + 2 * THEME_PAD)
            area_rect = rect.adjusted(-THEME_PAD, -title, THEME_PAD, THEME_PAD)
            n, _d = distinct.get(("theme", theme.id), (0, 0))
            area = ThemeArea(theme.id, theme.name, theme.description, ti,
                             area_rect.width(), area_rect.height())
            area.setPos(area_rect.topLeft())
            self.addItem(area)
            self.areas[theme.id] = area
        for cat in cats:
            cards = by_cat[cat.id]
            n, _d = distinct.get(("category", cat.id), (0, 0))
            name = pile_name(cat)
            pile = PileItem(cat.id, name, cat.colour, len(cards), n, [c.name for c in cards])
            offsets = PileItem.layout(name, [c.name for c in cards])[0]
            area = self.areas.get(theme_of(cat) or "")
            pos = pile_pos[cat.id]
            if area is not None:
                pile.setParentItem(area)
                pile.setPos(pos - area.pos())
            else:
                pile.setPos(pos)
                self.addItem(pile)
            self.piles[cat.id] = pile
            for k, code in enumerate(cards):
                card = self._card(code, distinct, cat.id)
                card.setParentItem(pile)
                card.setPos(*offsets[k])
                card.setZValue(k)
                card.covered = k < len(cards) - 1
        for code in by_cat[None]:
            card = self._card(code, distinct, None)
            card.setPos(deal.place(code.x, code.y, CARD_W, card.height))
            card.setZValue(5)
            card.setTransformOriginPoint(CARD_W / 2, card.height / 2)
            card.setRotation((zlib.crc32(code.id.encode()) % 25 - 12) / 10)  # a loose slip lies a little askew
            self.addItem(card)

    def _card(self, code: Code, counts: dict[tuple[str, str], tuple[int, int]], category_id: str | None) -> CardItem:
        n, d = counts.get(("code", code.id), (0, 0))
        card = CardItem(code.id, code.name, code.colour, n, d, category_id)
        self.cards[code.id] = card
        return card

    # -- lookups ----------------------------------------------------------------------------------------
    def item(self, kind: str, item_id: str) -> TableItem | None:
        return {"code": self.cards, "category": self.piles, "theme": self.areas}.get(kind, {}).get(item_id)

    def selected_items(self) -> list[TableItem]:
        return [i for i in self.selectedItems() if isinstance(i, TableItem)]

    def select_only(self, kind: str, item_id: str) -> TableItem | None:
        item = self.item(kind, item_id)
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            self.setFocusItem(item)
        return item

    def ordered_items(self) -> list[TableItem]:
        """Every item in reading order (for Tab)."""
        items = [*self.areas.values(), *self.piles.values(), *self.cards.values()]
        return sorted(items, key=lambda i: (round(table_pos(i).y() / 40), table_pos(i).x(), -i.zValue()))

    def _top_item(self, point: QPointF, exclude: list[TableItem] = ()) -> TableItem | None:  # type: ignore[assignment]
        for item in self.items(point):
            if isinstance(item, TableItem) and not any(x is item or x.isAncestorOf(item) for x in exclude):
                return item
        return None

    def _theme_at(self, point: QPointF, exclude: list[TableItem]) -> str | None:
        for item in self.items(point):
            if isinstance(item, ThemeArea) and not any(x is item for x in exclude):
                return item.item_id
        return None

    # -- mouse ------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self._top_item(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if isinstance(item, ThemeArea) and item.mapFromScene(event.scenePos()).y() > item.title_h:
            # inside an area but off its heading: bare table, where a drag draws a selection rectangle
            if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.clearSelection()
            event.ignore()
            return
        if item is None:
            super().mousePressEvent(event)
            return
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        if additive:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.clearSelection()
            item.setSelected(True)
        self.setFocusItem(item)
        self.current_item_changed.emit(*item.key)
        group = [i for i in self.selected_items() if i.kind == item.kind] if item.isSelected() else [item]
        group = [i for i in group if not any(o is not i and o.isAncestorOf(i) for o in group)]
        self._drag = _Drag(item, group, event.scenePos(), {id(i): table_pos(i) for i in group})
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        item = self._top_item(event.scenePos())
        if item is not None and not (isinstance(item, ThemeArea)
                                     and item.mapFromScene(event.scenePos()).y() > item.title_h):
            self.rename_requested.emit(*item.key)  # double-click a name to rename it
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        delta = event.scenePos() - drag.press
        if not drag.moving:
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            drag.moving = True
            for i in drag.items:  # lift the items off the table so they travel above everything
                pos = table_pos(i)
                i.setParentItem(None)
                i.setPos(pos)
                if isinstance(i, CardItem) and i.covered:
                    i.covered = False
                    i.update()
                i.setZValue(1000 + i.zValue())
        for i in drag.items:
            i.setPos(drag.starts[id(i)] + delta)
        target = self._top_item(event.scenePos(), drag.items)
        if isinstance(target, CardItem) and target.category_id:  # a card in a pile: the pile is what it joins
            target = self.piles.get(target.category_id)
        if drag.grabbed.kind == "category":
            theme = self._theme_at(event.scenePos(), drag.items)
            target = self.areas.get(theme or "")
        elif drag.grabbed.kind == "theme":
            target = None
        self._set_hover(target)

    def _set_hover(self, item: TableItem | None) -> None:
        if self._hover is not None and self._hover is not item:
            self._hover.set_highlighted(False)
        self._hover = item
        if item is not None:
            item.set_highlighted(True)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        self._set_hover(None)
        if drag.moving:
            self.drop(drag.items, event.scenePos())

    # -- drops: each one core operation -----------------------------------------------------------------
    def drop(self, items: list[TableItem], point: QPointF) -> bool:
        """Commit items already moved on screen to where they lie; reload if nothing changed."""
        kind = items[0].kind
        if kind == "code":
            done = self._drop_cards(items, point)  # type: ignore[arg-type]
        elif kind == "category":
            done = self._drop_piles(items, point)  # type: ignore[arg-type]
        else:
            done = self._drop_areas(items)  # type: ignore[arg-type]
        if not done:
            self.reload()
        return done

    def _drop_cards(self, cards: list[CardItem], point: QPointF) -> bool:
        ids = [c.item_id for c in cards]
        target = self._top_item(point, cards)
        if isinstance(target, CardItem) and target.category_id:
            target = self.piles.get(target.category_id)
        if isinstance(target, CardItem):
            at = table_pos(target)
            out = self.session.do(codebook.make_pile, [target.item_id, *ids], self.free_pile_name(),
                                  x=round(at.x() - PILE_PAD), y=round(at.y() - PILE_TITLE),
                                  theme_id=self._theme_at(point, cards))
            if out is not None:  # the table has been rebuilt by now: name the new pile in place
                self.rename_requested.emit("category", out.value.id)
            return out is not None
        if isinstance(target, PileItem):
            return self.actions.move([("code", i) for i in ids], "category", target.item_id)
        edits = []
        for c in cards:
            values: dict = {"x": round(table_pos(c).x()), "y": round(table_pos(c).y())}
            if c.category_id:
                values["category_id"] = None
            edits.append(("code", c.item_id, values))
        leaving = sum(1 for c in cards if c.category_id)
        n = len(cards)
        label = (ntr("TableScene", "Take %n card(s) out of their pile", n) if leaving
                 else ntr("TableScene", "Move %n card(s)", n))
        return self.session.do(codebook.rearrange, label, edits) is not None

    def _drop_piles(self, piles: list[PileItem], point: QPointF) -> bool:
        theme = self._theme_at(point, piles)
        cats = {c.id: c for c in codebook.list_categories(self.session.project)}
        edits = []
        for p in piles:
            values: dict = {"x": round(table_pos(p).x()), "y": round(table_pos(p).y())}
            cat = cats.get(p.item_id)
            if cat is not None and cat.parent_id is None and cat.theme_id != theme:
                values["theme_id"] = theme
            edits.append(("category", p.item_id, values))
        n = len(piles)
        joined = any("theme_id" in v for _t, _i, v in edits)
        label = ntr("TableScene", "Move %n pile(s)", n)
        if joined and theme:
            label = self.tr("{piles} into theme {theme}").format(piles=label, theme=self.areas[theme].name)
        elif joined:
            label = self.tr("{piles} out of their theme").format(piles=label)
        done = self.session.do(codebook.rearrange, label, edits) is not None
        moved = self.piles.get(piles[0].item_id) if done and piles else None
        if moved is not None:  # the table was rebuilt: the view follows the pile to where it now lies
            for view in self.views():
                view.ensureVisible(moved.sceneBoundingRect(), 30, 30)
        return done

    def _drop_areas(self, areas: list[ThemeArea]) -> bool:
        edits = [e for area in areas for e in self.area_edits(area)]
        return (
            self.session.do(codebook.rearrange, ntr("TableScene", "Move %n theme area(s)", len(areas)), edits)
            is not None
        )

    @staticmethod
    def area_edits(area: ThemeArea) -> list:
        """Placement of an area already moved on screen, with the piles it carries."""
        edits = [("category", p.item_id, {"x": round(table_pos(p).x()), "y": round(table_pos(p).y())})
                 for p in area.childItems() if isinstance(p, PileItem)]
        edits.append(("theme", area.item_id, {"x": round(table_pos(area).x()), "y": round(table_pos(area).y())}))
        return edits

    # -- keyboard moves ---------------------------------------------------------------------------------
    def nudge(self, dx: float, dy: float) -> bool:
        items = self.selected_items()
        edits = nudge_edits(items, dx, dy)
        if not edits:
            return False
        return self.session.do(codebook.rearrange, ntr("TableScene", "Move %n item(s)", len(edits)),
                               edits) is not None

    def group_selected(self) -> str | None:
        """Ctrl+G: the selected cards become a new pile where the first of them lies."""
        cards = sorted((i for i in self.selected_items() if isinstance(i, CardItem)),
                       key=lambda c: (table_pos(c).y(), table_pos(c).x()))
        if not cards:
            return None
        at = table_pos(cards[0])
        out = self.session.do(codebook.make_pile, [c.item_id for c in cards], self.free_pile_name(),
                              x=round(at.x() - PILE_PAD), y=round(at.y() - PILE_TITLE),
                              theme_id=self._theme_at(at + QPointF(CARD_W / 2, CARD_H / 2), cards))
        if out is None:
            return None
        self.rename_requested.emit("category", out.value.id)
        return out.value.id

    def ungroup_selected(self) -> bool:
        """Ctrl+Shift+G: the selected cards leave their piles and lie beside them."""
        cards = [i for i in self.selected_items() if isinstance(i, CardItem) and i.category_id]
        edits = []
        for k, card in enumerate(cards):
            pile = self.piles[card.category_id]  # type: ignore[index]
            right = pile.sceneBoundingRect().right() + 30
            edits.append(("code", card.item_id, {"category_id": None, "x": round(right),
                                                 "y": round(table_pos(pile).y() + k * (CARD_H + 14))}))
        if not edits:
            return False
        n = len(edits)
        label = ntr("TableScene", "Take %n card(s) out of their pile", n)
        return self.session.do(codebook.rearrange, label, edits) is not None

    def free_pile_name(self) -> str:
        taken = {c.name.casefold() for c in codebook.list_categories(self.session.project)}
        name, n = self.tr("New pile"), 2
        while name.casefold() in taken:
            name, n = self.tr("New pile {n}").format(n=n), n + 1
        return name


def table_pos(item: QGraphicsItem) -> QPointF:
    """Where an item lies on the table: its origin before its own rotation (a loose slip lies askew about its
    centre, which ``scenePos`` would count as a move)."""
    parent = item.parentItem()
    return item.pos() if parent is None else parent.mapToScene(item.pos())


def nudge_edits(items: list[TableItem], dx: float, dy: float) -> list:
    """Edits moving loose cards, piles and theme areas by (dx, dy); cards in a pile move with their pile."""
    edits = []
    for item in items:
        if isinstance(item, CardItem) and item.category_id:
            continue
        item.setPos(item.pos() + QPointF(dx, dy))
        if isinstance(item, ThemeArea):
            edits += TableScene.area_edits(item)
        else:
            pos = table_pos(item)
            edits.append((item.kind, item.item_id, {"x": round(pos.x()), "y": round(pos.y())}))
    return edits
