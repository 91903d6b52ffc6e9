"""Shared by the UI tests: a theme test gives the application back its palette and theme preference."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def restored_palette(qapp: Any) -> Iterator[None]:
    """Theme tests colour the whole application: give it back its palette and preference afterwards."""
    from app.ui import theme

    before = qapp.palette()
    name = theme.current()
    yield
    theme.save("system")
    theme._current["name"] = name
    qapp.setPalette(before)
