"""Withdrawn consent and pseudonyms in the history, measured on the demo study: how often a passage of a removed
document is still in the file's bytes after an ordinary (undoable) removal and after a permanent deletion, how long
the permanent deletion takes with and without backups, and what a pseudonymisation keeps of the undo history.

    python benchmarks/privacy.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import history  # noqa: E402
from app.core.backups import take_backup  # noqa: E402
from app.core.documents import delete_document, get_document, list_documents  # noqa: E402
from app.core.project import open_project  # noqa: E402
from app.core.pseudonymise import pseudonymise  # noqa: E402
from app.core.purge import purge_document  # noqa: E402
from app.demo import build_demo  # noqa: E402


def main() -> None:
    work = Path(tempfile.mkdtemp())
    demo = work / "demo.lectio"
    build_demo(demo).close()
    with open_project(demo, backup=False) as p:
        doc = list_documents(p)[2]
        passage = get_document(p, doc.id).text[200:260].encode()
        steps = history.undoable_count(p)
    print(f"demo study: {demo.stat().st_size / 1024:.0f} KB, {steps} undo steps; removing {doc.name!r}")

    ordinary = work / "ordinary.lectio"
    shutil.copy(demo, ordinary)
    with open_project(ordinary, backup=False) as p:
        delete_document(p, doc.id)
    print(f"ordinary removal: the passage is {ordinary.read_bytes().count(passage)} time(s) in the file (undo)")

    for backups in (0, 5):
        study = work / f"purge{backups}" / "demo.lectio"
        study.parent.mkdir()
        shutil.copy(demo, study)
        for _ in range(backups):
            take_backup(study)
        with open_project(study, backup=False) as p:
            start = time.perf_counter()
            result = purge_document(p, doc.id).value
            took = time.perf_counter() - start
            left = history.undoable_count(p)
        files = [study, *(b.path for b in result.backups)]
        found = sum(f.read_bytes().count(passage) for f in files)
        print(f"permanent deletion, {backups} backup(s): {took:.2f} s; passage found {found} time(s) in "
              f"{len(files)} file(s); {result.history_rows} change-log rows removed, {result.steps_removed} steps "
              f"removed, {left} of {steps} undo steps left; file {demo.stat().st_size / 1024:.0f} → "
              f"{study.stat().st_size / 1024:.0f} KB")

    for mode in ("empty", "scrub"):
        study = work / f"pseudo-{mode}.lectio"
        shutil.copy(demo, study)
        with open_project(study, backup=False) as p:
            start = time.perf_counter()
            value = pseudonymise(p, [("ward", "[place]")], work / f"key-{mode}.csv", history=mode).value
            took = time.perf_counter() - start
        print(f"pseudonymise, history={mode}: {took:.2f} s; undo steps kept {value['undo_steps_kept']}, lost "
              f"{value['undo_steps_lost']}; {value['history_values']} history values rewritten")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
