"""Start the window: a project, the demo, or the start page; or render a screenshot offscreen and exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.core.errors import LectioError


def make_app():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.resources import resource_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "lectio.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def launch(project: Path | None, *, demo: bool = False, screenshot: Path | None = None, view: str = "reader",
           document: str | None = None, pass_no: int = 1) -> int:
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    opened = None
    if project is not None:
        from app.core.project import open_project

        opened = open_project(project, backup=screenshot is None)  # a bad file fails here, as one line
    app = make_app()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    if opened is not None:
        window.set_project(opened)
    elif demo:
        window.open_demo()
    if window.workspace is not None:
        reader = window.workspace.reader
        if document:
            from app.core.documents import find_document

            reader.show_document(find_document(opened or window.session.project, document).id, pass_no)  # type: ignore[union-attr]
        elif reader.document_id:
            reader.show_document(reader.document_id, pass_no)
        window.workspace.show_view(view)
    if screenshot is not None:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


def _screenshot(app, window, out: Path) -> int:  # type: ignore[no-untyped-def]
    window.resize(1400, 900)
    window.show()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    window.close()
    if not image.save(str(out)):
        raise LectioError(f"{out}: cannot write the screenshot here")
    print(f"Wrote {out}")
    return 0
