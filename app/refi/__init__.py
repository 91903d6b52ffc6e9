"""REFI-QDA exchange: export a project as .qdpx / its codebook as .qdc, and import both.

Qt-free: long work takes ``progress(fraction, message)`` and ``cancelled()`` callables. Never imports PySide6.
"""

from __future__ import annotations

from app.core.progress import Cancelled
from app.refi.errors import RefiError
from app.refi.export import RefiResult, export_qdc, export_qdpx
from app.refi.importing import import_qdc, import_qdpx

__all__ = ["Cancelled", "RefiError", "RefiResult", "export_qdc", "export_qdpx", "import_qdc", "import_qdpx"]
