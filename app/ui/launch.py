"""Start the window: a project, the demo, or the start page; or render a screenshot offscreen and exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

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
    from app.ui.i18n import install_translators

    install_translators(app)  # before any window: every tr() call translates from the start
    icon = resource_path("icons", "lectio.png")  # PNG: no SVG plugin to load before the first paint
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
# what Qt's xcb platform plugin loads, and the Debian package of each (README lists them too)
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libEGL.so.1": "libegl1", "libfontconfig.so.1": "libfontconfig1",
}
HEADLESS_HINT = "to run it headless, set QT_QPA_PLATFORM=offscreen, or use the commands (lectio --help)"


def check_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> None:
    """On Linux, refuse in one line before Qt would abort (and dump core) for want of a display or of the
    libraries its xcb plugin needs."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in HEADLESS_PLATFORMS or qpa.startswith("wayland") and env.get("WAYLAND_DISPLAY"):
        return
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        raise LectioError(f"cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set); "
                          f"{HEADLESS_HINT}")
    if qpa in ("", "xcb") and not env.get("WAYLAND_DISPLAY"):
        missing = _missing_libraries()
        if missing:
            raise LectioError("cannot open the window: system libraries for Qt's X11 plugin are missing; install "
                              f"them with: sudo apt-get install {' '.join(missing)}; or, {HEADLESS_HINT}")


def _missing_libraries() -> list[str]:
    import ctypes

    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def launch(project: Path | str | None, *, demo: bool = False, screenshot: Path | None = None, view: str = "reader",
           document: str | None = None, pass_no: int = 1, theme: str | None = None) -> int:
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    check_display()
    on_server = isinstance(project, str)  # run_window passes a server address as text, a file as a Path
    if project is not None and not on_server:  # a server study is checked on opening
        from app.core.fileformat import inspect_file

        inspect_file(project)  # a file that is not a project fails here, as one line, before any window
    app = make_app()
    from app.ui import theme as themes

    themes.apply(theme)  # --theme, else the one chosen in Preferences, else the system's light or dark
    from app.ui.main_window import MainWindow

    window = MainWindow(with_start_page=project is None and not demo, defer_shortcuts=screenshot is None)
    from app.ui import excepthook

    excepthook.install(window)  # an error in any slot is shown and logged, never lost
    if screenshot is not None:
        _open(window, project, demo, strict=True)
        if window.session is not None:
            window.session.bookkeeping = False  # a screenshot leaves the study exactly as it was
        _show_place(window, view, document, pass_no)
        return _screenshot(app, window, screenshot)
    if project is not None or demo:
        # paint the window first, then load the database layer and the project
        from app.ui import settings  # (QStandardPaths only; no database layer yet)

        first_view = settings.demo_path() if project is None else None if on_server else Path(project)
        if project is None:
            name = QCoreApplication.translate("launch", "the demo study")
        else:
            name = str(project) if on_server else Path(project).name
        window.show_opening(name, first_view if first_view is not None and first_view.exists() else None)
        window.after_first_paint(lambda: (_open(window, project, demo, strict=False),
                                          _show_place(window, view, document, pass_no)))
    window.show()
    return app.exec()


def _open(window, project: Path | str | None, demo: bool, *, strict: bool) -> None:  # type: ignore[no-untyped-def]
    """Open the project (or the demo). ``strict``: raise a refusal (for one-line CLI errors), else show it."""
    if project is not None:
        if strict:
            from app.core.project import open_project

            window.set_project(open_project(project, read_only=True), remember=False)
        else:
            window.open_path(project)
    elif demo:
        window.open_demo()


def _show_place(window, view: str, document: str | None, pass_no: int) -> None:  # type: ignore[no-untyped-def]
    if window.workspace is None:
        return
    reader = window.workspace.reader
    if document:
        from app.core.documents import find_document

        reader.show_document(find_document(window.session.project, document).id, pass_no)
    elif reader.document_id:
        reader.show_document(reader.document_id, pass_no)
    window.workspace.show_view(view)


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
