"""Codebook board figures on a big codebook: 2,000 codes in 200 categories and 20 themes, 10,000 meaning units.

Prints: tree model ready, sorting table ready (scene + view + first paint), the whole board ready, card-move
repaint rate, analysis-table load and scroll. Goals: tree and table ready in <= 300 ms; moving a card repaints at
>= 60 frames a second; the analysis table smooth at 10,000 rows.

    /tmp/venv/bin/python benchmarks/board.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.core.models import Category, Code, Coding, MeaningUnit, Theme, new_id  # noqa: E402
from app.core.ops import operation  # noqa: E402
from app.core.project import Project, create_project  # noqa: E402

N_THEMES, CATS_PER_THEME, CODES_PER_CAT, N_UNITS = 20, 10, 10, 10_000
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7")


def build(path: Path) -> Project:
    """The big codebook, written in one transaction with Core inserts."""
    from app.core.documents import add_document
    from app.importers.base import ImportedText

    project = create_project(path, title="Board benchmark", reviewer="Bench")
    sentence = "The carer said that nobody asked her what she knew about his habits at home. "
    text = sentence * N_UNITS
    doc = add_document(project, ImportedText(text=text, kind="txt"), name="Interviews", original=text.encode()).value
    rng = random.Random(7)
    themes, cats, codes, units, codings = [], [], [], [], []
    for t in range(N_THEMES):
        tx, ty = 40 + (t % 4) * 2500, 60 + (t // 4) * 1000
        themes.append({"id": new_id(), "name": f"Theme {t + 1}", "description": "", "position": t, "x": tx, "y": ty})
        for c in range(CATS_PER_THEME):
            cx, cy = tx + (c % 5) * 260, ty + (c // 5) * 450
            cats.append({"id": new_id(), "name": f"Category {t + 1}.{c + 1}", "description": "",
                         "theme_id": themes[-1]["id"], "parent_id": None, "colour": "", "position": len(cats),
                         "x": cx, "y": cy})
            for k in range(CODES_PER_CAT):
                codes.append({"id": new_id(), "name": f"Code {len(codes) + 1}", "definition": "", "inclusion": "",
                              "exclusion": "", "colour": PALETTE[len(codes) % len(PALETTE)],
                              "category_id": cats[-1]["id"], "exemplar_unit_id": None, "position": len(codes),
                              "x": cx + 12, "y": cy + 40 + 36 * k})
    for u in range(N_UNITS):
        start = u * len(sentence)
        units.append({"id": new_id(), "document_id": doc.id, "reviewer_id": project.reviewer_id, "start": start,
                      "end": start + len(sentence) - 1, "text": sentence[:-1], "condensed": f"Condensed {u}",
                      "created_at": "2026-01-01T00:00:00+00:00"})
        for code in rng.sample(codes, rng.choice((1, 1, 2))):
            codings.append({"id": new_id(), "unit_id": units[-1]["id"], "code_id": code["id"],
                            "reviewer_id": project.reviewer_id, "created_at": "2026-01-01T00:00:00+00:00"})
    with operation(project, "bench", "Benchmark codebook") as op:
        for model, rows in ((Theme, themes), (Category, cats), (Code, codes), (MeaningUnit, units), (Coding, codings)):
            op.session.execute(insert(model), rows)
    return project


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        project = build(Path(tmp) / "bench.lectio")
        n_codes = N_THEMES * CATS_PER_THEME * CODES_PER_CAT
        print(f"Built {N_THEMES} themes, {N_THEMES * CATS_PER_THEME} categories, {n_codes:,} codes, "
              f"{N_UNITS:,} units in {ms(time.perf_counter() - t0)}")
        from app.ui.app_state import ProjectSession
        from app.ui.board import BoardView
        from app.ui.board.actions import BoardActions
        from app.ui.board.analysis_table import AnalysisTable
        from app.ui.board.table_scene import TableScene
        from app.ui.board.table_view import TableView
        from app.ui.board.tree_model import CodebookTreeModel

        session = ProjectSession(project)
        actions = BoardActions(session, None)  # type: ignore[arg-type]
        t0 = time.perf_counter()
        model = CodebookTreeModel(session, actions)
        tree_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        scene = TableScene(session, actions)
        view = TableView(scene)
        view.resize(1060, 640)
        view.show()
        app.processEvents()
        view.viewport().grab()  # the first paint
        table_s = time.perf_counter() - t0
        print(f"Tree model ready ({model.rowCount()} top rows):        {ms(tree_s)}")
        print(f"Sorting table ready ({len(scene.cards):,} cards, first paint): {ms(table_s)}")
        print(f"Tree + table ready:                           {ms(tree_s + table_s)}   (goal <= 300 ms)")

        t0 = time.perf_counter()
        board = BoardView(session)
        board.resize(1400, 900)
        board.show()
        app.processEvents()
        board.grab()
        print(f"Whole board ready (tree, table, panels):      {ms(time.perf_counter() - t0)}")

        view.resetTransform()
        card = next(iter(scene.cards.values()))
        view.centerOn(card)
        pile = card.parentItem()
        card.setParentItem(None)  # lifted, as during a drag
        card.setPos(pile.scenePos() + QPointF(12, 40))
        card.setZValue(1000)
        app.processEvents()
        frames = int(os.environ.get("BENCH_FRAMES", "300"))
        for label, zoom, full in (("at 100 % zoom, full repaint", 1.0, True),
                                  ("whole table in view, full repaint", 0.0, True),
                                  ("whole table in view, as in a drag", 0.0, False)):
            view.resetTransform()
            if zoom:
                view.centerOn(card)
            else:
                view.fit()
            app.processEvents()
            t0 = time.perf_counter()
            for k in range(frames):
                before = card.sceneBoundingRect()
                card.setPos(card.pos() + QPointF(2 if (k // 50) % 2 == 0 else -2, 1 if k % 2 else -1))
                if full:  # the whole viewport, every frame
                    view.viewport().repaint()
                else:  # as in a drag: only the region the card left and entered
                    dirty = before.united(card.sceneBoundingRect()).adjusted(-4, -4, 4, 4)
                    view.viewport().repaint(view.mapFromScene(dirty).boundingRect())
                app.processEvents()
            fps = frames / (time.perf_counter() - t0)
            print(f"Moving a card, {label}: {fps:5.0f} frames/s (goal >= 60)")

        t0 = time.perf_counter()
        table = AnalysisTable(session)
        table.resize(1200, 600)
        table.show()
        app.processEvents()
        load_s = time.perf_counter() - t0
        bar = table.view.verticalScrollBar()
        t0 = time.perf_counter()
        steps = 100
        for k in range(steps):
            bar.setValue(bar.maximum() * k // steps)
            table.view.viewport().repaint()
        scroll_fps = steps / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        table.view.sortByColumn(2, table.view.horizontalHeader().sortIndicatorOrder())
        sort_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        table.filter.setText("Condensed 99")
        filter_s = time.perf_counter() - t0
        print(f"Analysis table: {table.model.rowCount():,} rows loaded in {ms(load_s)}; scrolls at {scroll_fps:.0f} "
              f"frames/s; sort {ms(sort_s)}; filter {ms(filter_s)} ({table.proxy.rowCount()} rows match)")
        session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
