"""Shared test set-up: headless Qt, settings kept out of the user's home, paths to the shared corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.corpus import SHARED, SHARED_MISSING


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


@pytest.fixture
def demo_project(tmp_path: Path) -> Iterator:
    """The worked example, open; closed after the test."""
    from app.demo import build_demo

    project = build_demo(tmp_path / "demo.lectio")
    yield project
    project.close()
