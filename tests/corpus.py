"""Where the tests' real files are.

``FIXTURES``: the few small corpus files the unit tests need, vendored into ``tests/fixtures/corpus/`` with the
shared corpus's layout (sources and licences in ``tests/fixtures/corpus/SOURCES.md``), so collection and the fast
lane never depend on anything outside the repository.

``SHARED``: the big shared corpus, ``../shared/corpus`` beside the repository (or ``$LECTIO_CORPUS``; see
``_find_shared``). Tests that read it skip with a reason when it is absent (``shared_file()``, ``corpus_file()``,
the ``corpus`` fixture) and are marked slow (the ``corpus`` fixture marks its tests slow by itself).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"


def _find_shared() -> Path:
    """``$LECTIO_CORPUS``, else ``shared/corpus`` beside the checkout or beside the folder of worktrees it is in."""
    if os.environ.get("LECTIO_CORPUS"):
        return Path(os.environ["LECTIO_CORPUS"])
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "corpus").is_dir():
            return base / "shared" / "corpus"
    return REPO.parent / "shared" / "corpus"


SHARED = _find_shared()
SHARED_MISSING = f"the shared corpus is not at {SHARED} (set LECTIO_CORPUS to its folder)"


def fixture_file(relative: str) -> Path:
    """A vendored corpus file (always present)."""
    return FIXTURES / relative


def shared_file(relative: str) -> Path:
    """A file of the shared corpus; skips the calling test when the corpus is absent."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED / relative


def corpus_file(relative: str) -> Path:
    """The vendored copy when there is one, else the shared corpus's file (skipping when it is absent)."""
    vendored = FIXTURES / relative
    return vendored if vendored.is_file() else shared_file(relative)
