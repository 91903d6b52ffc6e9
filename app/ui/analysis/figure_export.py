"""Exporting one of the Analysis view's figures: the file dialog and the writing (.xlsx or .docx with the chart
under the table, or the chart alone as .png/.svg), in the study's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.analysis.figures import Cooccurrence, Matrix, Saturation
from app.core.errors import LectioError
from app.ui.app_state import ProjectSession

Figure = Matrix | Cooccurrence | Saturation


def _title(what: str) -> str:
    titles = {
        "matrix": QCoreApplication.translate("AnalysisView", "Export the matrix"),
        "cooccurrence": QCoreApplication.translate("AnalysisView", "Export the co-occurrence table"),
        "saturation": QCoreApplication.translate("AnalysisView", "Export the saturation table"),
    }
    return titles[what]


def ask_and_export(parent: QWidget, session: ProjectSession, figure: Figure, what: str) -> Path | None:
    """Ask where to write ``figure`` (``what``: matrix, cooccurrence or saturation), then write it."""
    default = session.project.path.with_name(f"{session.project.path.stem} – {what}.xlsx")
    path, _ = QFileDialog.getSaveFileName(
        parent, _title(what), str(default),
        QCoreApplication.translate("AnalysisView", "Excel (*.xlsx);;Word (*.docx);;Chart as PNG, 300 dpi "
                                                   "(*.png);;Chart as SVG (*.svg)"))
    return export_figure(session, figure, Path(path)) if path else None


def export_figure(session: ProjectSession, figure: Figure, path: Path) -> Path | None:
    """Write ``figure`` to ``path`` (its ending chooses the format); errors go to the user, not up."""
    from app.core.study_language import export_language
    from app.exporters.analysis_figures import export_table
    from app.ui.analysis.charts import chart_image, export_chart

    try:
        language = export_language(session.project)
        if path.suffix.lower() in (".png", ".svg"):
            written = export_chart(figure, path, language=language)
        else:
            chart = chart_image(figure, language=language) if path.suffix.lower() == ".docx" else None
            written = export_table(figure, path, session.project.title, chart, language)
    except LectioError as exc:
        session.report_error(str(exc))
        return None
    session.status.emit(QCoreApplication.translate("AnalysisView", "Wrote {written}").format(written=written))
    return written
