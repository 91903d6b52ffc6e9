"""High-DPI and fractional scaling: at 1.0, 1.5 and 2.0 no label or button text is cut and no sibling widgets
overlap, in any view or the wordiest dialogs (measured with Qt's own font metrics and geometry at that scale;
tests/ui/layout_audit.py).

Qt fixes the scale when the application starts, so each scale runs in its own process (slow lane); the checker
itself is tested here on widgets made to fail it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.eliding_label import ElidingLabel
from tests.studies import copy_study
from tests.ui.layout_audit import VIEWS, audit, cut_text, overlaps

ROOT = Path(__file__).resolve().parents[2]


def test_the_audit_finds_cut_text_and_overlaps_and_spares_eliding_labels(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    cut = QLabel("A label far too long for the narrow room it was given")
    cut.setFixedWidth(60)
    elided = ElidingLabel("A label far too long for the narrow room it was given")
    elided.setFixedWidth(60)
    button = QPushButton("A button with a long caption")
    button.setFixedWidth(50)
    whole = QLabel("Fits")
    for w in (cut, elided, button, whole):
        row.addWidget(w)
    page.resize(800, 60)
    page.show()
    qtbot.waitExposed(page)
    found = sorted((str(p["widget"]).split("(")[0], p["problem"]) for p in cut_text(page))
    assert found == [("QLabel", "text wider than the label"), ("QPushButton", "text wider than the button")]
    assert overlaps(page) == []
    whole.setGeometry(cut.geometry().adjusted(10, 0, 10, 0))  # pushed onto its neighbour
    found = overlaps(page)
    assert found and {p["problem"] for p in found} == {"overlaps QLabel(Fits)"}


def test_the_start_page_and_preferences_fit_at_this_scale(qtbot: Any) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.preferences import PreferencesDialog

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    assert audit(window) == []
    dialog = PreferencesDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert audit(dialog) == []


@pytest.mark.slow  # a process per scale, the window drawn five times in each
@pytest.mark.parametrize("scale", ["1.0", "1.5", "2.0"])
def test_no_view_cuts_or_overlaps_text_at_scale(scale: str, demo_file: Path, tmp_path: Path) -> None:
    study = copy_study(demo_file, tmp_path / "demo.lectio")
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout_audit", str(study), str(tmp_path)], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=110)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines[-1] == {"scale": float(scale)}
    assert lines[:-1] == [], f"at scale {scale}"
    for view in VIEWS:
        image = QImage(str(tmp_path / f"{view}.png"))
        assert (image.width(), image.height()) == (round(1400 * float(scale)), round(900 * float(scale)))
