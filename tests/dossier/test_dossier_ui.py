"""The window's side: File › Export › Trustworthiness dossier… with a date range, and Codebook versions."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core import codebook
from app.core.codebook_versions import list_snapshots, take_snapshot
from app.ui.app_state import ProjectSession
from app.ui.dossier_flow import CodebookVersionsDialog, DossierDialog, start_dossier_export


@pytest.fixture
def session(qtbot, demo_project):
    s = ProjectSession(demo_project)
    yield s
    s.undo_stack.clear()


def test_the_dossier_dialog_exports_in_the_background_with_the_chosen_days(qtbot, session, tmp_path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = DossierDialog(session, parent)
    qtbot.addWidget(dialog)
    assert not dialog.since.isEnabled()
    dialog.limit.setChecked(True)
    assert dialog.since.isEnabled() and dialog.until.isEnabled()
    dialog.since.setDate(QDate(2999, 1, 1))
    dialog.until.setDate(QDate(2999, 12, 31))
    dialog.resamples.setValue(200)
    out = tmp_path / "dossier.docx"
    dialog.path.setText(str(out))
    job = start_dossier_export(parent, session, dialog)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "COREQ" in text and "0 recorded steps" in text  # no step of the demo falls in 2999
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(b.text() == "Wrote dossier.docx" for b in boxes)
    for b in boxes:
        b.close()


def test_codebook_versions_lists_keeps_and_compares(qtbot, session, tmp_path) -> None:
    project = session.project
    take_snapshot(project, "after pilot coding")
    code = codebook.list_codes(project)[0]
    session.do(codebook.update_code, code.id, name="A clearer name")
    dialog = CodebookVersionsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.versions.rowCount() == 1 and dialog.versions.item(0, 0).text() == "after pilot coding"
    assert dialog.older.currentData() == "after pilot coding" and dialog.newer.currentData() == "current"
    cells = [dialog.diff.item(0, c).text() for c in range(5)]
    assert cells[:4] == ["renamed", "code: A clearer name", code.name, "A clearer name"]
    session.do(take_snapshot, "after renaming")
    dialog.reload()
    assert [dialog.versions.item(r, 0).text() for r in range(2)] == ["after pilot coding", "after renaming"]
    assert [v.name for v in list_snapshots(project)] == ["after pilot coding", "after renaming"]
    dialog.grab().save(str(tmp_path / "versions.png"))


def test_a_reason_given_in_the_board_editor_reaches_the_diff(qtbot, session) -> None:
    from app.core.codebook_versions import diff_snapshots
    from app.ui.board.code_editor import CodeEditor

    project = session.project
    take_snapshot(project, "before")
    editor = CodeEditor(session)
    qtbot.addWidget(editor)
    code = codebook.list_codes(project)[1]
    editor.show_item("code", code.id)
    assert not editor.reason.isEnabled()
    editor.name.setText("Renamed in the editor")
    editor.name.editingFinished.emit()
    assert editor.reason.isEnabled()
    editor.reason.setText("the old name hid what carers meant")
    editor.reason.editingFinished.emit()
    changes = diff_snapshots(project, "before", "current")
    assert [(c.change, c.after, c.reason) for c in changes] == [
        ("renamed", "Renamed in the editor", "the old name hid what carers meant")]


def test_a_move_with_a_reason_is_one_step_and_the_reason_reaches_the_diff(qtbot, session) -> None:
    from app.core import history
    from app.core.codebook_versions import diff_snapshots
    from app.ui.board.actions import BoardActions
    from app.ui.board.move_dialog import MoveDialog, move_targets

    project = session.project
    take_snapshot(project, "before the move")
    code = codebook.list_codes(project)[0]
    other = next(c for c in codebook.list_categories(project) if c.id != code.category_id)
    dialog = MoveDialog(move_targets(project, {"code"}), "codes")
    qtbot.addWidget(dialog)
    assert dialog.reason.placeholderText().startswith("Why?")  # the dialog asks, and it is optional
    steps = history.undoable_count(project)
    owner = QWidget()
    qtbot.addWidget(owner)
    assert BoardActions(session, owner).move([("code", code.id)], "category", other.id,
                                             reason="it is about knowledge")
    assert history.undoable_count(project) == steps + 1
    moved = [c for c in diff_snapshots(project, "before the move", "current") if c.change == "moved"]
    assert [(c.name, c.reason) for c in moved] == [(code.name, "it is about knowledge")]
    history.undo(project)
    assert diff_snapshots(project, "before the move", "current") == []
