"""House rule: the domain, importers and exporters never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
QT_FREE = [p for p in ("core", "importers", "exporters", "refi", "consensus", "analysis", "server")
           if (APP / p).is_dir()]


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_no_qt_import_in_the_qt_free_layers() -> None:
    offenders = []
    for package in QT_FREE:
        for file in (APP / package).rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                if any(n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} for n in names):
                    offenders.append(f"{file.relative_to(APP.parent)}:{node.lineno}")
    assert offenders == []


@pytest.mark.slow  # imports every module in a new process
def test_importing_every_qt_free_module_loads_no_qt() -> None:
    modules = [
        ".".join(f.relative_to(APP.parent).with_suffix("").parts)
        for package in QT_FREE for f in (APP / package).rglob("*.py")
        # Alembic's env script runs only inside Alembic's own context; it is read as a file, not imported
        if f.name != "__main__.py" and not (f.name == "env.py" and f.parent.name == "server_migrations")
    ] + ["app.cli", "app.demo"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=APP.parent, check=True)
    assert out.stdout.strip() == "[]"
