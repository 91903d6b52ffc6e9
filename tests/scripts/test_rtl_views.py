"""Arabic and Hebrew in the document list, the consensus views and the participants view: each name, quote, note
and code runs in its own direction inside the left-to-right window (right-aligned, its full stop at its left
end), English ones stay as they were, and a mixed list works item by item. Checked on the items' direction, on
the delegates' layout and on the ink of rendered lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from app.consensus.agreement import agreement
from app.core import attributes, participants
from app.core.bidi import has_rtl
from app.core.codebook import assign_code, create_code
from app.core.documents import add_document, get_document
from app.core.project import create_project, open_project
from app.core.reading import document_summaries
from app.core.reviewers import add_reviewer
from app.core.units import add_annotation, create_unit
from app.importers.base import ImportedText
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import DIRECTION_ROLE, bidi_tooltip, isolate, item_direction
from app.ui.consensus import ConsensusView
from app.ui.consensus.edit_dialog import EditConsensusDialog
from app.ui.consensus.version_panel import passage_html
from app.ui.participants_view import ParticipantsView
from app.ui.reader.document_list import DocumentList
from tests.scripts.texts import text
from tests.studies import open_copy

ARABIC = text("arabic")
ARABIC_NAME = "المقابلة الأولى (المشاركة ٣)."
ENGLISH_NAME = "Interview 2 – English."
HEBREW_NAME = "ראיון עם אחות (3)."
ENGLISH = "An English interview about the ward.\n\nThe nurse was kind and the doctor explained the treatment."
WORDS = "الطبيب شرح لي العلاج"
OTHER = "كنت أخاف من الألم في الليل"
CONDENSED = "شرح العلاج بالتفصيل."
NOTE = "الطبيب يشرح بصبر."
TRUST = "الثقة"
SECOND = "ليلى حداد"  # the second reviewer's name is Arabic too


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_study(tmp_path_factory.mktemp("rtl-views") / "template.lectio")


def build_study(path: Path) -> Path:
    """Two reviewers (Ana Ruiz, ليلى حداد) coded an Arabic and an English interview differently; an Arabic and
    an English code; an Arabic participant with an Arabic attribute."""
    with create_project(path, title="Scripts", reviewer="Ana Ruiz") as project:
        [ana] = project.reviewers(include_consensus=False)
        laila = add_reviewer(project, SECOND).value
        arabic = add_document(project, ImportedText(text=ARABIC, kind="txt"), name=ARABIC_NAME,
                              original=b"ar").value
        english = add_document(project, ImportedText(text=ENGLISH, kind="txt"), name=ENGLISH_NAME,
                               original=b"en").value
        add_document(project, ImportedText(text=text("hebrew"), kind="txt"), name=HEBREW_NAME, original=b"he")
        trust = create_code(project, TRUST).value
        pain = create_code(project, "Pain").value
        start = ARABIC.index(WORDS)
        a = create_unit(project, arabic.id, start, start + len(WORDS), condensed=CONDENSED,
                        reviewer_id=ana.id).value
        assign_code(project, a.id, trust.id, reviewer_id=ana.id)
        add_annotation(project, a.id, NOTE, reviewer_id=ana.id)
        b = create_unit(project, arabic.id, start, start + len(WORDS), reviewer_id=laila.id).value
        assign_code(project, b.id, pain.id, reviewer_id=laila.id)
        other = ARABIC.index(OTHER)
        create_unit(project, arabic.id, other, other + len(OTHER), reviewer_id=laila.id)
        create_unit(project, english.id, 0, len("An English interview"), reviewer_id=ana.id)
        create_unit(project, english.id, ENGLISH.index("The nurse"), len(ENGLISH), reviewer_id=laila.id)
        person = participants.add_participant(project, "المشاركة ٣").value
        participants.add_participant(project, "Jane Doe")
        city = attributes.add_attribute(project, "المدينة", "text").value
        attributes.set_value(project, person, city, "القاهرة")
        participants.assign_document(project, arabic.id, person)
    return path


@pytest.fixture
def study(tmp_path: Path, template: Path) -> Iterator[ProjectSession]:
    project = open_copy(template, tmp_path / "study.lectio")
    session = ProjectSession(project)
    yield session
    session.undo_stack.clear()
    session.close()


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The leftmost and rightmost column of ``rect`` holding dark ink (text), relative to the rect's left."""
    rect = rect.intersected(image.rect())
    xs = [x for x in range(rect.left(), rect.right() + 1)
          if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(rect.top(), rect.bottom() + 1))]
    assert xs, "no ink in the cell"
    return xs[0] - rect.left(), xs[-1] - rect.left()


def _layout(view: QAbstractItemView, index: QModelIndex) -> tuple[Qt.LayoutDirection, Qt.AlignmentFlag]:
    """The direction and visual horizontal alignment the view's delegate lays an item out in."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    horizontal = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
    visual = QStyle.visualAlignment(option.direction, option.displayAlignment) & horizontal
    return option.direction, visual


def _shown(qtbot, widget: QWidget, width: int = 1300, height: int = 800) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


# -- the document list ------------------------------------------------------------------------------------

def test_the_document_list_sets_an_arabic_name_right_to_left_and_an_english_one_left_to_right(qtbot, study) -> None:
    docs = DocumentList()
    _shown(qtbot, docs, 640, 300)
    docs.set_rows(document_summaries(study.project))
    table, proxy = docs.table, docs.proxy
    cells = {proxy.index(r, 0).data(): proxy.index(r, 0) for r in range(proxy.rowCount())}
    assert set(cells) == {ARABIC_NAME, ENGLISH_NAME, HEBREW_NAME}
    arabic, english, hebrew = cells[ARABIC_NAME], cells[ENGLISH_NAME], cells[HEBREW_NAME]
    assert arabic.data(DIRECTION_ROLE) == hebrew.data(DIRECTION_ROLE) == "rtl"
    assert english.data(DIRECTION_ROLE) == "ltr"
    assert _layout(table, arabic) == (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight)
    assert _layout(table, hebrew) == (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight)
    assert _layout(table, english) == (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft)
    assert _layout(table, arabic.siblingAtColumn(4))[0] == Qt.LayoutDirection.LeftToRight  # counts unchanged
    table.clearSelection()
    table.setCurrentIndex(QModelIndex())
    image = table.viewport().grab().toImage()
    rect = table.visualRect(arabic)
    left, right = _ink(image, rect)
    assert right > rect.width() - 14 and left > 8  # the Arabic name's ink ends at the cell's right edge
    rect = table.visualRect(hebrew)
    left, right = _ink(image, rect)
    assert right > rect.width() - 14 and left > 8
    rect = table.visualRect(english)
    left, right = _ink(image, rect)
    assert left < 10 and right < rect.width() - 14  # the English one starts at the left
    table.setCurrentIndex(arabic)
    docs.rename_current()  # F2: the name's field runs right to left too (its caret starts at the right)
    editor = table.findChild(QLineEdit)
    assert editor is not None and editor.text() == ARABIC_NAME
    editor.deselect()
    left, right = _ink(editor.grab().toImage(), editor.rect().adjusted(2, 2, -2, -2))
    assert right > editor.width() - 20 and left > 60  # the name sits at the field's right end


def test_the_tooltip_of_an_arabic_name_sets_the_name_right_to_left_and_the_counts_left_to_right(study) -> None:
    from app.ui.reader.document_list import DocumentListModel

    model = DocumentListModel()
    model.set_rows(document_summaries(study.project))
    tips = {model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)}
    assert tips[ENGLISH_NAME].startswith(ENGLISH_NAME + "\n")  # plain text, as before
    doc = QTextDocument()
    doc.setHtml(tips[ARABIC_NAME])
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    assert [b.text() for b in blocks][0] == ARABIC_NAME
    assert [b.textDirection() for b in blocks] == [Qt.LayoutDirection.RightToLeft] + \
        [Qt.LayoutDirection.LeftToRight] * (len(blocks) - 1)
    assert bidi_tooltip("Plain\nEnglish") == "Plain\nEnglish"


def test_the_reader_s_unit_list_tooltip_sets_an_arabic_quote_right_to_left() -> None:
    from app.core.reading import UnitSpan
    from app.ui.reader.unit_panel import UnitListModel

    model = UnitListModel()
    body = ARABIC + "\nThe nurse was kind."
    start, other = body.index(WORDS), body.index("The nurse")
    model.set_units([UnitSpan("u1", "r", start, start + len(WORDS), ""),
                     UnitSpan("u2", "r", other, len(body), "")], body)
    doc = QTextDocument()
    doc.setHtml(model.index(0).data(Qt.ItemDataRole.ToolTipRole))
    assert doc.firstBlock().text() == WORDS and doc.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "The nurse was kind."  # as before


# -- the consensus views ----------------------------------------------------------------------------------

@pytest.fixture
def consensus(qtbot, study) -> ConsensusView:  # type: ignore[no-untyped-def]
    view = ConsensusView(study)
    _shown(qtbot, view, 1400, 800)
    qtbot.waitUntil(lambda: view.items is not None)
    return view


def _rows(view: ConsensusView) -> dict[str, list[QTreeWidgetItem]]:
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        parent = view.tree.topLevelItem(i)
        out[parent.text(0)] = [parent.child(j) for j in range(parent.childCount())]
    return out


def test_the_disagreement_list_sets_arabic_documents_and_quotes_right_to_left(qtbot, consensus) -> None:
    tree = consensus.tree
    rows = _rows(consensus)
    assert set(rows) == {ARABIC_NAME, ENGLISH_NAME}
    for i in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(i)
        index = tree.indexFromItem(parent, 0)
        wanted = "rtl" if parent.text(0) == ARABIC_NAME else "ltr"
        assert item_direction(index) == wanted
        for child in rows[parent.text(0)]:
            child_index = tree.indexFromItem(child, 0)
            assert item_direction(child_index) == wanted
            assert _layout(tree, child_index)[1] == (Qt.AlignmentFlag.AlignRight if wanted == "rtl"
                                                     else Qt.AlignmentFlag.AlignLeft)
    arabic_rows = rows[ARABIC_NAME]
    assert any(isolate(WORDS) in r.text(0) for r in arabic_rows)  # the quote kept apart from the kind
    assert all("“" not in r.text(0) or "\u2068" not in r.text(0) for r in rows[ENGLISH_NAME])  # as before
    tree.setCurrentItem(None)
    tree.clearSelection()
    tree.parentWidget().setSizes([700, 700])  # the splitter holding the list and the versions
    tree.setColumnWidth(0, 560)
    image = tree.viewport().grab().toImage()
    for parent_name, near_right in ((ARABIC_NAME, True), (ENGLISH_NAME, False)):
        row = rows[parent_name][0]
        rect = tree.visualItemRect(row)
        rect.setWidth(tree.columnWidth(0) - rect.left())
        left, right = _ink(image, rect)
        if near_right:
            assert right > rect.width() - 14 and left > 20
        else:
            assert left < 12 and right < rect.width() - 40


def test_the_version_panels_set_the_arabic_passage_condensed_meaning_codes_and_note_right_to_left(consensus) -> None:
    item = next(i for i in consensus.items.items if i.a and i.b and i.document_name == ARABIC_NAME)
    consensus.tree.setCurrentItem(consensus._row_for(item.id))
    passage = consensus.panel_a.passage.document()
    unit_block = passage.find(WORDS).block()
    assert unit_block.textDirection() == Qt.LayoutDirection.RightToLeft
    details = QTextDocument()
    details.setHtml(consensus.panel_a.details.text())
    directions = {details.findBlockByNumber(i).text(): details.findBlockByNumber(i).textDirection()
                  for i in range(details.blockCount())}
    assert directions[CONDENSED] == directions[NOTE] == Qt.LayoutDirection.RightToLeft
    assert directions[isolate(TRUST)] == Qt.LayoutDirection.RightToLeft
    assert directions["Condensed meaning:"] == Qt.LayoutDirection.LeftToRight  # the window's own words
    assert isolate(SECOND) in consensus.buttons["accept_b"].text()  # "Accept ليلى حداد" keeps its order


def test_a_quote_cut_inside_its_paragraph_keeps_the_paragraph_s_direction() -> None:
    body = "قالت المشاركة إن the nurse was kind " + WORDS + " بالتفصيل.\n\nThe end."
    start = body.index(WORDS)
    doc = QTextDocument()
    doc.setHtml(passage_html(body, start, start + len(WORDS), "#3366cc", context=18))
    first = doc.firstBlock()
    assert first.text().startswith("…nurse was kind")  # cut where the English words are
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft  # yet the paragraph's Arabic direction
    english = "The nurse was kind and said " + WORDS + " to me."
    doc.setHtml(passage_html(english, english.index(WORDS), english.index(WORDS) + len(WORDS), "#3366cc"))
    assert doc.firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_the_edit_dialog_sets_a_cut_arabic_paragraph_and_arabic_code_names_right_to_left(qtbot) -> None:
    body = "Interview note.\n" + "كلمة " * 200 + "the nurse " + WORDS + " بالتفصيل."
    start = body.index(WORDS)
    dialog = EditConsensusDialog(body, start, start + len(WORDS), [("c1", TRUST), ("c2", "Pain")], {"c1"})
    qtbot.addWidget(dialog)
    document = dialog.text.document()
    assert document.firstBlock().text().startswith("كلمة")  # the English line was cut off
    last = document.lastBlock()
    assert last.text().startswith("كلمة") and last.layout() is not None
    assert all(document.findBlockByNumber(i).blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
               for i in range(document.blockCount()))
    assert dialog.span() == (start, start + len(WORDS))  # the selection still maps to the words
    codes = dialog.codes
    assert [_layout(codes, codes.model().index(r, 0))[0] for r in range(2)] == [
        Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]


def test_the_agreement_table_sets_an_arabic_code_name_right_to_left(qtbot, consensus) -> None:
    panel = consensus.agreement
    a, b = consensus.reviewer_a.currentData(), consensus.reviewer_b.currentData()
    panel.show_report(agreement(consensus.session.project, a, b))
    table = panel.table
    names = {table.item(r, 0).text(): table.model().index(r, 0) for r in range(table.rowCount())}
    assert _layout(table, names[TRUST]) == (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight)
    assert _layout(table, names["Pain"]) == (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft)
    assert isolate(SECOND) in panel.summary.text()


# -- the participants view --------------------------------------------------------------------------------

def test_the_participants_table_sets_arabic_names_and_values_right_to_left(qtbot, study) -> None:
    view = ParticipantsView(study)
    _shown(qtbot, view, 900, 300)
    table, model = view.table, view.model
    row = {p.name: r for r, p in enumerate(model.rows)}
    arabic, english = row["المشاركة ٣"], row["Jane Doe"]
    for column in (0, 3, 4):  # the name, the documents, the attribute's value
        assert model.index(arabic, column).data(DIRECTION_ROLE) == "rtl"
        assert _layout(table, model.index(arabic, column)) == (Qt.LayoutDirection.RightToLeft,
                                                               Qt.AlignmentFlag.AlignRight)
    assert model.index(arabic, 3).data(Qt.ItemDataRole.EditRole) == ARABIC_NAME
    assert _layout(table, model.index(english, 0)) == (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft)
    assert model.index(arabic, 1).data(DIRECTION_ROLE) == "ltr"  # the role is the window's word
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 260)
    table.clearSelection()
    table.setCurrentIndex(QModelIndex())
    image = table.viewport().grab().toImage()
    rect = table.visualRect(model.index(arabic, 0))
    left, right = _ink(image, rect)
    assert right > rect.width() - 14 and left > 120
    rect = table.visualRect(model.index(english, 0))
    left, right = _ink(image, rect)
    assert left < 12 and right < 140


# -- the corpus's Arabic PDF ------------------------------------------------------------------------------

@pytest.mark.slow  # imports a real PDF of the shared corpus (skips with a reason when it is absent)
def test_the_corpus_arabic_pdf_s_word_is_quoted_right_to_left_in_a_left_to_right_document(qtbot, tmp_path) -> None:
    from app.core.importing import import_files
    from tests.corpus import shared_file

    source = shared_file("pdf/nonlatin_arabic_rtl_habibi.pdf")
    with create_project(tmp_path / "corpus.lectio", title="Corpus", reviewer="Ana Ruiz") as project:
        [result] = import_files(project, [source], workers=1)
        assert result.document is not None, result
        doc = result.document
        body = get_document(project, doc.id).text
        word = next(w for w in body.split() if has_rtl(w))  # the Arabic word after the Latin "habibi"
        start = body.index(word)
        [ana] = project.reviewers(include_consensus=False)
        ben = add_reviewer(project, "Ben Okafor").value
        first = create_unit(project, doc.id, start, start + len(word), reviewer_id=ana.id).value
        assign_code(project, first.id, create_code(project, "حب").value.id, reviewer_id=ana.id)
        create_unit(project, doc.id, start, start + len(word), reviewer_id=ben.id)
    session = ProjectSession(open_project(tmp_path / "corpus.lectio", backup=False))
    try:
        view = ConsensusView(session)
        _shown(qtbot, view, 1400, 800)
        qtbot.waitUntil(lambda: view.items is not None)
        parent = view.tree.topLevelItem(0)
        assert item_direction(view.tree.indexFromItem(parent, 0)) == "ltr"  # "habibi": a Latin name
        row = view.tree.indexFromItem(parent.child(0), 0)
        assert item_direction(row) == "rtl" and isolate(word) in row.data()  # the Arabic quote
        assert _layout(view.tree, row)[1] == Qt.AlignmentFlag.AlignRight
        passage = view.panel_a.passage.document()
        assert passage.find(word).block().textDirection() == Qt.LayoutDirection.LeftToRight  # P2: "habibi" first
        details = QTextDocument()
        details.setHtml(view.panel_a.details.text())
        assert details.find(isolate("حب")).block().textDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        view.close()
        session.undo_stack.clear()
        session.close()


def test_the_reader_s_title_sets_an_arabic_name_right_to_left_where_it_was(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from app.ui.eliding_label import ElidingLabel

    def drawn(label: QLabel) -> QImage:
        qtbot.addWidget(label)
        label.resize(400, 30)
        return label.grab().toImage()

    title = drawn(ElidingLabel(ARABIC_NAME))
    as_rtl = QLabel(ARABIC_NAME)  # Qt's own right-to-left label, held at the left
    as_rtl.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    as_rtl.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    as_ltr = QLabel(ARABIC_NAME)
    as_ltr.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert title == drawn(as_rtl) and title != drawn(as_ltr)  # the full stop at its left end, the name at the left
    assert drawn(ElidingLabel(ENGLISH_NAME)) == drawn(QLabel(ENGLISH_NAME))
