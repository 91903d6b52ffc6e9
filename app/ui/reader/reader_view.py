"""The reader: the document list, the reading page and the three passes (immersion, meaning units, annotation).

The view asks core for what it shows and runs every change through ``session.do`` (undoable, labelled);
it refreshes only what a ``Changes`` value concerns. Two composed controllers hold the rest: the editing
slots in ``self.editor`` (``ReaderEditor``, editing.py), reading time and position in ``self.memory``
(``ReadingMemory``, timer.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QHideEvent, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.documents import get_document, page_starts
from app.core.ops import Changes
from app.core.reading import (
    CodeTag,
    NoteInfo,
    UnitSpan,
    codes_of_document,
    document_summaries,
    format_duration,
    notes_of_document,
    unit_spans,
)
from app.core.search import SearchHit
from app.ui.app_state import ProjectSession
from app.ui.eliding_label import ElidingLabel
from app.ui.i18n import ntr, pass_name
from app.ui.query_filter import QueryFilter
from app.ui.reader import document_actions
from app.ui.reader.actions import build_actions, enable_for_pass, menu_list
from app.ui.reader.document_list import MARKERS, DocumentList, status_word
from app.ui.reader.editing import ReaderEditor
from app.ui.reader.find_bar import FindBar
from app.ui.reader.highlights import HighlightLayer, HighlightStyle
from app.ui.reader.margin import NotesMargin, ReviewerLook
from app.ui.reader.text_correction import TextEditMode, open_replace, open_review
from app.ui.reader.text_view import ReaderText, SideZone
from app.ui.reader.timer import ReadingMemory
from app.ui.reader.unit_panel import UnitPanel

MARGIN_WIDTH = 360


class ReaderView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.session = session
        self.document_id: str | None = None
        self.pass_no = 1
        self.body = ""
        self.spans: list[UnitSpan] = []
        self.notes: dict[str, list[NoteInfo]] = {}
        self.codes: dict[str, list[CodeTag]] = {}
        self.looks: dict[str, ReviewerLook] = {}
        self.current_unit_id: str | None = None
        self._navigated = False
        self.editor = ReaderEditor(session, self)
        self._build()
        self.text_edit_mode = TextEditMode(self)
        self.actions_by_name = build_actions(self, self._slots())
        self._install_toolbar_actions()
        session.changed.connect(self._on_changed)
        session.reviewer_changed.connect(self._reviewer_changed)
        session.closing.connect(self._closing)
        self.memory = ReadingMemory(session, self.text, lambda: (self.document_id, self.pass_no), self.isVisible,
                                    self)
        self.timer = self.memory.timer
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(120)
        self._list_timer.timeout.connect(self._refresh_list)
        self._load_reviewers()
        self._refresh_list()
        self._apply_pass()
        rows = self.documents.model.rows
        if rows:
            self.show_document(rows[0].id, 1)

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.documents = DocumentList()
        self.documents.document_chosen.connect(lambda doc_id: self.show_document(doc_id, self.pass_no))
        document_actions.connect(self)  # F2 renames, Delete removes (after saying what goes with it)
        self.text = ReaderText()
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.view_changed.connect(self._view_changed)
        self.text.handle_dragged.connect(self.editor._handle_dragged)
        self.highlights = HighlightLayer(self.text)
        self.margin = NotesMargin(self.text)
        self.margin.unit_clicked.connect(lambda uid: self.set_current_unit(uid, move_cursor=True))
        self.margin.note_activated.connect(self.editor.edit_note_by_id)
        self.margin.context_requested.connect(self.editor._margin_menu)
        self.blank = SideZone(self.text)
        self.unit_panel = UnitPanel()
        self.unit_panel.unit_chosen.connect(lambda uid: self.set_current_unit(uid, move_cursor=True))
        from app.ui.reader import announce

        announce.install(self)  # the text field's accessible name says which unit is current
        self.unit_panel.model.condensed_edited.connect(self.editor._condensed_edited)
        self.find_bar = FindBar()
        self.find_bar.matches_changed.connect(self._find_matches_changed)
        self.find_bar.current_changed.connect(self._find_current_changed)
        self.find_bar.closed.connect(self.text.setFocus)
        self.text.enter_pressed.connect(self.editor.make_unit)

        self.title = ElidingLabel()  # a long name elides in the middle, whole on hover; never cut mid-letter
        self.title.setObjectName("readerTitle")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.status_line = ElidingLabel(mode=Qt.TextElideMode.ElideRight)
        self.status_line.setObjectName("readerStatus")
        self.status_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.bar = QHBoxLayout()  # title … pass buttons
        self.bar.setContentsMargins(14, 8, 10, 0)
        self.bar.addWidget(self.title, 1)
        self.tools = QHBoxLayout()  # status … marking, memo, others, text size
        self.tools.setContentsMargins(14, 0, 10, 4)
        self.tools.addWidget(self.status_line, 1)
        self.query_filter = QueryFilter(self.session)  # "Show: Query: …" — only a saved query's units
        self.query_filter.changed.connect(self._query_filter_changed)
        self.query_filter.watch_escape([self.text, self.documents.table, self.unit_panel.list])
        self.tools.addWidget(self.query_filter)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addLayout(self.bar)
        centre_layout.addLayout(self.tools)
        centre_layout.addWidget(self.text, 1)
        centre_layout.addWidget(self.find_bar)
        self.splitter = QSplitter()
        self.splitter.setObjectName("readerSplitter")
        self.splitter.addWidget(self.documents)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.unit_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 760, 320])
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _install_toolbar_actions(self) -> None:
        acts = self.actions_by_name
        self.pass_group = QActionGroup(self)
        for p in (1, 2, 3):
            action = acts[f"pass{p}"]
            action.setCheckable(True)
            action.setIconText(f"{p}  {pass_name(p)}")
            self.pass_group.addAction(action)
        self.pass_buttons: list[QToolButton] = []
        self.tool_buttons: dict[str, QToolButton] = {}
        for name in ("pass1", "pass2", "pass3", "mark_done", "first_impressions", "show_others", "smaller",
                     "bigger"):
            button = QToolButton()
            button.setDefaultAction(acts[name])
            button.setAutoRaise(True)
            button.setObjectName(f"readerButton_{name}")
            self.tool_buttons[name] = button
            if name.startswith("pass"):
                self.pass_buttons.append(button)
                self.bar.addWidget(button)
            else:
                self.tools.addWidget(button)
        acts["mark_done"].setIconText(self.tr("Mark done"))
        acts["first_impressions"].setIconText(self.tr("First impressions"))
        acts["show_others"].setIconText(self.tr("Others"))
        acts["smaller"].setIconText("A−")
        acts["bigger"].setIconText("A+")
        self.text.menu_actions = [acts["make_unit"], acts["delete_unit"], acts["code"], acts["add_note"], None]

    def _slots(self) -> dict:
        return {
            "pass1": lambda: self.set_pass(1), "pass2": lambda: self.set_pass(2), "pass3": lambda: self.set_pass(3),
            "mark_done": self.editor.toggle_done, "first_impressions": self.editor.edit_first_impressions,
            "make_unit": self.editor.make_unit, "delete_unit": self.editor.delete_unit,
            "next_unit": lambda: self.editor.step_unit(1), "previous_unit": lambda: self.editor.step_unit(-1),
            "start_earlier": lambda: self.editor.adjust("start", -1),
            "start_later": lambda: self.editor.adjust("start", 1),
            "end_earlier": lambda: self.editor.adjust("end", -1), "end_later": lambda: self.editor.adjust("end", 1),
            "condense": self.unit_panel.edit_current, "add_note": self.editor.add_note,
            "edit_note": self.editor.edit_note,
            "delete_note": self.editor.delete_note, "code": self.editor.code_unit, "show_others": self._others_toggled,
            "find": self.open_find, "search": self.open_project_search, "next_pane": self.next_pane,
            "edit_text": lambda: self.text_edit_mode.start(), "replace": lambda: open_replace(self),
            "review_corrections": lambda: open_review(self),
            "bigger": lambda: self.text.set_point_size(self.text.point_size + 1),
            "smaller": lambda: self.text.set_point_size(self.text.point_size - 1),
        }

    def menu_actions(self) -> list[QAction]:
        return menu_list(self, self.actions_by_name)

    # -- showing a document -------------------------------------------------------------------------
    def show_document(self, document_id: str, pass_no: int = 1) -> None:
        with self.highlights.held():
            self._show_document(document_id, pass_no)

    def _show_document(self, document_id: str, pass_no: int) -> None:
        self.memory.pause()
        changed_doc = document_id != self.document_id
        self.document_id, self.pass_no = document_id, pass_no if pass_no in (1, 2, 3) else 1
        self.memory.follow(document_id, self.pass_no)
        if changed_doc:
            doc = get_document(self.session.project, document_id)
            self.body = doc.text
            self.current_unit_id = None
            self.text.set_body(doc.text, page_starts(doc))
            self._load_turns()
            self.highlights.find_spans = []  # a search result's words belong to the document it was in
            self.find_bar.set_body(doc.text)
            self._load_units()
        self.documents.select(document_id)
        self._apply_pass()
        if self.pass_no == 1:
            self.memory.restore_position()

    def set_pass(self, pass_no: int) -> None:
        if self.document_id:
            self.show_document(self.document_id, pass_no)
        else:
            self.pass_no = pass_no
            self._apply_pass()

    def go_to(self, document_id: str, unit_id: str = "", offset: int = -1) -> None:
        """Show a document and put the cursor on a unit or an offset (search results, the board)."""
        self._navigated = True
        self.show_document(document_id, max(self.pass_no, 2) if unit_id else self.pass_no)
        if unit_id and unit_id in self.highlights.index.by_id:
            self.set_current_unit(unit_id, move_cursor=True)
        elif offset >= 0:
            self.text.place_cursor(offset)
        self.text.setFocus()

    def _apply_pass(self) -> None:
        p = self.pass_no
        self.actions_by_name[f"pass{p}"].setChecked(True)
        enable_for_pass(self.actions_by_name, p, self.document_id is not None)
        self.unit_panel.setVisible(p == 2)
        self.tool_buttons["show_others"].setVisible(p != 1)  # immersion: nothing about coding in the way
        self.highlights.enabled = p in (2, 3)
        if p == 3:
            self.text.set_right_zone(self.margin, MARGIN_WIDTH)
            self.margin.relayout()
        else:
            self.text.set_right_zone(self.blank, 0)
        self.highlights.refresh()
        self._update_heading()

    def _update_heading(self) -> None:
        if not self.document_id:
            self.title.setText(self.tr("No documents yet — File › Import documents (Ctrl+I)"))
            self.status_line.setText("")
            return
        row = next((r for r in self.documents.model.rows if r.id == self.document_id), None)
        name = row.name if row else ""
        self.title.setText(name)
        status = row.statuses[self.pass_no - 1] if row else "not_started"
        own = sum(1 for u in self.spans if u.reviewer_id == self.session.reviewer_id)
        parts = [self.tr("Pass {pass_no}: {value} {status_word}").format(
                     pass_no=self.pass_no, value=MARKERS[status], status_word=status_word(status))]
        if self.pass_no > 1:
            parts.append(ntr("ReaderView", "%n unit(s)", own))
        if row:
            parts.append(ntr("ReaderView", "%n page(s)", row.pages))
            parts.append(self.tr("{format_duration} read").format(
                             format_duration=format_duration(row.seconds)) if row.seconds else self.tr("not timed yet"))
        self.status_line.setText("  ·  ".join(parts))
        self.status_line.setToolTip(self.tr("Pass {pass_no} – {value}\n").format(
                                        pass_no=self.pass_no, value=pass_name(self.pass_no)) + "\n".join(parts))
        self.actions_by_name["mark_done"].setIconText(self.tr("Done ✓") if status == "done" else self.tr("Mark done"))

    # -- loading from core --------------------------------------------------------------------------
    def _load_reviewers(self) -> None:
        reviewers = self.session.project.reviewers()
        self.looks = {r.id: ReviewerLook(r.initials or r.name[:2], r.colour, r.name) for r in reviewers}
        styles = {r.id: HighlightStyle(QColor(r.colour), r.id == self.session.reviewer_id) for r in reviewers}
        self.highlights.set_styles(styles, self.session.reviewer_id)

    def _refresh_list(self) -> None:
        self._list_timer.stop()
        self.documents.set_rows(document_summaries(self.session.project, self.session.reviewer_id or None))
        if self.document_id:
            self.documents.select(self.document_id)
        self._update_heading()

    def _load_units(self, *, notes: bool = True) -> None:
        if not self.document_id:
            self.spans = []
        else:
            self.spans = self.query_filter.keep(unit_spans(self.session.project, self.document_id))
            if notes:
                self.notes = notes_of_document(self.session.project, self.document_id)
                self.codes = codes_of_document(self.session.project, self.document_id)
        self.highlights.set_units(self.spans)
        if self.current_unit_id not in self.highlights.index.by_id:
            self.current_unit_id = None
        self.highlights.current_unit_id = self.current_unit_id
        rid = self.session.reviewer_id
        own = [u for u in self.spans if u.reviewer_id == rid]
        look = self.looks.get(rid)
        self.unit_panel.set_units(own, self.body, look.name if look else "")
        self.unit_panel.model.set_codes(self.codes)
        self.unit_panel.select(self.current_unit_id)
        self._load_margin()
        self.highlights.refresh()

    def _query_filter_changed(self) -> None:
        with self.highlights.held():
            self._load_units()
            self._update_heading()

    def _load_turns(self) -> None:
        """A transcript's turn times in the gutter and its interviewer turns dimmed (app.core.participants)."""
        from app.core.participants import interviewer_turns_excluded, list_turns

        turns = list_turns(self.session.project, self.document_id) if self.document_id else []
        timed = [(t.start, int(t.seconds)) for t in turns if t.seconds is not None]
        long = any(sec >= 3600 for _, sec in timed)
        # the gutter is narrow: 12:41, or 1:02:05 in a recording over an hour (citations keep 00:12:41)
        marks = [(start, f"{sec // 3600}:{sec % 3600 // 60:02d}:{sec % 60:02d}" if long
                  else f"{sec // 60:02d}:{sec % 60:02d}") for start, sec in timed]
        dim = [(t.start, t.end) for t in turns if t.role == "interviewer"] if turns else []
        if turns and not interviewer_turns_excluded(self.session.project):
            dim = []
        self.text.set_turns(marks, dim)

    def _load_margin(self) -> None:
        rid = self.session.reviewer_id
        shown = [u for u in self.spans if u.reviewer_id == rid or self.highlights.show_others]
        self.margin.current_unit_id = self.current_unit_id
        self.margin.set_content(shown, self.notes, self.codes, self.looks, rid)

    def _on_changed(self, changes: Changes) -> None:
        with self.highlights.held():
            self._apply_changes(changes)

    def _apply_changes(self, changes: Changes) -> None:
        if not self.document_id and not changes.documents:
            return
        if changes.reviewers:
            self._load_reviewers()
        if changes.documents:
            self._refresh_list()
            ids = [r.id for r in self.documents.model.rows]
            if self.document_id in ids:
                self.text_edit_mode.follow_stored_text()  # a correction, or its undo, changed the words
            if self.document_id not in ids:
                self.document_id = None
                if ids:
                    self.show_document(ids[0], self.pass_no)
                else:
                    self.text.set_body("", [0])
                    self._load_units()
                    self._apply_pass()
        if (changes.participants or changes.project) and self.document_id:
            self._load_turns()
        notes_too = changes.annotations or changes.codings or changes.codes
        if changes.units or changes.reviewers:
            self._load_units(notes=notes_too or changes.reviewers)  # the margin comes with it
        elif notes_too and self.document_id:
            self.notes = notes_of_document(self.session.project, self.document_id)
            self.codes = codes_of_document(self.session.project, self.document_id)
            self.unit_panel.model.set_codes(self.codes)
            self._load_margin()
        if changes.progress:
            self._refresh_list()
        elif changes.units or changes.annotations or changes.codings:
            self._list_timer.start()  # the counts follow a moment later; a burst of changes costs one query

    def _reviewer_changed(self, _reviewer_id: str) -> None:
        self.memory.pause()
        if self.document_id:
            self.memory.follow(self.document_id, self.pass_no)
        self._load_reviewers()
        self._refresh_list()
        self._load_units()
        self._apply_pass()

    # -- current unit, cursor, screen -------------------------------------------------------------
    def own_units(self) -> list[UnitSpan]:
        return [u for u in self.spans if u.reviewer_id == self.session.reviewer_id]

    def set_current_unit(self, unit_id: str | None, *, move_cursor: bool = False) -> None:
        self.current_unit_id = unit_id
        self.highlights.current_unit_id = unit_id
        unit = self.highlights.index.by_id.get(unit_id or "")
        if move_cursor and unit is not None:
            self._quiet_cursor = True
            try:
                self.text.place_cursor(unit.start)
            finally:
                self._quiet_cursor = False
        self.unit_panel.select(unit_id)
        self.margin.current_unit_id = unit_id
        self.margin.relayout()
        self.highlights.refresh()

    _quiet_cursor = False

    def _cursor_moved(self) -> None:
        if self._quiet_cursor or self.pass_no == 1 or self.text.textCursor().hasSelection():
            return
        here = [u for u in self.highlights.index.at(self.text.cursor_offset())
                if u.reviewer_id == self.session.reviewer_id or self.highlights.show_others]
        new = here[-1].id if here else None
        if new != self.current_unit_id:
            self.set_current_unit(new)

    def _view_changed(self) -> None:
        self.highlights.refresh()
        if self.pass_no == 3:
            self.margin.relayout()

    def _others_toggled(self) -> None:
        self.highlights.show_others = self.actions_by_name["show_others"].isChecked()
        self._load_margin()
        self.highlights.refresh()

    def _find_matches_changed(self) -> None:
        self.highlights.find_spans = list(self.find_bar.matches)
        self.highlights.find_current = self.find_bar.current
        self.highlights.refresh()

    def _find_current_changed(self, index: int) -> None:
        self.highlights.find_current = index
        start, end = self.find_bar.matches[index]
        self.text.place_cursor(start)
        self.highlights.refresh()

    def next_pane(self) -> None:
        """F6: document list → text → unit list (pass 2) → document list."""
        panes = [self.documents.table, self.text] + ([self.unit_panel.list] if self.unit_panel.isVisible() else [])
        focus = self.focusWidget()
        k = next((i for i, w in enumerate(panes) if focus is w or (focus is not None and w.isAncestorOf(focus))), -1)
        panes[(k + 1) % len(panes)].setFocus()

    def open_find(self) -> None:
        selected = self.text.selection_span()
        self.find_bar.open_bar(self.body[selected[0]:selected[1]] if selected else "")

    def open_project_search(self) -> None:
        from app.ui.search_dialog import SearchDialog

        dialog = getattr(self, "_search_dialog", None)
        if dialog is None:
            dialog = self._search_dialog = SearchDialog(self.session, self)  # goes with the reader (and its project)
            dialog.hit_chosen.connect(self._search_hit)
        dialog.open_and_focus()

    def _search_hit(self, hit: SearchHit) -> None:
        """Show a search result: the place in the middle of the view, its words highlighted."""
        if hit.where in ("code", "category", "theme", "memo"):  # shown where it is edited (the workspace)
            self.session.show_item.emit(hit.where, hit.item_id)
            return
        if not hit.document_id:
            return
        self._navigated = False
        offset = hit.start if hit.where == "text" else -1
        self.session.navigate.emit(hit.document_id, hit.unit_id, offset)
        if not self._navigated:  # no workspace listening (the reader on its own)
            self.go_to(hit.document_id, hit.unit_id, offset)
        if hit.start >= 0:
            self.text.centre_on(hit.start)
        self.highlights.find_spans, self.highlights.find_current = list(hit.words), 0
        self.highlights.refresh()

    def _closing(self) -> None:
        self.memory.stop()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: new highlight colours
            self.highlights.refresh()
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        self.memory.pause()
        super().hideEvent(event)
