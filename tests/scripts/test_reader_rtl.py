"""Right-to-left and CJK documents in the reader: paragraph direction, units made by selecting (cursor, mouse,
keyboard) hold exactly the selected words and highlight exactly them, the margin sits beside the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from app.core.documents import add_document, find_document
from app.core.project import create_project
from app.core.units import add_annotation, create_unit, list_units
from app.importers.base import ImportedText
from app.ui.app_state import ProjectSession
from app.ui.reader import ReaderView
from tests.scripts.texts import text
from tests.studies import open_copy

ARABIC = text("arabic").replace("\n\nالباحثة: وماذا", "\n\n00:12:41\n\nInterviewer note: home visit.\n\nالباحثة: وماذا")
WORDS = "الطبيب شرح لي العلاج"


ENGLISH = "An English interview.\n\nIt has two paragraphs."
NOTE = "الطبيب يشرح بصبر"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One study, built once: the Arabic text twice (the second with a unit and a note), English, Japanese."""
    path = tmp_path_factory.mktemp("rtl") / "template.lectio"
    with create_project(path, title="Scripts", reviewer="Ana Ruiz") as project:
        for name, body in (("arabic", ARABIC), ("noted", ARABIC), ("english", ENGLISH),
                           ("japanese", text("japanese"))):
            doc = add_document(project, ImportedText(text=body, kind="txt"), name=name,
                               original=name.encode()).value
            if name == "noted":
                start = ARABIC.index(WORDS)
                unit = create_unit(project, doc.id, start, start + len(WORDS), condensed="شرح العلاج").value
                add_annotation(project, unit.id, NOTE)
            if name == "english":
                create_unit(project, doc.id, 0, len("An English interview"), condensed="The opening")
    return path


@pytest.fixture
def make_reader(qtbot, tmp_path: Path, template: Path):  # type: ignore[no-untyped-def]
    made = []

    def make(name: str, pass_no: int = 2) -> tuple[ReaderView, str]:
        project = open_copy(template, tmp_path / f"s{len(made)}.lectio")
        doc_id = find_document(project, name).id
        session = ProjectSession(project)
        view = ReaderView(session)
        qtbot.addWidget(view)
        view.resize(1300, 800)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        view.show_document(doc_id, pass_no)
        view.text.setFocus()
        made.append((view, session))
        return view, doc_id

    yield make
    for view, session in made:
        view.close()
        session.close()


def _highlights(view: ReaderView) -> list[str]:
    return [s.cursor.selectedText() for s in view.text.extraSelections()]


def _unit_made_from_the_selection(qtbot, view: ReaderView, doc_id: str):  # type: ignore[no-untyped-def]
    qtbot.keyClick(view.text, Qt.Key.Key_M)
    [unit] = list_units(view.session.project, doc_id)
    return unit


def test_each_paragraph_runs_in_the_direction_of_its_text(make_reader) -> None:
    view, _doc = make_reader("arabic")
    directions = {}
    block = view.text.document().firstBlock()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions["الباحثة: كيف كانت تجربتك في المستشفى؟"] == rtl
    assert directions["00:12:41"] == rtl  # no strong character: the document's direction
    assert directions["Interviewer note: home visit."] == ltr
    assert view.text.rtl
    # the page is mirrored: the gutter beside the lines' start, on the right of the text
    assert view.text.gutter.geometry().left() >= view.text.viewport().geometry().right()


def test_a_unit_selected_by_offsets_holds_and_highlights_exactly_the_words(qtbot, make_reader) -> None:
    view, doc_id = make_reader("arabic")
    start = ARABIC.index(WORDS)
    view.text.select_span(start, start + len(WORDS))
    unit = _unit_made_from_the_selection(qtbot, view, doc_id)
    assert (unit.start, unit.end, unit.text) == (start, start + len(WORDS), WORDS)
    assert WORDS in _highlights(view)
    [sel] = [s for s in view.text.extraSelections() if s.cursor.selectedText() == WORDS]
    assert (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) == (start, start + len(WORDS))


def _x(view: ReaderView, qt_pos: int) -> QPoint:
    """Where the text cursor stands before the character at ``qt_pos``, in the viewport (mid-line)."""
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(qt_pos)
    return view.text.cursorRect(cursor).center()


def _press_point(view: ReaderView, qt_pos: int) -> QPoint:
    """The middle of the pixels of the line whose press puts the text cursor at ``qt_pos`` (a word's edge)."""
    y = _x(view, qt_pos).y()
    xs = [x for x in range(view.text.viewport().width())
          if view.text.cursorForPosition(QPoint(x, y)).position() == qt_pos]
    assert xs, f"no pixel of the line puts the cursor at {qt_pos}"
    return QPoint(xs[len(xs) // 2], y)


def test_a_mouse_drag_over_right_to_left_words_makes_a_unit_of_those_words(qtbot, make_reader) -> None:
    view, doc_id = make_reader("arabic")
    start = ARABIC.index(WORDS)
    end = start + len(WORDS)
    a, b = _press_point(view, start), _press_point(view, end)
    assert a.x() > b.x()  # the first word is on the right: the drag goes leftwards
    viewport = view.text.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, QPoint((a.x() + b.x()) // 2, a.y()))
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
    assert view.text.textCursor().selectedText() == WORDS
    unit = _unit_made_from_the_selection(qtbot, view, doc_id)
    assert unit.text == WORDS and unit.start == start
    assert WORDS in _highlights(view)


def test_shift_arrows_select_right_to_left_words_in_reading_order(qtbot, make_reader) -> None:
    view, doc_id = make_reader("arabic")
    start = ARABIC.index(WORDS)
    view.text.place_cursor(start, centre=False)
    word = WORDS.split()[0]
    for _ in word:  # the reading goes leftwards: Shift+Left takes the next letter of the word
        qtbot.keyClick(view.text, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.text.textCursor().selectedText() == word
    qtbot.keyClick(view.text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.text.textCursor().selectedText() == word[:-1]
    qtbot.keyClick(view.text, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    unit = _unit_made_from_the_selection(qtbot, view, doc_id)
    assert unit.text == word


def test_the_margin_is_left_of_a_right_to_left_text_and_its_card_never_covers_it(qtbot, make_reader,
                                                                                 tmp_path: Path) -> None:
    view, doc_id = make_reader("noted", pass_no=3)
    [unit] = list_units(view.session.project, doc_id)
    view.set_current_unit(unit.id, move_cursor=True)
    margin, page = view.margin.geometry(), view.text.viewport().geometry()
    assert view.margin.isVisible() and margin.right() <= page.left()
    card = view.margin.card_rects()[unit.id]
    assert card.left() >= 0 and margin.width() - 20 <= card.right() <= margin.width()  # against the text
    view.grab().save(str(tmp_path / "arabic_reader.png"))


def test_an_english_document_keeps_the_margin_on_the_right(qtbot, make_reader) -> None:
    view, _doc = make_reader("english", pass_no=3)
    assert not view.text.rtl
    assert view.margin.geometry().left() >= view.text.viewport().geometry().right()


def test_japanese_lines_break_and_a_selected_word_is_highlighted(qtbot, make_reader) -> None:
    body = text("japanese")
    view, doc_id = make_reader("japanese")
    long = next(b for b in body.split("\n") if b.startswith("参加者：最初"))
    block = view.text.document().findBlock(body.index(long))
    assert block.layout().lineCount() >= 2  # a line of Japanese breaks between characters, without spaces
    word = "看護師"
    start = body.index(word)
    view.text.select_span(start, start + len(word))
    unit = _unit_made_from_the_selection(qtbot, view, doc_id)
    assert unit.text == word and word in _highlights(view)


def _ink(view: ReaderView) -> tuple[int, int, int]:
    """Where the first row of the unit list has ink on its quote line: (leftmost x, rightmost x, row width)."""
    listing = view.unit_panel.list
    rect = listing.visualRect(view.unit_panel.model.index(0))
    image = listing.viewport().grab().toImage()
    paper = image.pixelColor(rect.left() + 2, rect.top() + 2)
    xs = [x for x in range(rect.left(), rect.right()) for y in range(rect.top() + 6, rect.top() + 6 + 14)
          if abs(image.pixelColor(x, y).lightness() - paper.lightness()) > 60]
    return min(xs), max(xs), rect.width()


def test_the_unit_list_sets_an_arabic_quote_from_the_right_and_an_english_one_from_the_left(make_reader) -> None:
    view, _doc = make_reader("noted", pass_no=2)
    left, right, width = _ink(view)
    assert left > 30 and right > width - 30  # against the right edge, not the left
    view, _doc = make_reader("english", pass_no=2)
    left, right, width = _ink(view)
    assert left < 30 and right < width - 30
