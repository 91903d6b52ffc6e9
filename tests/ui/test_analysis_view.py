"""The Analysis view driven as a researcher would: click a matrix cell and see its units, click a network edge,
read the saturation sentence, run and save a coding query, open a unit in the reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from app.analysis.figures import edge_units
from app.core.project import open_project
from app.ui.analysis.analysis_view import AnalysisView
from app.ui.app_state import ProjectSession
from tests.analysis.study import Plan, generate, ref_value


@pytest.fixture
def study(tmp_path: Path) -> tuple[Path, Plan]:
    project, plan = generate(tmp_path / "study.lectio", 31, n_docs=8, n_codes=8, n_units=60)
    project.close()
    return tmp_path / "study.lectio", plan


@pytest.fixture
def view(qtbot: Any, study: tuple[Path, Plan]) -> Iterator[AnalysisView]:
    session = ProjectSession(open_project(study[0], backup=False))
    widget = AnalysisView(session)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitUntil(lambda: widget.matrix is not None)
    yield widget
    session.undo_stack.clear()
    session.close()


def test_clicking_a_matrix_cell_lists_its_units(qtbot: Any, view: AnalysisView, study: tuple[Path, Plan]) -> None:
    plan = study[1]
    view.by.setCurrentText("Role")
    table = view.matrix_table
    assert table.horizontalHeaderItem(0).text() == "Codes"
    # the busiest cell, found from the plan, not from the view
    counts: dict[tuple[str, str], int] = {}
    for u in plan.units:
        for c in u.codes:
            key = (c, ref_value(plan, u, "Role"))
            counts[key] = counts.get(key, 0) + 1
    (code, value), n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    row = [table.item(r, 0).text() for r in range(table.rowCount())].index(code)
    col = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(value)
    assert table.item(row, col).text() == str(n)
    rect = table.visualRect(table.model().index(row, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.units.heading.text() == f"{code} × Role = {value}: {n} meaning units"
    assert view.units.list.count() == n
    assert all(code in line.splitlines()[0] for line in view.units.texts())


def test_double_clicking_a_unit_asks_the_reader_to_show_it(qtbot: Any, view: AnalysisView) -> None:
    view.expression.setText('"Code A" OR "Code B"')
    view.run_query()
    assert view.units.list.count() > 0
    item = view.units.list.item(0)
    with qtbot.waitSignal(view.session.navigate) as signal:
        view.units.list.itemDoubleClicked.emit(item)
    unit_id, document_id, start = item.data(Qt.ItemDataRole.UserRole)
    assert signal.args == [document_id, unit_id, start]


def test_clicking_a_network_edge_lists_the_units_of_the_pair(qtbot: Any, view: AnalysisView) -> None:
    view.tabs.setCurrentIndex(1)
    chart = view.cooc_chart.chart
    assert chart is not None and chart.edges
    a, b, n = max(chart.edges, key=lambda e: e[2])
    pos = chart.positions()
    middle = (pos[a] + pos[b]) / 2
    scale = view.cooc_chart.width() / chart.size().width()
    view.cooc_chart.ensurePolished()
    qtbot.waitUntil(lambda: view.cooc_chart.isVisible())
    qtbot.mouseClick(view.cooc_chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(middle.x() * scale), round(middle.y() * scale)))
    heading = view.units.heading.text()
    assert heading.startswith(f"{min(a, b)} + {max(a, b)}")
    pair = next(p for p in view.cooc.pairs if (p.a, p.b) == (min(a, b), max(a, b)))  # type: ignore[union-attr]
    opened = edge_units(view.data, pair.a, pair.b, overlap=view.cooc.overlap)  # type: ignore[arg-type,union-attr]
    assert pair.units == n and view.units.list.count() == len(opened) >= n


def test_saturation_sentence_follows_the_settings(view: AnalysisView) -> None:
    view.tabs.setCurrentIndex(2)
    view.base.setValue(3)
    view.run.setValue(1)
    view.threshold.setValue(10)
    assert view.sat is not None
    assert (view.sat.base, view.sat.run, view.sat.threshold) == (3, 1, 0.1)
    assert view.sentence.text() == view.sat.sentence()
    assert "(base 3, run 1, ≤ 10 % new codes)" in view.sentence.text()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_saved_query_restricts_every_tab(qtbot: Any, view: AnalysisView, study: tuple[Path, Plan]) -> None:
    plan = study[1]
    view.tabs.setCurrentIndex(3)
    view.expression.setText('"Code A"')
    view.run_query()
    with_a = [u for u in plan.units if "Code A" in u.codes]
    assert view.units.list.count() == len(with_a)
    view.save_query_as("Only A", '"Code A"')
    assert [view.saved.item(i).text() for i in range(view.saved.count())] == ["Only A"]
    view.restrict.setCurrentText("Only A")
    assert view.status.text().startswith(f"{len(with_a)} meaning units")
    assert view.matrix is not None
    assert sum(view.matrix.cells.get("Code A", {}).values()) == len(with_a)
    assert view.session.undo_stack.count() == 1  # saving was one undoable action


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_view_draws_and_exports(view: AnalysisView, tmp_path: Path) -> None:
    view.grab().save(str(tmp_path / "analysis.png"))
    assert view.matrix is not None
    written = view.export_to(view.matrix, tmp_path / "m.svg")
    assert written is not None and written.read_text(encoding="utf-8").count("<svg") == 1


@pytest.mark.slow  # draws the chart at 300 dpi for the Word file
def test_the_window_s_word_export_carries_the_chart(view: AnalysisView, tmp_path: Path) -> None:
    import docx

    assert view.sat is not None
    written = view.export_to(view.sat, tmp_path / "saturation.docx")
    assert written is not None
    d = docx.Document(str(written))
    images = [r.target_part.blob for r in d.part.rels.values() if r.reltype.endswith("/image")]
    assert len(images) == 1 and images[0].startswith(b"\x89PNG")
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    assert captions and captions[0].startswith("Figure 1. Code saturation. Saturation was")


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_big_study_is_read_off_the_gui_thread(qtbot: Any, study: tuple[Path, Plan],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.analysis import analysis_view

    monkeypatch.setattr(analysis_view, "BACKGROUND_UNITS", 10)  # the generated study's 60 units count as big
    session = ProjectSession(open_project(study[0], backup=False))
    widget = AnalysisView(session)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.job is not None and widget.status.text() == "Reading the study…"
    qtbot.waitUntil(lambda: widget.job is None and widget.matrix is not None, timeout=20_000)
    assert widget.status.text() == f"{len(study[1].units)} meaning units, {len(study[1].docs)} documents"
    session.close()
