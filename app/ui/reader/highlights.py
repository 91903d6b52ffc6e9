"""Meaning-unit highlights drawn as extra selections, only for the part of the text on screen.

The text itself is never re-formatted: a change rebuilds a small sorted index (``UnitIndex``) and the
extra selections of the units that intersect the visible range (a few dozen), so a document with
thousands of units costs no more to update than one with ten.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.core.reading import UnitSpan
from app.ui.theme import legible

if TYPE_CHECKING:
    from app.ui.reader.text_view import ReaderText


class UnitIndex:
    """Units sorted by start, answering "which units overlap [a, b)" in O(log n + k)."""

    def __init__(self, spans: Iterable[UnitSpan] = ()) -> None:
        self.spans: list[UnitSpan] = sorted(spans, key=lambda u: (u.start, u.end))
        self._starts = [u.start for u in self.spans]
        self._longest = max((u.end - u.start for u in self.spans), default=0)
        self.by_id = {u.id: u for u in self.spans}

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, a: int, b: int) -> list[UnitSpan]:
        lo = bisect.bisect_left(self._starts, a - self._longest)
        hi = bisect.bisect_left(self._starts, b)
        return [u for u in self.spans[lo:hi] if u.end > a and u.start < b]

    def at(self, offset: int) -> list[UnitSpan]:
        """Units containing ``offset`` (innermost — the latest start — last)."""
        return self.overlapping(offset, offset + 1)

    def of_reviewer(self, reviewer_id: str) -> list[UnitSpan]:
        return [u for u in self.spans if u.reviewer_id == reviewer_id]


@dataclass
class HighlightStyle:
    """Colours for one reviewer's layer."""

    colour: QColor
    editable: bool  # the current reviewer's own layer: filled; another reviewer's: dashed underline


def unit_format(style: HighlightStyle, *, current: bool, dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = QColor(style.colour)
    if style.editable:
        fill = QColor(colour)
        fill.setAlpha(80 if current else (50 if dark else 42))  # light text on a dark page keeps 4.5:1
        fmt.setBackground(fill)
        if current:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(colour)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
        if current:
            fill = QColor(colour)
            fill.setAlpha(40)
            fmt.setBackground(fill)
    return fmt


def find_format(palette: QPalette, *, current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(255, 150, 0, 200) if current else QColor(255, 210, 0, 110))
    if current or is_dark(palette):  # light text on a yellow over a dark page would be illegible
        fmt.setForeground(QColor(0, 0, 0))
    if is_dark(palette) and not current:
        fmt.setBackground(QColor(255, 210, 0, 200))
    return fmt


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def selection(editor: QTextEdit, start_qt: int, end_qt: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    sel = QTextEdit.ExtraSelection()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start_qt)
    cursor.setPosition(end_qt, QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    sel.format = fmt
    return sel


class HighlightLayer:
    """Owns the unit index and paints the visible part of it onto a ``ReaderText``."""

    def __init__(self, editor: ReaderText) -> None:
        self.editor = editor
        self.index = UnitIndex()
        self.styles: dict[str, HighlightStyle] = {}
        self.reviewer_id = ""
        self.show_others = False
        self.enabled = True
        self.current_unit_id: str | None = None
        self.find_spans: list[tuple[int, int]] = []  # code points
        self.find_current = -1
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self.painted = 0  # how many selections the last refresh drew (the benchmark and tests read it)
        self._held = 0
        self._wanted = False
        self._dark = False

    @contextmanager
    def held(self) -> Iterator[None]:
        """Refresh once at the end instead of at every step of a larger change (showing a document …)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._wanted:
                self.refresh()

    def set_units(self, spans: Iterable[UnitSpan]) -> None:
        self.index = UnitIndex(spans)
        if self.current_unit_id not in self.index.by_id:
            self.current_unit_id = None

    def set_styles(self, styles: dict[str, HighlightStyle], reviewer_id: str) -> None:
        self.styles, self.reviewer_id = styles, reviewer_id
        self._formats.clear()

    def shown(self, unit: UnitSpan) -> bool:
        return unit.reviewer_id == self.reviewer_id or self.show_others

    def _format(self, unit: UnitSpan, current: bool) -> QTextCharFormat:
        key = (unit.reviewer_id, current)
        if key not in self._formats:
            style = self.styles.get(unit.reviewer_id, HighlightStyle(QColor("#888888"), False))
            if unit.reviewer_id != self.reviewer_id:
                style = HighlightStyle(style.colour, False)
            page = self.editor.palette().color(QPalette.ColorRole.Base)  # stands out on this theme's page
            style = HighlightStyle(legible(style.colour.name(), page), style.editable)
            self._formats[key] = unit_format(style, current=current, dark=self._dark)
        return self._formats[key]

    def refresh(self) -> None:
        """Rebuild the extra selections of what is on screen (plus a screen's margin either side)."""
        if self._held:
            self._wanted = True
            return
        self._wanted = False
        editor = self.editor
        if not editor.ready():
            return
        dark = is_dark(editor.palette())
        if dark != self._dark:  # the system switched between light and dark
            self._dark = dark
            self._formats.clear()
        offsets = editor.offsets
        first, last = editor.visible_range()
        span = max(2000, last - first)
        a, b = max(0, first - span // 2), last + span // 2
        own, others, current = [], [], []
        if self.enabled:
            for unit in self.index.overlapping(a, b):
                if not self.shown(unit):
                    continue
                is_current = unit.id == self.current_unit_id
                sel = selection(editor, offsets.to_qt(unit.start), offsets.to_qt(unit.end),
                                self._format(unit, is_current))
                (current if is_current else own if unit.reviewer_id == self.reviewer_id else others).append(sel)
        found = []
        for k, (fa, fb) in enumerate(self.find_spans):
            if fb > a and fa < b:
                found.append(selection(editor, offsets.to_qt(fa), offsets.to_qt(fb),
                                       find_format(editor.palette(), current=k == self.find_current)))
        selections = others + own + current + found
        self.painted = len(selections)
        editor.setExtraSelections(selections)
        unit = self.index.by_id.get(self.current_unit_id or "")
        editable = self.enabled and unit is not None and unit.reviewer_id == self.reviewer_id
        editor.handles = (offsets.to_qt(unit.start), offsets.to_qt(unit.end)) if editable and unit else None
