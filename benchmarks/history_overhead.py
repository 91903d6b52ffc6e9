"""What recording the change log costs: the same operations with the change-log triggers installed and with
them dropped, in one run; and what undoing and redoing a large operation takes.

Run:  python benchmarks/history_overhead.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import codebook, documents, history, units  # noqa: E402
from app.core.project import create_project  # noqa: E402
from app.importers.base import ImportedText  # noqa: E402

UNITS = 300
TEXT = ("The nurse came every morning and always knocked. " * 400).strip()


def run(folder: Path, with_log: bool) -> dict[str, float]:
    path = folder / f"{'log' if with_log else 'nolog'}.lectio"
    figures: dict[str, float] = {}
    with create_project(path, reviewer="Ana") as p:
        if not with_log:
            conn = sqlite3.connect(path)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'log_%'"):
                conn.execute(f'DROP TRIGGER "{name}"')
            conn.commit()
            conn.close()
        t = time.perf_counter()
        doc = documents.add_document(p, ImportedText(TEXT, "txt"), name="Long", original=b"x" * 2_000_000).value
        figures["import 20 kB text + 2 MB original (ms)"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        made = [units.create_unit(p, doc.id, i * 50, i * 50 + 40).value.id for i in range(UNITS)]
        figures[f"{UNITS} create_unit, per op (ms)"] = (time.perf_counter() - t) * 1000 / UNITS
        code = codebook.create_code(p, "Knocking").value.id
        for u in made[:100]:
            codebook.assign_code(p, u, code)
        t = time.perf_counter()
        documents.delete_document(p, doc.id)  # cascades: 300 units, 100 codings
        figures["delete the document (cascade 400 rows) (ms)"] = (time.perf_counter() - t) * 1000
        if with_log:
            t = time.perf_counter()
            history.undo(p)
            figures["undo that delete (ms)"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            history.redo(p)
            figures["redo it (ms)"] = (time.perf_counter() - t) * 1000
    figures["file size (kB)"] = path.stat().st_size / 1024
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        off, on = run(Path(tmp), False), run(Path(tmp), True)
    for key in on:
        base = off.get(key)
        print(f"{key:48s} {on[key]:10.2f}" + (f"   without the log {base:10.2f}" if base is not None else ""))


if __name__ == "__main__":
    main()
