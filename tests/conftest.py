"""Shared test set-up: headless Qt, settings kept out of the user's home, paths to the shared corpus."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the compiled (and assertion-rewritten) modules between runs even where PYTHONDONTWRITEBYTECODE is set, as
# it is on our build machines: compiling ~230 test modules and the app again on every run cost ~10 s per worker.
sys.dont_write_bytecode = False

from tests.corpus import SHARED, SHARED_MISSING  # noqa: E402 (after the bytecode switch above)
from tests.studies import copy_study  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _isolated_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings and QStandardPaths write to a temporary folder, never to the user's own configuration."""
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    folder = tmp_path_factory.mktemp("qt-settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("LectioTests")
    QCoreApplication.setApplicationName("LectioTests")


@pytest.fixture
def corpus() -> Path:
    if not SHARED.is_dir():
        pytest.skip(SHARED_MISSING)
    return SHARED


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The worked example, built once per session (187 operations, each a committed transaction).

    Never open or change this file in a test: take a copy (``demo_path``, ``demo_project`` or ``copy_study``).
    """
    from app.demo import build_demo

    path = tmp_path_factory.mktemp("demo-once") / "demo.lectio"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo study, closed, as ``tmp_path / "demo.lectio"``."""
    return copy_study(demo_file, tmp_path / "demo.lectio")


@pytest.fixture
def demo_project(demo_path: Path) -> Iterator:
    """This test's own copy of the demo study (``demo_path``), open; closed after the test."""
    from app.core.project import open_project

    project = open_project(demo_path, backup=False)
    yield project
    project.close()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that reads the shared corpus (it asks for the ``corpus`` fixture, or carries a skip for when the
    corpus is absent) reads big real files: it is slow by definition, wherever its module says so or not."""
    for item in items:
        reads_corpus = "corpus" in getattr(item, "fixturenames", ()) or any(
            "corpus" in str(mark.kwargs.get("reason", "")) for mark in item.iter_markers("skipif"))
        if reads_corpus:
            item.add_marker(pytest.mark.slow)
