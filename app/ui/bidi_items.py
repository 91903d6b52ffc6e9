"""User text in lists, tables and labels runs in its own direction inside the left-to-right window.

Qt lays out an item's text in the view's direction (the window's, left to right): an Arabic document name is
then aligned left, its closing punctuation lands on the wrong end and a mixed Arabic/English name is reordered.
Each piece of user text (a document name, a quote, a note, a code or participant name) takes the direction of
its own first strong character instead (P2/P3, ``app.core.bidi``), item by item; the window is not mirrored.

- ``BidiDelegate`` lays an item out right to left (right-aligned, RTL paragraph) when its text is; a model may
  say which way with ``DIRECTION_ROLE`` ("rtl"/"ltr") when the text shown starts with words of the window's own
  (a status prefix) or is cut short.
- ``isolate`` (core's ``app.core.bidi.isolate``) keeps a name inside a sentence in its own order (FSI … PDI).
- ``paragraphs_html`` / ``bidi_tooltip``: rich text with one paragraph per line, each with its direction.
- ``BidiHeader`` draws a header section (an attribute's name) in its text's direction.
- ``BidiComboBox`` / ``bidi_combo``: a drop-down whose list lays out item by item and whose closed box shows
  the chosen item in its own direction (right-aligned, right to left), the box itself not mirrored.
- ``choice_dialog``: QInputDialog.getItem's dialog, its drop-down laid out item by item (a picker of names).

Text without right-to-left characters is returned and laid out exactly as before.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QInputDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QWidget,
)

from app.core.bidi import FSI, PDI, Direction, direction, document_direction, has_rtl, isolate  # noqa: F401 (isolate, PDI: re-exported)

DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 0xB1D  # "rtl" or "ltr": the way the item's user text runs
Index = QModelIndex | QPersistentModelIndex


def paragraph_html(text: str, way: Direction | None = None, tag: str = "p", style: str = "") -> str:
    """``text`` escaped in one block element, marked ``dir='rtl'`` when it runs right to left."""
    way = way or direction(text)
    attrs = (" dir='rtl'" if way == "rtl" else "") + (f" style='{style}'" if style else "")
    return f"<{tag}{attrs}>{html.escape(text)}</{tag}>"


def paragraph_direction_at(text: str, at: int, around: Direction) -> Direction:
    """The direction of the whole paragraph (line) of ``text`` that holds offset ``at`` (neutral: ``around``,
    the document's): an excerpt cut inside a paragraph keeps the paragraph's direction, whatever its first
    words are."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return direction(text[start:stop if stop >= 0 else len(text)], around)


def set_excerpt_directions(document: QTextDocument, text: str, offset: int) -> None:
    """Each block of ``document`` (holding ``text[offset:…]`` as plain text, one block a line) set in the
    direction of its whole paragraph in ``text``; nothing changes when the excerpt has no RTL character."""
    excerpt = document.toPlainText()
    if not has_rtl(excerpt):
        return
    lines = excerpt.split("\n")
    if len(lines) != document.blockCount():
        return  # another kind of line break: leave the directions to Qt
    around = document_direction(text)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block, at = document.firstBlock(), offset
    for line in lines:
        fmt = QTextBlockFormat()
        rtl = paragraph_direction_at(text, at, around) == "rtl"
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)
        block, at = block.next(), at + len(line) + 1
    cursor.endEditBlock()


def bidi_tooltip(text: str) -> str:
    """A tooltip's lines each in its own direction: ``text`` unchanged when it has no RTL character, else rich
    text with a paragraph per line (a plain tooltip would set an Arabic name left to right)."""
    if not has_rtl(text):
        return text
    return "".join(paragraph_html(line, style="margin:0") for line in text.split("\n"))


class BidiDelegate(QStyledItemDelegate):
    """Lays out an item whose text runs right to left right to left: RTL paragraph, aligned to the right (Qt
    mirrors the item's leading alignment, and its check box and icon, with the direction). The field that
    renames an item needs nothing: a QLineEdit takes the direction of the text in it as it is typed."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        if item_direction(index, option.text) == "rtl":
            option.direction = Qt.LayoutDirection.RightToLeft


def item_direction(index: Index, shown: str | None = None) -> Direction:
    """The direction an item is laid out in: its ``DIRECTION_ROLE``, else its display text's."""
    wanted = index.data(DIRECTION_ROLE)
    if wanted in ("rtl", "ltr"):
        return wanted
    if shown is None:
        shown = index.data(Qt.ItemDataRole.DisplayRole)
    return direction(shown) if isinstance(shown, str) else "ltr"


class BidiHeader(QHeaderView):
    """A header whose sections that name something in a right-to-left script are drawn right to left."""

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802 (Qt API)
        model = self.model()
        text = model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
        if not isinstance(text, str) or direction(text) != "rtl":
            super().paintSection(painter, rect, logical_index)
            return
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        super().paintSection(painter, rect, logical_index)
        painter.restore()


def paint_combo(box: QComboBox) -> bool:
    """Paints a closed drop-down whose chosen item runs against the box's direction (an Arabic name in the
    left-to-right window): the frame and the arrow where the style puts them, the item's text at the far end of
    the field, laid out in its own direction (its full stop at its left end). Returns False, having painted
    nothing, for any other box (an item in the window's direction, none chosen, an editable box: its field
    takes the direction of its text by itself)."""
    row = box.currentIndex()
    if row < 0 or box.isEditable():
        return False
    index = box.model().index(row, box.modelColumn(), box.rootModelIndex())
    way = Qt.LayoutDirection.RightToLeft if item_direction(index, box.currentText()) == "rtl" \
        else Qt.LayoutDirection.LeftToRight
    if way == box.layoutDirection():
        return False
    painter = QStylePainter(box)
    painter.setPen(box.palette().color(QPalette.ColorRole.Text))
    option = QStyleOptionComboBox()
    box.initStyleOption(option)  # as QComboBox.paintEvent: frame, arrow, focus
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    # the field's far end, mirrored by the box's own direction (the style makes it absolute): where the text starts
    option.textAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.setLayoutDirection(way)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
    painter.end()
    return True


class BidiComboBox(QComboBox):
    """A drop-down of names: each item of its list, and the chosen one in the closed box, in its own direction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(BidiDelegate(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if not paint_combo(self):
            super().paintEvent(event)


class _ComboPainter(QObject):
    """Paints a drop-down made elsewhere (a QInputDialog's) as a ``BidiComboBox`` paints itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and isinstance(watched, QComboBox):
            return paint_combo(watched)
        return False


def bidi_combo(box: QComboBox) -> QComboBox:
    """``box`` (made by Qt or another class) turned into a drop-down of names like ``BidiComboBox``."""
    box.setItemDelegate(BidiDelegate(box))
    box.installEventFilter(_ComboPainter(box))
    return box


def choice_dialog(parent: QWidget | None, title: str, label: str, items: list[str]) -> QInputDialog:
    """The dialog ``QInputDialog.getItem`` shows (not editable, the first item chosen), with each name of its
    drop-down in its own direction; ``exec()`` it and read ``textValue()``."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    for box in dialog.findChildren(QComboBox):
        bidi_combo(box)
    return dialog
