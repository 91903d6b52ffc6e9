"""`lectio PROJECT --screenshot OUT.png --document NAME --pass N` shows that document in that pass."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.ui.launch import launch


def _bluish_pixels(image: QImage) -> int:
    """Pixels tinted with Ana's highlight colour (#1f77b4 at low alpha over white)."""
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            if 200 <= c.blue() <= 245 and c.blue() - c.red() >= 12 and c.green() > c.red():
                count += 1
    return count


@pytest.mark.slow  # renders the window once per pass
def test_each_pass_renders_the_named_document(qtbot, tmp_path: Path, demo_file: Path) -> None:
    shutil.copy(demo_file, tmp_path / "demo.lectio")
    images = {}
    for p in (1, 2, 3):
        out = tmp_path / f"p{p}.png"
        assert launch(tmp_path / "demo.lectio", screenshot=out, document="Interview 1 – daughter", pass_no=p) == 0
        images[p] = QImage(str(out))
        assert images[p].width() == 1400 and images[p].height() == 900
    assert _bluish_pixels(images[1]) < _bluish_pixels(images[2]) // 4  # immersion: no unit highlights
    assert _bluish_pixels(images[3]) > 0
