"""Light, dark and high-contrast themes, checked by computation from the palettes the window uses (no
screenshots): WCAG 2.2 contrast of text on its background, of code and reviewer colours against the page, and the
colours' distinctness for the common colour-vision deficiencies.

Thresholds. Text: 4.5:1 (WCAG 2.2 AA, 1.4.3). Highlight and code colours: 3:1 against the page (1.4.11, non-text
contrast). Distinctness: CIEDE2000 ΔE ≥ 10 between every pair of palette colours, for normal vision and as simulated
for protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1). ΔE00 ≈ 2.3 is a just-noticeable
difference for colours side by side (Sharma 2003); a code's colour is seen apart from the others (a strip on a
card, an underline in the text), so we ask for about four such steps. With eight colours that also keep 3:1 on
both white and near-black pages (relative luminance 0.14-0.30), the best attainable minimum is about 11, which the
palette reaches (10.5).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette, QTextFormat

from app.core.colourmath import MACHADO, ciede2000, contrast, delta_e, hex_colour, ink_on, over, simulate
from app.core.palette import CODE_COLOURS, REVIEWER_COLOURS
from app.ui import paper, theme
from app.ui.board.table_items import INK, MUTED, PAPER, THEME_TINTS
from app.ui.board.table_scene import TABLE_COLOUR
from app.ui.consensus.version_panel import PASSAGE_INK, tint
from app.ui.reader.highlights import HighlightStyle, find_format, unit_format

THEMES = ("light", "dark", "high-contrast")
R = QPalette.ColorRole
TEXT = 4.5
NON_TEXT = 3.0
DISTINCT = 10.0
# colours a study may already hold: the demo's, the old default palettes', pure primaries from other programs
FOREIGN = ("#ffbb78", "#98df8a", "#aec7e8", "#dbdb8d", "#f7b6d2", "#17becf", "#bcbd22", "#7f7f7f", "#edc948",
           "#ffff00", "#00ff00", "#0000ff", "#000000", "#ffffff", "#1f77b4", "#8c564b")


def _role(pal: QPalette, role: QPalette.ColorRole) -> str:
    return pal.color(QPalette.ColorGroup.Active, role).name()


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize(("fore", "back"), [
    (R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase), (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase), (R.HighlightedText, R.Highlight), (R.PlaceholderText, R.Base),
    (R.PlaceholderText, R.Window), (R.Link, R.Base), (R.WindowText, R.Button)])
def test_text_on_its_background_meets_wcag_aa(qapp: Any, name: str, fore: Any, back: Any) -> None:
    pal = theme.palette(name)
    ratio = contrast(_role(pal, fore), _role(pal, back))
    assert ratio >= TEXT, f"{name}: {fore.name} on {back.name} is {ratio:.2f}:1"


def _seen(fmt_background: QColor, page: str) -> str:
    c = fmt_background
    return hex_colour(over((c.red(), c.green(), c.blue()), c.alphaF(), page))


@pytest.mark.parametrize("name", THEMES)
def test_the_readers_text_stays_legible_on_every_highlight(qapp: Any, name: str) -> None:
    pal = theme.palette(name)
    page, ink = _role(pal, R.Base), _role(pal, R.Text)
    dark = QColor(page).lightness() < 128
    for colour in {*CODE_COLOURS, *REVIEWER_COLOURS, *FOREIGN}:
        shown = theme.legible(colour, page)
        for editable, current in itertools.product((True, False), repeat=2):
            fmt = unit_format(HighlightStyle(shown, editable), current=current, dark=dark)
            if not fmt.hasProperty(QTextFormat.Property.BackgroundBrush):  # no fill: an underline only
                continue
            back = _seen(fmt.background().color(), page)
            assert contrast(ink, back) >= TEXT, f"{name}: text on {colour} ({editable=}, {current=})"
    for current in (True, False):
        fmt = find_format(pal, current=current)
        fore = fmt.foreground().color().name() if fmt.foreground().style() else ink
        assert contrast(fore, _seen(fmt.background().color(), page)) >= TEXT, f"{name}: a find match ({current=})"


@pytest.mark.parametrize("name", THEMES)
def test_code_and_reviewer_colours_stand_out_from_the_page(qapp: Any, name: str) -> None:
    page = _role(theme.palette(name), R.Base)
    for colour in {*CODE_COLOURS, *REVIEWER_COLOURS}:
        assert contrast(colour, page) >= NON_TEXT, f"{name}: {colour} on {page}"  # as chosen, without adjusting
    for colour in FOREIGN:  # whatever a study holds is shown adjusted until it stands out
        shown = theme.legible(colour, page).name()
        assert contrast(shown, page) >= NON_TEXT, f"{name}: {colour} shown as {shown} on {page}"


@pytest.mark.parametrize("name", THEMES)
def test_the_board_cards_text_and_strips_are_legible(qapp: Any, name: str) -> None:
    """Every theme's slips, piles and theme areas (app/ui/paper.py), computed from the colours they paint."""
    b = paper.BOARDS[name]
    assert contrast(b.ink, b.paper) >= TEXT and contrast(b.muted, b.paper) >= TEXT, name
    assert contrast(b.empty_ink, b.empty) >= TEXT, f"{name}: a card with no units: its zero"
    for colour in {*CODE_COLOURS, *FOREIGN}:
        strip = theme.legible(colour, b.paper)
        assert contrast(strip.name(), b.paper) >= NON_TEXT, f"{name}: {colour}: the card's strip"
        badge = hex_colour(over(strip.name(), 40 / 255, b.paper))
        assert contrast(b.ink, badge) >= TEXT, f"{name}: {colour}: the unit count on its badge"
        for tint_colour in b.tints:
            pile = hex_colour(over(colour, 46 / 255, b.area(tint_colour)))
            assert contrast(b.ink, pile) >= TEXT and contrast(b.muted, pile) >= TEXT, \
                f"{name}: {colour}: a pile's name and count"
        loose = hex_colour(over(colour, 46 / 255, b.table))
        assert contrast(b.ink, loose) >= TEXT, f"{name}: {colour}: a pile's name outside a theme"
    for tint_colour in b.tints:
        area = b.area(tint_colour)
        assert contrast(b.area_title(tint_colour).name(), area) >= TEXT, f"{name}: theme title on {tint_colour}"
        assert contrast(b.area_text(tint_colour).name(), area) >= TEXT, f"{name}: description on {tint_colour}"
    if name == "light":  # the light theme's names, which other modules import
        assert (PAPER.name(), INK.name(), MUTED.name(), TABLE_COLOUR.name()) == (b.paper, b.ink, b.muted, b.table)
        assert b.tints == THEME_TINTS


@pytest.mark.parametrize("name", THEMES)
def test_the_charts_text_is_legible_on_the_themes_page(name: str) -> None:
    ink = paper.CHARTS[name]
    assert ink.page == theme.COLOURS[name][R.Base] and ink.ink == theme.COLOURS[name][R.Text]
    assert contrast(ink.ink, ink.page) >= TEXT and contrast(ink.muted, ink.page) >= TEXT, name
    for colour in CODE_COLOURS:  # bars, nodes and curves
        assert contrast(colour, ink.page) >= NON_TEXT, f"{name}: {colour} on the chart's page"
    assert contrast(paper.PRINT.ink, paper.PRINT.page) >= TEXT and contrast(paper.PRINT.muted, paper.PRINT.page) >= TEXT


def test_consensus_passages_and_margin_badges_are_legible() -> None:
    for colour in {*REVIEWER_COLOURS, "#2ca02c", *FOREIGN}:
        assert contrast(PASSAGE_INK, tint(colour)) >= TEXT, f"the disputed words on {colour}'s tint"
        assert contrast(ink_on(colour), colour) >= TEXT, f"a reviewer's initials on {colour}"


@pytest.mark.parametrize("vision", ["normal", *MACHADO])
def test_palette_colours_stay_distinct_for_colour_blind_eyes(vision: str) -> None:
    def seen(c: str) -> Any:
        return c if vision == "normal" else simulate(c, vision)

    for palette in (CODE_COLOURS, REVIEWER_COLOURS):
        for a, b in itertools.combinations(palette, 2):
            d = delta_e(seen(a), seen(b))
            assert d >= DISTINCT, f"{a} and {b} differ by ΔE00 {d:.1f} for {vision} vision"


def test_the_colour_arithmetic_matches_published_values() -> None:
    """Sharma, Wu & Dalal (2005) test pairs for CIEDE2000; WCAG's own extremes; Machado's matrices keep white
    and black."""
    for lab1, lab2, expected in [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
                                 ((50, 2.5, 0), (73, 25, -18), 27.1492),
                                 ((50, 2.5, 0), (50, 0, -2.5), 4.3065),
                                 ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644)]:
        assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    for vision in MACHADO:
        assert delta_e(simulate("#ffffff", vision), "#ffffff") < 1.5
        assert delta_e(simulate("#000000", vision), "#000000") < 0.5
    assert delta_e(simulate("#ff0000", "deuteranopia"), simulate("#808000", "deuteranopia")) < \
        delta_e("#ff0000", "#808000")  # red and olive move together for a deuteranope


def test_the_system_theme_follows_the_systems_dark_mode(qapp: Any, restored_palette: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    assert theme.apply("system") == "light"
    assert qapp.palette().color(R.Base).name() == theme.LIGHT[R.Base]
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the system switched to dark
    assert qapp.palette().color(R.Base).name() == theme.DARK[R.Base]
    theme.apply("light")
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # a chosen theme stays
    assert qapp.palette().color(R.Base).name() == theme.LIGHT[R.Base]


def test_high_contrast_is_chosen_in_preferences_with_the_keyboard(qtbot: Any, qapp: Any,
                                                                  restored_palette: None) -> None:
    from PySide6.QtCore import Qt

    from app.ui.preferences import PreferencesDialog

    theme.apply("light")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme_box.setFocus()
    while dialog.chosen_theme() != "high-contrast":
        qtbot.keyClick(dialog.theme_box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert theme.saved() == "high-contrast"
    assert qapp.palette().color(R.Window).name() == "#000000"
    assert qapp.palette().color(R.WindowText).name() == "#ffffff"


def test_cancelling_preferences_puts_the_theme_back(qtbot: Any, qapp: Any, restored_palette: None) -> None:
    from app.ui.preferences import PreferencesDialog

    theme.apply("light")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.theme_box.setCurrentIndex(theme.THEMES.index("dark"))
    assert qapp.palette().color(R.Base).name() == theme.DARK[R.Base]  # previewed at once
    dialog.reject()
    assert qapp.palette().color(R.Base).name() == theme.LIGHT[R.Base]


def test_the_theme_flag_is_on_the_command_line() -> None:
    from app.cli import window_parser

    assert window_parser().parse_args(["x.lectio", "--theme", "high-contrast"]).theme == "high-contrast"
    assert window_parser().parse_args(["x.lectio"]).theme is None
