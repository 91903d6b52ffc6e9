"""Cut or overlapping text in a widget tree, measured with the fonts and geometry Qt uses at the current scale.

``python -m tests.ui.layout_audit STUDY OUT_DIR`` (with QT_SCALE_FACTOR set) opens the study in the main window,
shows each view, writes OUT_DIR/VIEW.png and prints one JSON line per problem; tests/ui/test_hidpi.py runs it at
several scales in a subprocess (the scale is fixed when the QApplication starts).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QWidget,
)

from app.ui.eliding_label import ElidingLabel

VIEWS = ("reader", "board", "consensus", "participants", "analysis")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _elides(label: QLabel) -> bool:
    return isinstance(label, ElidingLabel) or label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0 and not w.visibleRegion().isEmpty()


def cut_text(root: QWidget) -> list[dict[str, object]]:
    """Labels and buttons whose text is wider (or, wrapped, taller) than the room they have."""
    problems: list[dict[str, object]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w):
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.textFormat() != Qt.TextFormat.RichText \
                and not QtGui.Qt.mightBeRichText(w.text()) and w.pixmap().isNull() and not _elides(w):
            room = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
            if w.wordWrap():
                need = fm.boundingRect(QRect(0, 0, max(1, room.width()), 100000),
                                       int(Qt.TextFlag.TextWordWrap), _plain(w.text())).height()
                if need > room.height() + 1:
                    problems.append(_problem(w, "wrapped text taller than the label", need, room.height()))
            else:
                widest = max(fm.horizontalAdvance(line) for line in _plain(w.text()).split("\n"))
                if widest > room.width() + 1:
                    problems.append(_problem(w, "text wider than the label", widest, room.width()))
                lines = _plain(w.text()).split("\n")
                if fm.height() * len(lines) > room.height() + 1:
                    problems.append(_problem(w, "text taller than the label", fm.height() * len(lines),
                                             room.height()))
        elif isinstance(w, QAbstractButton) and w.text():
            style = w.style()
            text_w = fm.horizontalAdvance(_plain(w.text()))
            icon_w = w.iconSize().width() + 4 if not w.icon().isNull() else 0
            if isinstance(w, (QCheckBox, QRadioButton)):
                metric = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(w, QCheckBox) else \
                    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
                need = style.pixelMetric(metric, None, w) + style.pixelMetric(
                    QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, w) + text_w + icon_w
            elif isinstance(w, QPushButton):
                need = text_w + icon_w + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, w) // 2
            elif isinstance(w, QToolButton):
                need = text_w + icon_w if w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly else 0
            else:
                need = text_w
            if need > w.width() + 1:
                problems.append(_problem(w, "text wider than the button", need, w.width()))
    return problems


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_layout_widgets(item.layout()))
    return out


def overlaps(root: QWidget) -> list[dict[str, object]]:
    """Visible siblings placed by the same layout (or splitter) whose rectangles intersect."""
    problems: list[dict[str, object]] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent):
            continue
        if isinstance(parent, QSplitter):
            kids = [parent.widget(i) for i in range(parent.count())]
        elif parent.layout() is not None:
            kids = _layout_widgets(parent.layout())
        else:
            continue
        kids = [k for k in kids if k is not None and k.isVisible() and k.width() > 0 and k.height() > 0]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                if a.geometry().intersects(b.geometry()):
                    problems.append({**_problem(a, f"overlaps {_name(b)}", 0, 0)})
    return problems


def _name(w: QWidget) -> str:
    text = getattr(w, "text", None)
    shown = _plain(text()) if callable(text) and isinstance(text(), str) else ""
    return f"{type(w).__name__}({w.objectName() or shown[:30] or '-'})"


def _problem(w: QWidget, what: str, need: int, room: int) -> dict[str, object]:
    return {"widget": _name(w), "problem": what, "needs": need, "has": room}


def audit(root: QWidget) -> list[dict[str, object]]:
    return cut_text(root) + overlaps(root)


def dialogs(window: QWidget) -> dict[str, object]:
    """The dialogs with the most words, made (not run) on the window's study."""
    from app.ui.export_flow import ExportDialog
    from app.ui.new_project_dialog import NewProjectDialog
    from app.ui.notes_dialog import StudyNotesDialog
    from app.ui.preferences import PreferencesDialog
    from app.ui.reviewers_dialog import ReviewersDialog
    from app.ui.search_dialog import SearchDialog
    from app.ui.study_dialog import StudyDialog

    s = window.session  # type: ignore[attr-defined]
    return {
        "preferences": lambda: PreferencesDialog(window),
        "study": lambda: StudyDialog(s, window),
        "reviewers": lambda: ReviewersDialog(s, window),
        "search": lambda: SearchDialog(s, window),
        "study-notes": lambda: StudyNotesDialog(s, window),
        "new-project": lambda: NewProjectDialog(window),
        "export": lambda: ExportDialog(s, "Export the codebook", Path("codebook.docx"), "Word (*.docx)",
                                       codebook=True, parent=window),
    }


def main(argv: list[str]) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.core.project import open_project
    from app.ui import theme
    from app.ui.launch import make_app
    from app.ui.main_window import MainWindow

    study, out = Path(argv[0]), Path(argv[1])
    app = make_app()
    theme.apply("light")
    window = MainWindow()
    window.set_project(open_project(study, read_only=True), remember=False)
    window.session.bookkeeping = False
    window.resize(1400, 900)
    window.show()
    for view in VIEWS:
        shown = window.workspace.show_view(view)
        if view == "reader":
            shown.show_document(shown.document_id, 3)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{view}.png"))
        for problem in audit(window):
            print(json.dumps({"view": view, **problem}))
    for name, make in dialogs(window).items():
        dialog = make()
        dialog.show()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(out / f"dialog-{name}.png"))
        for problem in audit(dialog):
            print(json.dumps({"view": f"{name} dialog", **problem}))
        dialog.close()
    print(json.dumps({"scale": window.devicePixelRatio()}))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
