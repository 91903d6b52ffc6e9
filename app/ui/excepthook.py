"""The window's one exception hook: every error raised while handling a user action reaches the user.

Qt calls Python slots from C++; an exception that escapes a slot goes to ``sys.excepthook`` and, by default,
only to the terminal — the user never learns that the change was not saved. This hook writes the traceback to
the log file (``app.core.logfile``), and shows one plain sentence (``app.core.errors.user_message``) naming the
study and what was not saved, in the status bar and, when the window is visible, in a message box.
"""

from __future__ import annotations

import sys
import weakref
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.core.errors import LectioError, user_message
from app.core.logfile import log_exception

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

_window: weakref.ref[MainWindow] | None = None
last_message: str = ""  # what the user was last told (tests read it)
_previous = sys.excepthook


def install(window: MainWindow) -> None:
    """Route uncaught exceptions to ``window`` from now on."""
    global _window
    _window = weakref.ref(window)
    sys.excepthook = hook


def unsaved_action(exc: BaseException, tb: TracebackType | None) -> str:
    """The user action that failed: the summary of the ``operation()`` whose write session it broke (recorded
    by ``Project.write_session``), else the core function a view called, from the traceback."""
    if getattr(exc, "lectio_action", ""):
        return str(exc.lectio_action)  # type: ignore[attr-defined]
    action = ""
    while tb is not None:
        frame = tb.tb_frame
        module = frame.f_globals.get("__name__", "")
        if not action and module.startswith("app.core.") and module not in {"app.core.ops", "app.core.project"}:
            action = frame.f_code.co_name.replace("_", " ").strip().capitalize()
        tb = tb.tb_next
    return action


def describe(exc: BaseException, tb: TracebackType | None = None) -> str:
    """One line: what happened to which file, and what was not saved."""
    window = _window() if _window is not None else None
    session = getattr(window, "session", None)
    study = session.project.path if session is not None else None
    message = user_message(exc, study)
    if study is None:
        return message
    action = unsaved_action(exc, tb if tb is not None else exc.__traceback__)
    if isinstance(exc, LectioError) and not action:
        return message
    what = QCoreApplication.translate("excepthook", "“{action}” was not saved").format(
               action=action) if action else QCoreApplication.translate("excepthook", "your last change may not "
                                                                                               "have been saved")
    return f"{message.rstrip('.')} — {what}."


def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global last_message
    if issubclass(exc_type, KeyboardInterrupt):
        _previous(exc_type, exc, tb)
        return
    try:
        log_file = log_exception(exc, "window")
        message = describe(exc, tb).replace("the log file", str(log_file))
    except Exception:  # noqa: BLE001 - the hook itself must never fail
        _previous(exc_type, exc, tb)
        return
    last_message = message
    window = _window() if _window is not None else None
    if window is None:
        print(f"lectio: {message}", file=sys.stderr)
        return
    try:
        if message in _shown:  # the same failure again (a timer writing to a read-only study): no new box
            window.statusBar().showMessage(message, 8000)
        else:
            _shown.add(message)
            window.show_error(QCoreApplication.translate("excepthook", "Not saved"), message)
    except Exception:  # noqa: BLE001 - a window being torn down
        print(f"lectio: {message}", file=sys.stderr)


_shown: set[str] = set()  # messages already shown in a box, this session
