"""The Analysis charts follow the theme in the window (axes, labels, grid and captions in the theme's text colours
on its page) and stay dark ink on white paper in every file they are written to. Checked from the pixels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from app.analysis.figures import Cooccurrence, Matrix, Pair, Run, Saturation
from app.core.colourmath import contrast, luminance
from app.ui import paper, theme
from app.ui.analysis.charts import Chart, chart_image, export_chart, frequency_chart, network_chart, saturation_chart
from app.ui.analysis.widgets import ChartWidget
from tests.ui.pixels import page_and_text

TEXT = 4.5


def _matrix() -> Matrix:
    rows = ["Being asked and listened to", "Continuity of staff", "Concealing strain"]
    cells = {"Being asked and listened to": {"daughter": 3, "husband": 2}, "Continuity of staff": {"daughter": 1,
             "husband": 4}, "Concealing strain": {"daughter": 0, "husband": 2}}
    return Matrix(by="Relationship", count="units", rows_are="codes", layer="all", columns=["daughter", "husband"],
                  row_names=rows, cells=cells)


@pytest.fixture
def chart_widget(qtbot: Any, restored_palette: None) -> ChartWidget:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.set_chart(frequency_chart(_matrix(), "Codes by relationship"))
    widget.resize(720, widget.heightForWidth(720))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _network() -> Cooccurrence:
    pairs = [Pair("Continuity of staff", "Trust built over time", 4), Pair("Concealing strain", "Guilt", 2)]
    return Cooccurrence(layer="all", overlap=False, pairs=pairs, frequencies={
        "Continuity of staff": 5, "Trust built over time": 4, "Concealing strain": 3, "Guilt": 2})


def _saturation() -> Saturation:
    return Saturation(base=2, run=1, threshold=0.05, order_by="import", layer="all", order=["A", "B", "C", "D"],
                      runs=[Run(3, ["x"], 0.2), Run(4, [], 0.0)], saturation_at=4, base_codes=5,
                      cumulative=[3, 5, 6, 6])


def _regions(chart: Chart) -> dict[str, QRect]:
    """Where the chart writes its title, its row labels and its caption (design units = pixels at width 720)."""
    bottom = int(chart.height())
    return {"title": QRect(20, 10, 300, 24), "caption": QRect(20, bottom + 8, 680, 14 * len(chart.caption_lines()))}


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_a_chart_in_the_window_writes_in_the_themes_colours(chart_widget: ChartWidget, name: str) -> None:
    theme.apply(name)
    image = chart_widget.grab().toImage()
    assert chart_widget.chart is not None
    base = theme.COLOURS[name][theme.R.Base]
    for what, rect in {**_regions(chart_widget.chart), "row labels": QRect(30, 70, 200, 50)}.items():
        page, text = page_and_text(image, rect)
        assert page == base, f"{name}: the {what} is written on {page}, not the theme's page {base}"
        assert contrast(text, page) >= TEXT, f"{name}: the {what} in {text} on {page}"
    if name != "light":
        assert luminance(image.pixelColor(2, 2).name()) < 0.05, f"{name}: the chart's page is dark"


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
@pytest.mark.parametrize("kind", ["network", "saturation"])
def test_the_network_and_the_saturation_curve_follow_the_theme_too(chart_widget: ChartWidget, name: str,
                                                                    kind: str) -> None:
    chart_widget.set_chart(network_chart(_network()) if kind == "network" else saturation_chart(_saturation()))
    chart_widget.resize(720, chart_widget.heightForWidth(720))
    theme.apply(name)
    image = chart_widget.grab().toImage()
    assert chart_widget.chart is not None
    base = theme.COLOURS[name][theme.R.Base]
    for what, rect in _regions(chart_widget.chart).items():
        page, text = page_and_text(image, rect)
        assert page == base and contrast(text, page) >= TEXT, f"{name} {kind}: the {what} in {text} on {page}"
    seen = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert paper.PRINT.page not in seen, f"{name} {kind}: no patch of print paper left"


def test_changing_the_theme_repaints_the_chart_at_once(chart_widget: ChartWidget, qtbot: Any) -> None:
    """What is on screen (the window's backing store, not a fresh rendering) changes with the theme."""
    theme.apply("light")
    screen = chart_widget.screen()

    def corner() -> str:
        return screen.grabWindow(chart_widget.winId()).toImage().pixelColor(3, 3).name()

    qtbot.waitUntil(lambda: corner() == theme.LIGHT[theme.R.Base], timeout=2000)
    theme.apply("dark")  # what Preferences does; the system switching to dark calls the same
    qtbot.waitUntil(lambda: corner() == theme.DARK[theme.R.Base], timeout=2000)


def _is_print(image: QImage) -> None:
    assert not image.isNull()
    assert image.pixelColor(2, 2).name() == paper.PRINT.page, "the chart's paper"
    assert luminance(paper.PRINT.page) > 0.9
    page, text = page_and_text(image, QRect(0, 0, image.width(), image.height() // 6))
    assert page == paper.PRINT.page and luminance(text) < 0.05, f"the title in {text}: dark ink"


@pytest.mark.slow  # draws the chart at 300 dpi (about 0.9 s)
def test_an_exported_chart_stays_on_white_paper_in_the_dark_theme(qapp: Any, restored_palette: None,
                                                                   tmp_path: Path) -> None:
    theme.apply("dark")
    written = export_chart(_matrix(), tmp_path / "codes.png", title="Codes by relationship")
    _is_print(QImage(str(written)))
    svg = export_chart(_matrix(), tmp_path / "codes.svg").read_text(encoding="utf-8")
    assert paper.PRINT.page in svg and theme.DARK[theme.R.Base] not in svg
    word = chart_image(_matrix(), dpi=96)  # the picture a Word export embeds
    _is_print(QImage.fromData(word.png))
