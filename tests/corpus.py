"""Where the tests' real files are.

``FIXTURES``: the few small corpus files the unit tests need, vendored into ``tests/fixtures/corpus/`` with the
shared corpus's layout (sources and licences in ``tests/fixtures/corpus/SOURCES.md``), so collection and the fast
lane never depend on anything outside the repository.

``SHARED``: the big shared corpus, ``../shared/corpus`` beside the repository (or ``$LECTIO_CORPUS``). Tests that
read it must skip with a reason when it is absent and be marked slow (``@uses_shared_corpus``, or ``shared_file()`` in a
slow test).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "corpus"
SHARED = Path(os.environ.get("LECTIO_CORPUS") or REPO.parent / "shared" / "corpus")
SHARED_MISSING = f"the shared corpus is not at {SHARED} (set LECTIO_CORPUS to its folder)"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=SHARED_MISSING)


def uses_shared_corpus(test: Callable) -> Callable:
    """Decorates a test that reads the shared corpus: slow, and skipped with the reason when it is absent."""
    return pytest.mark.slow(needs_shared(test))


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
