"""The Participants view and a transcript in the reader, driven as a user would: times in the gutter, interviewer
turns dimmed and left out of a new unit, the attributes table edited and imported, autocode with its preview,
pseudonymise after its confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.attributes import list_attributes
from app.core.documents import find_document
from app.core.importing import import_files
from app.core.participants import find_participant, list_participants
from app.core.project import create_project
from app.core.units import list_units

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>How was your first week on the ward? Tell me everything, from the first morning.</v>

00:12:41.000 --> 00:12:49.000
<v Ben Okafor>Hectic. The night shifts were long and I felt alone. My mentor helped a lot.</v>

00:13:05.000 --> 00:13:09.000
<v Interviewer>What helped most?</v>

00:13:10.000 --> 00:13:30.000
<v Ben Okafor>Talking to the other nurses after the shift. Night shifts got easier.</v>
"""


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch) -> Iterator:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.main_window import MainWindow

    # an error is a modal box in the window; here it is only recorded (the test reads session.error)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    project = create_project(tmp_path / "study.lectio", title="Ward study", reviewer="Rita")
    source = tmp_path / "ben.vtt"
    source.write_text(VTT, encoding="utf-8")
    assert import_files(project, [source])[0].ok
    win = MainWindow()
    qtbot.addWidget(win)
    win.set_project(project)
    win.resize(1300, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_reader_shows_turn_times_in_the_gutter_and_dims_the_interviewer(window, qtbot) -> None:
    reader = window.workspace.reader
    doc_id = find_document(reader.session.project, "ben").id
    reader.show_document(doc_id, 2)
    text = reader.text
    assert [label for _, label in text.turn_marks_qt] == ["00:01", "12:41", "13:05", "13:10"]
    body = text.body
    assert text.time_of(body.index("Hectic")) == "12:41" and text.time_of(body.index("easier")) == "13:10"

    def colour_at(offset: int) -> str:
        cursor = QTextCursor(text.document())
        cursor.setPosition(text.offsets.to_qt(offset) + 1)
        return cursor.charFormat().foreground().color().name()

    assert colour_at(body.index("How was")) != colour_at(body.index("Hectic"))
    window.workspace.show_view("reader")
    qtbot.wait(50)
    window.grab().save(str(Path(window.session.project.path).with_name("reader-transcript.png")))


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_a_unit_over_an_interviewer_question_keeps_only_the_participant_words(window) -> None:
    reader = window.workspace.reader
    doc_id = find_document(reader.session.project, "ben").id
    reader.show_document(doc_id, 2)
    body = reader.text.body
    reader.text.select_span(body.index("My mentor"), body.index("after the shift") + len("after the shift"))
    reader.editor.make_unit()
    texts = [u.text for u in list_units(reader.session.project, doc_id)]
    assert texts == ["My mentor helped a lot.", "Ben Okafor: Talking to the other nurses after the shift"]
    reader.session.undo_stack.undo()  # one step removes both
    assert list_units(reader.session.project, doc_id) == []


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_the_participants_table_edits_roles_and_typed_attributes(window, qtbot, qtmodeltester, tmp_path) -> None:
    window.workspace.show_view("participants")
    view = window.workspace.participants
    model = view.model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Interviewer", "Ben Okafor"]
    assert model.index(0, 1).data() == "interviewer" and model.index(1, 2).data() == "2"

    table = tmp_path / "people.csv"
    table.write_text("Participant,Age,Site\nBen Okafor,34,North\nCarla,51,North\n", encoding="utf-8")
    view.import_table(str(table))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())][4:] == \
        ["Age", "Site"]
    assert model.rowCount() == 3
    errors: list[str] = []
    window.session.error.connect(errors.append)
    age = model.index(1, 4)
    assert model.setData(age, "35")
    assert find_participant(window.session.project, "Ben Okafor").attributes["Age"] == "35"
    assert not model.setData(model.index(1, 4), "old")
    assert errors and "not a number" in errors[-1]
    assert model.setData(model.index(1, 1), "interviewer")
    assert find_participant(window.session.project, "Ben Okafor").role == "interviewer"
    view.table.selectRow(1)
    view.table.selectionModel().select(model.index(2, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    assert [p.name for p in view.selected()] == ["Ben Okafor", "Carla"]
    assert {a.name for a in list_attributes(window.session.project)} == {"Age", "Site"}
    view.grab().save(str(tmp_path / "participants.png"))


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_autocode_dialog_previews_then_applies_one_undoable_step(window, qtbot) -> None:
    from app.ui.participants_dialogs import AutocodeDialog

    dialog = AutocodeDialog(window.session, "Ben Okafor", window)
    qtbot.addWidget(dialog)
    dialog.code.setText("Night work")
    assert not dialog.apply_button.isEnabled()
    dialog.preview_button.click()
    assert dialog.preview_list.count() == 2
    assert dialog.preview_list.item(0).text().startswith("ben [00:12:41]: Hectic.")
    assert list_units(window.session.project) == []
    dialog.apply_button.click()
    assert len(list_units(window.session.project)) == 2
    window.session.undo_stack.undo()
    assert list_units(window.session.project) == []


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_pseudonymise_dialog_replaces_the_names_after_confirmation(window, qtbot, tmp_path) -> None:
    from app.ui.participants_dialogs import PseudonymiseDialog

    dialog = PseudonymiseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.names.setPlainText("ward = [place]\n")
    dialog.key.setText(str(tmp_path / "key.csv"))
    dialog.run(confirmed=True)
    with qtbot.waitSignal(dialog.job.finished, timeout=30_000):
        pass
    assert [p.name for p in list_participants(window.session.project)] == ["Interviewer", "P01"]
    assert window.workspace.participants.model.index(1, 0).data() == "P01"
    assert b"Okafor" not in Path(window.session.project.path).read_bytes()
