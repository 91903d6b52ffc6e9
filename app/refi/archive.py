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
from pathlib import Path, PurePosixPath

from app.refi.errors import RefiError

# What a laptop can afford: everything read from one .qdpx (texts, PDFs, DOCX; audio and video are never read)
# together stays under 512 MB unpacked, the project XML under 64 MB, and the sources' texts under 96 MB in all
# (a text is held as bytes, as a str and in the search index while it is imported).
MAX_TOTAL = 512 * 1024**2
MAX_QDE = 64 * 1024**2
MAX_TEXT = 96 * 1024**2
MAX_RATIO = 100  # deflate of real text and media stays far below this; 200 MB of zeros is ~1000:1
RATIO_FLOOR = 1024 * 1024  # tiny members may compress extremely well without being bombs
MAX_MEMBERS = 100_000
_CHUNK = 1024 * 1024


class Archive:
    """An open .qdpx whose members were all checked; a member is read (and counted against the cap) only when
    asked for, so a project full of videos Lectio ignores costs no memory. Lookups ignore case."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, max_total: int, max_ratio: float = MAX_RATIO) -> None:
        self.path, self.name, self._zf, self._max_total = path, path.name, zf, max_total
        self._max_ratio = max_ratio
        self._infos = {i.filename.replace("\\", "/"): i for i in zf.infolist() if not i.is_dir()}
        self._read_total = 0

    @property
    def names(self) -> list[str]:
        return list(self._infos)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, key: str, limit: int | None = None) -> bytes:
        """One member's bytes, counted while reading so a lying header gains nothing; ``limit`` caps this one."""
        info = self._infos[key]
        limit = self._max_total if limit is None else limit
        if info.file_size > limit:
            raise RefiError(f"{self.name}: member {key!r} would unpack to {_mb(info.file_size)}, more than the "
                            f"{_mb(limit)} allowed for it; refused")
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > info.file_size:
                        raise RefiError(f"{self.name}: member {key!r} unpacks to more than it declares (a zip "
                                        f"bomb?); refused")
                    if self._read_total > self._max_total:
                        raise RefiError(f"{self.name}: unpacks to more than the {_mb(self._max_total)} allowed; "
                                        f"refused")
                    if size > limit:
                        raise RefiError(f"{self.name}: member {key!r} is larger than the {_mb(limit)} allowed "
                                        f"for it; refused")
                    if size > RATIO_FLOOR and size / max(info.compress_size, 1) > self._max_ratio:
                        raise RefiError(f"{self.name}: member {key!r} unpacks more than {self._max_ratio:.0f} "
                                        f"times its packed size (a zip bomb?); refused")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise RefiError(f"{self.name}: member {key!r} is damaged ({exc})") from exc
        return b"".join(chunks)

    def find(self, wanted: str, limit: int | None = None) -> tuple[str, bytes] | None:
        """The member at ``wanted`` (case-insensitive); failing that, the one member with that file name."""
        wanted = wanted.replace("\\", "/").lstrip("/")
        low = {k.lower(): k for k in self._infos}
        key = low.get(wanted.lower())
        if key is None:
            base = PurePosixPath(wanted).name.lower()
            hits = [k for k in self._infos if PurePosixPath(k).name.lower() == base]
            key = hits[0] if len(hits) == 1 else None
        return (key, self.read(key, limit)) if key is not None else None


def _mb(n: float) -> str:
    return f"{n / 1024**2:.0f} MB" if n >= 1024**2 else f"{n / 1024:.0f} kB"


def _unsafe_name(name: str) -> bool:
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":") or "\x00" in norm:
        return True
    return any(part == ".." for part in norm.split("/"))


def read_archive(path: Path, *, max_total: int = MAX_TOTAL, max_ratio: float = MAX_RATIO,
                 max_members: int = MAX_MEMBERS) -> Archive:
    """Open the zip at ``path`` after checking every member; RefiError (naming the file) when refused.
    The caller closes the Archive (it is a context manager)."""
    label = path.name
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise RefiError(f"{label}: no such file") from exc
    except IsADirectoryError as exc:
        raise RefiError(f"{label}: is a folder, not a file") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise RefiError(f"{label}: is not a REFI-QDA project (not a zip archive)") from exc
    try:
        _check(zf, label, max_total, max_ratio, max_members)
    except BaseException:
        zf.close()
        raise
    return Archive(path, zf, max_total, max_ratio)


def _check(zf: zipfile.ZipFile, label: str, max_total: int, max_ratio: float, max_members: int) -> None:
    infos = zf.infolist()
    if len(infos) > max_members:
        raise RefiError(f"{label}: holds {len(infos)} files, more than the {max_members} allowed; refused")
    for info in infos:
        if _unsafe_name(info.filename):
            raise RefiError(f"{label}: member {info.filename!r} points outside the archive folder; refused")
        if info.flag_bits & 0x1:
            raise RefiError(f"{label}: member {info.filename!r} is encrypted; cannot be read")
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > max_ratio:
            raise RefiError(f"{label}: member {info.filename!r} unpacks {ratio:.0f} times its packed size "
                            f"(a zip bomb?); refused")
        if info.file_size > max_total:
            raise RefiError(f"{label}: member {info.filename!r} would unpack to {_mb(info.file_size)}, more "
                            f"than the {_mb(max_total)} allowed; refused")


def _temp_beside(out: Path) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(prefix=".lectio-", suffix=".part", dir=out.parent)
    os.chmod(tmp, 0o644)  # mkstemp makes 0600; an export should be as readable as any file
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
