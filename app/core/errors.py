"""Errors a user can be shown, and the one translation of any other exception into plain words.

Messages name the file and the reason in one line: ``lectio: FILE: reason``. No message shows SQL, a Python
exception's name or repr: ``plain_reason`` turns a database, disk or parser failure into a sentence, and
``is_storage_problem`` tells a failure of the study (locked, full, read-only, damaged) from a failure of the
file being read, so an import never blames the input file for a full disk.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class LectioError(Exception):
    """An error with a message fit for a user: one line, naming what and why."""


class ProjectError(LectioError):
    """A project file that cannot be created or opened. ``path`` is the file concerned."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = path if isinstance(path, Path) else Path(path)  # a server's ServerPath prints its own URL
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFound(LectioError):
    """An id or name that is not in the project."""


class InvalidOperation(LectioError):
    """A change the project refuses (a bad offset, an empty name, a move into itself…)."""


class DamagedText(LectioError):
    """A document whose stored text no longer matches the checksum taken when it was imported."""


# -- translation ------------------------------------------------------------------------------------
DISK_FULL = "the disk is full"
LOCKED = "the study is open in another Lectio (or another program is writing to it); close it there and try again"
READ_ONLY = "the study is read-only here (a read-only file, folder or drive); nothing can be saved to it"
DAMAGED = "the study file is damaged"
NESTED = "the document is nested too deeply to be read"
UNEXPECTED = "an unexpected problem stopped this (the details are in the log file)"


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, what SQLAlchemy wrapped (``orig``), and its causes, outermost first."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop(0)
        if e is None or any(e is s for s in seen) or len(seen) > 10:
            continue
        seen.append(e)
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return seen


def _sqlite_reason(exc: sqlite3.Error) -> str | None:
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "locked" in text or "busy" in text or code in (5, 6):
        return LOCKED
    if "full" in text or code == 13:
        return DISK_FULL
    if "readonly" in text or "read-only" in text or code == 8:
        return READ_ONLY
    if "malformed" in text or "not a database" in text or code in (11, 26):
        return DAMAGED
    if "disk i/o" in text or code == 10:
        return "the disk could not be written or read (a disk error, a full disk or a removed drive)"
    if "unable to open" in text or code == 14:
        return "the file cannot be opened here (its folder may be missing or not writable)"
    if isinstance(exc, sqlite3.IntegrityError) and "unique" in text:
        return _unique_reason(text)
    return None


def _is_pg(exc: BaseException) -> bool:
    return type(exc).__module__.startswith("psycopg")


def _pg_reason(exc: BaseException) -> str | None:
    """A PostgreSQL server's refusal in plain words (a study on a server, app/core/server.py)."""
    state = getattr(getattr(exc, "diag", None), "sqlstate", None) or getattr(exc, "sqlstate", None) or ""
    text = str(exc).lower()
    if state == "23505":
        return _unique_reason(text)
    if state == "42501":
        return "the server does not allow your login to do this"
    if state in ("40001", "40P01", "55P03"):
        return "another reviewer changed the same items at the same moment; try again"
    if state.startswith("08") or "connection" in text and ("closed" in text or "lost" in text or "refused" in text):
        return "the connection to the server was lost; check the network and try again"
    if state == "53100":
        return "the server's disk is full"
    if state == "25006":
        return "the study is open for reading only here"
    return None


def _unique_reason(text: str) -> str:
    for what in ("theme", "category", "code"):
        if f"ux_{what}_name" in text or f"{what}.name" in text or f"index '{what}" in text:
            return f"there is already a {what} with this name here (names differ in more than upper/lower case)"
    return "this would make a second copy of something that must be unique"


def _os_reason(exc: OSError) -> str | None:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DISK_FULL if exc.errno == errno.ENOSPC else "the disk quota is used up"
    if exc.errno == errno.EROFS:
        return "the drive is read-only"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    if exc.errno == errno.EIO:
        return "the disk could not be read or written (a disk error or a removed drive)"
    if exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return None


def _by_name(exc: BaseException) -> str | None:
    """Parser failures known by name only (their libraries are not imported here)."""
    name = type(exc).__name__
    text = str(exc)
    if name in {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"}:
        return "the document declares XML entities or external references, which Lectio refuses for safety"
    if "XML_PARSE_HUGE" in text or "huge" in text.lower() and "xml" in text.lower():
        return "the document's XML is too large or nested too deeply to be read safely"
    if name in {"XMLSyntaxError", "ParseError", "ExpatError"}:
        return "the document's XML is not well-formed (the file is damaged)"
    if name in {"BadZipFile", "BadZipfile", "LargeZipFile"}:
        return "the file is damaged (not a readable zip archive)"
    if name == "PdfiumError":
        return "the PDF is damaged and cannot be read"
    return None


def plain_reason(exc: BaseException) -> str:
    """One sentence for any exception, without SQL, class names or reprs."""
    for e in _chain(exc):
        if isinstance(e, ProjectError):
            return e.reason
        if isinstance(e, LectioError):
            return str(e)
    for e in _chain(exc):
        reason: str | None = None
        if isinstance(e, sqlite3.Error):
            reason = _sqlite_reason(e)
        elif _is_pg(e):
            reason = _pg_reason(e)
        elif isinstance(e, OSError):
            reason = _os_reason(e)
        elif isinstance(e, RecursionError):
            reason = NESTED
        elif isinstance(e, MemoryError):
            reason = "there is not enough memory to finish this"
        elif isinstance(e, UnicodeError):
            reason = "the text is not in an encoding Lectio can read"
        else:
            reason = _by_name(e)
        if reason:
            return reason
    return UNEXPECTED


def is_storage_problem(exc: BaseException) -> bool:
    """True when the study (its database or its disk) failed, not the file being read."""
    for e in _chain(exc):
        if isinstance(e, sqlite3.Error) and _sqlite_reason(e) in (LOCKED, DISK_FULL, READ_ONLY, DAMAGED):
            return True
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EROFS):
            return True
        if isinstance(e, ProjectError) and "read-only" in e.reason:
            return True
    return False


def subject_of(exc: BaseException) -> Path | None:
    """The file an exception is about, when it says so (a ProjectError's path, an OSError's filename)."""
    for e in _chain(exc):
        if isinstance(e, ProjectError):
            return e.path
        if isinstance(e, OSError) and isinstance(e.filename, str | Path) and str(e.filename):
            return Path(e.filename)
    return None


def is_database_problem(exc: BaseException) -> bool:
    return any(isinstance(e, sqlite3.Error) or _is_pg(e) for e in _chain(exc))


def user_message(exc: BaseException, subject: Path | str | None = None) -> str:
    """``FILE: reason`` for any exception. A LectioError keeps its own wording (it names its file already);
    otherwise the file the error names (an OSError's filename), else ``subject`` (the caller knows which file
    it was working on: the study for a database error, the output for an export)."""
    if isinstance(exc, LectioError):
        return str(exc)
    reason = plain_reason(exc)
    about = subject_of(exc) or subject
    return f"{about}: {reason}" if about else reason
