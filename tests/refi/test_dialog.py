"""The REFI-QDA import dialog offers the reading of positions, passes it on, and the summary says which
reading was used."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.project import create_project
from app.core.units import list_units
from app.ui.app_state import ProjectSession
from app.ui.exchange_flow import RefiImportDialog, import_refi_file
from tests.refi.builders import Sel, Src, code, gid, project, u16


def _summary_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_the_dialog_offers_automatic_standard_and_utf16(qtbot, tmp_path):
    dialog = RefiImportDialog(tmp_path / "study.qdpx")
    qtbot.addWidget(dialog)
    box = dialog.positions_box
    assert [box.itemData(i) for i in range(box.count())] == [None, "standard", "utf16"]
    assert dialog.positions() is None
    box.setCurrentIndex(2)
    assert dialog.positions() == "utf16"
    dialog.show()
    dialog.grab().save(str(tmp_path / "refi_dialog.png"))


def test_the_chosen_reading_is_used_and_reported(qtbot, tmp_path):
    text = "😀 An emoji, then the words."
    a = text.index("words")
    sel = Sel(u16(text[:a]), u16(text[:a]) + 5, [gid(1)])  # UTF-16 positions from a tool that names no origin
    path = project(tmp_path / "x.qdpx", [Src("Doc", text.encode(), [sel])], [code(gid(1), "Words")])
    parent = QWidget()
    qtbot.addWidget(parent)
    with create_project(tmp_path / "p.lectio", reviewer="Me") as p:
        session = ProjectSession(p)
        job = import_refi_file(parent, session, path, positions="utf16")
        with qtbot.waitSignal(job.finished, timeout=60_000):
            pass
        assert [u.text for u in list_units(p)] == ["words"]
        texts = _summary_boxes()
        session.undo_stack.clear()
    assert any("Positions read as UTF-16 code units" in t and "chosen by the user" in t for t in texts)
