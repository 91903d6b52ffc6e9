"""Start-up figures: process start → first painted main window on the demo study, as a ratio to a bare
PySide6 window measured in the same run (goal ≤ 1.5×); and the time `lectio demo` takes.

Run:  python benchmarks/startup.py   (headless: QT_QPA_PLATFORM=offscreen is set for the children)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 7

CHILD = r"""
import sys, time
mode, project = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            obj.removeEventFilter(self)
        return False

if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.resize(1400, 900)
else:
    from app.core.project import open_project
    from app.ui.launch import make_app
    from app.ui.main_window import MainWindow
    app = make_app()
    window = MainWindow()
    window.set_project(open_project(project, backup=False))
    window.resize(1400, 900)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def first_paint_seconds(mode: str, project: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(project)], capture_output=True, text=True,
                         cwd=REPO, env=env, check=True, timeout=120)
    return float(out.stdout.strip().splitlines()[-1]) - start


def demo_seconds(folder: Path, i: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "demo", str(folder / f"d{i}.lectio")], cwd=REPO, check=True,
                   capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = [demo_seconds(folder, i) for i in range(3)]
        project = folder / "d0.lectio"
        first_paint_seconds("lectio", project)  # warm the file cache for both
        bare, lectio = [], []
        for _ in range(RUNS):  # interleaved, so drift affects both equally
            bare.append(first_paint_seconds("bare", project))
            lectio.append(first_paint_seconds("lectio", project))
    b, w = statistics.median(bare), statistics.median(lectio)
    print(f"first paint, bare PySide6 window : {b * 1000:7.0f} ms (median of {RUNS})")
    print(f"first paint, Lectio on the demo  : {w * 1000:7.0f} ms (median of {RUNS})")
    print(f"ratio                            : {w / b:7.2f}×  (goal ≤ 1.5×)")
    print(f"`lectio demo` (whole process)    : {statistics.median(demo) * 1000:7.0f} ms (median of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
