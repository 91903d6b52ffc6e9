"""The workspace offers its actions; the window builds its menus from them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from app.core.project import create_project
from app.ui.main_window import MainWindow
from app.ui.workspace import WorkspaceAction

UI = Path(__file__).resolve().parents[2] / "app" / "ui"


def test_the_workspace_never_touches_the_windows_menus() -> None:
    for module in ("workspace.py", "export_flow.py"):
        source = (UI / module).read_text(encoding="utf-8")
        assert not re.search(r"menuBar\(\)|view_menu|export_menu|file_menu|MainWindow", source), module


def _menu_actions(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


def test_each_tab_and_export_is_in_the_windows_menus(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(create_project(tmp_path / "study.lectio", reviewer="Ana"))
    offered = window.workspace.offered_actions()
    assert all(isinstance(item, WorkspaceAction) for item in offered)
    in_menus = [a for top in window.menuBar().actions() if top.menu() for a in _menu_actions(top.menu())]
    shortcuts = {a.shortcut().toString() for a in in_menus}
    assert {f"Ctrl+{i}" for i in range(1, 6)} <= shortcuts
    for item in offered:
        assert item.action in in_menus
    ctrl3 = next(a for a in in_menus if a.shortcut() == QKeySequence("Ctrl+3"))
    ctrl3.trigger()
    assert window.workspace.currentWidget() is window.workspace.consensus
    export_texts = [a.text() for a in window.export_menu.actions()]
    assert "&Codebook (Word)…" in export_texts and window.export_menu.isEnabled()
    window.close_project()
    assert window.view_menu.actions() == [] and window.export_menu.actions() == []
    window.close()
