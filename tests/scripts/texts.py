"""The small Arabic, Japanese and Hebrew texts in ``tests/fixtures/scripts`` (written for these tests)."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parents[1] / "fixtures" / "scripts"


def text(name: str) -> str:
    """``arabic``, ``japanese`` or ``hebrew``: the interview's text."""
    return (FOLDER / f"{name}_interview.txt").read_text(encoding="utf-8")
