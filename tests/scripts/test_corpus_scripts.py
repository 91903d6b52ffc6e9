"""The corpus's Arabic and Japanese PDFs, imported for real, coded in the reader and searched (slow: they need
the shared corpus, and skip with a reason when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from app.core.importing import import_files
from app.core.project import create_project
from app.core.search import search_project
from app.core.units import list_units
from app.ui.app_state import ProjectSession
from app.ui.reader import ReaderView
from tests.corpus import shared_file

pytestmark = pytest.mark.slow  # real PDFs of the shared corpus

JAPANESE = "pdf/nonlatin_japanese_jo_miyazawa.pdf"
ARABIC = "pdf/nonlatin_arabic_rtl_habibi.pdf"


@pytest.fixture
def imported(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = []

    def open_in_reader(relative: str) -> tuple[ReaderView, str, str]:
        project = create_project(tmp_path / f"s{len(opened)}.lectio", title="Corpus", reviewer="Ana Ruiz")
        [result] = import_files(project, [shared_file(relative)], workers=1)
        assert result.document is not None, result
        doc_id = result.document.id
        session = ProjectSession(project)
        view = ReaderView(session)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        view.show_document(doc_id, 2)
        view.text.setFocus()
        opened.append((view, session))
        return view, doc_id, view.text.body

    yield open_in_reader
    for view, session in opened:
        view.close()
        session.close()


def _code(qtbot, view: ReaderView, doc_id: str, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    view.text.select_span(start, end)
    qtbot.keyClick(view.text, Qt.Key.Key_M)
    unit = next(u for u in list_units(view.session.project, doc_id) if (u.start, u.end) == (start, end))
    [sel] = [s for s in view.text.extraSelections() if s.cursor.selectedText() == unit.text]
    assert (view.text.offsets.from_qt(sel.cursor.selectionStart()),
            view.text.offsets.from_qt(sel.cursor.selectionEnd())) == (start, end)
    return unit.text


def _press_point(view: ReaderView, qt_pos: int) -> QPoint:
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(qt_pos)
    y = view.text.cursorRect(cursor).center().y()
    xs = [x for x in range(view.text.viewport().width())
          if view.text.cursorForPosition(QPoint(x, y)).position() == qt_pos]
    return QPoint(xs[len(xs) // 2], y)


def test_the_japanese_pdf_is_coded_by_selection_and_by_a_drag_and_found_by_search(qtbot, imported) -> None:
    view, doc_id, body = imported(JAPANESE)
    word = "心象スケッチ"  # "mental sketch", inside a line without spaces
    start = body.index(word)
    assert _code(qtbot, view, doc_id, start, start + len(word)) == word
    other = "宇宙塵"  # "cosmic dust"
    a = body.index(other)
    qt_a, qt_b = view.text.offsets.to_qt(a), view.text.offsets.to_qt(a + len(other))
    viewport = view.text.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_press_point(view, qt_a))
    qtbot.mouseMove(viewport, _press_point(view, qt_b))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_press_point(view, qt_b))
    assert view.text.textCursor().selectedText() == other
    qtbot.keyClick(view.text, Qt.Key.Key_M)
    assert other in [u.text for u in list_units(view.session.project, doc_id)]
    project = view.session.project
    for query in ("心象スケッチ", "修羅", "宇宙塵"):  # six, two and three characters
        hits = [h for h in search_project(project, query) if h.where == "text"]
        assert [body[a:b] for h in hits for a, b in h.words] == [query], query


def test_the_arabic_pdf_reads_right_to_left_and_its_word_is_coded_and_found(qtbot, imported) -> None:
    view, doc_id, body = imported(ARABIC)
    word = "حَبيبي"
    start = body.index(word)
    assert _code(qtbot, view, doc_id, start, start + len(word)) == word
    block = view.text.document().findBlock(view.text.offsets.to_qt(start))
    assert block.textDirection() == Qt.LayoutDirection.LeftToRight  # the line opens with "habibi": P2 says LTR
    hits = [h for h in search_project(view.session.project, word) if h.where == "text"]
    assert hits and all(body[a:b] == word for h in hits for a, b in h.words)
    view.grab().save(str(Path(view.session.project.path).with_suffix(".png")))
