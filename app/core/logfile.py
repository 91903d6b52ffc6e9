"""The log file in the user's data folder, shared by the command line and the window.

Where (like platformdirs' user log folder): ``$LECTIO_LOG_DIR`` when set (tests), else
``%LOCALAPPDATA%\\Lectio\\Logs`` on Windows, ``~/Library/Logs/Lectio`` on macOS, and
``$XDG_STATE_HOME/lectio`` (``~/.local/state/lectio``) elsewhere. A log that cannot be written is not an error
of its own: the temporary folder is used instead.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "lectio.log"
MAX_BYTES = 1_000_000


def log_dir() -> Path:
    if os.environ.get("LECTIO_LOG_DIR"):
        return Path(os.environ["LECTIO_LOG_DIR"])
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "Lectio" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "Lectio"
    return Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state") / "lectio"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def write_log(text: str) -> Path:
    """Append a stamped entry; return the file written (the temporary folder's when the usual one fails)."""
    entry = f"--- {datetime.now().isoformat(timespec='seconds')} (pid {os.getpid()})\n{text.rstrip()}\n"
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        path = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if path.exists() and path.stat().st_size > MAX_BYTES:
                with contextlib.suppress(OSError):
                    path.replace(path.with_suffix(".log.1"))
            with path.open("a", encoding="utf-8") as fh:
                fh.write(entry)
            return path
        except OSError:
            continue
    return log_path()


def log_exception(exc: BaseException, context: str = "") -> Path:
    """The full traceback, for the developers; the user sees a plain sentence and this file's name."""
    head = f"{context}\n" if context else ""
    return write_log(head + "".join(traceback.format_exception(exc)))
