"""The project search's hit list draws an Arabic or Hebrew snippet right to left, per hit: its words end at the
right edge, as they would on a page; an English hit beside it starts at the left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from app.core.documents import add_document
from app.core.project import create_project
from app.importers.base import ImportedText
from app.ui.search_dialog import HIT_ROLE, snippet_is_rtl

ARABIC = "قالت إن الممرضة كانت لطيفة جدا"
HEBREW = "האחות הייתה נחמדה מאוד"
ENGLISH = "She said the nurse was very kind"


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> Iterator:
    from app.ui.app_state import ProjectSession
    from app.ui.search_dialog import SearchDialog

    project = create_project(tmp_path / "s.lectio", reviewer="Me")
    for name, text in (("Arabic", ARABIC), ("Hebrew", HEBREW), ("English", ENGLISH)):
        add_document(project, ImportedText(text, "txt"), name=name, original=text.encode())
    session = ProjectSession(project)
    d = SearchDialog(session)
    qtbot.addWidget(d)
    d.resize(640, 400)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.close()
    session.close()  # closes the study too


def _ink(d, row: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The leftmost and rightmost column of the snippet line's ink, and the row's width."""
    d.results.clearSelection()
    d.results.setCurrentRow(-1)
    image = d.results.viewport().grab().toImage()
    rect = d.results.visualItemRect(d.results.item(row))
    h = d.results.fontMetrics().height()
    top = rect.top() + 5 + h + 2
    background = QColor(image.pixel(rect.left() + 1, top + h // 2))
    columns = [x for x in range(rect.left(), rect.right()) for y in range(top, top + h)
               if abs(QColor(image.pixel(x, y)).lightness() - background.lightness()) > 60]
    return min(columns), max(columns)


def test_arabic_and_hebrew_snippets_end_at_the_right_english_ones_start_at_the_left(dialog) -> None:
    width = dialog.results.viewport().width()
    for query, rtl in (("لطيفة", True), ("נחמדה", True), ("kind", False)):
        dialog.edit.setText(query)
        dialog.run()
        hit = dialog.results.item(0).data(HIT_ROLE)
        assert snippet_is_rtl(hit) is rtl
        left, right = _ink(dialog, 0)
        if rtl:
            assert right > width - 30 and left > width / 3, (query, left, right, width)
        else:
            assert left < 30 and right < width * 2 / 3, (query, left, right, width)
