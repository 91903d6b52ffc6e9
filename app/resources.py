"""Where the resources (demo texts, icons, guide…) are, in each way Lectio can be run.

The repository keeps them in the top-level ``resources/`` folder. A built wheel ships that folder inside the
package as ``app/_resources`` (setup.py maps it), a PyInstaller bundle as ``resources/`` in its folder, and a
checkout or an editable install reads the top-level folder itself. Every reader goes through ``resource_path``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller (build_installer.spec bundles resources/ as "resources")
        return Path(bundle) / "resources"
    installed = _PACKAGE / "_resources"  # an installed wheel
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"  # a checkout, or an editable install of one


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
