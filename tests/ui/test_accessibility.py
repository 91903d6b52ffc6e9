"""Every interactive control of every view and dialog has a name that assistive technology can read.

The test asks Qt's accessibility interface (what a screen reader receives), so a visible text, a buddy label
or an explicit accessible name all count; a control with none of them fails, named by its class and object name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.studies import copy_study

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
            QAbstractSlider, QTabBar, QAbstractScrollArea)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own sub-widgets, named through the control they belong to: a combo box's popup, a scroll area's
    viewport and scroll bars, a table's headers and corner button, a spin box's edit, a line edit's clear
    button (which takes no focus: the Escape of the edit does the same)."""
    if isinstance(widget, (QMenu, QMenuBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    if isinstance(parent, QLineEdit) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return True
    while parent is not None:
        if isinstance(parent, QComboBox) or (isinstance(parent, QAbstractScrollArea)
                                             and parent.objectName() == "qt_scrollarea_vcontainer"):
            return True
        if type(parent).__name__ in ("QAbstractScrollAreaScrollBarContainer",):
            return True
        parent = parent.parentWidget()
    return False


def interactive(widget: QWidget) -> bool:
    if _part_of_another_control(widget):
        return False
    from PySide6.QtWidgets import QScrollBar

    if isinstance(widget, QScrollBar):
        return False  # scrolling belongs to the area; Qt names scroll bars by orientation itself
    return isinstance(widget, CONTROLS) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__}({w.objectName() or 'no object name'}) in {type(w.parentWidget()).__name__}"
            for w in [root, *root.findChildren(QWidget)] if interactive(w) and not spoken_name(w).strip()]


@pytest.fixture(scope="module")
def window(qapp: Any, demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One main window on a copy of the demo for the whole module (building it is most of the cost)."""
    from app.core.project import open_project
    from app.ui.main_window import MainWindow

    path = copy_study(demo_file, tmp_path_factory.mktemp("a11y") / "demo.lectio")
    win = MainWindow()
    win.set_project(open_project(path, backup=False))
    win.resize(1400, 900)
    win.show()
    qapp.processEvents()
    yield win
    win.close()
    win.deleteLater()


def test_the_start_page_names_every_control(qtbot: Any) -> None:
    from app.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert unnamed(win) == []


@pytest.mark.parametrize("view", ["reader", "board", "consensus", "participants", "analysis"])
def test_every_view_names_every_control(window: Any, view: str) -> None:
    shown = window.workspace.show_view(view)
    if view == "reader":
        shown.show_document(shown.document_id, 3)  # pass 3: the margin and the coding controls too
    assert len([w for w in shown.findChildren(QWidget) if interactive(w)]) >= 3  # the walk sees the controls
    assert unnamed(window) == [], f"unnamed controls in the {view}"


def _dialogs() -> dict[str, Callable[[Any], QWidget]]:
    from app.ui.board.move_dialog import MoveDialog
    from app.ui.consensus.edit_dialog import EditConsensusDialog
    from app.ui.dossier_flow import CodebookVersionsDialog, DossierDialog
    from app.ui.exchange_flow import ConflictsDialog, RefiImportDialog, ReviewerCopyDialog
    from app.ui.export_flow import ExportDialog
    from app.ui.import_flow import ImportProgressDialog
    from app.ui.new_project_dialog import NewProjectDialog
    from app.ui.notes_dialog import StudyNotesDialog
    from app.ui.participants_dialogs import AutocodeDialog, PseudonymiseDialog
    from app.ui.preferences import PreferencesDialog
    from app.ui.reader.code_picker import CodePicker
    from app.ui.reader.text_correction import ReplaceDialog, ReviewDialog
    from app.ui.reader.text_dialog import TextDialog
    from app.ui.reviewers_dialog import ReviewersDialog
    from app.ui.search_dialog import SearchDialog
    from app.ui.study_dialog import StudyDialog

    return {
        "study properties": lambda w: StudyDialog(w.session, w),
        "reviewers": lambda w: ReviewersDialog(w.session, w),
        "search": lambda w: SearchDialog(w.session, w),
        "study notes": lambda w: StudyNotesDialog(w.session, w),
        "autocode": lambda w: AutocodeDialog(w.session, parent=w),
        "pseudonymise": lambda w: PseudonymiseDialog(w.session, w),
        "new project": lambda w: NewProjectDialog(w),
        "edit consensus unit": lambda w: EditConsensusDialog("Words of a passage", 0, 5, [("c1", "Trust")], set(), w),
        "code picker": lambda w: CodePicker([], set(), parent=w),
        "find and replace": lambda w: ReplaceDialog(w.workspace.reader),
        "review corrected units": lambda w: ReviewDialog(w.workspace.reader),
        "note": lambda w: TextDialog("Note", "Your note on this unit", parent=w),
        "import progress": lambda w: ImportProgressDialog(3, w),
        "export": lambda w: ExportDialog(w.session, "Export", Path("out.docx"), "Word (*.docx)", codebook=True,
                                         parent=w),
        "REFI-QDA import": lambda w: RefiImportDialog(Path("in.qdpx"), w),
        "reviewer copy": lambda w: ReviewerCopyDialog(w.session, w),
        "merge conflicts": lambda w: ConflictsDialog(w.session, [], w),
        "dossier": lambda w: DossierDialog(w.session, w),
        "codebook versions": lambda w: CodebookVersionsDialog(w.session, w),
        "preferences": lambda w: PreferencesDialog(w),
        "move to": lambda w: MoveDialog([("Unsorted (no category)", ("unsorted", None))], "codes", w),
    }


@pytest.mark.parametrize("name", sorted(_dialogs()))
def test_every_dialog_names_every_control(window: Any, name: str) -> None:
    dialog = _dialogs()[name](window)
    try:
        assert unnamed(dialog) == [], f"unnamed controls in the {name} dialog"
    finally:
        dialog.deleteLater()


def test_a_control_without_a_name_is_caught(qtbot: Any) -> None:
    """The walk itself: a bare line edit fails it, a labelled one (buddy) and a named one pass."""
    from PySide6.QtWidgets import QFormLayout

    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    bare, labelled, named = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Named")
    form.addRow(bare)
    form.addRow("Labelled", labelled)
    form.addRow(named)
    assert unnamed(page) == ["QLineEdit(no object name) in QWidget"]
