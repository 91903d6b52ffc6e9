"""Small pieces of the Analysis view: a chart drawn to fit its width, and the list of units behind a cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.analysis.charts import Chart, NetworkChart
from app.ui.i18n import ntr, number
from app.ui.paper import chart_ink

MAX_LISTED = 500


class ChartWidget(QWidget):
    """Paints a chart scaled to the widget's width (height follows the chart's proportions), on the theme's page
    in its text colours; a new theme repaints it (Qt updates a widget whose palette changes)."""

    edge_clicked = Signal(str, str)  # a network edge: the two codes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.updateGeometry()
        self.update()

    def _scale(self) -> float:
        if self.chart is None:
            return 1.0
        return max(0.2, self.width() / self.chart.size().width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        if self.chart is None:
            return 120
        size = self.chart.size()
        return int(size.height() * width / size.width())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(720, self.heightForWidth(720))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self.chart is None:
            return
        p = QPainter(self)
        p.scale(self._scale(), self._scale())
        self.chart.paint(p, chart_ink())
        p.end()

    def edge_at(self, point: QPointF) -> tuple[str, str] | None:
        """The network edge nearest a point in widget coordinates (within a few units), if any."""
        chart = self.chart
        if not isinstance(chart, NetworkChart):
            return None
        s = self._scale()
        x, y = point.x() / s, point.y() / s
        pos = chart.positions()
        best, best_d = None, 6.0
        for a, b, n in chart.edges:
            d = _segment_distance(x, y, pos[a], pos[b]) - chart.edge_width(n) / 2
            if d < best_d:
                best, best_d = (a, b), d
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        edge = self.edge_at(event.position())
        if edge:
            self.edge_clicked.emit(*edge)
        super().mousePressEvent(event)


def _segment_distance(x: float, y: float, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - a.x()) * dx + (y - a.y()) * dy) / length2))
    px, py = a.x() + t * dx, a.y() + t * dy
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


class UnitList(QWidget):
    """The meaning units behind a cell, an edge or a query; double-click one to read it in its document."""

    def __init__(self, open_unit: Callable[[str, str, int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_unit = open_unit
        self.heading = QLabel(self.tr("Choose a cell, an edge or run a query to see its meaning units."))
        self.heading.setObjectName("unitListHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("unitList")
        self.list.setAccessibleName(self.tr("Meaning units"))
        self.list.setAccessibleDescription(self.tr("Press Enter to show a unit in the reader."))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def show_units(self, heading: str, rows: list[dict], total: int | None = None) -> None:
        total = len(rows) if total is None else total
        units = ntr("UnitList", "%n meaning unit(s)", total)
        if total > len(rows):
            text = self.tr("{heading}: {units} (the first {shown} shown)").format(
                heading=heading, units=units, shown=number(len(rows)))
        else:
            text = self.tr("{heading}: {units}").format(heading=heading, units=units)
        self.heading.setText(text)
        self.list.clear()
        for r in rows:
            text = " ".join(r["text"].split())
            item = QListWidgetItem(f"{r['document']} · {r['reviewer']} · {', '.join(r['codes'])}\n{text}")
            item.setData(Qt.ItemDataRole.UserRole, (r["id"], r["document_id"], r["start"]))
            item.setToolTip(self.tr("Double-click to read it in its document"))
            self.list.addItem(item)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        unit_id, document_id, start = item.data(Qt.ItemDataRole.UserRole)
        self.open_unit(document_id, unit_id, start)


def figure_table(columns: list[str]) -> QTableWidget:
    """A read-only table of one figure, one row selected at a time."""
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return t


def chart_area(widget: QWidget) -> QScrollArea:
    """A chart in a scroll area (a print-size chart is larger than the tab)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setAccessibleName(QCoreApplication.translate("AnalysisView", "Chart"))
    area.setWidget(widget)
    return area
