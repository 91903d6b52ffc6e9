"""The paper the board's slips and the window's charts are drawn on, for each theme.

The sorting table is a desk of paper slips: warm paper and dark ink in the light theme, dark paper and light ink in
the dark theme, black paper with white ink and white borders in high contrast. The charts in the window draw on
the theme's page (``QPalette.Base``) in its text colours. A chart written to a file (PNG, SVG, Word) is drawn with
``PRINT`` whatever the theme: it goes to print.

Code colours are the user's; on a page they would not stand out from, ``theme.legible`` shows the nearest colour
of the same hue that does (darker on light paper, lighter on dark). Tests compute WCAG contrast from these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from app.core.colourmath import hex_colour, over, with_contrast
from app.ui import theme

AREA_ALPHA = 235  # a theme area's tint over the table


@dataclass(frozen=True)
class Board:
    """The sorting table's colours in one theme."""

    table: str  # the desk under the slips
    paper: str  # a slip
    ink: str  # names and titles
    muted: str  # counts and footers: 4.5:1 too, also on a pile's tint over a theme's
    edge: str  # a slip's border
    edge_width: float
    select: str  # the selected or drop-target item's border
    shadow: int  # the alpha of a slip's shadow (0: none)
    empty: str  # the badge of a code without units
    empty_ink: str  # its zero
    tints: tuple[str, ...]  # theme areas, in turn
    strong: bool = False  # high contrast: solid white borders on piles and theme areas

    def area(self, tint: str) -> str:
        """The colour a theme area shows: its tint over the table."""
        return hex_colour(over(tint, AREA_ALPHA / 255, self.table))

    def area_edge(self, tint: str) -> QColor:
        return QColor(self.ink) if self.strong else QColor(tint).darker(118) if self.light else \
            QColor(with_contrast(tint, self.area(tint), 1.8))

    def area_title(self, tint: str) -> QColor:
        """A theme's name: a deep shade of its tint on light paper, a pale one on dark."""
        if self.strong:
            return QColor(self.ink)
        return QColor(tint).darker(330) if self.light else QColor(with_contrast(tint, self.area(tint), 7.0))

    def area_text(self, tint: str) -> QColor:
        """A theme's description."""
        if self.strong:
            return QColor(self.ink)
        return QColor(tint).darker(250) if self.light else QColor(with_contrast(tint, self.area(tint), 5.5))

    @property
    def light(self) -> bool:
        return QColor(self.paper).lightness() >= 128


@dataclass(frozen=True)
class ChartInk:
    """A chart's colours: its page, text, secondary text, grid and the shade of the saturation chart's base."""

    page: str
    ink: str
    muted: str
    grid: str
    shade: str


BOARDS: dict[str, Board] = {
    "light": Board(table="#ebe5d9", paper="#fffdf7", ink="#2f2a22", muted="#4a4236", edge="#d9d1c0",
                   edge_width=0.8, select="#2f6fd6", shadow=28, empty="#f3d9d6", empty_ink="#a33a2e",
                   tints=("#e4ecf5", "#e6efe1", "#f4e6dc", "#ece4f2", "#f3eed7", "#dfeeee")),
    "dark": Board(table="#141517", paper="#2b2c31", ink="#ededed", muted="#c2c2c6", edge="#55565c",
                  edge_width=1.0, select="#8ab4f8", shadow=110, empty="#4a2420", empty_ink="#ffb4a8",
                  tints=("#1d2836", "#1f2b1d", "#33251c", "#2a2233", "#2f2b19", "#1b2f2f")),
    "high-contrast": Board(table="#000000", paper="#000000", ink="#ffffff", muted="#ffffff", edge="#ffffff",
                           edge_width=1.6, select="#ffff00", shadow=0, empty="#000000", empty_ink="#ffffff",
                           tints=("#000000",), strong=True),
}

PRINT = ChartInk(page="#fffdf7", ink="#2f2a22", muted="#7a7062", grid="#e6dfd0", shade="#f3eed7")
CHARTS: dict[str, ChartInk] = {
    "light": ChartInk(page=theme.LIGHT[theme.R.Base], ink=theme.LIGHT[theme.R.Text],
                      muted=theme.LIGHT[theme.R.PlaceholderText], grid="#e2e2e2", shade="#f3eed7"),
    "dark": ChartInk(page=theme.DARK[theme.R.Base], ink=theme.DARK[theme.R.Text],
                     muted=theme.DARK[theme.R.PlaceholderText], grid="#3a3b40", shade="#34301c"),
    "high-contrast": ChartInk(page=theme.HIGH_CONTRAST[theme.R.Base], ink=theme.HIGH_CONTRAST[theme.R.Text],
                              muted=theme.HIGH_CONTRAST[theme.R.PlaceholderText], grid="#8c8c8c", shade="#3a3a00"),
}


def board(name: str | None = None) -> Board:
    """The board's colours in a theme (default: the one shown now)."""
    return BOARDS[theme.resolve(name or theme.current())]


def chart_ink(name: str | None = None) -> ChartInk:
    """A chart's colours in the window in a theme (default: the one shown now)."""
    return CHARTS[theme.resolve(name or theme.current())]
