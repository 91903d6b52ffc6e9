"""Where the tests' real files are.

``FIXTURES``: the few small corpus files the unit tests need, vendored into ``tests/fixtures/corpus/`` with the
shared corpus's layout (sources and licences in ``tests/fixtures/corpus/SOURCES.md``), so collection and the fast
lane never depend on anything outside the repository.

``SHARED``: the big shared corpus, ``../shared/corpus`` beside the repository (or ``$LECTIO_CORPUS``). Tests that
read it must skip with a reason when it is absent (``needs_shared`` or ``shared_file()``) and be marked slow.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
SHARED = Path(os.environ.get("LECTIO_CORPUS") or REPO.parent / "shared" / "corpus")
SHARED_MISSING = f"the shared corpus is not at {SHARED} (set LECTIO_CORPUS to its folder)"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)


def fixture_file(relative: str) -> Path:
    """A vendored corpus file (always present)."""
    return FIXTURES / relative


def shared_file(relative: str) -> Path:
    """A file of the shared corpus; skips the calling test when the corpus is absent."""
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED / relative
