"""One function finds the resources in each way Lectio runs: a checkout, an installed wheel (app/_resources, see
setup.py and tests/test_wheel.py) and a PyInstaller bundle (build_installer.spec puts them in resources/)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app import resources
from app.demo import demo_dir

REPO = Path(__file__).resolve().parents[1]
READ_BY_THE_APP = [("demo", "study.json"), ("icons", "lectio.png"), ("guide.html",)]


def test_a_checkout_reads_the_top_level_folder() -> None:
    assert resources.resources_dir() == REPO / "resources"
    assert demo_dir() == REPO / "resources" / "demo"
    for parts in READ_BY_THE_APP:
        assert resources.resource_path(*parts).is_file(), parts


def test_an_installed_package_reads_its_own_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "app"
    shutil.copytree(REPO / "resources", package / "_resources")
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.resources_dir() == package / "_resources"
    assert demo_dir() == package / "_resources" / "demo"


def test_a_pyinstaller_bundle_reads_the_folder_the_spec_bundles(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert '(str(ROOT / "resources"), "resources")' in (REPO / "build_installer.spec").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("demo", "study.json") == tmp_path / "resources" / "demo" / "study.json"
