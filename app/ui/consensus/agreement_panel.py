"""The agreement figures journals ask for: per code and pooled at character level (percent agreement, Cohen's
kappa, Krippendorff's alpha), and at unit level. Computed in the background; the window keeps answering."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n as i18n_ui
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import BidiDelegate, isolate
from app.ui.jobs import Job, run_job

COLUMNS = (
    QT_TRANSLATE_NOOP("consensus.agreement_panel", "Code"),
    QT_TRANSLATE_NOOP("consensus.agreement_panel", "Agreement"),
    QT_TRANSLATE_NOOP("consensus.agreement_panel", "Cohen's κ"),
    QT_TRANSLATE_NOOP("consensus.agreement_panel", "Krippendorff's α"),
    QT_TRANSLATE_NOOP("consensus.agreement_panel", "Characters coded by both / A only / B only"),
)


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return i18n_ui.percent(value, 1) if percent else i18n_ui.number(value, 2)


class AgreementPanel(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: Any = None
        self.job: Job | None = None
        self.reviewers: tuple[str | None, str | None] = (None, None)
        self.double_coded = QCheckBox(self.tr("Only documents both reviewers coded"))
        self.double_coded.setChecked(True)
        self.compute_button = QPushButton(self.tr("Compute agreement"))
        self.compute_button.clicked.connect(self.compute)
        self.summary = QLabel(self.tr("Agreement figures appear here."))
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("agreementTable")
        self.table.setAccessibleName(self.tr("Agreement figures"))
        self.table.setItemDelegate(BidiDelegate(self.table))  # code names in their own direction
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.resizeColumnsToContents()  # the headings readable before the first computation
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        top = QHBoxLayout()
        top.addWidget(self.double_coded)
        top.addStretch(1)
        top.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_reviewers(self, a: str | None, b: str | None) -> None:
        self.reviewers = (a, b)

    def compute(self) -> Job:
        from app.consensus.agreement import agreement

        a, b = self.reviewers
        double = self.double_coded.isChecked()
        self.compute_button.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return agreement(self.session.project, a, b, double_coded_only=double, progress=progress,
                             cancelled=cancelled)

        def failed(exc: BaseException) -> None:
            self.compute_button.setEnabled(True)
            from app.core.errors import plain_reason

            self.summary.setText(self.tr("Cannot compute agreement: {plain_reason}").format(
                                     plain_reason=plain_reason(exc)))

        def cancelled() -> None:
            self.compute_button.setEnabled(True)
            self.summary.setText(self.tr("Cancelled."))

        self.job = run_job(self, "Computing agreement", work, self.show_report, failed, on_cancel=cancelled)
        return self.job

    def show_report(self, report: Any) -> None:
        self.compute_button.setEnabled(True)
        self.report = report
        a, b = report.reviewers
        u = report.unit_level
        self.summary.setText(
            self.tr(
                "<b>{name}</b> ({value} units) and <b>{name2}</b> ({value2} units) over {documents} document(s). "
                "Pooled over all codes: agreement {fmt}, κ {fmt2}, α {fmt3}.<br>Units matched at overlap ≥ "
                "{threshold}: {matched} matched, {only_a} only {name}, {only_b} only {name2}; κ of codes on "
                "matched units {fmt4}."
            ).format(
                name=isolate(html.escape(a.name)),
                value=i18n_ui.number(report.units[0]),
                name2=isolate(html.escape(b.name)),
                value2=i18n_ui.number(report.units[1]),
                documents=i18n_ui.number(report.documents),
                fmt=_fmt(report.pooled.agreement, True),
                fmt2=_fmt(report.pooled.kappa),
                fmt3=_fmt(report.pooled.alpha),
                threshold=i18n_ui.percent(u.threshold),
                matched=i18n_ui.number(u.matched),
                only_a=i18n_ui.number(u.only_a),
                only_b=i18n_ui.number(u.only_b),
                fmt4=_fmt(u.codes.kappa),
            )
        )
        rows = [*report.codes.items(), (self.tr("Pooled (all codes)"), report.pooled)]
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (name, f) in enumerate(rows):
            counts = " / ".join(i18n_ui.number(v) for v in (f.both, f.only_a, f.only_b))
            cells = (name, _fmt(f.agreement, True), _fmt(f.kappa), _fmt(f.alpha), counts)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
