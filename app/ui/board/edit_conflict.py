"""The details editor's answer to an edit conflict (a team study: someone saved the code while you typed).

Your text stays in the field; this panel, beside the fields, shows theirs field by field with who saved it
and when, and offers *Keep mine* (your text saved over theirs, knowingly: with the version now on the
server) and *Take theirs* (the fields show their version; yours is dropped).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.ui.i18n import date

FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("board.edit_conflict", "Name"),
    "definition": QT_TRANSLATE_NOOP("board.edit_conflict", "Definition"),
    "inclusion": QT_TRANSLATE_NOOP("board.edit_conflict", "Inclusion criteria"),
    "exclusion": QT_TRANSLATE_NOOP("board.edit_conflict", "Exclusion criteria"),
}


def _text_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(name)
    return label


class EditConflictPanel(QFrame):
    """Beside the fields (which keep what the user typed): their version of each field in conflict, who saved it
and when; Keep mine / Take theirs."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Edit conflict"))
        self.heading = QLabel()
        self.heading.setObjectName("editConflictHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.keep = QPushButton(self.tr("Keep mine"))
        self.keep.setObjectName("keepMine")
        self.keep.setToolTip(self.tr("Save your text over theirs"))
        self.take = QPushButton(self.tr("Take theirs"))
        self.take.setObjectName("takeTheirs")
        self.take.setToolTip(self.tr("Show their version in the fields and drop your text"))
        self.keep.clicked.connect(self.keep_mine)
        self.take.clicked.connect(self.take_theirs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(self.grid)
        column.addStretch(1)
        scroll = QScrollArea()  # the details area may be low: their text scrolls, the buttons stay
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.tr("Their version"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, yours: dict[str, str], theirs: dict[str, str], by: str, at: str) -> None:
        """Show ``theirs`` for the fields of ``yours`` (which stay in the editor's fields); ``by`` and ``at`` (ISO
        time) say who saved theirs."""
        when = date(at, with_time=True) if at else ""
        if by and when:
            text = self.tr("{who} saved this code at {when}, while you were editing it. Nothing was "
                           "overwritten: your text is still in the field.").format(who=by, when=when)
        elif by:
            text = self.tr("{who} saved this code while you were editing it. Nothing was overwritten: your text "
                           "is still in the field.").format(who=by)
        else:
            text = self.tr("Someone else saved this code while you were editing it. Nothing was overwritten: "
                           "your text is still in the field.")
        self.heading.setText(text)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        other = self.tr("Their version ({who})").format(who=by) if by else self.tr("Their version")
        self.grid.addWidget(QLabel(f"<b>{other}</b>"), 0, 0, 1, 2)
        for row, field in enumerate([f for f in FIELD_NAMES if f in yours], start=1):
            name = QCoreApplication.translate("board.edit_conflict", FIELD_NAMES[field])
            self.grid.addWidget(QLabel(name), row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(_text_label(theirs.get(field, ""), self.tr("Theirs: {field}").format(field=name)),
                                row, 1)
        self.show()

    def texts(self) -> list[str]:
        """What the panel shows, in reading order (for tests and screen readers)."""
        out = [self.heading.text()]
        for i in range(self.grid.count()):
            widget = self.grid.itemAt(i).widget()
            if isinstance(widget, QLabel):
                out.append(widget.text())
        return out
