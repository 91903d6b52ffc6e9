"""File › Export › Trustworthiness dossier…, and the Codebook versions window (snapshots and their diffs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.app_state import ProjectSession
from app.ui.i18n import date as date_text
from app.ui.i18n import ntr, number
from app.ui.jobs import Job
from app.ui.path_field import SavePathField, add_dialog_buttons

if TYPE_CHECKING:
    from datetime import date


class DossierDialog(QDialog):
    """Where to write the dossier, and which days of the audit trail to include."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the trustworthiness dossier"))
        self.setObjectName("dossierDialog")
        project = session.project
        suggested = project.path.with_name(f"{project.path.stem} – dossier.docx")
        self.limit = QCheckBox(self.tr("Only part of the audit trail"))
        self.limit.setAccessibleName(self.tr("Limit the audit trail to a date range"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit, name in ((self.since, self.tr("Audit trail from")), (self.until, self.tr("Audit trail until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.setAccessibleName(name)
            self.limit.toggled.connect(edit.setEnabled)
        self.resamples = QSpinBox()
        self.resamples.setRange(200, 20000)
        self.resamples.setSingleStep(500)
        self.resamples.setValue(1000)
        self.resamples.setAccessibleName(self.tr("Bootstrap resamples for alpha's confidence interval"))
        self.path = SavePathField(
            str(suggested), self.tr("Export the trustworthiness dossier"), self.tr("Word documents (*.docx)")
        )
        form = QFormLayout(self)
        intro = QLabel(self.tr("COREQ and SRQR filled from the study, the audit trail, the codebook's versions, the "
                               "intercoder reliability plan and results, and a methods paragraph."))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow("", self.limit)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        form.addRow(self.tr("Audit trail days"), dates)
        form.addRow(self.tr("Bootstrap &resamples"), self.resamples)
        form.addRow(self.tr("&Save as"), self.path)
        add_dialog_buttons(form, self, QDialogButtonBox.StandardButton.Save)

    def date_range(self) -> tuple[date | None, date | None]:
        if not self.limit.isChecked():
            return None, None
        return self.since.date().toPython(), self.until.date().toPython()  # type: ignore[return-value]


def start_dossier_export(parent: QWidget, session: ProjectSession, dialog: DossierDialog) -> Job:
    from app.exporters.dossier_docx import export_dossier
    from app.ui.export_flow import run_export

    out = Path(dialog.path.text())
    since, until = dialog.date_range()
    resamples = dialog.resamples.value()
    return run_export(
        parent,
        session,
        QCoreApplication.translate("dossier_flow", "Export the trustworthiness dossier"),
        out,
        lambda progress, cancelled: export_dossier(
            session.project, out, progress, cancelled, since=since, until=until, resamples=resamples
        ),
    )


def export_dossier_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    dialog = DossierDialog(session, parent)
    return start_dossier_export(parent, session, dialog) if dialog.exec() else None


class CodebookVersionsDialog(QDialog):
    """The codebook's recorded versions; take a new one; compare any two (or one with the current codebook)."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Codebook versions"))
        self.setObjectName("codebookVersions")
        self.resize(860, 560)
        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("When"), self.tr("Codes"), self.tr("Taken by")]
        )
        self.versions.setAccessibleName(self.tr("Codebook versions"))
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.versions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.snapshot_button = QPushButton(self.tr("&Keep this version…"))
        self.snapshot_button.setAccessibleName(self.tr("Keep the codebook as it is now as a named version"))
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.setAccessibleName(self.tr("Compare from version"))
        self.newer.setAccessibleName(self.tr("Compare to version"))
        self.older.currentIndexChanged.connect(self.show_diff)
        self.newer.currentIndexChanged.connect(self.show_diff)
        self.diff = QTableWidget(0, 5)
        self.diff.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Item"), self.tr("Before"), self.tr("After"), self.tr("Reason")]
        )
        self.diff.setAccessibleName(self.tr("Changes between the two versions"))
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.diff.setWordWrap(True)
        self.diff.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 200, 220, 220)):
            self.diff.setColumnWidth(col, width)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Versions kept at milestones (Lectio also keeps one before each merge)")))
        top.addStretch(1)
        top.addWidget(self.snapshot_button)
        layout.addLayout(top)
        layout.addWidget(self.versions, 1)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare from")))
        pick.addWidget(self.older, 1)
        pick.addWidget(QLabel(self.tr("to")))
        pick.addWidget(self.newer, 1)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.diff, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        from app.core.codebook_versions import CURRENT, list_snapshots

        found = list_snapshots(self.session.project)
        self.versions.setRowCount(len(found))
        for row, v in enumerate(found):
            for col, text in enumerate((v.name, date_text(v.when, with_time=True), number(v.codes),
                                        "Lectio" if v.automatic else self.tr("you"))):
                self.versions.setItem(row, col, QTableWidgetItem(text))
        names = [v.name for v in found]
        for combo, choices, pick in ((self.older, names, 0), (self.newer, [*names, CURRENT], len(names))):
            combo.blockSignals(True)
            combo.clear()
            for name in choices:
                combo.addItem(self.tr("the current codebook") if name == CURRENT else name, name)
            combo.setCurrentIndex(min(pick, combo.count() - 1))
            combo.blockSignals(False)
        if names and len(names) > 1:
            self.older.setCurrentIndex(len(names) - 1)
        self.show_diff()

    def take_snapshot(self) -> None:
        from app.core.codebook_versions import take_snapshot

        name, ok = QInputDialog.getText(
            self, self.tr("Keep this version"), self.tr("Name of the milestone (e.g. “after pilot coding”):")
        )
        if ok and name.strip() and self.session.do(take_snapshot, name.strip()) is not None:
            self.reload()

    def show_diff(self) -> None:
        from app.core.codebook_versions import diff_snapshots
        from app.core.errors import LectioError

        older, newer = self.older.currentData(), self.newer.currentData()
        self.diff.setRowCount(0)
        if not older or not newer:
            self.summary.setText(self.tr("Keep a version to compare it with later ones."))
            return
        try:
            changes = diff_snapshots(self.session.project, older, newer)
        except LectioError as exc:
            self.summary.setText(str(exc))
            return
        self.summary.setText(ntr("CodebookVersionsDialog", "%n change(s)", len(changes)))
        self.diff.setRowCount(len(changes))
        for row, c in enumerate(changes):
            for col, text in enumerate((c.change, f"{c.kind}: {c.name}", c.before, c.after, c.reason or "—")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.diff.setItem(row, col, item)
        self.diff.resizeRowsToContents()


def codebook_versions_dialog(parent: QWidget, session: ProjectSession) -> CodebookVersionsDialog:
    dialog = CodebookVersionsDialog(session, parent)
    dialog.open()
    return dialog
