"""Arabic and Hebrew on the codebook board, in the pickers and in the search's elided snippets: each code,
category, theme, reviewer and participant name runs in its own direction inside the left-to-right window
(right-aligned, its full stop at its left end), English ones stay as they were. Checked on the items'
direction and on the ink of rendered slips, piles, theme areas and lists, in the light and dark themes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QStyle, QStyleOptionViewItem

from app.core import participants
from app.core.codebook import assign_code, create_category, create_code, create_theme, list_codes
from app.core.documents import add_document
from app.core.project import create_project
from app.core.reviewers import add_reviewer
from app.core.units import create_unit
from app.importers.base import ImportedText
from app.ui import theme
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import DIRECTION_ROLE, FSI
from tests.studies import open_copy

CODE_AR = "الثقة بالطبيب."
CODE_HE = "פחד מכאב."
CODE_EN = "Trust in the doctor."
CATEGORY_AR = "العلاقة مع الفريق الطبي"
CATEGORY_EN = "Relations with staff"
THEME_AR = "الأمان في المستشفى"
THEME_DESCRIPTION = "كيف يشعر المرضى بالأمان أثناء الليل."
THEME_EN = "Feeling safe"
REVIEWER_AR = "ليلى حداد"
PARTICIPANT_AR = "المشاركة ٣"
QUOTE = "الطبيب شرح لي العلاج بالتفصيل ثم سألني إن كان عندي أي سؤال آخر عن العملية"
TEXT = f"{QUOTE}\nكنت أخاف من الألم في الليل.\nThe nurse was kind."


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Arabic interview, coded with an Arabic code by Ana Ruiz; Arabic, Hebrew and English codes, Arabic and
    English categories and themes; an Arabic reviewer and participant beside English ones."""
    path = tmp_path_factory.mktemp("rtl-board") / "template.lectio"
    with create_project(path, title="Board", reviewer="Ana Ruiz") as project:
        [ana] = project.reviewers(include_consensus=False)
        add_reviewer(project, REVIEWER_AR)
        doc = add_document(project, ImportedText(text=TEXT, kind="txt"), name="مقابلة", original=b"ar").value
        safe_ar = create_theme(project, THEME_AR, description=THEME_DESCRIPTION, x=0, y=0).value
        safe_en = create_theme(project, THEME_EN, x=900, y=0).value
        staff_ar = create_category(project, CATEGORY_AR, theme_id=safe_ar.id).value
        create_category(project, CATEGORY_EN, theme_id=safe_en.id)
        trust = create_code(project, CODE_AR, category_id=staff_ar.id).value
        create_code(project, CODE_HE, category_id=staff_ar.id)
        create_code(project, CODE_EN, x=0, y=900)
        unit = create_unit(project, doc.id, 0, len(QUOTE), reviewer_id=ana.id).value
        assign_code(project, unit.id, trust.id, reviewer_id=ana.id)
        participants.add_participant(project, PARTICIPANT_AR)
        participants.add_participant(project, "Jane Doe")
    return path


@pytest.fixture
def study(tmp_path: Path, template: Path) -> Iterator[ProjectSession]:
    session = ProjectSession(open_copy(template, tmp_path / "study.lectio"))
    yield session
    session.undo_stack.clear()
    session.close()


@pytest.fixture
def light_then_back(qapp: Any) -> Iterator[None]:
    """The board in a theme of the test's choosing; the application's palette and preference given back."""
    before, name = qapp.palette(), theme.current()
    yield
    theme.save("system")
    theme._current["name"] = name
    qapp.setPalette(before)


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The leftmost and rightmost column of ``rect`` holding writing (pixels far from the rect's commonest
    colour, its paper: dark ink on light paper or light ink on dark), relative to the rect's left."""
    rect = rect.intersected(image.rect())
    pixels = [(x, QColor(image.pixel(x, y)).lightness()) for x in range(rect.left(), rect.right() + 1)
              for y in range(rect.top(), rect.bottom() + 1)]
    paper = Counter(v for _x, v in pixels).most_common(1)[0][0]
    xs = sorted({x for x, v in pixels if abs(v - paper) > 60})
    assert xs, "no ink in the rect"
    return xs[0] - rect.left(), xs[-1] - rect.left()


def _layout(view: QAbstractItemView, index: QModelIndex) -> tuple[Qt.LayoutDirection, Qt.AlignmentFlag]:
    """The direction and visual horizontal alignment the view's delegate lays an item out in."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    horizontal = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignHCenter
    visual = QStyle.visualAlignment(option.direction, option.displayAlignment) & horizontal
    return option.direction, visual


RTL = (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight)
LTR = (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft)


def _combo_layouts(box: QComboBox) -> dict[str, tuple[Qt.LayoutDirection, Qt.AlignmentFlag]]:
    model = box.model()
    return {box.itemText(i): _layout(box.view(), model.index(i, box.modelColumn())) for i in range(box.count())}


# -- the sorting table --------------------------------------------------------------------------------------

def _render(scene: Any, rect: QRectF) -> QImage:
    """The scene's ``rect`` painted 1:1 into an image, as the table would show it."""
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    return image


def _text_ink(scene: Any, item: Any, rect: QRectF) -> tuple[int, int]:
    """Where the ink of the writing in ``rect`` (item coordinates) lies, relative to the rect's left edge."""
    where = item.mapRectToScene(rect.adjusted(0, 2, 0, -1))  # not a slip's colour strip just above its name
    image = _render(scene, where)
    return _ink(image, QRect(0, 0, image.width(), image.height()))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["light", "dark"])
def test_on_the_table_arabic_names_end_at_the_right_edge_and_english_ones_start_at_the_left(
        qtbot, study, light_then_back, name: str) -> None:
    from app.ui.board import BoardView
    from app.ui.board.table_items import NAME_W, CardItem

    theme.apply(name)
    board = BoardView(study)
    qtbot.addWidget(board)
    board.resize(1400, 860)
    board.show()
    qtbot.waitExposed(board)
    scene = board.scene
    cards = {c.name: c for c in scene.cards.values()}
    piles = {p.name: p for p in scene.piles.values()}
    areas = {a.name: a for a in scene.areas.values()}
    for code in (CODE_AR, CODE_HE):  # the Arabic / Hebrew slip's name ends at its column's right edge
        card = cards[code]
        left, right = _text_ink(scene, card, QRectF(9, 11, NAME_W + 4, card.name_h))
        assert right > NAME_W - 4 and left > 25, (code, left, right)
    left, right = _text_ink(scene, cards[CODE_EN], QRectF(9, 11, NAME_W + 4, cards[CODE_EN].name_h))
    assert left < 4 and right < NAME_W - 20, (left, right)
    assert isinstance(cards[CODE_EN], CardItem)
    pile = piles[CATEGORY_AR]
    left, right = _text_ink(scene, pile, QRectF(12, 5, 210, pile._name_h()))
    assert right > 200 and left > 20, (left, right)
    pile = piles[CATEGORY_EN]
    left, right = _text_ink(scene, pile, QRectF(12, 5, 210, pile._name_h()))
    assert left < 4 and right < 190, (left, right)
    area = areas[THEME_AR]
    inner = area._inner()
    for rect in (area._name_rect(), area._description_rect()):
        left, right = _text_ink(scene, area, rect)
        assert right > inner - 6, (rect, left, right)  # (the name wraps: its first line fills the width)
    area = areas[THEME_EN]
    left, right = _text_ink(scene, area, area._name_rect())
    assert left < 4 and right < area._inner() - 20, (left, right)
    board.table.viewport().grab().save(f"/tmp/rtl-board-{name}.png")


def test_the_codebook_tree_and_the_unit_list_set_arabic_names_and_quotes_right_to_left(qtbot, study) -> None:
    from app.ui.board import BoardView

    board = BoardView(study)
    qtbot.addWidget(board)
    tree, model = board.tree, board.model
    found: dict[str, QModelIndex] = {}

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            found[index.data()] = index
            walk(index)

    walk(QModelIndex())
    for name in (CODE_AR, CODE_HE, CATEGORY_AR, THEME_AR):
        assert _layout(tree, found[name]) == RTL, name
    for name in (CODE_EN, CATEGORY_EN, THEME_EN):
        assert _layout(tree, found[name]) == LTR, name
    assert _layout(tree, found[CODE_AR].siblingAtColumn(1))[0] == Qt.LayoutDirection.LeftToRight  # counts
    assert found[THEME_AR].data(Qt.ItemDataRole.ToolTipRole).startswith("<p dir='rtl'")
    cards = {c.name: c for c in board.scene.cards.values()}
    assert cards[CODE_AR].toolTip().startswith("<p dir='rtl'")  # the name, then the counts left to right
    assert "<p style='margin:0'>1 meaning unit in 1 document</p>" in cards[CODE_AR].toolTip()
    assert cards[CODE_EN].toolTip().startswith(CODE_EN)
    area = next(a for a in board.scene.areas.values() if a.name == THEME_AR)
    assert f"<p style='margin:0'>Theme: {FSI}{THEME_AR}" in area.toolTip()
    assert f"<p dir='rtl' style='margin:0'>{THEME_DESCRIPTION}</p>" in area.toolTip()
    board.retrieval.show_item("code", found[CODE_AR].data(Qt.ItemDataRole.UserRole + 2), CODE_AR)
    view, proxy = board.retrieval.view, board.retrieval.proxy
    assert proxy.rowCount() == 1
    quote = next(proxy.index(0, c) for c in range(proxy.columnCount()) if proxy.index(0, c).data() == QUOTE)
    assert _layout(view, quote) == RTL
    reviewer = next(proxy.index(0, c) for c in range(proxy.columnCount()) if proxy.index(0, c).data() == "Ana Ruiz")
    assert _layout(view, reviewer) == LTR


def test_the_details_fields_follow_the_direction_of_an_arabic_name_and_definition(qtbot, study) -> None:
    from app.ui.board.code_editor import CodeEditor

    editor = CodeEditor(study)
    qtbot.addWidget(editor)
    editor.resize(900, 400)
    editor.show()
    qtbot.waitExposed(editor)
    code = next(c for c in list_codes(study.project) if c.name == CODE_AR)
    editor.show_item("code", code.id)
    assert editor.name.text() == CODE_AR
    assert not editor.name.alignment() & Qt.AlignmentFlag.AlignAbsolute  # Qt aligns it by its text's direction
    editor.definition.setPlainText("ما يقوله المريض.\nWhat the patient says.")
    field = editor.definition.viewport()
    image = field.grab().toImage()
    h = editor.definition.fontMetrics().height()
    top = int(editor.definition.document().documentMargin())
    left, right = _ink(image, QRect(0, top, image.width(), h))  # the Arabic line: at the right
    assert left > image.width() // 3 and right > image.width() - 16, (left, right, image.width())
    left, right = _ink(image, QRect(0, top + h, image.width(), h))  # the English line: at the left
    assert left < 10 and right < image.width() * 2 // 3, (left, right, image.width())
    image = editor.name.grab().toImage()
    left, right = _ink(image, QRect(3, 3, image.width() - 6, image.height() - 6))  # inside the frame
    assert left > image.width() // 3 and right > image.width() - 20, (left, right, image.width())
    image.save("/tmp/rtl-editor-name.png")


# -- pickers ------------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup raising itself, offscreen
def test_the_reviewer_drop_downs_set_an_arabic_name_right_to_left(qtbot, study) -> None:
    from app.ui.consensus import ConsensusView

    view = ConsensusView(study)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    for box in (view.reviewer_a, view.reviewer_b):
        layouts = _combo_layouts(box)
        assert layouts[REVIEWER_AR] == RTL and layouts["Ana Ruiz"] == LTR
    box = view.reviewer_a
    box.showPopup()
    popup = box.view()
    qtbot.waitExposed(popup)
    row = box.findText(REVIEWER_AR)
    image = popup.viewport().grab().toImage()
    rect = popup.visualRect(box.model().index(row, 0))
    popup.selectionModel().clear()
    left, right = _ink(image, rect.adjusted(0, 2, 0, -2))
    assert right > rect.width() - 16 and left > 10, (left, right, rect.width())
    box.hidePopup()


def test_the_toolbar_s_reviewer_switcher_sets_an_arabic_name_right_to_left(qtbot, study) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(with_start_page=False)
    qtbot.addWidget(window)
    window._ensure_toolbar()  # built as a study opens (opening the whole workspace here would be slow)
    window.session = study
    window._fill_reviewers()
    layouts = _combo_layouts(window.reviewer_box)
    assert any(text.startswith(REVIEWER_AR) and way == RTL for text, way in layouts.items()), layouts
    assert any(text.startswith("Ana Ruiz") and way == LTR for text, way in layouts.items()), layouts
    window.session = None


def test_the_autocode_dialog_s_speaker_picker_sets_an_arabic_participant_right_to_left(qtbot, study) -> None:
    from app.ui.participants_dialogs import AutocodeDialog

    dialog = AutocodeDialog(study)
    qtbot.addWidget(dialog)
    layouts = _combo_layouts(dialog.speaker)
    assert layouts[PARTICIPANT_AR] == RTL and layouts["Jane Doe"] == LTR


def test_the_move_dialog_sets_a_place_named_in_arabic_right_to_left(qtbot, study) -> None:
    from app.ui.board.move_dialog import MoveDialog, move_targets

    targets = move_targets(study.project, {"code"})
    dialog = MoveDialog(targets, "codes")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = {dialog.list.item(i).text(): dialog.list.indexFromItem(dialog.list.item(i))
            for i in range(dialog.list.count())}
    arabic = next(text for text in rows if CATEGORY_AR in text)
    english = next(text for text in rows if CATEGORY_EN in text)
    assert f"{FSI}{CATEGORY_AR}" in arabic and english == f"Category: {CATEGORY_EN}"
    assert rows[arabic].data(DIRECTION_ROLE) == "rtl"
    assert _layout(dialog.list, rows[arabic]) == RTL and _layout(dialog.list, rows[english]) == LTR
    dialog.list.clearSelection()
    dialog.list.setCurrentRow(-1)
    image = dialog.list.viewport().grab().toImage()
    rect = dialog.list.visualRect(rows[arabic])
    left, right = _ink(image, rect.adjusted(0, 2, 0, -2))
    assert right > rect.width() - 14 and left > 40, (left, right, rect.width())
    dialog.list.setCurrentIndex(rows[arabic])
    assert dialog.target() is not None and dialog.target()[0] == "category"  # not the word in the window's language


def test_the_participants_view_s_document_picker_sets_an_arabic_document_name_right_to_left(qtbot, study) -> None:
    from app.ui.participants_view import ParticipantsView

    view = ParticipantsView(study)
    qtbot.addWidget(view)
    dialog = view.document_picker(PARTICIPANT_AR, ["مقابلة", "Interview 2"])
    assert f"{FSI}{PARTICIPANT_AR}" in dialog.labelText()
    [box] = dialog.findChildren(QComboBox)
    layouts = _combo_layouts(box)
    assert layouts["مقابلة"] == RTL and layouts["Interview 2"] == LTR


def test_the_merge_picker_and_the_export_s_layer_picker_set_arabic_names_right_to_left(qtbot, study) -> None:
    from app.ui.bidi_items import choice_dialog
    from app.ui.export_flow import ExportDialog

    dialog = choice_dialog(None, "Merge codes", "Keep this code (the others merge into it):", [CODE_AR, CODE_EN])
    qtbot.addWidget(dialog)
    [box] = dialog.findChildren(QComboBox)
    layouts = _combo_layouts(box)
    assert layouts[CODE_AR] == RTL and layouts[CODE_EN] == LTR
    assert dialog.textValue() == CODE_AR  # the first is chosen, as getItem's is
    export = ExportDialog(study, "Export", Path("out.docx"), "Word (*.docx)", codebook=False)
    qtbot.addWidget(export)
    layouts = _combo_layouts(export.layer)
    assert layouts[f"{FSI}{REVIEWER_AR}\u2069 only"] == RTL and layouts["Ana Ruiz only"] == LTR


# -- elided snippets ----------------------------------------------------------------------------------------

def test_a_long_arabic_snippet_is_cut_at_its_end_with_an_ellipsis_on_the_left(qtbot, study) -> None:
    from app.ui.search_dialog import SearchDialog, rtl_snippet_document

    font = QApplication.font()
    parts = [("الطبيب شرح لي ", False), ("العلاج", True), (" بالتفصيل ثم سألني إن كان عندي أي سؤال آخر", False)]
    doc = rtl_snippet_document(parts, font, 150)
    shown = doc.toPlainText()
    assert shown.endswith("…") and shown.startswith("الطبيب") and len(shown) < 40
    assert doc.idealWidth() <= 150
    whole = rtl_snippet_document(parts, font, 2000).toPlainText()
    assert whole == "".join(t for t, _ in parts)  # a snippet that fits is not cut
    dialog = SearchDialog(study)
    qtbot.addWidget(dialog)
    dialog.resize(320, 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edit.setText("العلاج")
    dialog.run()
    assert dialog.results.count() >= 1
    dialog.results.clearSelection()
    dialog.results.setCurrentRow(-1)
    image = dialog.results.viewport().grab().toImage()
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    h = dialog.results.fontMetrics().height()
    snippet = QRect(rect.left(), rect.top() + 5 + h + 2, rect.width(), h)
    left, right = _ink(image, snippet)
    assert right > rect.width() - 14 and 8 <= left < 30, (left, right)  # from the right edge to "…" at the left
    image.save("/tmp/rtl-search.png")
