"""Qt counts UTF-16 units, core counts code points: a unit selected after an emoji keeps core offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.documents import add_document
from app.core.project import create_project
from app.core.units import list_units
from app.importers.base import ImportedText
from app.ui.app_state import ProjectSession
from app.ui.reader import ReaderView
from app.ui.text_offsets import OffsetMap

TEXT = "a🙂 café 🙂b\nSecond line: naïve 👩‍👩‍👧 résumé, done."


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture
def emoji_reader(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = create_project(tmp_path / "emoji.lectio", title="Emoji", reviewer="Ana Ruiz")
    doc = add_document(project, ImportedText(text=TEXT, kind="txt", page_starts=[0, TEXT.index("Second")]),
                       name="Emoji", original=TEXT.encode()).value
    session = ProjectSession(project)
    view = ReaderView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.show_document(doc.id, 2)
    view.text.setFocus()
    yield view, doc.id
    view.close()
    session.close()


def test_selecting_cafe_after_an_emoji_gives_code_point_offsets(qtbot, emoji_reader) -> None:
    view, doc_id = emoji_reader
    start = TEXT.index("café")
    assert (start, start + 4) == (3, 7)
    qt_start = _utf16(TEXT[:start])  # the emoji counts twice in Qt
    assert qt_start == 4
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + 4, QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    assert view.text.textCursor().selectedText() == "café"
    qtbot.keyClick(view.text, Qt.Key.Key_M)

    [unit] = list_units(view.session.project, doc_id)
    assert (unit.start, unit.end, unit.text) == (3, 7, "café")
    # the highlight sits on the same characters in Qt's units
    [selection] = [s for s in view.text.extraSelections() if s.cursor.selectedText() == "café"]
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (4, 8)


def test_a_unit_after_a_family_emoji_and_accents_round_trips(qtbot, emoji_reader) -> None:
    view, doc_id = emoji_reader
    start = TEXT.index("résumé")
    view.text.select_span(start, start + len("résumé"))
    assert view.text.textCursor().selectedText() == "résumé"
    assert view.text.selection_span() == (start, start + 6)
    qtbot.keyClick(view.text, Qt.Key.Key_M)
    [unit] = list_units(view.session.project, doc_id)
    assert unit.text == "résumé" and unit.start == start
    assert view.text.page_of(unit.start) == 2


def test_offset_map_both_ways_and_inside_a_surrogate_pair() -> None:
    offsets = OffsetMap(TEXT)
    for i in range(len(TEXT) + 1):
        assert offsets.from_qt(offsets.to_qt(i)) == i
        assert offsets.to_qt(i) == _utf16(TEXT[:i])
    # position 2 is between the two halves of the first emoji: it snaps back to the emoji's start
    assert offsets.from_qt(2) == 1
