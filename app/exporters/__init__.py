"""Project → file: the Word codebook and the analysis table (Word or CSV).

Qt-free: each export is a plain function ``export_x(project, out_path, options, progress, cancelled)`` that a
Qt adapter (app.ui.jobs) runs off the GUI thread.
"""

from app.core.progress import Cancelled
from app.exporters.analysis_table import export_analysis_table
from app.exporters.codebook_docx import export_codebook
from app.exporters.export_data import ExportOptions

__all__ = ["Cancelled", "ExportOptions", "export_analysis_table", "export_codebook"]
