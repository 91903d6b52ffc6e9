"""The PyInstaller spec: it parses, takes name and version from pyproject.toml, and starts app.cli:main."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _spec_constants() -> dict[str, object]:
    """Evaluate the spec's top part (everything before PyInstaller's own classes are used)."""
    source = (REPO / "build_installer.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)  # it must at least be valid Python
    head = source.split("a = Analysis(")[0]
    scope: dict[str, object] = {"SPECPATH": str(REPO)}
    exec(compile(head, "build_installer.spec", "exec"), scope)  # noqa: S102 - our own file
    assert any(isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "coll" for n in tree.body)
    return scope


def test_spec_reads_name_and_version_from_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scope = _spec_constants()
    assert (scope["NAME"], scope["VERSION"]) == (project["name"], project["version"]) == ("lectio", project["version"])


def test_spec_entry_point_is_the_console_script() -> None:
    scope = _spec_constants()
    assert scope["ENTRY_POINT"] == "app.cli:main"
    entry = Path(str(scope["ENTRY_SCRIPT"]))
    assert entry == REPO / "app" / "__main__.py"
    assert "from app.cli import main" in entry.read_text(encoding="utf-8")


def test_spec_bundles_resources_and_leaves_out_unused_qt() -> None:
    source = (REPO / "build_installer.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in source
    excludes = _spec_constants()["QT_EXCLUDES"]
    assert "PySide6.QtWebEngineCore" in excludes and "PySide6.QtQml" in excludes  # type: ignore[operator]
    assert (REPO / "resources" / "icons" / "lectio.png").exists()
    assert (REPO / "resources" / "lectio.desktop").read_text().count("Exec=lectio") == 1
