"""Correcting a document's text from the reader: an Edit-text mode in place, find and replace across the
study with a preview of every place, and the list of units a correction touched, old and new side by side.

The mode is a controller that borrows the reader's text view: the text becomes editable, highlights and margin
notes step aside (their offsets would not follow the typing), and Save sends the whole edited text to core as
one correction (``correct_text``), which re-anchors every unit. Cancel reloads the document as it is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.core.errors import LectioError
from app.ui.i18n import ntr, number
from app.ui.jobs import Job, error_text, run_job

if TYPE_CHECKING:
    from app.ui.reader.reader_view import ReaderView


def reload_document(view: ReaderView) -> None:
    """Show the current document again as stored (its text changed, or edits were dropped)."""
    doc_id = view.document_id
    if doc_id:
        view.document_id = None  # so the reader reads the text again rather than keeping what it shows
        view.show_document(doc_id, view.pass_no)


class TextEditMode(QObject):
    """Edit text in place (one document at a time); Save is one undoable correction, Cancel drops it."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.active = False
        self.baseline = ""
        self.bar = QFrame(view)
        self.bar.setObjectName("textEditBar")
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.bar.setStyleSheet("#textEditBar { background: #fff4d6; border: 1px solid #e0c070; }"
                               "#textEditBar QLabel { color: #3d2e00; }")  # dark on the cream in every theme
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self.tr("Editing the text: meaning units follow their words. Save (Ctrl+S) applies every "
                                    "change as one correction; Cancel (Esc) drops them."))
        self.label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the corrected text"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        self.bar.hide()
        view.text.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Ctrl+S saves and Esc cancels while editing (keys of the text field, so they work wherever the
        window's own shortcuts would not reach)."""
        if self.active and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            key = event  # a QKeyEvent
            if key.matches(QKeySequence.StandardKey.Save) or key.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                if event.type() == QEvent.Type.KeyPress:
                    self.save() if key.key() != Qt.Key.Key_Escape else self.cancel()  # type: ignore[attr-defined]
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def start(self) -> bool:
        view = self.view
        if self.active or not view.document_id:
            return False
        text = view.text
        if text.toPlainText() != text.body:
            view.session.report_error(self.tr("This document holds characters the editor would change (line or page "
                                              "separators); correct it with File › … or `lectio replace-text` instead"))
            return False
        self.active = True
        self.baseline = text.body
        view.highlights.set_units([])
        view.highlights.refresh()
        view.margin.set_content([], {}, {}, view.looks, view.session.reviewer_id)
        text.handles = None
        text.setReadOnly(False)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        text.setUndoRedoEnabled(True)
        view.tools.addWidget(self.bar)
        self.bar.show()
        for name, action in view.actions_by_name.items():
            if name not in ("find", "search", "bigger", "smaller", "next_pane", "edit_text"):
                action.setEnabled(False)
        view.documents.setEnabled(False)
        text.setFocus()
        return True

    def _finish(self) -> None:
        view, text = self.view, self.view.text
        self.active = False
        self.bar.hide()
        view.tools.removeWidget(self.bar)
        text.setUndoRedoEnabled(False)
        text.setReadOnly(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        view.documents.setEnabled(True)
        reload_document(view)

    def follow_stored_text(self) -> None:
        """Show the document's text again when it changed in the study (a correction undone or redone)."""
        from app.core.documents import get_document

        view = self.view
        if not self.active and view.document_id and get_document(view.session.project, view.document_id).text \
                != view.body:
            reload_document(view)

    def save(self) -> bool:
        """Apply the edits as one correction; True when something was corrected."""
        if not self.active:
            return False
        from app.core.text_correction import correct_text

        new = self.view.text.toPlainText()
        doc_id = self.view.document_id
        if new == self.baseline or not doc_id:
            self._finish()
            return False
        outcome = self.view.session.do(correct_text, doc_id, new)
        if outcome is None:
            return False  # the error was shown; the edits stay on screen
        self._finish()
        report = outcome.value
        message = self.tr("Corrected {places}: {moved} moved, {changed} changed, {emptied} emptied").format(
            places=ntr("TextEditMode", "%n place(s)", report.places),
            moved=ntr("TextEditMode", "%n unit(s)", report.moved), changed=number(len(report.changed)),
            emptied=number(len(report.deleted)))
        if report.to_review:
            message = self.tr("{message} — review them (Ctrl+Shift+U)").format(message=message)
        self.view.session.status.emit(message)
        return True

    def cancel(self) -> None:
        if self.active:
            self._finish()
            self.view.session.status.emit(self.tr("Text editing cancelled; nothing was changed"))


class ReplaceDialog(QDialog):
    """Find and replace in one document or the whole study, with every place shown before anything changes."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Find and replace"))
        self.setObjectName("replaceDialog")
        self.resize(820, 520)
        self.find = QLineEdit()
        self.find.setAccessibleName(self.tr("Find"))
        self.replacement = QLineEdit()
        self.replacement.setAccessibleName(self.tr("Replace with"))
        self.regex = QCheckBox(self.tr("Regular e&xpression"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Where to replace"))
        self.scope.addItem(self.tr("In this document"), "document")
        self.scope.addItem(self.tr("In every document of the study"), "study")
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.places_table = QTableWidget(0, 3)
        self.places_table.setHorizontalHeaderLabels([self.tr("Replace"), self.tr("Document"), self.tr("Place")])
        self.places_table.setAccessibleName(self.tr("Every place that would change"))
        self.places_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.places_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self.tr("Preview shows every place before anything changes."))
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("&Replace the ticked places"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        form = QVBoxLayout(self)
        for label, widget in ((self.tr("&Find"), self.find), (self.tr("Replace &with"), self.replacement)):
            line = QHBoxLayout()
            caption = QLabel(label)
            caption.setBuddy(widget)
            caption.setMinimumWidth(90)
            line.addWidget(caption)
            line.addWidget(widget, 1)
            form.addLayout(line)
        options = QHBoxLayout()
        options.addWidget(self.regex)
        options.addWidget(self.scope)
        options.addStretch(1)
        options.addWidget(self.preview_button)
        form.addLayout(options)
        form.addWidget(self.places_table, 1)
        form.addWidget(self.summary)
        form.addWidget(self.buttons)
        self.places: list[Any] = []
        self.find.returnPressed.connect(self.preview)

    def preview(self) -> None:
        from app.core.text_correction import find_places, preview

        document = self.view.document_id if self.scope.currentData() == "document" else None
        try:
            self.places = find_places(self.view.session.project, self.find.text(), self.replacement.text(),
                                      regex=self.regex.isChecked(), document=document)
        except LectioError as exc:
            self.summary.setText(str(exc))
            self.places = []
        self.places_table.setRowCount(len(self.places))
        for row, p in enumerate(self.places):
            tick = QTableWidgetItem()
            tick.setCheckState(Qt.CheckState.Checked)
            self.places_table.setItem(row, 0, tick)
            self.places_table.setItem(row, 1, QTableWidgetItem(p.document))
            context = f"…{p.before[-30:]}[{p.found} → {p.replacement}]{p.after[:30]}…".replace("\n", " ")
            self.places_table.setItem(row, 2, QTableWidgetItem(context))
        if self.places:
            reports = preview(self.view.session.project, self.places)
            waiting = sum(r.to_review for r in reports)
            self.summary.setText(
                self.tr(
                    "{count} place(s) in {count2} document(s); {sum} unit(s) would move and "
                    "{waiting} would need review."
                ).format(
                    count=number(len(self.places)), count2=number(len(reports)),
                    sum=number(sum(r.moved for r in reports)), waiting=number(waiting),
                )
            )
        elif self.find.text():
            self.summary.setText(self.summary.text() if self.summary.text().startswith("the regular")
                                 else self.tr("“{text}” was not found.").format(text=self.find.text()))
        self.apply_button.setEnabled(bool(self.places))

    def ticked(self) -> list[Any]:
        return [p for row, p in enumerate(self.places)
                if self.places_table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def apply(self) -> Job | None:
        """Replace the ticked places in the background (one operation; Cancel changes nothing)."""
        from app.core.text_correction import replace_places

        chosen = self.ticked()
        if not chosen:
            return None
        session = self.view.session
        self.apply_button.setEnabled(False)

        def done(outcome: Any) -> None:
            session.undo_stack.refresh()
            session.changed.emit(outcome.changes)
            waiting = sum(r.to_review for r in outcome.value)
            session.status.emit(ntr("ReplaceDialog", "{label} — %n unit(s) to review", waiting).format(
                label=outcome.label) if waiting else outcome.label)
            reload_document(self.view)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.apply_button.setEnabled(True)
            session.report_error(error_text(exc))

        def cancelled() -> None:
            self.apply_button.setEnabled(True)
            session.status.emit(self.tr("Replacing was cancelled; nothing was changed"))

        self.job = run_job(self, self.tr("Replacing"),
                           lambda progress, cancelled: replace_places(session.project, chosen, progress, cancelled),
                           done, failed, on_cancel=cancelled)
        return self.job


class ReviewDialog(QDialog):
    """The units a correction changed or emptied, their words before and after; mark them reviewed."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.setWindowTitle(self.tr("Review corrected units"))
        self.setObjectName("reviewDialog")
        self.resize(860, 480)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Before the correction"), self.tr("Now"), ""]
        )
        self.table.setAccessibleName(self.tr("Units a correction changed"))
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.show_unit(row))
        self.info = QLabel()
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("Mark &selected reviewed"), QDialogButtonBox.ButtonRole.ActionRole)
        self.all_button = buttons.addButton(self.tr("Mark &all reviewed"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = buttons.addButton(
            self.tr("&Delete selected units"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.done_button.clicked.connect(lambda: self.mark(selected=True))
        self.all_button.clicked.connect(lambda: self.mark(selected=False))
        self.delete_button.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each unit keeps its span over the corrected words. Double-click one to see "
                                        "it in the text; an emptied unit lost all its words and can be deleted or "
                                        "re-drawn.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addWidget(buttons)
        self.items: list[Any] = []
        self.reload()

    def reload(self) -> None:
        from app.core.text_correction import units_to_review

        self.items = units_to_review(self.view.session.project)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            now = self.tr("(words deleted: the unit is empty)") if item.status == self.tr("deleted") else item.new_text
            for col, value in enumerate((item.document, item.old_text, now, item.status)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        self.info.setText(self.tr("{count} unit(s) wait for review").format(count=number(len(self.items))) if self.items
                          else self.tr("No corrected units wait for review."))
        for button in (self.done_button, self.all_button, self.delete_button):
            button.setEnabled(bool(self.items))

    def _selected(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.items[r] for r in rows]

    def mark(self, *, selected: bool) -> None:
        from app.core.text_correction import mark_reviewed

        ids = [i.unit_id for i in self._selected()] if selected else None
        if ids == []:
            return
        self.view.session.do(mark_reviewed, ids)
        self.reload()

    def delete_selected(self) -> None:
        from app.core.text_correction import delete_units

        chosen = self._selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete units"),
            self.tr("Delete {count} meaning unit(s) with their codes and notes? (Ctrl+Z undoes it.)").format(
                count=number(len(chosen))
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.view.session.do(delete_units, [i.unit_id for i in chosen])
            self.reload()

    def show_unit(self, row: int) -> None:
        item = self.items[row]
        self.view.go_to(item.document_id, item.unit_id)


def open_replace(view: ReaderView) -> ReplaceDialog:
    dialog = ReplaceDialog(view)
    if view.text.textCursor().hasSelection():
        dialog.find.setText(view.text.textCursor().selectedText())
    dialog.open()
    return dialog


def open_review(view: ReaderView) -> ReviewDialog:
    dialog = ReviewDialog(view)
    dialog.open()
    return dialog

