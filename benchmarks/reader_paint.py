"""The reader on a 100,000-character document with 2,000 meaning units (offscreen Qt).

Builds (untimed) a project with one such document: 1,600 units of the current reviewer and 400 of a
second one, some overlapping, inserted in bulk (SQLAlchemy Core, one transaction). Then, in the same run:

1. first paint of the text alone (the reading widget, no highlights) vs the same widget with the highlight
   layer over the 2,000 units (goal: ≤ 2×);
2. the whole reader opening the document in pass 1 (no highlights) vs pass 2 (highlights, unit panel);
3. creating one unit through the UI path (selection → ``make_unit`` → ``session.do(create_unit)`` → the
   view's refresh; goal ≤ 50 ms), and how many highlights that change redrew (only those near the screen).

Each figure is the median of several runs. Prints the figures; exits 0.

    /tmp/venv/bin/python benchmarks/reader_paint.py [--chars 100000] [--units 2000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

import app.ui  # noqa: E402,F401  (keeps None alive under PySide6 6.12 on Python 3.11)
from app.core.documents import add_document  # noqa: E402
from app.core.models import MeaningUnit, new_id, now  # noqa: E402
from app.core.ops import operation  # noqa: E402
from app.core.project import Project, create_project  # noqa: E402
from app.core.reviewers import add_reviewer  # noqa: E402
from app.importers.base import ImportedText  # noqa: E402

WORDS = ("care", "home", "nurse", "daughter", "morning", "knows", "tablets", "kitchen", "table", "asked",
         "café", "naïve", "listened", "furniture", "weekend", "agency", "respite", "guilty", "trust", "José")


def make_text(chars: int, rng: random.Random) -> str:
    paragraphs, size = [], 0
    while size < chars:
        words = [rng.choice(WORDS) for _ in range(rng.randint(40, 160))]
        words[0] = words[0].capitalize()
        para = " ".join(words) + "."
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)[:chars]


def build(path: Path, chars: int, n_units: int, seed: int = 7) -> tuple[Project, str]:
    rng = random.Random(seed)
    project = create_project(path, title="Reader benchmark", reviewer="Ana Ruiz")
    other = add_reviewer(project, "Ben Okafor").value.id
    text = make_text(chars, rng)
    starts = list(range(0, chars * 1000, 1000))  # a page every 1,000 characters would be a lot; use 3,000
    doc = add_document(project, ImportedText(text=text, kind="txt", page_starts=starts[::3][: chars // 3000 + 1]),
                       name="Long interview", original=text.encode()).value
    rows = []
    step = len(text) / (n_units * 0.8)
    for k in range(n_units):
        mine = k < n_units * 0.8
        base = int((k if mine else (k - n_units * 0.8) * 4) * step)
        start = min(len(text) - 2, base + rng.randint(0, 20))
        end = min(len(text), start + rng.randint(15, 220))  # long ones overlap the next
        rows.append({"id": new_id(), "document_id": doc.id, "reviewer_id": project.reviewer_id if mine else other,
                     "start": start, "end": end, "text": text[start:end], "condensed": f"unit {k}",
                     "created_at": now()})
    with operation(project, "benchmark", "bulk units") as op:
        op.session.execute(insert(MeaningUnit), rows)
    return project, doc.id


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from app.core.documents import get_document, page_starts
    from app.core.reading import unit_spans
    from app.ui.app_state import ProjectSession
    from app.ui.reader import ReaderView
    from app.ui.reader.highlights import HighlightLayer, HighlightStyle
    from app.ui.reader.text_view import ReaderText

    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        project, doc_id = build(Path(tmp) / "bench.lectio", args.chars, args.units)
        doc = get_document(project, doc_id)
        spans = unit_spans(project, doc_id)
        print(f"Built a {len(doc.text):,}-character document with {len(spans):,} meaning units "
              f"in {time.perf_counter() - t0:.1f} s (untimed)")

        def paint_text(with_highlights: bool) -> float:
            start = time.perf_counter()
            widget = ReaderText()
            widget.resize(1000, 800)
            widget.set_body(doc.text, page_starts(doc))
            if with_highlights:
                layer = HighlightLayer(widget)
                from PySide6.QtGui import QColor

                layer.set_styles({r.id: HighlightStyle(QColor(r.colour), r.id == project.reviewer_id)
                                  for r in project.reviewers()}, project.reviewer_id)
                layer.show_others = True
                layer.set_units(spans)
            widget.show()
            qt.processEvents()
            if with_highlights:
                layer.refresh()
            widget.grab()
            elapsed = time.perf_counter() - start
            widget.close()
            widget.deleteLater()
            qt.processEvents()
            return elapsed

        plain, lit = [], []
        paint_text(False)  # warm up fonts and caches
        for _ in range(args.runs):
            plain.append(paint_text(False))
            lit.append(paint_text(True))
        p, h = statistics.median(plain), statistics.median(lit)
        print(f"\nFirst paint of the reading widget (median of {args.runs})")
        print(f"  text alone, no highlights     {ms(p)}")
        print(f"  text + {len(spans):,} unit highlights {ms(h)}   ratio {h / p:.2f}×  (goal ≤ 2×)")

        session = ProjectSession(project)
        reader = ReaderView(session)
        reader.resize(1400, 900)
        reader.show()
        qt.processEvents()
        other_doc = doc_id

        def open_reader(pass_no: int) -> float:
            reader.document_id = None  # force a fresh load of the document
            start = time.perf_counter()
            reader.show_document(other_doc, pass_no)
            qt.processEvents()
            reader.grab()
            return time.perf_counter() - start

        pass1 = [open_reader(1) for _ in range(args.runs)]
        pass2 = [open_reader(2) for _ in range(args.runs)]
        pass3 = [open_reader(3) for _ in range(args.runs)]
        p1, p2, p3 = statistics.median(pass1), statistics.median(pass2), statistics.median(pass3)
        print("\nWhole reader opening the document (load from the file + first paint, median)")
        print(f"  pass 1 (no highlights)        {ms(p1)}")
        print(f"  pass 2 (highlights, panel)    {ms(p2)}   ratio {p2 / p1:.2f}×")
        print(f"  pass 3 (highlights, margin)   {ms(p3)}   ratio {p3 / p1:.2f}×")

        reader.show_document(doc_id, 2)
        qt.processEvents()
        create, undo = [], []
        rng = random.Random(3)
        body = reader.body
        for _ in range(max(5, args.runs)):
            a = rng.randrange(0, len(body) - 300)
            while not body[a].isalnum():
                a += 1
            b = a + 60
            reader.text.select_span(a, b)
            qt.processEvents()
            start = time.perf_counter()
            unit_id = reader.make_unit()
            qt.processEvents()
            reader.text.viewport().grab()
            create.append(time.perf_counter() - start)
            assert unit_id in reader.highlights.index.by_id
            drawn = reader.highlights.painted
            start = time.perf_counter()
            session.undo_stack.undo()
            qt.processEvents()
            undo.append(time.perf_counter() - start)
        lists = []
        for _ in range(max(5, args.runs)):
            start = time.perf_counter()
            reader._refresh_list()
            lists.append(time.perf_counter() - start)
        c, u = statistics.median(create), statistics.median(undo)
        print(f"\nCreating one unit through the UI path at {len(spans):,} units (median of {len(create)})")
        print(f"  select → M → stored → highlighted  {ms(c)}   (goal ≤ 50 ms; worst {ms(max(create))})")
        print(f"  undo                               {ms(u)}")
        print(f"  then the document list's counts    {ms(statistics.median(lists))}   (120 ms later, once per burst)")
        print(f"  highlights redrawn for the change  {drawn} of {len(spans) + 1} (only those near the screen)")
        reader.close()
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
