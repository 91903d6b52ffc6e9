"""File › Export: choose what and where, run the export in the background with progress, then say where
the file went (or, naming the path, why it could not be written)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from app.ui.app_state import ProjectSession
from app.ui.bidi_items import DIRECTION_ROLE, BidiComboBox, direction, isolate
from app.ui.jobs import Job, plain_reason, run_job
from app.ui.path_field import SavePathField, add_dialog_buttons

ExportFn = Callable[[Any, Path, Callable[[float, str], None], Callable[[], bool]], Any]


class ExportDialog(QDialog):
    """Where to write, which reviewer layer, and (for the codebook) how many quotes and whether to count."""

    def __init__(self, session: ProjectSession, title: str, suggested: Path, file_filter: str, *,
                 codebook: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("exportDialog")
        self.layer = BidiComboBox()  # "ليلى حداد only" reads right to left, in the list and when closed
        self.layer.addItem(self.tr("All reviewers"), None)
        for reviewer in session.project.reviewers():
            label = (
                self.tr("Consensus layer")
                if reviewer.is_consensus
                else self.tr("{name} only").format(name=isolate(reviewer.name))
            )
            self.layer.addItem(label, reviewer.id)
            if not reviewer.is_consensus:  # an Arabic name: the row reads right to left, its words in order
                self.layer.setItemData(self.layer.count() - 1, direction(reviewer.name), DIRECTION_ROLE)
        self.quotes = QSpinBox()
        self.quotes.setRange(0, 50)
        self.quotes.setValue(3)
        self.counts = QCheckBox(self.tr("Include numbers of meaning units and documents"))
        self.counts.setChecked(True)
        self.query = QComboBox()  # "Only units of query …": the exports that list meaning units
        self.query.setObjectName("exportQuery")
        self.query.addItem(self.tr("Every meaning unit"), None)
        from app.analysis.saved import list_queries

        for q in list_queries(session.project):
            self.query.addItem(self.tr("Only units of query {0}").format(q.name), q.name)
            self.query.setItemData(self.query.count() - 1, q.expression, Qt.ItemDataRole.ToolTipRole)
        self.query.setEnabled(self.query.count() > 1)
        self.path = SavePathField(str(suggested), title, file_filter)
        form = QFormLayout(self)
        form.addRow(self.tr("Reviewer &layer"), self.layer)
        form.addRow(self.tr("&Meaning units"), self.query)
        if codebook:
            form.addRow(self.tr("Exemplar &quotes per code"), self.quotes)
            form.addRow("", self.counts)
        form.addRow(self.tr("&Save as"), self.path)
        add_dialog_buttons(form, self, QDialogButtonBox.StandardButton.Save)

    def options(self) -> Any:
        from app.exporters.export_data import ExportOptions

        return ExportOptions(reviewer_id=self.layer.currentData(), quotes_per_code=self.quotes.value(),
                             include_counts=self.counts.isChecked())

    def query_name(self) -> str | None:
        """The saved query whose units alone are exported, or None for every unit."""
        return self.query.currentData()


def _restricted(project: Any, options: Any, query: str | None) -> Any:
    """``options`` restricted to a saved query's units (of the options' layer), as ``--query`` does; run in the
    export's background job, since reading a big study for the query takes a moment."""
    if not query:
        return options
    from dataclasses import replace

    from app.analysis.service import query_unit_ids

    return replace(options, unit_ids=query_unit_ids(project, query, options.reviewer_id), query=query)


def run_export(parent: QWidget, session: ProjectSession, title: str, out: Path,
               work: Callable[[Callable[[float, str], None], Callable[[], bool]], Any]) -> Job:
    """Run ``work(progress, cancelled)`` off the GUI thread; report the written file or the reason."""

    def done(_result: object) -> None:
        session.status.emit(QCoreApplication.translate("export_flow", "Wrote {out}").format(out=out))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            QCoreApplication.translate("export_flow", "Wrote {name}").format(name=out.name),
            parent=parent,
        )
        box.setObjectName("exportDone")
        box.setInformativeText(str(out))
        open_button = box.addButton(
            QCoreApplication.translate("export_flow", "Open"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))))
        box.open()

    def failed(exc: BaseException) -> None:
        reason = plain_reason(exc)
        session.report_error(reason if str(out) in reason else f"{out}: {reason}")

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Export", "{title} cancelled; nothing was written")
                            .format(title=title))

    return run_job(parent, title, work, done, failed, on_cancel=cancelled)


def _default_path(session: ProjectSession, suffix: str, what: str) -> Path:
    project = session.project
    return project.path.with_name(f"{project.path.stem} – {what}{suffix}")


def codebook_dialog(parent: QWidget, session: ProjectSession) -> ExportDialog:
    return ExportDialog(
        session,
        QCoreApplication.translate("export_flow", "Export the codebook"),
        _default_path(
            session,
            ".docx",
            QCoreApplication.translate("export_flow", "codebook"),
        ),
        QCoreApplication.translate("export_flow", "Word documents (*.docx)"),
        codebook=True,
        parent=parent,
    )


def analysis_table_dialog(parent: QWidget, session: ProjectSession) -> ExportDialog:
    return ExportDialog(
        session,
        QCoreApplication.translate("export_flow", "Export the analysis table"),
        _default_path(
            session,
            ".docx",
            QCoreApplication.translate("export_flow", "analysis table"),
        ),
        QCoreApplication.translate(
            "export_flow", "Word documents (*.docx);;CSV for Excel (*.csv);;Excel workbooks (*.xlsx)"
        ),
        codebook=False,
        parent=parent,
    )


def start_codebook_export(parent: QWidget, session: ProjectSession, dialog: ExportDialog) -> Job:
    from app.exporters.codebook_docx import export_codebook

    out, options, query = Path(dialog.path.text()), dialog.options(), dialog.query_name()
    return run_export(parent, session, "Export the codebook", out,
                      lambda progress, cancelled: export_codebook(
                          session.project, out, _restricted(session.project, options, query), progress, cancelled))


def start_analysis_table_export(parent: QWidget, session: ProjectSession, dialog: ExportDialog) -> Job:
    from app.exporters.analysis_table import export_analysis_table

    out, options, query = Path(dialog.path.text()), dialog.options(), dialog.query_name()
    return run_export(parent, session, "Export the analysis table", out,
                      lambda progress, cancelled: export_analysis_table(
                          session.project, out, _restricted(session.project, options, query), progress, cancelled))


def export_codebook_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    dialog = codebook_dialog(parent, session)
    return start_codebook_export(parent, session, dialog) if dialog.exec() else None


def export_analysis_table_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    dialog = analysis_table_dialog(parent, session)
    return start_analysis_table_export(parent, session, dialog) if dialog.exec() else None


def _simple_export(parent: QWidget, session: ProjectSession, title: str, suffix: str, what: str,
                   file_filter: str, fn: Callable[..., Any]) -> Job | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(_default_path(session, suffix, what)), file_filter)
    if not name:
        return None
    out = Path(name)
    return run_export(parent, session, title, out,
                      lambda progress, cancelled: fn(session.project, out, progress, cancelled))


def _dossier(window: QWidget, session: ProjectSession) -> Job | None:
    from app.ui.dossier_flow import export_dossier_dialog

    return export_dossier_dialog(window, session)


def _versions(window: QWidget, session: ProjectSession) -> QDialog:
    from app.ui.dossier_flow import codebook_versions_dialog

    return codebook_versions_dialog(window, session)


def export_actions(parent: QWidget, session: ProjectSession) -> list[QAction]:
    """The File › Export actions for the open project (owned by ``parent``; the window puts them in its menu)."""
    from app.consensus.report_docx import export_consensus_report
    from app.refi import export_qdc, export_qdpx

    entries: list[tuple[str, Callable[[], object], str | None]] = [
        (
            QCoreApplication.translate("export_flow", "&Codebook (Word)…"),
            lambda: export_codebook_dialog(parent.window(), session),
            "Ctrl+Shift+E",
        ),
        (
            QCoreApplication.translate("export_flow", "&Analysis table (Word or CSV)…"),
            lambda: export_analysis_table_dialog(parent.window(), session),
            None,
        ),
        (
            QCoreApplication.translate("export_flow", "Consensus &report (Word)…"),
            lambda: _simple_export(
                parent.window(),
                session,
                QCoreApplication.translate("export_flow", "Export the consensus report"),
                ".docx",
                QCoreApplication.translate("export_flow", "consensus report"),
                QCoreApplication.translate("export_flow", "Word documents (*.docx)"),
                export_consensus_report,
            ),
            None,
        ),
        (
            QCoreApplication.translate("export_flow", "Trustworthiness &dossier (Word)…"),
            lambda: _dossier(parent.window(), session),
            None,
        ),
        (
            QCoreApplication.translate("export_flow", "Codebook &versions…"),
            lambda: _versions(parent.window(), session),
            None,
        ),
        (
            QCoreApplication.translate("export_flow", "REFI-QDA &project (.qdpx)…"),
            lambda: _simple_export(
                parent.window(),
                session,
                QCoreApplication.translate("export_flow", "Export a REFI-QDA project"),
                ".qdpx",
                QCoreApplication.translate("export_flow", "REFI-QDA"),
                QCoreApplication.translate("export_flow", "REFI-QDA projects (*.qdpx)"),
                export_qdpx,
            ),
            None,
        ),
        (
            QCoreApplication.translate("export_flow", "REFI-QDA code&book (.qdc)…"),
            lambda: _simple_export(
                parent.window(),
                session,
                QCoreApplication.translate("export_flow", "Export a REFI-QDA codebook"),
                ".qdc",
                QCoreApplication.translate("export_flow", "codebook"),
                QCoreApplication.translate("export_flow", "REFI-QDA codebooks (*.qdc)"),
                export_qdc,
            ),
            None,
        ),
    ]
    actions = []
    for text, slot, shortcut in entries:
        action = QAction(text, parent)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(shortcut)
        actions.append(action)
    return actions
