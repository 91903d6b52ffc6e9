"""Start-up figures: process start → first painted main window on the demo study, and → the study's content
painted (the document list with its rows and the first document's text), each as a ratio to a bare PySide6
window measured in the same run (goals ≤ 1.5× and ≤ 3×); and the time `lectio demo` takes.

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
SETTINGS_DIR = tempfile.mkdtemp(prefix="lectio-bench-settings-")

CHILD = r"""
import sys, time
mode, project = sys.argv[1], sys.argv[2]
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

stamps = {}

def content_painted(widget):
    # the document list's rows or the reader's text being painted (the viewports of those views)
    view = widget.parentWidget()
    if view is None:
        return None
    if view.objectName() == "documentTable" and view.model() is not None and view.model().rowCount() > 0:
        return "list"
    if view.objectName() == "readerText" and not view.document().isEmpty():
        return "text"
    return None

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType():
            now = time.time()
            stamps.setdefault("window", now)
            part = "bare" if mode == "bare" else content_painted(obj)
            if part:
                stamps.setdefault(part, now)
            if mode == "bare" or ("list" in stamps and "text" in stamps):
                content = now if mode == "bare" else max(stamps["list"], stamps["text"])
                print(stamps["window"], content, flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
                QApplication.instance().removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
if mode == "bare":
    window = QLabel("Hello")
    window.resize(1400, 900)
    window.show()
    app.exec()
else:
    from pathlib import Path
    from app.ui.launch import launch
    launch(Path(project))
"""


def first_paint_seconds(mode: str, project: Path) -> tuple[float, float]:
    """(window first painted, project content first painted), seconds from process start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": SETTINGS_DIR,
           "XDG_DATA_HOME": SETTINGS_DIR}  # keep the runs out of the user's recent projects
    start = time.time()
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(project)], capture_output=True, text=True,
                         cwd=REPO, env=env, check=True, timeout=120)
    window, content = (float(x) for x in out.stdout.strip().splitlines()[-1].split())
    return window - start, content - start


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
        bare, window, content = [], [], []
        for _ in range(RUNS):  # interleaved, so drift affects both equally
            bare.append(first_paint_seconds("bare", project)[0])
            w, c = first_paint_seconds("lectio", project)
            window.append(w)
            content.append(c)
    b, w, c = statistics.median(bare), statistics.median(window), statistics.median(content)
    print(f"first paint, bare PySide6 window      : {b * 1000:7.0f} ms (median of {RUNS})")
    print(f"first paint, Lectio window            : {w * 1000:7.0f} ms   ratio {w / b:5.2f}×  (goal ≤ 1.5×)")
    print(f"document list + first text painted    : {c * 1000:7.0f} ms   ratio {c / b:5.2f}×  (goal ≤ 3×)")
    print(f"`lectio demo` (whole process)    : {statistics.median(demo) * 1000:7.0f} ms (median of 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
