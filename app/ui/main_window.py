"""The main window: menus, start page, the workspace of an open project, the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME
from app.core.errors import LectioError
from app.ui import settings

if TYPE_CHECKING:  # these load when first used, after the window has painted (see launch.py)
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from app.core.project import Project
    from app.ui.app_state import ProjectSession
    from app.ui.start_page import StartPage
    from app.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, *, with_start_page: bool = True, defer_shortcuts: bool = False) -> None:
        """``with_start_page=False``: a project is about to open, so the start page is built only if needed.
        ``defer_shortcuts``: bind the keyboard shortcuts right after the first paint (Qt's first
        ``setShortcut`` costs ~10 ms, a seventh of a bare window's start-up)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.session: ProjectSession | None = None
        self.workspace: Workspace | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._start_page: StartPage | None = None
        if with_start_page:
            self.stack.setCurrentWidget(self.start_page)
        self._status_project = QLabel()
        self._status_reviewer = QLabel()
        self.statusBar().addPermanentWidget(self._status_reviewer)
        self.statusBar().addPermanentWidget(self._status_project)
        self._after_paint: list[Callable[[], None]] = []
        self._pending_shortcuts: list[tuple[QAction, list[str | QKeySequence.StandardKey]]] | None = (
            [] if defer_shortcuts else None)
        self.setAcceptDrops(True)  # files dropped from the desktop are imported into the open project
        self.reviewer_toolbar: QToolBar | None = None  # built with the first project (it is hidden until then)
        self._build_menus()
        if defer_shortcuts:
            self.after_first_paint(self._bind_pending_shortcuts)
        self._restore_geometry()
        self._update_title()

    @property
    def start_page(self) -> StartPage:
        if self._start_page is None:
            from app.ui.start_page import StartPage

            page = StartPage()
            page.open_requested.connect(self.open_path)
            page.open_dialog_requested.connect(self.open_dialog)
            page.new_requested.connect(self.new_dialog)
            page.demo_requested.connect(self.open_demo)
            self.stack.addWidget(page)
            self._start_page = page
        return self._start_page

    # -- menus ------------------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            self._bind(action, [shortcut])
        return action

    def _bind(self, action: QAction, keys: list[str | QKeySequence.StandardKey]) -> None:
        if self._pending_shortcuts is None:
            action.setShortcuts([QKeySequence(k) for k in keys])
        else:
            self._pending_shortcuts.append((action, keys))

    def _bind_pending_shortcuts(self) -> None:
        pending, self._pending_shortcuts = self._pending_shortcuts or [], None
        for action, keys in pending:
            self._bind(action, keys)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New project…"), self.new_dialog, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Open &team study…"), self.open_team_study)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, self.tr("Open the &demo study"), self.open_demo)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import documents…"), self.import_dialog, "Ctrl+I")
        exchange = file_menu.addMenu(self.tr("Import from another &QDA program"))
        self._exchange_actions = [
            self._action(exchange, self.tr("REFI-QDA &project (.qdpx)…"), lambda: self._exchange("import_refi_dialog")),
            self._action(exchange, self.tr("REFI-QDA &codebook (.qdc)…"),
                         lambda: self._exchange("import_refi_dialog", codebook_only=True)),
        ]
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        file_menu.addSeparator()
        self.study_action = self._action(file_menu, self.tr("Study &properties…"), self.study_dialog)
        self._exchange_actions += [
            self._action(file_menu, self.tr("Create &reviewer copy…"), lambda: self._exchange("reviewer_copy_dialog")),
            self._action(file_menu, self.tr("&Merge reviewer's file…"), lambda: self._exchange("merge_dialog")),
        ]
        self._exchange_menu = exchange
        from app.ui.sync_flow import sync_dialog
        from app.ui.team_dialog import team_dialog

        self.team_action = self._action(file_menu, self.tr("Te&am…"), lambda: team_dialog(self))  # a server study
        self.sync_action = self._action(file_menu, self.tr("S&ync with the team server"),  # a clone of one
                                        lambda: self.session and sync_dialog(self, self.session))
        file_menu.addSeparator()
        self.close_action = self._action(file_menu, self.tr("&Close project"), self.close_project,
                                         QKeySequence.StandardKey.Close)
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.edit_menu, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.edit_menu, self.tr("&Redo"), self._redo, "Ctrl+Shift+Z")
        self._bind(self.redo_action, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.edit_menu.addSeparator()
        self.reviewers_action = self._action(self.edit_menu, self.tr("Re&viewers…"), self.reviewers_dialog,
                                             "Ctrl+Shift+R")
        self.preferences_action = self._action(self.edit_menu, self.tr("&Preferences…"), self.preferences_dialog,
                                               QKeySequence.StandardKey.Preferences)

        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About Lectio"), self.show_about)
        self._project_actions = [self.import_action, self.close_action, self.reviewers_action, self.study_action,
                                 *self._exchange_actions]
        self._update_actions()

    def _ensure_toolbar(self) -> None:
        if self.reviewer_toolbar is None:
            self._build_toolbar()

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Reviewer"))
        toolbar.setObjectName("reviewerToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Reviewer: ")))
        from app.ui.bidi_items import BidiComboBox

        self.reviewer_box = BidiComboBox()  # an Arabic name reads right to left, in the list and when closed
        self.reviewer_box.setObjectName("reviewerSwitcher")
        self.reviewer_box.setToolTip(self.tr("Whose layer you are reading and coding (Ctrl+R)"))
        self.reviewer_box.currentIndexChanged.connect(self._reviewer_chosen)
        toolbar.addWidget(self.reviewer_box)
        focus = QAction(self.tr("Choose reviewer"), self)
        focus.setShortcut("Ctrl+R")
        focus.triggered.connect(lambda: (self.reviewer_box.setFocus(), self.reviewer_box.showPopup()))
        self.addAction(focus)
        self.addToolBar(toolbar)  # at the top
        self.reviewer_toolbar = toolbar

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_projects():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _update_actions(self) -> None:
        has_project = self.session is not None
        for action in self._project_actions:
            action.setEnabled(has_project)
        self.export_menu.setEnabled(has_project)
        self._update_team_actions()
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(self.tr("&Undo {undoText}").format(
                                     undoText=stack.undoText()) if stack and stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {redoText}").format(
                                     redoText=stack.redoText()) if stack and stack.canRedo() else self.tr("&Redo"))

    def _undo(self) -> None:
        if self.session:
            self.session.undo_stack.undo()

    def _redo(self) -> None:
        if self.session:
            self.session.undo_stack.redo()

    # -- project lifecycle ----------------------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        from app.core.project import open_project

        try:
            project = open_project(path)
        except LectioError as exc:
            self.show_error(self.tr("Cannot open the project"), str(exc))
            if self.session is None:
                self.stack.setCurrentWidget(self.start_page)
            if not Path(path).exists():
                settings.remove_recent(Path(path))
                self.start_page.refresh()
            return False
        self.set_project(project)
        if project.migrated_from is not None:
            renamed = ("; names made unique: " + "; ".join(project.renamed_on_upgrade)
                       if project.renamed_on_upgrade else "")
            self.statusBar().showMessage(
                self.tr("Updated from file format {migrated_from}; the old file is kept as {backup_path}").format(
                    migrated_from=project.migrated_from, backup_path=project.backup_path)
                + renamed, 30000 if renamed else 10000)
        return True

    def set_project(self, project: Project, *, remember: bool = True) -> None:
        """Show ``project``; ``remember=False`` (screenshots) keeps it out of the recent list."""
        from app.ui.app_state import ProjectSession
        from app.ui.workspace import Workspace

        self.close_project()
        self.session = ProjectSession(project, self)
        self.session.error.connect(lambda msg: self.show_error(self.tr("Lectio"), msg))
        self.session.status.connect(lambda msg: self.statusBar().showMessage(msg, 4000))
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.session.changed.connect(self._on_changed)
        self._ensure_toolbar()
        self.workspace = Workspace(self.session, self)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        opening, self._opening_page = getattr(self, "_opening_page", None), None
        if opening is not None:  # the preview has done its job
            self.stack.removeWidget(opening)
            opening.deleteLater()
            self.statusBar().clearMessage()
        self._fill_workspace_menus()
        if remember and not project.on_server:  # the recent list holds files (Open team study… remembers a server)
            settings.add_recent(project.path)
        self._fill_reviewers()
        if not self.session.remembered_reviewer and len(project.reviewers(include_consensus=False)) > 1:
            self.statusBar().showMessage(self.tr("Working as {currentText} — choose your own name in the Reviewer "
                                                 "box (Ctrl+R)").format(
                                             currentText=self.reviewer_box.currentText()), 15000)
        self._update_title()
        self._update_actions()
        from app.ui.study_guard import StudyGuard

        self.guard = StudyGuard(self, project)  # backups while work is done; a banner when read-only

    def _fill_workspace_menus(self) -> None:
        """View and Export hold the workspace's actions (it offers them; the window places them)."""
        menus = {"view": self.view_menu, "export": self.export_menu}
        last: dict[str, str] = {}
        for item in self.workspace.offered_actions():
            menu = menus[item.menu]
            if last.get(item.menu, item.group) != item.group:
                menu.addSeparator()
            last[item.menu] = item.group
            menu.addAction(item.action)
        self.export_menu.setEnabled(True)

    def close_project(self) -> None:
        if self.session is None:
            return
        if getattr(self, "guard", None) is not None:
            self.guard.finish()
            self.guard = None
        if self.workspace is not None:
            self.view_menu.clear()
            self.export_menu.clear()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.session.close()
        self.session = None
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        if self.reviewer_toolbar is not None:
            self.reviewer_box.blockSignals(True)
            self.reviewer_box.clear()
            self.reviewer_box.blockSignals(False)
        self._update_title()
        self._update_actions()

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "reviewers", False) or getattr(changes, "project", False):
            self._fill_reviewers()
            self._update_title()

    def _fill_reviewers(self) -> None:
        if self.session is None:
            return
        self.reviewer_box.blockSignals(True)
        self.reviewer_box.clear()
        for r in self.session.project.reviewers():
            self.reviewer_box.addItem(f"{r.name} ({r.initials})", r.id)
            if r.id == self.session.reviewer_id:
                self.reviewer_box.setCurrentIndex(self.reviewer_box.count() - 1)
        self.reviewer_box.blockSignals(False)
        self._status_reviewer.setText(self.tr("Reviewer: {currentText}  ").format(
                                          currentText=self.reviewer_box.currentText()))

    def _reviewer_chosen(self, index: int) -> None:
        if self.session is not None and index >= 0:
            self.session.set_reviewer(self.reviewer_box.itemData(index))
            self._status_reviewer.setText(self.tr("Reviewer: {currentText}  ").format(
                                              currentText=self.reviewer_box.currentText()))

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            self._status_project.setText(self.tr("No project open"))
            if self.reviewer_toolbar is not None:
                self.reviewer_toolbar.setVisible(False)
            return
        project = self.session.project
        self.setWindowTitle(f"{project.title} — {APP_NAME}")
        state = self.tr("read-only") if project.read_only else self.tr("saved")
        self._status_project.setText(f"{project.path.name} · {state}")
        self._status_project.setToolTip(self.tr("{path}\nEvery change is saved as you make it.").format(
                                            path=project.path))
        if self.reviewer_toolbar is not None:
            self.reviewer_toolbar.setVisible(True)

    # -- dialogs ----------------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a Lectio project"), str(Path.home()),
                                              self.tr("Lectio projects (*.lectio);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def open_team_study(self) -> None:
        """File › Open team study…: a study on a PostgreSQL server (app/ui/team_study.py)."""
        from app.ui.team_study import open_team_study_dialog

        open_team_study_dialog(self)

    def _update_team_actions(self) -> None:
        """File › Team… for a study on a server, File › Sync for a clone of one (asked once per study)."""
        from app.ui.sync_flow import team_flags

        if getattr(self, "_team_flags", (0,))[0] is not self.session:
            self._team_flags = (self.session, *team_flags(self.session))
        self.team_action.setEnabled(self._team_flags[1])
        self.sync_action.setEnabled(self._team_flags[2])

    def new_dialog(self) -> None:
        from app.ui.new_project_dialog import NewProjectDialog

        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        from app.core.project import create_project

        values = dialog.values()
        try:
            project = create_project(Path(values.pop("path")), **values)
        except LectioError as exc:
            self.show_error(self.tr("Cannot create the project"), str(exc))
            return
        self.set_project(project)

    def open_demo(self) -> None:
        from app.demo import build_demo

        path = settings.demo_path()
        if path.exists():
            self.open_path(path)
            return
        try:
            project = build_demo(path)
        except LectioError as exc:
            self.show_error(self.tr("Cannot write the demo study"), str(exc))
            return
        self.set_project(project)

    def import_dialog(self) -> None:
        from app.ui.import_flow import ask_and_import

        if self.session is not None:
            ask_and_import(self, self.session)

    def study_dialog(self) -> None:
        from app.ui.study_dialog import StudyDialog

        if self.session is not None:
            StudyDialog(self.session, self).open()

    def reviewers_dialog(self) -> None:
        from app.ui.reviewers_dialog import ReviewersDialog

        if self.session is not None:
            dialog = ReviewersDialog(self.session, self)
            dialog.open()

    def preferences_dialog(self) -> None:
        from app.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def _exchange(self, flow: str, **kwargs: object) -> None:
        from app.ui import exchange_flow

        if self.session is not None:
            getattr(exchange_flow, flow)(self, self.session, **kwargs)

    def show_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        if self.isVisible():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, title, message)

    def show_about(self) -> None:
        from app.ui.guide import show_about

        show_about(self)

    def show_guide(self) -> None:
        from app.ui.guide import show_guide

        show_guide(self)

    # -- geometry ---------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.close_project()
        super().closeEvent(event)

    def _dropped_files(self, event: QDropEvent | QDragEnterEvent) -> list[Path]:
        from app.ui.import_flow import dropped_paths

        return dropped_paths(event.mimeData()) if self.session is not None else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        paths = self._dropped_files(event)
        documents = [p for p in paths if p.suffix.lower() != ".lectio"]
        if documents and self.session is not None:
            from app.ui.import_flow import import_paths

            event.acceptProposedAction()
            self.last_import = import_paths(self, self.session, documents)

    def show_opening(self, name: str, path: Path | None = None) -> None:
        """While a project named on the command line opens: its document list and first text read straight
        from the file (app/ui/preview.py), or a quiet page instead of the start page."""
        page: QWidget | None = None
        if path is not None:
            from app.ui.preview import preview_page

            page = preview_page(path)
        if page is None:
            page = QLabel(self.tr("    Opening {name}…").format(
                              name=name))  # plain text: rich text and alignment enums load after the paint
            page.setObjectName("openingPage")
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._opening_page = page
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=name))

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has painted (so a slow start shows a window at once)."""
        if not self._after_paint:
            self.installEventFilter(self)
        self._after_paint.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self and event.type() == QEvent.Type.Paint and self._after_paint:
            callbacks, self._after_paint = self._after_paint, []
            self.removeEventFilter(self)
            for callback in callbacks:
                QTimer.singleShot(0, callback)
        return super().eventFilter(watched, event)
