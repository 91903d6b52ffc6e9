"""One program at a time per project file.

The lock is an OS advisory lock (POSIX ``lockf`` / ``msvcrt.locking``) on a small ``.lock`` file beside the
project. The operating system releases it when the process dies, so a lock left by a crashed or killed
Lectio is simply taken over; a running Lectio's lock is refused with its process id and host.

POSIX record locks belong to a process, so import workers forked from Lectio do not hold them (``flock``
locks would be shared with the children and outlive a killed Lectio). They also do not stop the same process
locking twice, so the paths this process holds are kept in ``_HELD`` as well.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from pathlib import Path

from app.core.errors import ProjectError


def lock_path_for(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


class ProjectLock:
    def __init__(self, project_path: Path) -> None:
        self.project_path = project_path
        self.path = lock_path_for(project_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        key = str(self.path.resolve())
        if key in _HELD:
            raise ProjectError(self.project_path, "already open in this Lectio; switch to its window")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except PermissionError as exc:
            raise ProjectError(self.project_path, "cannot write in this folder (read-only location)") from exc
        except OSError as exc:
            raise ProjectError(self.project_path, f"cannot create the lock file ({exc.strerror})") from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise ProjectError(self.project_path, f"already open in another Lectio{holder}; close it there first")
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode())
        os.fsync(fd)
        self._fd = fd
        _HELD.add(key)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _HELD.discard(str(self.path.resolve()))
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
