"""Small real file systems for tests: a tmpfs of a few megabytes (a nearly full disk) that can be made
read-only (a CD, a read-only share). Needs root (CI runs as root); tests skip with the reason otherwise."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({done.stderr.strip() or 'mount failed'})")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def make_read_only(folder: Path) -> None:
    done = _run("mount", "-o", "remount,ro", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot make a file system read-only here ({done.stderr.strip()})")
