"""The Analysis view: compare and conclude. A matrix whose cells open their units, the co-occurrence table and
network whose edges open theirs, the saturation curve and its sentence, and the coding-query editor.

The view asks ``app.analysis`` for every figure (one read of the study, then plain Python) and shows it; it
re-reads when the study changes and the view is next shown. The layer and the query at the top restrict every tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.analysis.data import AnalysisData
from app.analysis.figures import Cooccurrence, Matrix, Saturation, cooccurrence, edge_units, matrix, saturation
from app.analysis.texts import column_label, rows_heading
from app.core.errors import LectioError, plain_reason
from app.ui.analysis.charts import frequency_chart, network_chart, saturation_chart
from app.ui.analysis.figure_export import ask_and_export, export_figure
from app.ui.analysis.widgets import MAX_LISTED, ChartWidget, UnitList, chart_area, figure_table
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import BidiComboBox
from app.ui.i18n import number

ALL = QT_TRANSLATE_NOOP("analysis.analysis_view", "All reviewers")
BACKGROUND_UNITS = 20_000  # a study with more meaning units is read off the GUI thread
NO_QUERY = QT_TRANSLATE_NOOP("analysis.analysis_view", "(every unit)")


class AnalysisView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisView")
        self.session = session
        self.data: AnalysisData | None = None
        self.stale = True
        self.matrix: Matrix | None = None
        self.cooc: Cooccurrence | None = None
        self.sat: Saturation | None = None
        self.job: Any = None

        self.layer = BidiComboBox()  # reviewers' names, each in its own direction
        self.layer.setObjectName("analysisLayer")
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.restrict = BidiComboBox()  # saved queries' names
        self.restrict.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.restrict.setObjectName("analysisQuery")
        self.restrict.setToolTip(self.tr("Count only the meaning units a saved coding query selects"))
        self.status = QLabel()
        self.status.setObjectName("analysisStatus")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Layer:")))
        top.addWidget(self.layer)
        top.addWidget(QLabel(self.tr("Restrict to query:")))
        top.addWidget(self.restrict)
        top.addStretch(1)
        top.addWidget(self.status)

        self.units = UnitList(self._open_unit)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.tabs.setAccessibleName(self.tr("Analysis"))
        self.tabs.addTab(self._build_matrix(), self.tr("Matrix"))
        self.tabs.addTab(self._build_cooccurrence(), self.tr("Co-occurrence"))
        self.tabs.addTab(self._build_saturation(), self.tr("Saturation"))
        self.tabs.addTab(self._build_query(), self.tr("Coding queries"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(self.units)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self._fill_choices()
        self.layer.currentIndexChanged.connect(lambda _i: self.reload())
        self.restrict.currentIndexChanged.connect(lambda _i: self.reload())
        session.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------------------------
    def _build_matrix(self) -> QWidget:
        self.by = QComboBox()
        self.by.setObjectName("matrixBy")
        self.by.setAccessibleName(self.tr("Participant attribute of the columns"))
        self.rows_kind = QComboBox()
        self.rows_kind.setAccessibleName(self.tr("Rows"))
        for key, label in (("codes", self.tr("codes")), ("categories", self.tr("categories")),
                           ("themes", self.tr("themes"))):
            self.rows_kind.addItem(label, key)  # the key, not the translated label, chooses the rows
        self.count_kind = QComboBox()
        self.count_kind.setAccessibleName(self.tr("Count"))
        for key, label in (("units", self.tr("units")), ("participants", self.tr("participants"))):
            self.count_kind.addItem(label, key)
        for box in (self.by, self.rows_kind, self.count_kind):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.compute_matrix())
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: self._export("matrix"))
        bar = QHBoxLayout()
        for label, box in (
            (self.tr("Columns: values of"), self.by),
            (self.tr("Rows:"), self.rows_kind),
            (self.tr("Count:"), self.count_kind),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(box)
        bar.addStretch(1)
        bar.addWidget(export)
        self.matrix_table = figure_table([])
        self.matrix_table.setObjectName("matrixTable")
        self.matrix_table.setAccessibleName(self.tr("Matrix"))
        self.matrix_table.setAccessibleDescription(self.tr("Press Enter on a cell to list its meaning units."))
        self.matrix_table.cellClicked.connect(self.open_matrix_cell)
        self.matrix_table.cellActivated.connect(self.open_matrix_cell)
        self.matrix_definition = QLabel()
        self.matrix_definition.setWordWrap(True)
        self.matrix_chart = ChartWidget()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.matrix_table)
        inner.addWidget(self.matrix_definition)
        inner.addWidget(self.matrix_chart)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(chart_area(body), 1)
        return page

    def _build_cooccurrence(self) -> QWidget:
        self.cooc_table = figure_table([self.tr("Code A"), self.tr("Code B"), self.tr("Units"), self.tr("Overlaps")])
        self.cooc_table.setObjectName("cooccurrenceTable")
        self.cooc_table.setAccessibleName(self.tr("Co-occurring codes"))
        self.cooc_table.cellClicked.connect(lambda row, _col: self.open_pair(row))
        self.cooc_chart = ChartWidget()
        self.cooc_chart.edge_clicked.connect(self.open_edge)
        self.cooc_definition = QLabel()
        self.cooc_definition.setWordWrap(True)
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: self._export("cooccurrence"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Click a row or an edge of the network to see its meaning units.")))
        bar.addStretch(1)
        bar.addWidget(export)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.cooc_table)
        inner.addWidget(self.cooc_definition)
        inner.addWidget(self.cooc_chart)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(chart_area(body), 1)
        return page

    def _build_saturation(self) -> QWidget:
        self.base = QSpinBox()
        self.base.setAccessibleName(self.tr("Base"))
        self.base.setAccessibleDescription(self.tr("How many interviews form the base of the saturation count."))
        self.base.setRange(1, 10_000)
        self.base.setValue(4)
        self.run = QSpinBox()
        self.run.setAccessibleName(self.tr("Run"))
        self.run.setAccessibleDescription(self.tr("How many interviews each run adds."))
        self.run.setRange(1, 10_000)
        self.run.setValue(2)
        self.threshold = QDoubleSpinBox()
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.threshold.setAccessibleDescription(self.tr("The share of new codes at or below which a run counts as "
                                                        "saturated."))
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(5)
        self.order = QComboBox()
        self.order.setObjectName("saturationOrder")
        self.order.setAccessibleName(self.tr("Order"))
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for w in (self.base, self.run, self.threshold):
            w.valueChanged.connect(lambda _v: self.compute_saturation())
        self.order.currentIndexChanged.connect(lambda _i: self.compute_saturation())
        self.sentence = QLineEdit()
        self.sentence.setObjectName("saturationSentence")
        self.sentence.setAccessibleName(self.tr("Sentence for the methods section"))
        self.sentence.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.sentence.text()))
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(lambda: self._export("saturation"))
        bar = QHBoxLayout()
        for label, w in (("Base", self.base), ("Run", self.run), ("Threshold", self.threshold), ("Order", self.order)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(export)
        line = QHBoxLayout()
        line.addWidget(self.sentence, 1)
        line.addWidget(copy)
        self.sat_chart = ChartWidget()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addLayout(line)
        layout.addWidget(chart_area(self.sat_chart), 1)
        return page

    def _build_query(self) -> QWidget:
        from app.analysis import query

        self.expression = QLineEdit()
        self.expression.setObjectName("queryExpression")
        self.expression.setAccessibleName(self.tr("Query expression"))
        self.expression.setAccessibleDescription(self.tr("Codes, categories, themes and attributes combined with "
                                                         "AND, OR, NOT, OVERLAPPING and WITHIN; Enter runs it."))
        self.expression.setPlaceholderText(self.tr('(code:Pain OR category:Coping) AND Role = nurse'))
        self.expression.returnPressed.connect(self.run_query)
        run = QPushButton(self.tr("Run"))
        run.clicked.connect(self.run_query)
        save = QPushButton(self.tr("Save as…"))
        save.clicked.connect(self.save_query)
        self.saved = QListWidget()
        self.saved.setObjectName("savedQueries")
        self.saved.itemActivated.connect(lambda item: (self.expression.setText(item.toolTip()), self.run_query()))
        self.saved.itemDoubleClicked.connect(lambda item: (self.expression.setText(item.toolTip()), self.run_query()))
        help_text = QLabel((query.__doc__ or "").split("\n\n", 1)[1].strip())
        help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_text.setStyleSheet("font-family: monospace;")
        bar = QHBoxLayout()
        bar.addWidget(self.expression, 1)
        bar.addWidget(run)
        bar.addWidget(save)
        form = QFormLayout()
        form.addRow(self.tr("Saved queries (double-click to run):"), self.saved)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(help_text)
        layout.addStretch(1)
        return page

    # -- choices --------------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        from app.analysis.saved import list_queries

        project = self.session.project
        for box in (self.layer, self.restrict):
            box.blockSignals(True)
        current = self.layer.currentData()
        self.layer.clear()
        self.layer.addItem(QCoreApplication.translate("analysis.analysis_view", ALL), None)
        for r in project.reviewers():
            self.layer.addItem(
                self.tr("Consensus") if r.is_consensus else r.name, "consensus" if r.is_consensus else r.name
            )
        self.layer.setCurrentIndex(max(0, self.layer.findData(current)))
        chosen = self.restrict.currentText()
        self.restrict.clear()
        self.restrict.addItem(QCoreApplication.translate("analysis.analysis_view", NO_QUERY))
        saved = list_queries(project)
        self.restrict.addItems([q.name for q in saved])
        self.restrict.setCurrentIndex(max(0, self.restrict.findText(chosen)))
        for box in (self.layer, self.restrict):
            box.blockSignals(False)
        self.saved.clear()
        for q in saved:
            self.saved.addItem(q.name)
            self.saved.item(self.saved.count() - 1).setToolTip(q.expression)

    def _fill_attribute_boxes(self) -> None:
        data = self.data
        assert data is not None
        names = [a.name for a in data.attributes.values()] + ["participant", "document", "reviewer"]
        names += sorted({k for d in data.documents for k in d.metadata})
        # the first participant attribute, else the documents (a study without participants)
        default_by = names[0] if data.attributes else "document"
        for box, first, default in ((self.by, [], default_by), (self.order, ["import", "name"], "import")):
            box.blockSignals(True)
            chosen = box.currentText() or default
            box.clear()
            box.addItems(first + names)
            box.setCurrentIndex(max(0, box.findText(chosen)))
            box.blockSignals(False)

    # -- computing ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the study again (layer and query applied) and recompute every tab. A big study is read off the
        GUI thread (the window keeps answering); the figures follow when it is read."""
        from app.analysis.data import unit_count
        from app.analysis.service import prepare

        if self.job is not None:  # a read is under way: read again once it is done
            self.stale = True
            return
        query = self.restrict.currentText()
        project, layer = self.session.project, self.layer.currentData()
        restrict = None if self.restrict.currentIndex() <= 0 or not query else query
        self.stale = False
        if unit_count(project) > BACKGROUND_UNITS:
            from app.ui.jobs import run_job

            self.status.setText(self.tr("Reading the study…"))
            self.job = run_job(self, self.tr("Reading the study for analysis"),
                               lambda _progress, _cancelled: prepare(project, layer, restrict),
                               self._loaded, self._load_failed)
            return
        try:
            data = prepare(project, layer, restrict)
        except LectioError as exc:
            self._load_failed(exc)
            return
        self._loaded(data)

    def _loaded(self, data: AnalysisData) -> None:
        self.job = None
        self.data = data
        self._fill_attribute_boxes()
        self.status.setText(self.tr("{count} meaning units, {count2} documents").format(
                                count=number(len(data.units)), count2=number(len(data.documents))))
        self.compute_matrix()
        self.compute_cooccurrence()
        self.compute_saturation()
        if self.stale and self.isVisible():
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self.job = None
        self.session.report_error(str(exc) if isinstance(exc, LectioError)
                                  else self.tr("Cannot read the study: {plain_reason}").format(
                                           plain_reason=plain_reason(exc)))
        if self.restrict.currentIndex() != 0:
            self.restrict.setCurrentIndex(0)

    def _guard(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except LectioError as exc:
            self.session.report_error(str(exc))
            return None

    def compute_matrix(self) -> None:
        if self.data is None or not self.by.currentText():
            return
        m = self._guard(matrix, self.data, self.by.currentText(), rows=str(self.rows_kind.currentData()),
                        count=str(self.count_kind.currentData()))
        if m is None:
            return
        self.matrix = m
        t = self.matrix_table
        t.clear()
        t.setColumnCount(len(m.columns) + 1)
        t.setHorizontalHeaderLabels([rows_heading(m.rows_are), *[column_label(c) for c in m.columns]])
        t.setRowCount(len(m.row_names))
        for r, name in enumerate(m.row_names):
            t.setItem(r, 0, QTableWidgetItem(name))
            for c, value in enumerate(m.columns, start=1):
                item = QTableWidgetItem(number(m.cells[name][value]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self.tr("{name} × {value}: click to see the meaning units").format(
                                    name=name, value=column_label(value)))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()  # the headers (attribute values) readable whole
        t.setMinimumHeight(min(420, 30 + 26 * len(m.row_names)))
        self.matrix_definition.setText(m.definition())
        self.matrix_chart.set_chart(frequency_chart(m))

    def compute_cooccurrence(self) -> None:
        if self.data is None:
            return
        c = cooccurrence(self.data, overlap=True)
        self.cooc = c
        t = self.cooc_table
        t.setRowCount(len(c.pairs))
        for r, p in enumerate(c.pairs):
            for col, value in enumerate((p.a, p.b, number(p.units), number(p.overlaps))):
                t.setItem(r, col, QTableWidgetItem(value))
        t.resizeColumnsToContents()
        t.setMinimumHeight(min(300, 30 + 26 * len(c.pairs)))
        self.cooc_definition.setText(c.definition())
        self.cooc_chart.set_chart(network_chart(c))

    def compute_saturation(self) -> None:
        if self.data is None:
            return
        s = self._guard(saturation, self.data, base=self.base.value(), run=self.run.value(),
                        threshold=round(self.threshold.value() / 100, 6), order=self.order.currentText() or "import")
        if s is None:
            return
        self.sat = s
        self.sentence.setText(s.sentence())
        self.sat_chart.set_chart(saturation_chart(s))

    # -- opening units --------------------------------------------------------------------------------
    def _show(self, heading: str, ids: list[str]) -> None:
        from app.analysis.service import unit_rows

        assert self.data is not None
        rows = unit_rows(self.session.project, self.data, ids, limit=MAX_LISTED)
        self.units.show_units(heading, rows, len(set(ids)))

    def open_matrix_cell(self, row: int, column: int) -> None:
        m = self.matrix
        if m is None or column < 1 or row >= len(m.row_names):
            return
        name, value = m.row_names[row], m.columns[column - 1]
        self._show(f"{name} × {m.by} = {column_label(value)}", m.units.get((name, value), []))

    def open_pair(self, row: int) -> None:
        if self.cooc is not None and 0 <= row < len(self.cooc.pairs):
            p = self.cooc.pairs[row]
            assert self.data is not None
            self._show(f"{p.a} + {p.b}", edge_units(self.data, p.a, p.b, overlap=self.cooc.overlap))

    def open_edge(self, a: str, b: str) -> None:
        if self.cooc is None:
            return
        for row, p in enumerate(self.cooc.pairs):
            if (p.a, p.b) == (min(a, b), max(a, b)):
                self.cooc_table.selectRow(row)
                self.open_pair(row)

    def _open_unit(self, document_id: str, unit_id: str, start: int) -> None:
        self.session.navigate.emit(document_id, unit_id, start)

    # -- queries --------------------------------------------------------------------------------------
    def run_query(self) -> None:
        from app.analysis.service import query_units

        if self.data is None:
            self.reload()
        expression = self.expression.text().strip()
        if not expression or self.data is None:
            return
        ids = self._guard(query_units, self.session.project, self.data, expression)
        if ids is not None:
            self._show(self.tr("Query {expression}").format(expression=expression), list(ids))

    def save_query(self) -> None:
        expression = self.expression.text().strip()
        if not expression:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save the query"), self.tr("Name:"))
        if ok and name.strip():
            self.save_query_as(name.strip(), expression)

    def save_query_as(self, name: str, expression: str) -> None:
        from app.analysis.saved import save_query

        if self.session.do(save_query, name, expression) is not None:
            self._fill_choices()

    # -- export ---------------------------------------------------------------------------------------
    def _export(self, what: str) -> None:
        figure = {"matrix": self.matrix, "cooccurrence": self.cooc, "saturation": self.sat}[what]
        if figure is not None:
            ask_and_export(self, self.session, figure, what)

    def export_to(self, figure: Matrix | Cooccurrence | Saturation, path: Path) -> Path | None:
        return export_figure(self.session, figure, path)

    # -- staying current ------------------------------------------------------------------------------
    def _on_changed(self, changes: object) -> None:
        kinds = set(getattr(changes, "kinds", lambda: [])())
        if kinds & {"units", "codings", "codes", "categories", "themes", "documents", "reviewers", "project"}:
            self.stale = True
            if kinds & {"reviewers"}:
                self._fill_choices()
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.stale:
            self.reload()
