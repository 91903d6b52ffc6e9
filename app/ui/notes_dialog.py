"""View › Study notes…: the study's notes that have no place on the board or in the reader.

Memos on the study, a document's memo, every reviewer's first impressions and the titled, dated notes a
REFI-QDA import brings (a QualCoder journal entry, a note on a code beside its memo) are listed with their
title, what they are on, author, date and first line. The one chosen is edited below: its title and text are
saved when the field is left (or another note chosen, or the window closed), each change one undoable step
(``app.core.notes``). *New note* adds a titled note on the study; *Delete* removes the chosen one (Ctrl+Z
brings it back).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import notes
from app.core.bidi import is_rtl
from app.ui.app_state import ProjectSession
from app.ui.board.code_editor import NoteEdit

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 5  # title, on, author, date, text


class StudyNotesDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyNotesDialog")
        self.setWindowTitle(self.tr("Study notes"))
        self.session = session
        self.current_id = ""
        self._loading = False
        self._shown: tuple[str, str] = ("", "")  # the fields as last loaded or saved: anything else is typing
        self.list = QTreeWidget()
        self.list.setObjectName("studyNotesList")
        self.list.setAccessibleName(self.tr("Study notes"))
        self.list.setAccessibleDescription(self.tr("Memos on the study and its documents, first impressions and "
                                                   "titled notes; choose one to edit it below."))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("On"), self.tr("Author"), self.tr("Date"),
                                   self.tr("Text")])
        header = self.list.header()
        header.setStretchLastSection(True)
        for col in range(COLUMNS - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._current_changed)
        self.empty = QLabel(self.tr("The study has no notes yet. Notes imported from another QDA program, memos "
                                    "on the study and first impressions appear here; New note adds one."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setAccessibleName(self.tr("Title of the note"))
        self.title.editingFinished.connect(self._save)
        self.on_label = QLabel()
        self.on_label.setObjectName("noteTarget")
        self.byline = QLabel()
        self.byline.setEnabled(False)
        self.text = NoteEdit(self.tr("The note's text"), height=120)
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Text of the note"))
        self.text.editing_finished.connect(self._save)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("On"), self.on_label)
        form.addRow("", self.byline)
        form.addRow(self.tr("Text"), self.text)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.new_button = QPushButton(self.tr("&New note"))
        self.new_button.setObjectName("newNote")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteNote")
        self.delete_button.setToolTip(self.tr("Delete the chosen note (Edit › Undo brings it back)"))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self.new_note)
        self.delete_button.clicked.connect(self.delete_current)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        session.changed.connect(self._on_changed)
        self.reload()

    # -- the list ---------------------------------------------------------------------------------------
    def _on(self, note: notes.StudyNote) -> str:
        if note.target_kind == "project":
            return self.tr("The study")
        return {"document": self.tr("Document {name}"), "code": self.tr("Code {name}"),
                "category": self.tr("Category {name}"), "theme": self.tr("Theme {name}")}.get(
                    note.target_kind, "{name}").format(name=note.target_name or "?")

    def _title(self, note: notes.StudyNote) -> str:
        if note.title:
            return note.title
        if note.kind == "first_impressions":
            return self.tr("First impressions")
        return self.tr("Memo")

    @staticmethod
    def _date(iso: str) -> str:
        when = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
        if not when.isValid():
            return iso[:10]
        return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)

    def reload(self, *, keep_typing: bool = False) -> None:
        """Fill the list from the study, keeping the chosen note (and, with ``keep_typing``, what its fields
        hold: the user is typing in them)."""
        keep = self.current_id
        self._loading = True
        self.list.clear()
        for note in notes.list_notes(self.session.project):
            first = note.text.strip().split("\n", 1)[0]
            item = QTreeWidgetItem([self._title(note), self._on(note), note.author, self._date(note.date), first])
            item.setData(0, ID_ROLE, note.id)
            item.setToolTip(COLUMNS - 1, note.text)
            for col, value in ((0, item.text(0)), (COLUMNS - 1, first)):
                if is_rtl(value):  # an Arabic or Hebrew title or text sits on the right of its cell
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self._loading = False
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        item = self._item(keep)
        if item is not None:
            self._choose(item)
            if not keep_typing:
                self._show(notes.note_of(self.session.project, keep))
        elif self.list.topLevelItemCount():
            self._choose(self.list.topLevelItem(0))
            self._show(notes.note_of(self.session.project, self.list.topLevelItem(0).data(0, ID_ROLE)))
        else:
            self._show(None)

    def _item(self, memo_id: str) -> QTreeWidgetItem | None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if memo_id and item.data(0, ID_ROLE) == memo_id:
                return item
        return None

    def _choose(self, item: QTreeWidgetItem) -> None:
        """Make ``item`` the list's current row without saving or loading the fields."""
        self._loading = True
        self.list.setCurrentItem(item)
        self.list.scrollToItem(item)
        self._loading = False

    def select(self, memo_id: str) -> bool:
        """Choose the note ``memo_id`` in the list (and show it below); False when it is not listed."""
        item = self._item(memo_id)
        if item is None:
            return False
        if memo_id != self.current_id:
            self._save()
        self._choose(item)
        self._show(notes.note_of(self.session.project, memo_id))
        return True

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        if self._loading:
            return
        self._save()
        self._show(notes.note_of(self.session.project, item.data(0, ID_ROLE)) if item is not None else None)

    def _show(self, note: notes.StudyNote | None) -> None:
        self._loading = True
        self.current_id = note.id if note else ""
        for widget in (self.title, self.text, self.delete_button):
            widget.setEnabled(note is not None)
        self.title.setText(note.title if note else "")
        self.title.setPlaceholderText(self._title(note) if note else "")
        self.text.setPlainText(note.text if note else "")
        self._shown = (self.title.text(), self.text.toPlainText())
        self.on_label.setText(self._on(note) if note else "")
        self.byline.setText(self.tr("{author}, {date}").format(author=note.author or self.tr("unknown author"),
                                                               date=self._date(note.date)) if note else "")
        self._loading = False

    # -- changes ----------------------------------------------------------------------------------------
    def _save(self) -> None:
        """Write the shown note's title and text if they changed (one undoable step)."""
        if self._loading or not self.current_id:
            return
        note = notes.note_of(self.session.project, self.current_id)
        if note is None:
            return
        title, text = self.title.text().strip(), self.text.toPlainText()
        if (title, text) != (note.title, note.text):
            self.session.do(notes.edit_note, self.current_id, title=title, text=text)
        self._shown = (self.title.text(), self.text.toPlainText())

    def _typing(self) -> bool:
        """True when the fields hold text not saved yet (kept through a refresh; anything else is reloaded, so
        an Undo from the menu while the cursor is in a field shows the undone note, and is not saved again)."""
        return bool(self.current_id) and (self.title.text(), self.text.toPlainText()) != self._shown

    def _on_changed(self, changes: Any) -> None:
        if changes.memos or changes.documents or changes.codes or changes.categories or changes.themes \
                or changes.reviewers:
            self.reload(keep_typing=self._typing())

    def new_note(self) -> None:
        self._save()
        out = self.session.do(notes.add_note, self.tr("New note"), "")
        if out is not None:
            self.select(out.value)
            self.title.setFocus()
            self.title.selectAll()

    def delete_current(self) -> None:
        if self.current_id:
            self.session.do(notes.delete_note, self.current_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self._save()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self._save()
        super().closeEvent(event)
