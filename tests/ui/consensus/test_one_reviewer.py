"""The Consensus tab with one reviewer says once, plainly, that a second is needed and how to add one; the
excerpts of a disagreement start and end on word boundaries (issue 15)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.core.project import create_project
from app.core.reviewers import add_reviewer
from app.ui.consensus.version_panel import excerpt_bounds


def test_one_reviewer_is_told_once_how_to_add_a_second(qtbot, tmp_path: Path) -> None:
    from app.ui.main_window import MainWindow

    project = create_project(tmp_path / "solo.lectio", reviewer="Ana Ruiz")
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(project)
    window.resize(1200, 800)
    window.show()
    view = window.workspace.show_view("consensus")
    shown = [w.text() for w in view.findChildren(QLabel) if w.isVisible() and w.text()]
    assert sum("second reviewer" in t for t in shown) == 1
    message = view.lonely.text()
    assert "Ana Ruiz" in message and "Edit › Reviewers…" in message and "reviewer copy" in message
    assert not view.reviewer_a.isVisible() and not view.tabs.isVisible()  # nothing to compare yet
    window.session.do(add_reviewer, "Ben Okafor")
    assert view.pages.currentIndex() == 0 and view.reviewer_a.isVisible()
    assert not view.lonely.isVisible()
    window.close()


def test_excerpts_start_and_end_on_word_boundaries() -> None:
    text = ("The nurse came on Tuesdays and wrote everything in the folder. Nobody asked me anything, "
            "not once, in two years of visits to my father's flat.")
    start = text.index("Nobody")
    end = text.index("anything") + len("anything")
    for context in (5, 13, 20, 31, 47):
        a, b = excerpt_bounds(text, start, end, context)
        assert a <= start and b >= end
        assert a == 0 or text[a - 1].isspace(), (context, text[a:b])
        assert b == len(text) or text[b].isspace() or not text[b].isalnum(), (context, text[a:b])
        assert not text[a].isspace()
