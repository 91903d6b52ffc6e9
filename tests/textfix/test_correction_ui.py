"""Correcting a transcript in the reader: Edit text, type, Save; the units follow; undo and redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core import documents, history, units
from app.core.project import create_project
from app.core.text_correction import count_to_review
from app.importers.base import ImportedText
from app.ui.app_state import ProjectSession
from app.ui.reader.reader_view import ReaderView

TEXT = "Anna: The nurse came at nine.\nAnna: Then she left and nobody said a word.\n"


def reader(qtbot, tmp_path: Path) -> tuple[ReaderView, dict[str, str]]:
    project = create_project(tmp_path / "r.lectio", reviewer="Ada")
    doc = documents.add_document(project, ImportedText(text=TEXT, kind="txt"), name="Interview 2",
                                 original=TEXT.encode()).value
    ids = {"doc": doc.id}
    for key, words in (("nine", "at nine"), ("left", "nobody said a word")):
        start = TEXT.index(words)
        ids[key] = units.create_unit(project, doc.id, start, start + len(words)).value.id
    session = ProjectSession(project)
    view = ReaderView(session)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_pass(2)
    return view, ids


def unit_words(view: ReaderView) -> dict[str, str]:
    project = view.session.project
    body = documents.get_document(project, view.document_id).text
    return {u.id: body[u.start:u.end] for u in units.list_units(project)}


def test_edit_text_save_undo_redo(qtbot, tmp_path: Path) -> None:
    view, ids = reader(qtbot, tmp_path)
    assert view.actions_by_name["edit_text"].isEnabled()
    view.actions_by_name["edit_text"].trigger()
    assert view.text_edit_mode.active and not view.text.isReadOnly()
    assert not view.actions_by_name["make_unit"].isEnabled()  # no unit-making while the words change
    cursor = view.text.textCursor()
    cursor.setPosition(TEXT.index("nine"))
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 4)
    view.text.setTextCursor(cursor)
    qtbot.keyClicks(view.text, "ten")
    cursor.setPosition(0)
    view.text.setTextCursor(cursor)
    qtbot.keyClicks(view.text, "[00:01] ")
    qtbot.keyClick(view.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    assert not view.text_edit_mode.active and view.text.isReadOnly()
    assert view.text.body.startswith("[00:01] Anna: The nurse came at ten.")
    words = unit_words(view)
    assert words[ids["nine"]] == "at ten" and words[ids["left"]] == "nobody said a word"
    assert count_to_review(view.session.project) == 1
    assert ids["nine"] in view.highlights.index.by_id  # the highlights are back, on the new words

    history.undo(view.session.project)
    view.session.refresh_all()
    assert view.text.body == TEXT and unit_words(view)[ids["nine"]] == "at nine"
    history.redo(view.session.project)
    view.session.refresh_all()
    assert view.text.body.startswith("[00:01] Anna")
    assert unit_words(view)[ids["nine"]] == "at ten"


def test_cancel_drops_the_edits_and_the_replace_dialog_previews_then_replaces(qtbot, tmp_path: Path) -> None:
    from app.ui.reader.text_correction import open_replace, open_review

    view, ids = reader(qtbot, tmp_path)
    view.text_edit_mode.start()
    qtbot.keyClicks(view.text, "typo ")
    qtbot.keyClick(view.text, Qt.Key.Key_Escape)
    assert not view.text_edit_mode.active and view.text.body == TEXT
    assert documents.get_document(view.session.project, ids["doc"]).text == TEXT
    dialog = open_replace(view)
    qtbot.addWidget(dialog)
    dialog.find.setText("Anna")
    dialog.replacement.setText("P01")
    dialog.preview()
    assert dialog.places_table.rowCount() == 2 and "[Anna → P01]" in dialog.places_table.item(0, 2).text()
    dialog.places_table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)  # only the first place
    dialog.apply_button.click()  # in the background, through the runner
    with qtbot.waitSignal(dialog.job.finished, timeout=20_000):
        pass
    assert view.text.body.startswith("P01: The nurse") and "\nAnna: Then" in view.text.body
    assert unit_words(view)[ids["left"]] == "nobody said a word"
    review = open_review(view)
    qtbot.addWidget(review)
    assert review.table.rowCount() == 0 and "No corrected units" in review.info.text()
