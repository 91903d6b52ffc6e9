"""A code renamed two ways in two reviewers' files: the merge lists the conflict and the researcher decides."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core import codebook
from app.core.project import open_project
from app.ui.app_state import ProjectSession
from app.ui.exchange_flow import ConflictsDialog, merge_reviewer_file, write_reviewer_copy


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_code_renamed_in_both_files_is_listed_and_taking_theirs_renames_it(qtbot, demo_project, tmp_path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    session = ProjectSession(demo_project)
    copy_path = tmp_path / "ben.lectio"
    job = write_reviewer_copy(parent, session, copy_path, "Ben Okafor", blind=False)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    code = codebook.find_code_by_name(demo_project, "Knowledge overlooked")
    with open_project(copy_path) as theirs:
        codebook.update_code(theirs, code.id, name="Expertise ignored")
    session.do(codebook.update_code, code.id, name="Knowledge bypassed")

    job = merge_reviewer_file(parent, session, copy_path)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    dialogs = _visible(ConflictsDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.list.count() == 1 and "Knowledge bypassed" in dialog.list.item(0).text()
    assert codebook.get_code(demo_project, code.id).name == "Knowledge bypassed"  # nothing overwritten silently
    dialog.list.setCurrentRow(0)
    dialog._decide("theirs")
    assert codebook.get_code(demo_project, code.id).name == "Expertise ignored"
    assert not dialog.isVisible()
    session.undo_stack.undo()  # the decision is one undo step
    assert codebook.get_code(demo_project, code.id).name == "Knowledge bypassed"
    for box in _visible(QMessageBox):
        box.close()
    session.undo_stack.clear()
