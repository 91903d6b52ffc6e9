"""Writing an export file safely: into a temporary file beside the target, then ``os.replace`` onto it.

A failed or cancelled export never leaves a half-written file, and an existing file is only replaced by a
complete one. Every failure to write becomes a LectioError naming the path and the reason in one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.core.errors import LectioError


def cannot_write(path: Path, exc: OSError) -> LectioError:
    """A one-line message a researcher can act on."""
    folder = path.parent
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        reason = f"the folder {folder} does not exist"
    elif isinstance(exc, NotADirectoryError) or exc.errno == errno.ENOTDIR:
        reason = f"{_first_file(folder)} is a file, not a folder"
    elif isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        reason = "that is a folder, not a file"
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        reason = ("permission denied, or the file is open in another program (Word, Excel?) — "
                  "close it or choose another name")
    elif exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    elif exc.errno == errno.EROFS:
        reason = "the disk is read-only"
    else:
        reason = exc.strerror or str(exc)
    return LectioError(f"{path}: cannot write the export ({reason})")


def _first_file(folder: Path) -> Path:
    """The ancestor of ``folder`` that exists as a file (why the folder cannot exist)."""
    for p in (folder, *folder.parents):
        if p.is_file():
            return p
    return folder


@contextlib.contextmanager
def atomic_target(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path``.

    The temporary file is created first, so an unwritable target fails at once, before any work.
    On any exception (including cancellation) the temporary file is removed and the target is untouched.
    """
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise cannot_write(target, IsADirectoryError(errno.EISDIR, "is a directory"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix + ".tmp", dir=target.parent)
    except OSError as exc:
        raise cannot_write(target, exc) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
            _keep_usual_permissions(tmp, target)
            os.replace(tmp, target)
        except OSError as exc:
            raise cannot_write(target, exc) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _keep_usual_permissions(tmp: Path, target: Path) -> None:
    """mkstemp makes the file 0600: take the mode of the file being replaced, or the usual 0644."""
    with contextlib.suppress(OSError):
        if target.exists():
            shutil.copymode(target, tmp)
        else:
            os.chmod(tmp, 0o644)
