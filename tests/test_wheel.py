"""Lectio installs as a Python package: a built wheel, installed into a fresh environment away from the checkout,
writes the demo study and renders a screenshot (resources/ travels inside the package)."""

from __future__ import annotations

import json
import os
import shutil
import site
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# what a source distribution holds: everything the build reads, nothing else (no tests, no caches)
SOURCES = ("pyproject.toml", "setup.py", "README.md", "app", "resources")

pytestmark = pytest.mark.slow


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         timeout: int = 100) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the sources, installed with --no-deps into a fresh venv whose only other
    packages are the running interpreter's (the dependencies); returns the venv's bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "src"
    source.mkdir()
    for name in SOURCES:
        item = REPO / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_resources"))
        else:
            shutil.copy2(item, source / name)
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PYTHONPATH", None)
    _run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", root / "dist"], root, env,
         timeout=110)
    wheel = next((root / "dist").glob("lectio-*.whl"))

    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], root, env)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], root, env)
    # the dependencies (PySide6, sqlmodel, …) come from the interpreter running the tests; plain path lines,
    # so that environment's own .pth hooks (an editable install of this checkout) are not run
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib.stdout.strip(), "_lectio_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel],
         root, env)
    return bindir


def _clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}


def test_the_installed_package_reads_its_resources_from_inside_itself(installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    out = _run([python, "-c", "import app, app.resources as r; print(app.__file__); print(r.resources_dir())"],
               tmp_path, _clean_env(tmp_path)).stdout.splitlines()
    venv = installed.parent.resolve()
    assert Path(out[0]).resolve().is_relative_to(venv), out  # not this checkout
    assert Path(out[1]).resolve().is_relative_to(venv) and (Path(out[1]) / "demo" / "study.json").is_file(), out


def test_lectio_demo_and_a_screenshot_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    lectio = installed / ("lectio.exe" if os.name == "nt" else "lectio")
    study, png = tmp_path / "X.lectio", tmp_path / "out.png"
    env = _clean_env(tmp_path)
    _run([lectio, "demo", study], tmp_path, env)
    expected = json.loads((REPO / "resources" / "demo" / "study.json").read_text(encoding="utf-8"))
    with sqlite3.connect(study) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM document")}
        units = conn.execute("SELECT count(*) FROM meaningunit").fetchone()[0]
    assert names == {d["name"] for d in expected["documents"]}
    assert units == len(expected["units"])
    _run([lectio, study, "--screenshot", png], tmp_path, env)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
