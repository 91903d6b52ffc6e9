"""Charts for the paper, drawn with the Qt painter: code frequencies (stacked by attribute value), the
co-occurrence network and the saturation curve — in the window, and as PNG (300 dpi) or SVG.

A chart lays itself out in *design units* (1 unit = 1/96 inch; 720 units = 7.5 in, a journal's full width) and
paints there; the PNG renderer scales that to 300 dpi, the SVG keeps it as vector, the window scales it to fit.
Colours: the code palette, and ``ChartInk`` (app/ui/paper.py) for page, text and grid: in the window the theme's
(``ChartWidget`` passes it), in every file ``PRINT``, dark ink on white paper, whatever the theme.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from app.analysis.figures import Cooccurrence, Matrix, Saturation
from app.analysis.texts import column_label, order_word, rows_heading
from app.core.codebook import PALETTE
from app.ui.i18n import in_language, number, percent
from app.ui.paper import PRINT, ChartInk

if TYPE_CHECKING:
    from app.exporters.analysis_figures import ChartImage

PAPER = QColor(PRINT.page)  # a chart on paper (the window's follow the theme: ChartInk)
WIDTH = 720.0  # design units (1/96 in): 7.5 inches
DPI = 300
FONT = "Noto Sans"


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(FONT)
    f.setPixelSize(max(1, round(size)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _wrap(text: str, font: QFont, width: float) -> list[str]:
    fm = QFontMetricsF(font)
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if fm.horizontalAdvance(trial) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + ([line] if line else [])


def _elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


@dataclass
class Chart:
    title: str
    caption: str

    def height(self) -> float:
        raise NotImplementedError

    def paint_body(self, p: QPainter, top: float, bottom: float, ink: ChartInk) -> None:
        raise NotImplementedError

    def caption_lines(self) -> list[str]:
        return _wrap(self.caption, _font(10, italic=True), WIDTH - 40)

    def size(self) -> QSize:
        return QSize(int(WIDTH), int(math.ceil(self.height() + 14 * len(self.caption_lines()) + 20)))

    def paint(self, p: QPainter, ink: ChartInk = PRINT) -> None:
        """Paint the whole chart in design units at the painter's origin, in ``ink``'s colours (print's unless
        told)."""
        size = self.size()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(QRectF(0, 0, size.width(), size.height()), QColor(ink.page))
        p.setPen(QColor(ink.ink))
        p.setFont(_font(15, bold=True))
        p.drawText(QRectF(20, 10, WIDTH - 40, 24), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   _elide(self.title, _font(15, bold=True), WIDTH - 40))
        body_bottom = self.height()
        self.paint_body(p, 42, body_bottom, ink)
        p.setPen(QColor(ink.muted))
        p.setFont(_font(10, italic=True))
        y = body_bottom + 8
        for line in self.caption_lines():
            p.drawText(QPointF(20, y + 10), line)
            y += 14


# -- code frequencies ---------------------------------------------------------------------------------
@dataclass
class BarChart(Chart):
    """Horizontal bars, one per row, stacked by series (e.g. the values of an attribute), with a legend."""

    rows: list[str] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    values: list[list[int]] = field(default_factory=list)  # values[row][series]
    x_label: str = ""
    y_label: str = ""
    row_h: float = 18.0

    def legend(self) -> list[tuple[int, str, float, float]]:
        """(series, name, x, y offset) of each legend entry, wrapped to the chart's width."""
        if len(self.series) < 2:
            return []
        fm = QFontMetricsF(_font(10))
        out, x, y = [], 40.0, 0.0
        for i, name in enumerate(self.series):
            label = _elide(name, _font(10), 220)
            w = 24 + fm.horizontalAdvance(label)
            if x + w > WIDTH - 20 and x > 40:
                x, y = 40.0, y + 16
            out.append((i, label, x, y))
            x += w
        return out

    def height(self) -> float:
        entries = self.legend()
        legend = entries[-1][3] + 22 if entries else 0
        return 42 + legend + max(1, len(self.rows)) * self.row_h + 52

    def paint_body(self, p: QPainter, top: float, bottom: float, ink: ChartInk) -> None:
        text, muted, grid = QColor(ink.ink), QColor(ink.muted), QColor(ink.grid)
        label_font = _font(11)
        fm = QFontMetricsF(label_font)
        label_w = min(230.0, max([fm.horizontalAdvance(r) for r in self.rows] + [60.0]) + 8)
        left, right = 40 + label_w, WIDTH - 30
        entries = self.legend()
        p.setFont(_font(10))
        for i, name, x, dy in entries:
            p.fillRect(QRectF(x, top + dy + 3, 10, 10), QColor(PALETTE[i % len(PALETTE)]))
            p.setPen(text)
            p.drawText(QPointF(x + 14, top + dy + 12), name)
        if entries:
            top += entries[-1][3] + 22
        plot_bottom = top + max(1, len(self.rows)) * self.row_h
        total = max([sum(v) for v in self.values] + [1])
        step = _nice_step(total)
        scale_max = step * math.ceil(total / step)
        unit = (right - left) / scale_max
        p.setFont(_font(10))
        for tick in range(0, int(scale_max) + 1, int(step)):
            x = left + tick * unit
            p.setPen(QPen(grid, 0.8))
            p.drawLine(QPointF(x, top), QPointF(x, plot_bottom))
            p.setPen(muted)
            p.drawText(QRectF(x - 20, plot_bottom + 3, 40, 14), Qt.AlignmentFlag.AlignHCenter, number(tick))
        for r, (name, vals) in enumerate(zip(self.rows, self.values, strict=True)):
            y = top + r * self.row_h
            p.setPen(text)
            p.setFont(label_font)
            p.drawText(QRectF(30, y, label_w, self.row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       _elide(name, label_font, label_w - 4))
            x = left
            for s, v in enumerate(vals):
                if v:
                    p.fillRect(QRectF(x, y + 3, v * unit, self.row_h - 6), QColor(PALETTE[s % len(PALETTE)]))
                    x += v * unit
            p.setPen(muted)
            p.setFont(_font(9))
            if sum(vals):
                p.drawText(QPointF(x + 4, y + self.row_h / 2 + 4), number(sum(vals)))
        p.setPen(QPen(text, 1.0))
        p.drawLine(QPointF(left, top), QPointF(left, plot_bottom))
        p.drawLine(QPointF(left, plot_bottom), QPointF(right, plot_bottom))
        p.setFont(_font(11, bold=True))
        p.drawText(QRectF(left, plot_bottom + 18, right - left, 16), Qt.AlignmentFlag.AlignHCenter, self.x_label)
        p.save()
        p.translate(14, (top + plot_bottom) / 2)
        p.rotate(-90)
        p.drawText(QRectF(-150, -8, 300, 16), Qt.AlignmentFlag.AlignHCenter, self.y_label)
        p.restore()


def _nice_step(total: float) -> float:
    raw = max(total / 6, 1)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power:
            return max(1.0, m * power)
    return 10 * power


def frequency_chart(m: Matrix, title: str = "") -> BarChart:
    singular = rows_heading(m.rows_are)
    counted = (
        QCoreApplication.translate("analysis.charts", "Meaning units")
        if m.count == "units"
        else QCoreApplication.translate("analysis.charts", "Participants")
    )
    return BarChart(
        title=title or QCoreApplication.translate("analysis.charts", "{singular} by {by}").format(
                           singular=singular, by=m.by), caption=m.definition(), rows=m.row_names,
        series=[column_label(c) for c in m.columns],
        values=[[m.cells[r][c] for c in m.columns] for r in m.row_names], x_label=counted, y_label=singular)


# -- co-occurrence network ----------------------------------------------------------------------------
@dataclass
class NetworkChart(Chart):
    nodes: list[tuple[str, int]] = field(default_factory=list)  # (code, units carrying it)
    edges: list[tuple[str, str, int]] = field(default_factory=list)  # (a, b, units carrying both)
    side: float = 560.0

    def height(self) -> float:
        return 42 + self.side + 20

    def positions(self, top: float = 42) -> dict[str, QPointF]:
        cx, cy, radius = WIDTH / 2, top + self.side / 2, self.side / 2 - 70
        n = max(1, len(self.nodes))
        return {name: QPointF(cx + radius * math.cos(2 * math.pi * i / n - math.pi / 2),
                              cy + radius * math.sin(2 * math.pi * i / n - math.pi / 2))
                for i, (name, _) in enumerate(self.nodes)}

    def edge_width(self, n: int) -> float:
        most = max([e[2] for e in self.edges] + [1])
        return 0.8 + 7.2 * n / most

    def paint_body(self, p: QPainter, top: float, bottom: float, ink: ChartInk) -> None:
        text, muted = QColor(ink.ink), QColor(ink.muted)
        pos = self.positions(top)
        for a, b, n in sorted(self.edges, key=lambda e: e[2]):
            colour = QColor(PALETTE[0])
            colour.setAlpha(110 + min(145, int(145 * n / max(e[2] for e in self.edges))))
            p.setPen(QPen(colour, self.edge_width(n), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(pos[a], pos[b])
        biggest = max([n for _, n in self.nodes] + [1])
        p.setFont(_font(10))
        fm = QFontMetricsF(_font(10))
        cx = WIDTH / 2
        for name, n in self.nodes:
            r = 4 + 10 * math.sqrt(n / biggest)
            p.setPen(QPen(text, 0.8))
            p.setBrush(QColor(PALETTE[1]))
            p.drawEllipse(pos[name], r, r)
            label = _elide(name, _font(10), 120)
            w = fm.horizontalAdvance(label)
            x = pos[name].x() + r + 3 if pos[name].x() >= cx else pos[name].x() - r - 3 - w
            p.setPen(text)
            p.drawText(QPointF(x, pos[name].y() + 4), label)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if not self.edges:
            p.setPen(muted)
            p.drawText(
                QRectF(0, top, WIDTH, self.side),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("NetworkChart", "No two codes share a unit."),
            )


def network_chart(c: Cooccurrence, title: str = "", limit: int = 80) -> NetworkChart:
    strongest = sorted(c.pairs, key=lambda p: (-p.units, p.a, p.b))[:limit]
    edges = [(p.a, p.b, p.units) for p in strongest if p.units > 0]
    names = sorted({n for a, b, _ in edges for n in (a, b)})
    shown = QCoreApplication.translate("analysis.charts", "the {count} strongest pairs; ").format(
                count=number(len(edges))) if len(c.pairs) > limit else ""
    caption = (QCoreApplication.translate("analysis.charts", "Co-occurrence network ({shown}edge width = meaning "
                                                             "units carrying both codes, node size = units carrying "
                                                             "the code). {definition}").format(
                   shown=shown, definition=c.definition()))
    return NetworkChart(
        title=title or QCoreApplication.translate("analysis.charts", "Co-occurrence of codes"),
        caption=caption,
        nodes=[(n, c.frequencies.get(n, 0)) for n in names],
        edges=edges,
    )


# -- saturation curve ---------------------------------------------------------------------------------
@dataclass
class SaturationChart(Chart):
    sat: Saturation | None = None
    plot_h: float = 300.0

    def height(self) -> float:
        return 42 + 22 + self.plot_h + 56

    def paint_body(self, p: QPainter, top: float, bottom: float, ink: ChartInk) -> None:
        text, muted, grid = QColor(ink.ink), QColor(ink.muted), QColor(ink.grid)
        s = self.sat
        assert s is not None
        n = max(1, len(s.order))
        left, right = 70.0, WIDTH - 70
        legend_y = top
        top += 22
        plot_bottom = top + self.plot_h
        most = max(s.cumulative + [1])
        step = _nice_step(most)
        y_max = step * math.ceil(most / step)

        def x_of(i: float) -> float:  # the centre of document i's slot
            return left + (i - 0.5) * (right - left) / n

        def y_of(v: float) -> float:
            return plot_bottom - v * self.plot_h / y_max

        def r_of(r: float) -> float:  # ratio 0 … 1 on the right axis
            return plot_bottom - r * self.plot_h

        if s.base <= n:  # the base, shaded
            p.fillRect(QRectF(left, top, x_of(s.base) + (right - left) / n / 2 - left, self.plot_h),
                       QColor(ink.shade))
        p.setFont(_font(10))
        for tick in range(0, int(y_max) + 1, int(step)):
            p.setPen(QPen(grid, 0.8))
            p.drawLine(QPointF(left, y_of(tick)), QPointF(right, y_of(tick)))
            p.setPen(muted)
            p.drawText(QRectF(left - 40, y_of(tick) - 7, 34, 14), Qt.AlignmentFlag.AlignRight, number(tick))
        for pct in (0, 25, 50, 75, 100):
            p.drawText(QRectF(right + 6, r_of(pct / 100) - 7, 40, 14), Qt.AlignmentFlag.AlignLeft, percent(pct / 100))
        bar_w = (right - left) / n * 0.5
        for run in s.runs:  # ratio bars at k
            if run.ratio is None:
                continue
            colour = QColor(PALETTE[4] if run.ratio <= s.threshold else PALETTE[1])
            colour.setAlpha(170)
            h = min(1.0, run.ratio) * self.plot_h
            p.fillRect(QRectF(x_of(run.k) - bar_w / 2, plot_bottom - h, bar_w, h), colour)
        p.setPen(QPen(QColor(PALETTE[2]), 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(left, r_of(s.threshold)), QPointF(right, r_of(s.threshold)))
        path = QPainterPath()
        for i, v in enumerate(s.cumulative, start=1):
            (path.moveTo if i == 1 else path.lineTo)(QPointF(x_of(i), y_of(v)))
        p.setPen(QPen(QColor(PALETTE[0]), 2.2))
        p.drawPath(path)
        p.setBrush(QColor(PALETTE[0]))
        for i, v in enumerate(s.cumulative, start=1):
            p.drawEllipse(QPointF(x_of(i), y_of(v)), 3, 3)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if s.saturation_at is not None:
            x = x_of(s.saturation_at) + (right - left) / n / 2
            p.setPen(QPen(text, 1.2, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, top), QPointF(x, plot_bottom))
            p.setPen(text)
            p.drawText(QPointF(x + 4, top + 12), QCoreApplication.translate("SaturationChart", "saturation at "
                                                                                               "{saturation_at}").format(
                                                     saturation_at=number(s.saturation_at)))
        p.setPen(QPen(text, 1.0))
        p.drawLine(QPointF(left, top), QPointF(left, plot_bottom))
        p.drawLine(QPointF(left, plot_bottom), QPointF(right, plot_bottom))
        p.drawLine(QPointF(right, top), QPointF(right, plot_bottom))
        p.setFont(_font(10))
        every = max(1, math.ceil(n / 30))
        for i in range(1, n + 1):
            if i % every == 0 or i == 1:
                p.setPen(muted)
                p.drawText(QRectF(x_of(i) - 15, plot_bottom + 3, 30, 14), Qt.AlignmentFlag.AlignHCenter, number(i))
        p.setPen(text)
        p.setFont(_font(11, bold=True))
        p.drawText(QRectF(left, plot_bottom + 20, right - left, 16), Qt.AlignmentFlag.AlignHCenter,
                   QCoreApplication.translate("SaturationChart", "Documents, in {order_by} order").format(
                       order_by=order_word(s.order_by)))
        for angle_x, label in (
            (16.0, QCoreApplication.translate("SaturationChart", "Distinct codes (cumulative)")),
            (WIDTH - 16, QCoreApplication.translate("SaturationChart", "New codes in the run (ratio)")),
        ):
            p.save()
            p.translate(angle_x, (top + plot_bottom) / 2)
            p.rotate(-90 if angle_x < WIDTH / 2 else 90)
            p.drawText(QRectF(-150, -8, 300, 16), Qt.AlignmentFlag.AlignHCenter, label)
            p.restore()
        p.setFont(_font(10))
        x = left
        for colour, label in (
            (PALETTE[0], QCoreApplication.translate("SaturationChart", "distinct codes so far")),
            (PALETTE[1], QCoreApplication.translate("SaturationChart", "ratio of new codes (run at k)")),
            (
                PALETTE[2],
                QCoreApplication.translate("SaturationChart", "threshold {value}").format(
                    value=percent(s.threshold, 1 if round(s.threshold * 100, 1) % 1 else 0)),
            ),
            (
                ink.shade,
                QCoreApplication.translate("SaturationChart", "base ({base})").format(base=number(s.base)),
            ),
        ):
            p.fillRect(QRectF(x, legend_y + 4, 10, 10), QColor(colour))
            p.setPen(text)
            p.drawText(QPointF(x + 14, legend_y + 13), label)
            x += 30 + QFontMetricsF(_font(10)).horizontalAdvance(label)


def saturation_chart(s: Saturation, title: str = "") -> SaturationChart:
    return SaturationChart(
        title=title or QCoreApplication.translate("analysis.charts", "Code saturation"),
        caption=f"{s.sentence()} {s.definition()}",
        sat=s,
    )


def chart_for(figure: Matrix | Cooccurrence | Saturation, title: str = "") -> Chart:
    if isinstance(figure, Matrix):
        return frequency_chart(figure, title)
    if isinstance(figure, Cooccurrence):
        return network_chart(figure, title)
    return saturation_chart(figure, title)


# -- output -------------------------------------------------------------------------------------------
def to_image(chart: Chart, dpi: int = DPI) -> QImage:
    size = chart.size()
    scale = dpi / 96
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(PAPER)
    p = QPainter(image)
    p.scale(scale, scale)
    chart.paint(p)
    p.end()
    return image


def save_png(chart: Chart, path: Path, dpi: int = DPI) -> None:
    if not to_image(chart, dpi).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def save_svg(chart: Chart, path: Path) -> None:
    from PySide6.QtSvg import QSvgGenerator

    size = chart.size()
    gen = QSvgGenerator()
    gen.setFileName(str(path))
    gen.setSize(size)
    gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
    gen.setResolution(96)
    gen.setTitle(chart.title)
    gen.setDescription(chart.caption)
    p = QPainter(gen)
    chart.paint(p)
    p.end()


_APP: object = None


def ensure_gui() -> None:
    """Charts need a Qt application (fonts); the command line makes an offscreen one. A QApplication, not a
    QGuiApplication: the process may go on to make widgets (a test run), which need the former."""
    global _APP
    import os

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QApplication([])


def export_chart(figure: Matrix | Cooccurrence | Saturation, out_path: Path | str, title: str = "",
                 language: str | None = None) -> Path:
    """Write the figure's chart as .png (300 dpi) or .svg, chosen by the name's ending; its words and numbers in
    ``language`` (the study's), else the window's."""
    from app.core.errors import LectioError
    from app.exporters.output import atomic_target

    target = Path(out_path)
    suffix = target.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise LectioError(f"{target}: a chart is written as .png or .svg, not {suffix or 'a file without an ending'}")
    ensure_gui()
    with in_language(language), atomic_target(target) as tmp:
        chart = chart_for(figure, title)
        (save_png if suffix == ".png" else save_svg)(chart, tmp)
    return target.absolute()


def chart_image(figure: Matrix | Cooccurrence | Saturation, title: str = "", dpi: int = DPI,
                language: str | None = None) -> ChartImage:
    """The figure's chart as a PNG at print resolution for a Word file: drawn without its caption, which the
    document sets under the picture as text (searchable, and in the document's own font). Its words and numbers
    in ``language`` (the document's), else the window's."""
    from PySide6.QtCore import QBuffer, QIODevice

    from app.exporters.analysis_figures import ChartImage

    ensure_gui()
    with in_language(language):
        chart = chart_for(figure, title)
        caption, chart.caption = chart.caption, ""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not to_image(chart, dpi).save(buffer, "PNG"):
            raise OSError("cannot draw the chart")
    return ChartImage(bytes(buffer.data().data()), chart.size().width() / 96, chart.title, caption)
