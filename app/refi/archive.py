"""Read a .qdpx (a zip) into memory safely, and write one atomically.

Nothing is ever extracted to disk: members are read into memory after their names and sizes are checked.
Refused: names that would escape a folder (``../``, absolute paths, drive letters), encrypted members,
more than ``max_members`` members, a total unpacked size above ``max_total``, and members whose
compression ratio betrays a zip bomb. Sizes are counted while reading too, so a lying header gains nothing.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from app.refi.errors import RefiError

MAX_TOTAL = 2 * 1024**3  # 2 GB unpacked
MAX_RATIO = 100  # deflate of real text and media stays far below this; 200 MB of zeros is ~1000:1
RATIO_FLOOR = 1024 * 1024  # tiny members may compress extremely well without being bombs
MAX_MEMBERS = 100_000
_CHUNK = 1024 * 1024


@dataclass
class Archive:
    """The members of a .qdpx, by their names; lookups ignore case (folder names vary between tools)."""

    name: str
    members: dict[str, bytes] = field(default_factory=dict)

    def find(self, wanted: str) -> tuple[str, bytes] | None:
        """The member at ``wanted`` (case-insensitive); failing that, one with the same file name anywhere."""
        wanted = wanted.replace("\\", "/").lstrip("/")
        low = {k.lower(): k for k in self.members}
        key = low.get(wanted.lower())
        if key is None:
            base = PurePosixPath(wanted).name.lower()
            hits = [k for k in self.members if PurePosixPath(k).name.lower() == base]
            key = hits[0] if len(hits) == 1 else None
        return (key, self.members[key]) if key is not None else None


def _unsafe_name(name: str) -> bool:
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":") or "\x00" in norm:
        return True
    return any(part == ".." for part in norm.split("/"))


def read_archive(path: Path, *, max_total: int = MAX_TOTAL, max_ratio: float = MAX_RATIO,
                 max_members: int = MAX_MEMBERS) -> Archive:
    """Every file member of the zip at ``path``, in memory. RefiError (naming the file) when refused."""
    label = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise RefiError(f"{label}: no such file") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise RefiError(f"{label}: is not a REFI-QDA project (not a zip archive)") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise RefiError(f"{label}: holds {len(infos)} files, more than the {max_members} allowed; refused")
        declared = 0
        for info in infos:
            if _unsafe_name(info.filename):
                raise RefiError(f"{label}: member {info.filename!r} points outside the archive folder; refused")
            if info.flag_bits & 0x1:
                raise RefiError(f"{label}: member {info.filename!r} is encrypted; cannot be read")
            declared += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR and ratio > max_ratio:
                raise RefiError(f"{label}: member {info.filename!r} unpacks {ratio:.0f} times its packed size "
                                f"(a zip bomb?); refused")
        if declared > max_total:
            raise RefiError(f"{label}: would unpack to {declared / 1e6:.0f} MB, more than the "
                            f"{max_total / 1e6:.0f} MB allowed; refused")
        archive = Archive(label)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            chunks: list[bytes] = []
            size = 0
            try:
                with zf.open(info) as fh:
                    while chunk := fh.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > info.file_size or total > max_total:
                            raise RefiError(f"{label}: member {info.filename!r} unpacks to more than it declares "
                                            f"or than allowed; refused")
                        chunks.append(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
                raise RefiError(f"{label}: member {info.filename!r} is damaged ({exc})") from exc
            archive.members[info.filename.replace("\\", "/")] = b"".join(chunks)
    return archive


def _temp_beside(out: Path) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(prefix=".lectio-", suffix=".part", dir=out.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; an export should be as readable as any file
    return fd, tmp


def write_archive(out: Path, members: list[tuple[str, bytes]]) -> None:
    """Write a zip atomically: to a temporary file beside ``out``, then renamed over it."""
    out = Path(out)
    fd, tmp = _temp_beside(out)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(out: Path, data: bytes) -> None:
    out = Path(out)
    fd, tmp = _temp_beside(out)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
