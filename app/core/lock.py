"""One program at a time per project file — the file, not its name.

Two locks, both released by the operating system when the process dies (so a lock left by a crashed or killed
Lectio, SIGKILL or SIGTERM, is simply taken over; a running Lectio's lock is refused with its process id):

* a POSIX ``lockf`` / ``msvcrt.locking`` lock on a small ``.lock`` file beside the project's *real* path
  (symbolic links resolved), which also records who holds it;
* on Linux an open-file-description lock (``F_OFD_SETLK``), elsewhere on POSIX a ``flock``, on the database
  file itself, so two processes reaching one study through two hard links (two names, one inode) do not both
  write. The OFD lock sits on one byte far beyond the bytes SQLite locks, so it never meets SQLite's own
  locks, and unlike a POSIX record lock it is not dropped when SQLite closes another descriptor of the file.

POSIX record locks belong to a process, so import workers forked from Lectio do not hold the sidecar lock;
they also do not stop the same process locking twice, so the files this process holds are kept in ``_HELD``
(by device and inode) as well.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
import sys
from pathlib import Path

from app.core.errors import ProjectError

INODE_LOCK_BYTE = 1 << 40  # far beyond SQLite's lock bytes (around 1 GiB) and any real study


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def real_path(path: Path) -> Path:
    """The file a path names, symbolic links resolved (the path itself when it cannot be resolved)."""
    try:
        return Path(os.path.realpath(path))
    except OSError:
        return path


def file_key(path: Path) -> str:
    """What identifies the file: device and inode when it exists, else its real path."""
    try:
        st = os.stat(path)
        return f"{st.st_dev}:{st.st_ino}"
    except OSError:
        return str(real_path(path))


class ProjectLock:
    def __init__(self, project_path: Path) -> None:
        self.project_path = project_path
        self.path = lock_path_for(real_path(project_path))
        self._fd: int | None = None
        self._file_fd: int | None = None
        self._key = ""

    def acquire(self) -> None:
        key = file_key(self.project_path)
        if key in _HELD:
            raise ProjectError(self.project_path, "already open in this Lectio; switch to its window")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError as exc:
            raise ProjectError(self.project_path, "cannot write in this folder (read-only location)") from exc
        except OSError as exc:
            from app.core.errors import plain_reason

            raise ProjectError(self.project_path, f"cannot create the lock file ({plain_reason(exc)})") from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise ProjectError(self.project_path, f"already open in another Lectio{holder}; close it there first")
        self._fd = fd
        try:
            self.lock_file_itself()
        except BaseException:
            self._fd = None
            _unlock(fd)
            os.close(fd)
            raise
        with contextlib.suppress(OSError):  # who holds it, for the message another Lectio shows
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
            os.fsync(fd)
        self._key = file_key(self.project_path)
        _HELD.add(self._key)
        _OPEN.append(self)

    def lock_file_itself(self) -> None:
        """Lock the database file's inode (called again by ``create_project`` once the file exists)."""
        if self._file_fd is not None or sys.platform == "win32" or not self.project_path.exists():
            return
        try:
            fd = os.open(self.project_path, os.O_RDWR)
        except OSError:
            return  # not writable: it will be opened read-only, and a reader needs no lock
        if not _try_file_lock(fd):
            os.close(fd)
            raise ProjectError(self.project_path,
                               "already open in another Lectio (under another name or link of the same file); "
                               "close it there first")
        self._file_fd = fd
        _HELD.discard(self._key)
        self._key = file_key(self.project_path)
        if self._fd is not None:
            _HELD.add(self._key)

    def release(self) -> None:
        if self in _OPEN:
            _OPEN.remove(self)
        if self._file_fd is not None:
            fd, self._file_fd = self._file_fd, None
            os.close(fd)  # closing the descriptor releases its OFD lock / flock
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _HELD.discard(self._key)
        try:
            _unlock(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            self.path.unlink()

    @property
    def held(self) -> bool:
        return self._fd is not None


_HELD: set[str] = set()
_OPEN: list[ProjectLock] = []  # locks held by this process (closed in forked children, see below)


def _forget_in_child() -> None:
    """A forked child (an import worker) must not keep the study's inode lock alive: an OFD lock / flock lasts
    while any descriptor of it is open, so a worker outliving a killed Lectio would keep the study locked."""
    for lock in _OPEN:
        for fd in (lock._file_fd, lock._fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        lock._file_fd = lock._fd = None
    _OPEN.clear()
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        info = json.loads(os.read(fd, 4096).decode() or "{}")
        return f" (process {info['pid']} on {info['host']})"
    except (OSError, ValueError, KeyError):
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _try_file_lock(fd: int) -> bool:
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_UN)

    def _try_file_lock(fd: int) -> bool:
        ofd = getattr(fcntl, "F_OFD_SETLK", None)
        try:
            if ofd is not None:
                request = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, INODE_LOCK_BYTE, 1, 0).ljust(32, b"\0")
                fcntl.fcntl(fd, ofd, request)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError as exc:  # a file system without these locks: the sidecar lock still stands
            import errno

            return exc.errno not in (errno.EAGAIN, errno.EACCES)
