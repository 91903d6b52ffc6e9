"""The details of the selected code (name, definition, inclusion and exclusion criteria, an exemplar quote
from its own units, a memo) or category / theme (name, description, memo). A field is saved when it loses
focus, as one undoable edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import codebook, memos
from app.core.concurrency import EditConflict, last_change
from app.core.errors import LectioError
from app.core.retrieval import units_under
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import BidiComboBox
from app.ui.board.edit_conflict import EditConflictPanel

TIPS = QT_TRANSLATE_NOOP(
    "board.code_editor",
    "<table cellpadding=3><tr><td><b>On the table</b></td><td>Drag a card onto another card to start a pile "
    "(name it, then Enter); drop cards on a pile to add them; drag a card to bare table to take it out; drag "
    "a pile into a theme area. Right-click for new cards, piles and theme areas.</td></tr>"
    "<tr><td><b>Keys</b></td><td>Tab / Shift+Tab choose · arrows move (Shift: further) · Ctrl+G make a pile · "
    "Ctrl+Shift+G take out of the pile · M move to… · F2 rename · Del delete · Ins new card · "
    "Ctrl+wheel, Ctrl+= / Ctrl+− zoom · Ctrl+0 fit · middle-drag or Space+drag pan</td></tr>"
    "<tr><td><b>In the tree</b></td><td>Drag rows onto a category or theme (or an Unsorted bin); "
    "F2 rename · Ctrl+M move to… · Del delete · right-click to create, colour or merge.</td></tr></table>",
)


class NoteEdit(QTextEdit):
    """A multi-line plain-text field that says when the user leaves it. A QTextEdit, not a QPlainTextEdit: that
    aligns every paragraph left, Arabic and Hebrew ones too; this one aligns each in its own direction."""

    editing_finished = Signal()

    def __init__(self, placeholder: str, height: int = 44) -> None:
        super().__init__()
        self.setAcceptRichText(False)  # pasted text arrives as plain text, as it is saved
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(height)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editing_finished.emit()


class CodeEditor(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind, self.item_id = "", ""
        self._version = 0
        self._loading = False
        self.heading = QLabel(self.tr("Select a code, category or theme to edit it."))
        self.heading.setObjectName("editorHeading")
        self.name = QLineEdit()
        self.name.setObjectName("editorName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.editingFinished.connect(lambda: self._save("name", self.name.text()))
        # code fields
        self.definition = NoteEdit(self.tr("What the code means: a sentence another reviewer could apply"))
        self.inclusion = NoteEdit(self.tr("Use the code when…"))
        self.exclusion = NoteEdit(self.tr("Do not use it when…"))
        self.exemplar = BidiComboBox()  # an Arabic quote reads right to left, in the list and when closed
        self.exemplar.setObjectName("editorExemplar")
        self.exemplar.setAccessibleName(self.tr("Exemplar quote (from the code's own units)"))
        self.exemplar.currentIndexChanged.connect(self._exemplar_chosen)
        self.code_memo = NoteEdit(self.tr("Memo: doubts, decisions, how the code changed"))
        self.definition.setAccessibleName(self.tr("Definition"))
        self.inclusion.setAccessibleName(self.tr("Inclusion criteria"))
        self.exclusion.setAccessibleName(self.tr("Exclusion criteria"))
        self.code_memo.setAccessibleName(self.tr("Memo of the code"))
        for field, widget in (("definition", self.definition), ("inclusion", self.inclusion),
                              ("exclusion", self.exclusion)):
            widget.setObjectName(f"editor_{field}")
            widget.editing_finished.connect(lambda f=field, w=widget: self._save(f, w.toPlainText()))
        self.code_memo.editing_finished.connect(lambda: self._save_memo(self.code_memo.toPlainText()))
        code_page = QWidget()
        grid = QGridLayout(code_page)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (label, widget) in enumerate(
            (
                (self.tr("Definition"), self.definition),
                (self.tr("Inclusion criteria"), self.inclusion),
                (self.tr("Exclusion criteria"), self.exclusion),
                (self.tr("Memo"), self.code_memo),
            )
        ):
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(widget, 1, col)
            grid.setColumnStretch(col, 1)
        grid.addWidget(QLabel(self.tr("Exemplar quote (from the code's own units)")), 2, 0, 1, 4)
        grid.addWidget(self.exemplar, 3, 0, 1, 4)
        # category / theme fields
        self.description = NoteEdit(self.tr("What holds this together"))
        self.description.setObjectName("editor_description")
        self.description.editing_finished.connect(lambda: self._save("description", self.description.toPlainText()))
        self.group_memo = NoteEdit(self.tr("Memo"))
        self.description.setAccessibleName(self.tr("Description"))
        self.group_memo.setAccessibleName(self.tr("Memo"))
        self.group_memo.editing_finished.connect(lambda: self._save_memo(self.group_memo.toPlainText()))
        group_page = QWidget()
        form = QGridLayout(group_page)
        form.setContentsMargins(0, 0, 0, 0)
        for col, (label, widget) in enumerate(((self.tr("Description"), self.description),
                                               (self.tr("Memo"), self.group_memo))):
            form.addWidget(QLabel(label), 0, col)
            form.addWidget(widget, 1, col)
            form.setColumnStretch(col, 1)
        self.pages = QStackedWidget()
        tips = QLabel(QCoreApplication.translate("board.code_editor", TIPS))
        tips.setObjectName("boardTips")
        tips.setWordWrap(True)
        tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        tips.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, and legible in every theme
        self.pages.addWidget(tips)
        self.pages.addWidget(code_page)
        self.pages.addWidget(group_page)
        self.reason = QLineEdit()
        self.reason.setObjectName("editorReason")
        self.reason.setPlaceholderText(self.tr("Why? An optional reason for the change you just made, kept in the "
                                               "codebook's version history"))
        self.reason.setAccessibleName(self.tr("Reason for the last change"))
        self.reason.editingFinished.connect(self._save_reason)
        self.reason.setEnabled(False)
        self._last_change = ""
        # an edit conflict (a team study): what the user typed stays in its field until Keep mine / Take theirs
        self._pending: dict[str, str] = {}
        self._conflict_version = 0
        self._conflict_by = ("", "")
        self.conflict = EditConflictPanel()
        self.conflict.keep_mine.connect(self.keep_mine)
        self.conflict.take_theirs.connect(self.take_theirs)
        self.name_row = QWidget()
        top = QFormLayout(self.name_row)
        top.setContentsMargins(0, 0, 0, 0)
        top.addRow(self.tr("Name"), self.name)
        top.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.name_row)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.pages, 3)
        body.addWidget(self.conflict, 2)
        layout.addLayout(body, 1)
        self.show_item("", "")
        session.changed.connect(self._on_changed)
        session.closing.connect(self._on_closing)

    # -- loading --------------------------------------------------------------------------------------------
    def _on_changed(self, changes: Any) -> None:
        if self.item_id and (changes.codes or changes.categories or changes.themes or changes.memos
                             or changes.units):
            self.show_item(self.kind, self.item_id, keep_focus=True)

    def _on_closing(self) -> None:
        """The study closes: the field being typed in is saved now (not when it loses focus, after the close,
        which would reach a closed study), then the editor holds nothing."""
        focused = self.focusWidget()
        if focused is self.name:
            self.name.editingFinished.emit()
        elif isinstance(focused, NoteEdit):
            focused.editing_finished.emit()
        self._clear_conflict()
        self.kind, self.item_id = "", ""

    def show_item(self, kind: str, item_id: str, keep_focus: bool = False) -> None:
        project = self.session.project
        record: Any = None
        if kind == "code":
            record = next((c for c in codebook.list_codes(project) if c.id == item_id), None)
        elif kind == "category":
            record = next((c for c in codebook.list_categories(project) if c.id == item_id), None)
        elif kind == "theme":
            record = next((t for t in codebook.list_themes(project) if t.id == item_id), None)
        if record is None:
            self.kind, self.item_id = "", ""
            self.heading.setText(self.tr("<b>Select a card, a pile or a theme</b> (on the table or in the tree) to "
                                         "edit it."))
            self.name_row.hide()
            self.name.clear()
            self.pages.setCurrentIndex(0)
            return
        if (kind, item_id) != (self.kind, self.item_id):
            self._clear_conflict()
            self._last_change = ""
            self.reason.clear()
            self.reason.setEnabled(False)
        focused = self.focusWidget() if keep_focus else None
        editing = focused in (self.name, self.definition, self.inclusion, self.exclusion)
        if kind == "code" and not self._pending and ((kind, item_id) != (self.kind, self.item_id) or not editing):
            # the version the fields show; kept while the user types in one (a change elsewhere meanwhile is
            # then refused when they save, and shown to them, rather than overwritten)
            self._version = record.version
        self.kind, self.item_id = kind, item_id
        self._loading = True
        self.heading.setText(f"<b>{kind.capitalize()}</b>")
        self.name_row.show()
        memo = memos.get_memo(project, kind, item_id)
        if focused is not self.name and "name" not in self._pending:
            self.name.setText(record.name)
        if kind == "code":
            self.pages.setCurrentIndex(1)
            for field in ("definition", "inclusion", "exclusion"):
                widget = getattr(self, field)
                if focused is not widget and field not in self._pending:
                    widget.setPlainText(getattr(record, field))
            if self._pending and record.version != self._conflict_version:  # saved again meanwhile
                self._show_conflict(record)
            if focused is not self.code_memo:
                self.code_memo.setPlainText(memo)
            self._fill_exemplars(record.exemplar_unit_id)
        else:
            self.pages.setCurrentIndex(2)
            if focused is not self.description:
                self.description.setPlainText(record.description)
            if focused is not self.group_memo:
                self.group_memo.setPlainText(memo)
        self._loading = False

    def _fill_exemplars(self, chosen: str | None) -> None:
        rows = units_under(self.session.project, "code", self.item_id)
        self.exemplar.blockSignals(True)
        self.exemplar.clear()
        self.exemplar.addItem(
            self.tr("(none chosen)") if rows else self.tr("(the code has no meaning units yet)"), None
        )
        for r in rows:
            quote = " ".join(r.text.split())
            shown = f"{quote[:90]}{'…' if len(quote) > 90 else ''}"
            self.exemplar.addItem(self.tr("“{quote}” — {document}, p. {page}").format(
                quote=shown, document=r.document, page=r.page), r.unit_id)
            self.exemplar.setItemData(self.exemplar.count() - 1, r.text, Qt.ItemDataRole.ToolTipRole)
        index = self.exemplar.findData(chosen) if chosen else 0
        self.exemplar.setCurrentIndex(max(0, index))
        self.exemplar.blockSignals(False)

    def focus_memo(self) -> None:
        """Put the keyboard in the shown item's memo (a search hit on the memo)."""
        field = self.code_memo if self.kind == "code" else self.group_memo
        if self.item_id:
            field.setFocus()

    # -- saving ---------------------------------------------------------------------------------------------
    def _save(self, field: str, value: str) -> None:
        if self._loading or not self.item_id:
            return
        project = self.session.project
        update = {"code": codebook.update_code, "category": codebook.update_category,
                  "theme": codebook.update_theme}[self.kind]
        current = {"code": codebook.list_codes, "category": codebook.list_categories,
                   "theme": codebook.list_themes}[self.kind](project)
        record = next((r for r in current if r.id == self.item_id), None)
        if record is None or getattr(record, field) == (value.strip() if field == "name" else value):
            return
        if field == "name" and not value.strip():
            self.name.setText(record.name)
            return
        if self.kind != "code":
            if self.session.do(update, self.item_id, **{field: value}) is not None:
                self._last_change = "renamed" if field == "name" else "redefined"
                self.reason.setEnabled(True)
            return
        if self._pending:  # a conflict is open: this field's text joins it, for Keep mine / Take theirs
            self._pending[field] = value
            self._show_conflict(record)
            return
        try:
            out = self.session.attempt(update, self.item_id, **{field: value}, expected_version=self._version)
        except EditConflict:
            self._pending = {field: value}
            self._show_conflict(None)
            return
        except LectioError as exc:
            self.session.report_error(str(exc))
            self.show_item(self.kind, self.item_id)
            return
        self._saved(out, "renamed" if field == "name" else "redefined")

    def _saved(self, out: Any, change: str) -> None:
        self._last_change = change
        self.reason.setEnabled(True)
        self._version = out.value.get("version", self._version)

    # -- edit conflicts -------------------------------------------------------------------------------------
    def _show_conflict(self, record: Any) -> None:
        """Show the pending text beside the code's version now in the study (who saved it, and when)."""
        if record is None:
            record = codebook.get_code(self.session.project, self.item_id)
        if record is None:  # deleted meanwhile: nothing to keep the text against
            self._clear_conflict()
            return
        if record.version != self._conflict_version:
            self._conflict_by = last_change(self.session.project, "code", self.item_id)
            self._conflict_version = record.version
        theirs = {f: str(getattr(record, f) or "") for f in self._pending}
        by, at = self._conflict_by
        self.conflict.show_conflict(dict(self._pending), theirs, by, at)

    def _clear_conflict(self) -> None:
        self._pending = {}
        self._conflict_version = 0
        self.conflict.hide()

    def keep_mine(self) -> None:
        """Save the pending text over the version now in the study (the one the panel shows)."""
        if not self._pending or not self.item_id:
            return
        values = dict(self._pending)
        try:
            out = self.session.attempt(codebook.update_code, self.item_id, **values,
                                       expected_version=self._conflict_version)
        except EditConflict:  # saved again in between: show that version
            self._show_conflict(None)
            return
        except LectioError as exc:
            self.session.report_error(str(exc))
            return
        self._clear_conflict()
        self._saved(out, "renamed" if set(values) == {"name"} else "redefined")
        self.show_item(self.kind, self.item_id)

    def take_theirs(self) -> None:
        """Drop the pending text: the fields show the version in the study, and editing goes on from it."""
        self._clear_conflict()
        self.show_item(self.kind, self.item_id)

    def _save_reason(self) -> None:
        from app.core.codebook_versions import record_reason

        text = self.reason.text().strip()
        if not text or not self._last_change or not self.item_id:
            return
        if self.session.do(record_reason, self.kind, self.item_id, self._last_change, text) is not None:
            self.reason.clear()
            self.reason.setEnabled(False)
            self._last_change = ""

    def _save_memo(self, text: str) -> None:
        if self._loading or not self.item_id:
            return
        if memos.get_memo(self.session.project, self.kind, self.item_id) != text:
            self.session.do(memos.set_memo, self.kind, self.item_id, text)

    def _exemplar_chosen(self, index: int) -> None:
        if self._loading or self.kind != "code" or index < 0:
            return
        unit_id = self.exemplar.itemData(index)
        self.session.do(codebook.update_code, self.item_id, exemplar_unit_id=unit_id)
