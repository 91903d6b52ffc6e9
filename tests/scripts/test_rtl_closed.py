"""Arabic in a closed drop-down and in a theme description that mixes Arabic and English paragraphs: the chosen
Arabic name shows at the right end of the box's field, laid out right to left, while the box keeps its arrow on
the right; an English one starts at the left as before. A description is drawn paragraph by paragraph, each in
its own direction, in the height the board reserves for it. Checked on the ink of the rendered widgets, in the
light and dark themes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from app.core import attributes, participants
from app.core.codebook import assign_code, create_category, create_code, create_theme, list_codes
from app.core.documents import add_document
from app.core.project import create_project
from app.core.reviewers import add_reviewer
from app.core.units import create_unit
from app.importers.base import ImportedText
from app.ui import theme
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import FSI, BidiComboBox, choice_dialog, paint_combo
from tests.scripts.test_rtl_board import _ink, _render, _text_ink
from tests.studies import open_copy

REVIEWER_AR = "ليلى حداد"
CODE_AR = "الثقة بالطبيب."
QUOTE = "الطبيب شرح لي العلاج."
SAFE_AR = "الأمان ليلاً."  # a description's paragraphs: Arabic, English, Arabic
SAFE_EN = "Safe at night."
CALM_AR = "الهدوء."
DESCRIPTION = f"{SAFE_AR}\n{SAFE_EN}\n{CALM_AR}"
CITY_AR = "القاهرة"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ana Ruiz and ليلى حداد; an Arabic code with one quote; a theme whose description mixes the scripts."""
    path = tmp_path_factory.mktemp("rtl-closed") / "template.lectio"
    with create_project(path, title="Closed", reviewer="Ana Ruiz") as project:
        [ana] = project.reviewers(include_consensus=False)
        add_reviewer(project, REVIEWER_AR)
        doc = add_document(project, ImportedText(text=f"{QUOTE}\nThe nurse was kind.", kind="txt"), name="مقابلة",
                           original=b"ar").value
        safe = create_theme(project, "الأمان", description=DESCRIPTION, x=0, y=0).value
        category = create_category(project, "العلاقة مع الفريق", theme_id=safe.id).value
        trust = create_code(project, CODE_AR, category_id=category.id).value
        unit = create_unit(project, doc.id, 0, len(QUOTE), reviewer_id=ana.id).value
        assign_code(project, unit.id, trust.id, reviewer_id=ana.id)
        participants.add_participant(project, "Jane Doe")
        attributes.add_attribute(project, "City", "choice", choices=[CITY_AR, "Paris"])
    return path


@pytest.fixture
def study(tmp_path: Path, template: Path) -> Iterator[ProjectSession]:
    session = ProjectSession(open_copy(template, tmp_path / "study.lectio"))
    yield session
    session.undo_stack.clear()
    session.close()


@pytest.fixture(params=["light", "dark"])
def shown_theme(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The window in the light, then the dark theme; the application's palette and preference given back."""
    before, name = qapp.palette(), theme.current()
    theme.apply(request.param)
    yield request.param
    theme.save("system")
    theme._current["name"] = name
    qapp.setPalette(before)


def _field_ink(box: QComboBox, text: str) -> tuple[int, int, int]:
    """``text`` chosen in the closed ``box``: where its ink lies in the box's field (the label's area, left of
    the arrow), relative to the field's left, and the field's width."""
    box.setCurrentIndex(box.findText(text))
    assert box.currentText() == text
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    left, right = _ink(box.grab().toImage(), field.adjusted(0, 3, 0, -3))
    return left, right, field.width()


def _assert_right(box: QComboBox, text: str) -> None:
    left, right, width = _field_ink(box, text)
    assert right > width - 8 and left > 20, (text, left, right, width)


def _assert_left(box: QComboBox, text: str) -> None:
    left, right, width = _field_ink(box, text)
    assert left < 8 and right < width - 20, (text, left, right, width)


def _arrow_on_the_right(box: QComboBox) -> None:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    arrow = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxArrow, box)
    assert arrow.center().x() > box.width() * 3 // 4  # the box is not mirrored


# -- closed drop-downs ------------------------------------------------------------------------------------------

def test_a_closed_box_paints_only_a_name_that_runs_against_the_window(qtbot) -> None:
    box = BidiComboBox()
    qtbot.addWidget(box)
    box.addItems(["Ana Ruiz", REVIEWER_AR])
    box.setFixedWidth(300)
    box.show()
    qtbot.waitExposed(box)
    plain = QComboBox()  # the same box as Qt paints it
    qtbot.addWidget(plain)
    plain.addItems(["Ana Ruiz", REVIEWER_AR])
    plain.setFixedWidth(300)
    plain.show()
    qtbot.waitExposed(plain)
    assert box.grab().toImage() == plain.grab().toImage()  # an English name: exactly as before
    _assert_right(box, REVIEWER_AR)
    _assert_left(plain, REVIEWER_AR)  # (Qt's own: the Arabic name at the left)
    _arrow_on_the_right(box)
    box.setEditable(True)  # a field one types into takes its text's direction by itself
    assert not paint_combo(box)


@pytest.mark.slow
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_closed_reviewer_exemplar_and_layer_boxes_show_an_arabic_name_at_the_right(qtbot, study,
                                                                                    shown_theme: str) -> None:
    from app.ui.board.code_editor import CodeEditor
    from app.ui.consensus import ConsensusView
    from app.ui.export_flow import ExportDialog
    from app.ui.main_window import MainWindow

    window = MainWindow(with_start_page=False)
    qtbot.addWidget(window)
    window._ensure_toolbar()  # built as a study opens (opening the whole workspace here would be slow)
    window.session = study
    window._fill_reviewers()
    switcher = window.reviewer_box
    switcher.setFixedWidth(320)
    window.show()
    qtbot.waitExposed(window)
    switcher.blockSignals(True)  # choosing here would switch the window's layer
    arabic = next(switcher.itemText(i) for i in range(switcher.count()) if switcher.itemText(i).startswith(REVIEWER_AR))
    english = next(switcher.itemText(i) for i in range(switcher.count()) if switcher.itemText(i).startswith("Ana"))
    _assert_right(switcher, arabic)
    _arrow_on_the_right(switcher)
    switcher.grab().save(f"/tmp/rtl-closed-switcher-{shown_theme}.png")
    _assert_left(switcher, english)
    switcher.blockSignals(False)
    window.session = None

    consensus = ConsensusView(study)
    qtbot.addWidget(consensus)
    consensus.resize(1200, 600)
    consensus.show()
    qtbot.waitExposed(consensus)
    consensus.reviewer_a.setCurrentIndex(consensus.reviewer_a.findText(REVIEWER_AR))
    consensus.grab(QRect(0, 0, 700, 40)).save(f"/tmp/rtl-closed-consensus-{shown_theme}.png")  # as laid out
    for box in (consensus.reviewer_a, consensus.reviewer_b):
        box.setFixedWidth(300)  # wider than its names: where they sit in the field tells
        _assert_right(box, REVIEWER_AR)
        _assert_left(box, "Ana Ruiz")

    editor = CodeEditor(study)
    qtbot.addWidget(editor)
    editor.resize(900, 400)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_item("code", next(c.id for c in list_codes(study.project) if c.name == CODE_AR))
    exemplar = editor.exemplar
    quote = next(exemplar.itemText(i) for i in range(exemplar.count()) if QUOTE in exemplar.itemText(i))
    exemplar.blockSignals(True)  # choosing here would make it the code's exemplar
    _assert_right(exemplar, quote)
    editor.grab().save(f"/tmp/rtl-closed-exemplar-{shown_theme}.png")
    _assert_left(exemplar, exemplar.itemText(0))  # "(none chosen)": the window's words
    exemplar.blockSignals(False)

    export = ExportDialog(study, "Export", Path("out.docx"), "Word (*.docx)", codebook=False)
    qtbot.addWidget(export)
    export.show()
    qtbot.waitExposed(export)
    arabic = f"{FSI}{REVIEWER_AR}\u2069 only"  # an Arabic name leads the row: right to left
    export.layer.setCurrentIndex(export.layer.findText(arabic))
    export.grab().save(f"/tmp/rtl-closed-export-{shown_theme}.png")  # as laid out
    export.layer.setFixedWidth(320)
    _assert_right(export.layer, arabic)
    _assert_left(export.layer, "Ana Ruiz only")


def test_a_name_picker_s_closed_box_shows_an_arabic_name_at_the_right(qtbot) -> None:
    dialog = choice_dialog(None, "Merge codes", "Keep this code (the others merge into it):", [CODE_AR, "Trust"])
    qtbot.addWidget(dialog)
    [box] = dialog.findChildren(QComboBox)
    box.setMinimumWidth(300)
    dialog.show()
    qtbot.waitExposed(dialog)
    _assert_right(box, CODE_AR)
    _assert_left(box, "Trust")
    _arrow_on_the_right(box)
    box.setCurrentIndex(0)
    assert dialog.textValue() == CODE_AR


def test_the_participants_table_s_drop_down_for_a_choice_shows_an_arabic_value_at_the_right(qtbot, study) -> None:
    from app.ui.participants_view import ParticipantsView

    view = ParticipantsView(study)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    column = next(c for c in range(model.columnCount()) if model.attribute_of(c) is not None)
    view.table.setColumnWidth(column, 260)
    view.table.edit(model.index(0, column))
    [box] = view.table.findChildren(BidiComboBox)
    _assert_right(box, CITY_AR)
    _assert_left(box, "Paris")


# -- a theme's description ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_mixed_description_is_drawn_paragraph_by_paragraph_each_in_its_own_direction(qtbot, study,
                                                                                       shown_theme: str) -> None:
    from app.ui.board import BoardView
    from app.ui.board.table_items import CardItem, PileItem, ThemeArea

    board = BoardView(study)
    qtbot.addWidget(board)
    board.resize(1400, 860)
    board.show()
    qtbot.waitExposed(board)
    scene = board.scene
    [area] = scene.areas.values()
    inner = area._inner()
    paragraphs = area._description_paragraphs()
    assert [line for line, _h in paragraphs] == [SAFE_AR, SAFE_EN, CALM_AR]
    described = area._description_rect()
    assert described.height() == pytest.approx(sum(h for _line, h in paragraphs))
    top = described.top()
    for line, height in paragraphs:
        left, right = _text_ink(scene, area, QRectF(described.left(), top, inner, height))
        if line == SAFE_EN:
            assert left < 4 and right < inner - 40, (line, left, right, inner)
        else:  # each Arabic paragraph ends at the right edge, whatever the paragraph before it
            assert right > inner - 6 and left > 40, (line, left, right, inner)
        top += height
    below = area.mapRectToScene(QRectF(described.left(), described.bottom() + 2, inner, 6))
    image = _render(scene, below)  # nothing drawn under the reserved height (the piles start there)
    paper = QColor(image.pixel(0, 0)).lightness()
    assert all(abs(QColor(image.pixel(x, y)).lightness() - paper) < 60
               for x in range(image.width()) for y in range(image.height()))
    assert area.title_h >= described.bottom() + 2
    items = [i for i in scene.items() if isinstance(i, (CardItem, PileItem, ThemeArea))]
    writings = [(i, r) for i in items for r in i.text_rects()]
    for (a, ra), (b, rb) in itertools.combinations(writings, 2):  # no two writings overlap
        assert not ra.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rb), (a.name, ra, b.name, rb)
    shot = area.mapRectToScene(area.rect())
    _render(scene, shot).save(f"/tmp/rtl-closed-description-{shown_theme}.png")
