"""The consensus keys inside the main window, where the menu bar's mnemonics (Alt+F, Alt+E, Alt+V, Alt+H) are
active too: each outcome key must reach the consensus view, not be swallowed as an ambiguous shortcut."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.ui.consensus.consensus_view import OUTCOME_BUTTONS
from app.ui.main_window import MainWindow


def test_the_edit_key_opens_the_edit_dialog_in_the_window(qtbot, demo_project) -> None:
    from app.ui.consensus.edit_dialog import EditConsensusDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(demo_project)
    window.resize(1400, 900)
    window.show()
    view = window.workspace.show_view("consensus")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: view.current is not None)
    view.tree.setFocus()
    assert view.isAncestorOf(QApplication.focusWidget())
    opened: list[bool] = []

    def close_it(tries: int = 100) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, EditConsensusDialog) and w.isVisible()), None)
        if dialog is None:
            if tries:
                QTimer.singleShot(20, lambda: close_it(tries - 1))
            return
        opened.append(True)
        dialog.reject()

    QTimer.singleShot(20, close_it)
    key = QKeySequence(dict((o, k) for o, _t, k in OUTCOME_BUTTONS)["edit"])[0]
    qtbot.keyClick(view.tree, key.key(), key.keyboardModifiers())
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)
