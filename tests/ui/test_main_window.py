"""The window shell on the demo study: menus, start page, reviewer switcher, undo labels, geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from app.core import units
from app.core.documents import list_documents
from app.core.project import create_project, open_project
from app.ui.main_window import MainWindow


def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def _menu_items(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_window_opens_on_the_demo_with_its_documents_and_menus(qtbot, demo_project) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(demo_project)
    window.show()
    assert window.windowTitle().startswith("Care partnerships at home")
    assert _menu_titles(window) == ["File", "Edit", "View", "Help"]
    file_items = _menu_items(window, "File")
    for wanted in ("New project…", "Open…", "Open Recent", "Import documents…", "Export", "Quit"):
        assert wanted in file_items
    assert [window.reviewer_box.itemText(i) for i in range(window.reviewer_box.count())] == [
        "Ana Ruiz (AR)", "Ben Okafor (BO)"]
    reader = window.workspace.reader
    names = [reader.documents.item(i).text() for i in range(reader.documents.count())] \
        if hasattr(reader.documents, "item") else None
    if names is not None:
        assert names == [d.name for d in list_documents(demo_project)]
    window.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_undo_and_redo_are_labelled_with_the_action(qtbot, demo_project) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(demo_project)
    doc = list_documents(demo_project)[0]
    before = len(units.list_units(demo_project, doc.id))
    window.session.do(units.create_unit, doc.id, 0, 9)
    assert window.undo_action.text() == "&Undo Create meaning unit"
    window.undo_action.trigger()
    assert len(units.list_units(demo_project, doc.id)) == before
    assert window.redo_action.text() == "&Redo Create meaning unit"
    window.redo_action.trigger()
    assert len(units.list_units(demo_project, doc.id)) == before + 1
    window.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_switching_reviewer_changes_whose_layer_is_edited_and_is_remembered(qtbot, demo_path: Path) -> None:
    path = demo_path
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(open_project(path, backup=False))
    window.reviewer_box.setCurrentIndex(1)
    ben = window.session.project.reviewers()[1]
    assert window.session.reviewer_id == ben.id
    window.close_project()
    window.set_project(open_project(path))
    assert window.session.reviewer_id == ben.id  # remembered on this machine
    window.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_start_page_lists_recent_projects_and_opens_one(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "recent.lectio"
    create_project(path, title="Recent study").close()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(path)
    window.close_project()
    assert window.stack.currentWidget() is window.start_page
    recent = window.start_page.recent
    item = recent.item(0)
    assert Path(item.data(Qt.ItemDataRole.UserRole)) == path.resolve()
    recent.setCurrentItem(item)
    recent.itemActivated.emit(item)
    assert window.session is not None and window.session.project.title == "Recent study"
    window.close()


def test_window_geometry_is_remembered(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 480)  # inside the offscreen screen, which restoreGeometry clamps to
    window.close()
    assert QSettings().value("window/geometry") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)
    again.close()


def test_a_refused_file_shows_the_reason_and_keeps_the_start_page(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "notes.lectio"
    path.write_text("not a project")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(path)
    assert "not a Lectio project" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is window.start_page


def test_reviewers_are_managed_in_the_project(qtbot, demo_project) -> None:
    from app.ui.reviewers_dialog import ReviewersDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(demo_project)
    dialog = ReviewersDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.new_name.setText("Cleo Hart")
    dialog.add_button.click()
    assert [r.name for r in demo_project.reviewers()][-1] == "Cleo Hart"
    assert window.reviewer_box.findText("Cleo Hart (CH)") >= 0  # the switcher follows
    dialog.initials.setText("CLH")
    dialog.save_button.click()
    assert demo_project.reviewers()[-1].initials == "CLH"
    window.session.undo_stack.undo()
    assert demo_project.reviewers()[-1].initials == "CH"
    window.close()


@pytest.mark.slow  # builds the demo study through the window
def test_first_run_start_page_opens_the_demo_and_remembers_it(qtbot) -> None:
    from app.ui import settings

    window = MainWindow()
    qtbot.addWidget(window)
    buttons = [window.start_page.new_button.text(), window.start_page.open_button.text(),
               window.start_page.demo_button.text()]
    assert buttons == ["New project…", "Open project…", "Open the demo study"]
    settings.demo_path().unlink(missing_ok=True)
    window.start_page.demo_button.click()
    assert window.session is not None and window.session.project.title == "Care partnerships at home"
    assert settings.demo_path().exists()
    window.close_project()
    window.start_page.demo_button.click()  # the second time it opens the same file, with its changes
    assert window.session.project.path == settings.demo_path()
    window.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_new_project_dialog_asks_for_title_question_and_first_reviewer(qtbot, tmp_path: Path) -> None:
    from app.ui.new_project_dialog import NewProjectDialog

    dialog = NewProjectDialog(None, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.title.setText("Nurses at night")
    dialog.question.setPlainText("How do night nurses decide to call a doctor?")
    dialog.reviewer.setText("Ana Ruiz")
    values = dialog.values()
    assert values["path"] == str(tmp_path / "Nurses at night.lectio")
    path = Path(values.pop("path"))
    with create_project(path, **values) as project:
        assert project.title == "Nurses at night"
        assert project.meta("research_question") == "How do night nurses decide to call a doctor?"
        assert [r.name for r in project.reviewers()] == ["Ana Ruiz"]


def test_a_project_named_at_launch_shows_opening_then_the_start_page_if_refused(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    path = tmp_path / "notes.lectio"
    path.write_text("not a project")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_opening(path.name)
    assert isinstance(window.stack.currentWidget(), QLabel)
    assert "Opening notes.lectio" in window.stack.currentWidget().text()
    assert not window.open_path(path)
    assert window.stack.currentWidget() is window.start_page


def test_shortcuts_deferred_at_start_up_are_bound_once_the_window_has_painted(qtbot) -> None:
    from PySide6.QtGui import QKeySequence

    window = MainWindow(with_start_page=False, defer_shortcuts=True)
    qtbot.addWidget(window)
    assert window.undo_action.shortcut().isEmpty()  # not yet: binding the first shortcut costs ~10 ms
    window.show()
    qtbot.waitUntil(lambda: not window.undo_action.shortcut().isEmpty(), timeout=5000)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert [k.toString() for k in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window.import_action.shortcut().toString() == "Ctrl+I"
