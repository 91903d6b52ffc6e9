"""The consensus session: every disagreement between two reviewers, document by document, both versions side
by side, resolved one by one with a rationale. Decisions are stored as they are made, so a session can stop
and resume at any time; the outcome is the "Consensus" layer the reader, board and exports can use."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.bidi import has_rtl
from app.core.errors import LectioError
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import DIRECTION_ROLE, BidiComboBox, BidiDelegate, bidi_tooltip, direction, isolate
from app.ui.consensus.agreement_panel import AgreementPanel
from app.ui.consensus.row_texts import lonely_text, row_text, short_label
from app.ui.consensus.version_panel import VersionPanel
from app.ui.i18n import date, percent

# The keys are QActions on the view (not button mnemonics, which would clash with them). None may be a menu bar
# mnemonic (Alt+F/E/V/H): Qt would find the key ambiguous and do nothing, hence Alt+T (edi_t_) for Edit.
OUTCOME_BUTTONS = (
    ("accept_a", QT_TRANSLATE_NOOP("consensus.consensus_view", "Accept A"), "Alt+A"),
    ("accept_b", QT_TRANSLATE_NOOP("consensus.consensus_view", "Accept B"), "Alt+B"),
    ("merge", QT_TRANSLATE_NOOP("consensus.consensus_view", "Merge boundaries"), "Alt+M"),
    ("reject", QT_TRANSLATE_NOOP("consensus.consensus_view", "Reject"), "Alt+R"),
    ("edit", QT_TRANSLATE_NOOP("consensus.consensus_view", "Edit…"), "Alt+T"),
)


def _double_coded(project: Any, found: Any, a: str, b: str) -> Any:
    """Only the documents in which both reviewers made at least one meaning unit."""
    from dataclasses import replace

    from app.core.units import unit_counts

    both = set(unit_counts(project, a)) & set(unit_counts(project, b))
    return replace(found, items=[i for i in found.items if i.document_id in both])


class ConsensusView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.items: Any = None  # DisagreementList
        self.current: Any = None  # Disagreement
        self._texts: dict[str, str] = {}
        self._stale = True

        # an Arabic or Hebrew name reads right to left, in the list and when closed
        self.reviewer_a, self.reviewer_b = BidiComboBox(), BidiComboBox()
        self.reviewer_a.setObjectName("reviewerA")
        self.reviewer_b.setObjectName("reviewerB")
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setChecked(True)
        self.both_coded = QCheckBox(self.tr("Only documents both coded"))
        self.both_coded.setToolTip(self.tr("Leave out documents one of the two reviewers has not coded at all"))
        self.both_coded.setChecked(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("consensusProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(False)
        self.adopt_button = QPushButton(self.tr("Adopt identical units"))
        self.adopt_button.setToolTip(self.tr("Copy every unit both reviewers made identically into the consensus "
                                             "layer"))
        top = QHBoxLayout()
        for w in (
            QLabel(self.tr("Compare")),
            self.reviewer_a,
            QLabel(self.tr("with")),
            self.reviewer_b,
            self.show_resolved,
            self.both_coded,
        ):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.progress_label, self.progress_bar, self.adopt_button):
            top.addWidget(w)

        self.tree = QTreeWidget()
        self.tree.setObjectName("disagreementList")
        self.tree.setAccessibleName(self.tr("Disagreements"))
        self.tree.setAccessibleDescription(self.tr("Each disagreement between the two reviewers and whether it is "
                                                   "settled."))
        self.tree.setHeaderLabels([self.tr("Disagreement"), self.tr("Status")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setItemDelegate(BidiDelegate(self.tree))  # document names and quotes in their own direction
        self.panel_a, self.panel_b = VersionPanel("A"), VersionPanel("B")
        self.heading = QLabel()
        self.heading.setObjectName("disagreementHeading")
        self.decision_label = QLabel()
        self.decision_label.setObjectName("decisionLabel")
        self.decision_label.setWordWrap(True)
        self.rationale = QTextEdit()  # each paragraph in its own direction (a QPlainTextEdit aligns all left)
        self.rationale.setAcceptRichText(False)
        self.rationale.setObjectName("rationale")
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setAccessibleDescription(self.tr("Why the two of you settled it this way; kept in the log."))
        self.rationale.setPlaceholderText(self.tr("Rationale: why the two of you settled it this way (kept in the "
                                                  "log)"))
        self.rationale.setMaximumHeight(70)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for outcome, english, key in OUTCOME_BUTTONS:
            text = QCoreApplication.translate("consensus.consensus_view", english)
            button = QPushButton(text)
            button.setToolTip(f"{text} ({key})")
            button.clicked.connect(lambda _=False, o=outcome: self.resolve(o))
            self.buttons[outcome] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.next_button = QPushButton(self.tr("Next unresolved (F8)"))
        self.next_button.clicked.connect(self.next_unresolved)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.next_button)

        sides = QSplitter()
        sides.addWidget(self.panel_a)
        sides.addWidget(self.panel_b)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(sides, 1)
        detail_layout.addWidget(self.decision_label)
        detail_layout.addWidget(self.rationale)
        detail_layout.addLayout(actions)
        main = QSplitter()
        main.addWidget(self.tree)
        main.addWidget(detail)
        main.setSizes([330, 1070])
        self.agreement = AgreementPanel(session)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Consensus"))
        self.tabs.addTab(main, self.tr("Disagreements"))
        self.tabs.addTab(self.agreement, self.tr("Agreement figures"))
        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addLayout(top)
        work_layout.addWidget(self.tabs, 1)
        self.lonely = QLabel()  # said once, plainly, while the study has one reviewer
        self.lonely.setObjectName("consensusNeedsSecondReviewer")
        self.lonely.setWordWrap(True)
        self.lonely.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lonely.setMargin(40)
        self.pages = QStackedWidget()
        self.pages.addWidget(work)
        self.pages.addWidget(self.lonely)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)

        self._actions = self._make_actions()
        self.tree.currentItemChanged.connect(self._item_chosen)
        self.show_resolved.toggled.connect(lambda _on: self._fill_tree())
        self.both_coded.toggled.connect(lambda _on: self.refresh())
        self.adopt_button.clicked.connect(self.adopt)
        self.reviewer_a.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reviewer_b.currentIndexChanged.connect(lambda _i: self.refresh())
        session.changed.connect(self._on_changed)
        self._fill_reviewers()

    # -- actions ----------------------------------------------------------------------------------------
    def _make_actions(self) -> list[QAction]:
        made = []
        for outcome, english, key in OUTCOME_BUTTONS:
            text = QCoreApplication.translate("consensus.consensus_view", english)
            action = QAction(self.tr("{text} (consensus)").format(text=text), self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, o=outcome: self.resolve(o))
            self.addAction(action)
            made.append(action)
        for text, key, slot in ((self.tr("Next unresolved disagreement"), "F8", self.next_unresolved),
                                (self.tr("Previous disagreement"), self.tr("Shift+F8"), self.previous)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            made.append(action)
        return made

    def menu_actions(self) -> list[QAction]:
        return self._actions[-2:]

    # -- data ---------------------------------------------------------------------------------------------
    def _fill_reviewers(self) -> None:
        people = self.session.project.reviewers(include_consensus=False)
        if len(people) < 2:
            self.lonely.setText(lonely_text([p.name for p in people]))
            self.pages.setCurrentWidget(self.lonely)
        else:
            self.pages.setCurrentIndex(0)
        for box in (self.reviewer_a, self.reviewer_b):
            box.blockSignals(True)
            box.clear()
            for r in people:
                box.addItem(r.name, r.id)
        try:
            from app.consensus.common import resolve_reviewers

            a, b = resolve_reviewers(self.session.project)
            self.reviewer_a.setCurrentIndex(self.reviewer_a.findData(a.id))
            self.reviewer_b.setCurrentIndex(self.reviewer_b.findData(b.id))
        except LectioError:
            pass
        for box in (self.reviewer_a, self.reviewer_b):
            box.blockSignals(False)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute the disagreements (they depend on both reviewers' units and the decisions so far)."""
        from app.consensus.disagreements import list_disagreements

        self._stale = False
        if self.pages.currentWidget() is self.lonely:
            self.items = None
            return
        a, b = self.reviewer_a.currentData(), self.reviewer_b.currentData()
        self.agreement.set_reviewers(a, b)
        if not a or not b or a == b:
            self.items = None
            self.progress_label.setText(self.tr("Choose two different reviewers to compare."))
            self.tree.clear()
            self._show(None)
            return
        keep = self.current.id if self.current else None
        self.items = list_disagreements(self.session.project, a, b)
        if self.both_coded.isChecked():
            self.items = _double_coded(self.session.project, self.items, a, b)
        self._texts.clear()
        self._fill_tree(keep)

    def _fill_tree(self, keep: str | None = None) -> None:
        keep = keep or (self.current.id if self.current else None)
        self.tree.blockSignals(True)
        self.tree.clear()
        a_name, b_name = self.reviewer_a.currentText(), self.reviewer_b.currentText()
        refs = self.items.reviewers if self.items else None
        parents: dict[str, QTreeWidgetItem] = {}
        select = None
        for item in (self.items.items if self.items else []):
            if item.resolved and not self.show_resolved.isChecked() and item.id != keep:
                continue
            parent = parents.get(item.document_id)
            if parent is None:
                parent = parents[item.document_id] = QTreeWidgetItem(self.tree, [item.document_name, ""])
                parent.setData(0, DIRECTION_ROLE, direction(item.document_name))
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setExpanded(True)
            words = (item.a or item.b).text.replace("\n", " ")
            shown, way = row_text(short_label(item, refs), words)
            row = QTreeWidgetItem(parent, [shown, self.tr("✓ resolved") if item.resolved else self.tr("open")])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setData(0, DIRECTION_ROLE, way)
            row.setToolTip(
                0,
                bidi_tooltip(self.tr("{value}\n{a_name} vs {b_name}\n{words}").format(
                    value=item.label(*refs) if refs else item.kind, a_name=isolate(a_name), b_name=isolate(b_name),
                    words=words
                )),
            )
            if item.resolved:
                row.setForeground(0, self.palette().color(QPalette.ColorRole.PlaceholderText))  # (the theme's)
            if item.id == keep:
                select = row
        self.tree.blockSignals(False)
        self._update_progress()
        if select is None and self.items is not None:
            nxt = self.items.next_unresolved()
            select = self._row_for(nxt.id) if nxt else None
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self._show(None)

    def _row_for(self, item_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                if parent.child(j).data(0, Qt.ItemDataRole.UserRole) == item_id:
                    return parent.child(j)
        return None

    def _update_progress(self) -> None:
        if self.items is None:
            return
        self.progress_label.setText(self.items.progress_text())
        self.progress_bar.setMaximum(max(1, self.items.total))
        self.progress_bar.setValue(self.items.resolved)

    def _item_chosen(self, row: QTreeWidgetItem | None, _previous: object = None) -> None:
        item_id = row.data(0, Qt.ItemDataRole.UserRole) if row else None
        found = next((i for i in self.items.items if i.id == item_id), None) if self.items and item_id else None
        self._show(found)

    def _text(self, document_id: str) -> str:
        if document_id not in self._texts:
            from app.core.documents import get_document

            self._texts[document_id] = get_document(self.session.project, document_id).text
        return self._texts[document_id]

    def _show(self, item: Any) -> None:
        self.current = item
        for button in self.buttons.values():
            button.setEnabled(item is not None and not item.resolved)
        self.reopen_button.setEnabled(bool(item is not None and item.resolved))
        if item is None:
            self.heading.setText(self.tr("<i>No disagreement selected.</i>") if self.items and self.items.total
                                 else self.tr("<i>Nothing to settle: the two reviewers agree everywhere they "
                                              "coded.</i>"))
            self.panel_a.clear_version()
            self.panel_b.clear_version()
            self.decision_label.clear()
            return
        a, b = self.items.reviewers
        self.heading.setText(
            self.tr("<h3 style='margin:0'>{label}</h3>{document_name}").format(
                # the line is the window's sentence (name · overlap): LRM keeps it left to right, the name isolated
                label=html.escape(item.label(a, b)),
                document_name=("\u200e" if has_rtl(item.document_name) else "")
                + html.escape(isolate(item.document_name)),
            )
            + (self.tr(" · overlap {share}").format(share=percent(item.jaccard)) if item.a and item.b else "")
        )
        text = self._text(item.document_id)
        self.panel_a.show_version(a.name, a.colour, item.a, text, (item.start, item.end))
        self.panel_b.show_version(b.name, b.colour, item.b, text, (item.start, item.end))
        self.buttons["accept_a"].setText(self.tr("Accept {name}").format(
                                             name=isolate(a.name)) + ("" if item.a else self.tr(" (no unit)")))
        self.buttons["accept_b"].setText(self.tr("Accept {name}").format(
                                             name=isolate(b.name)) + ("" if item.b else self.tr(" (no unit)")))
        self.decision_label.setText(self._decision_text(item) if item.resolved else "")
        self.rationale.setReadOnly(item.resolved)
        if not item.resolved:
            self.rationale.clear()

    def _decision_text(self, item: Any) -> str:
        from app.consensus.decisions import OUTCOME_LABELS, decision_log

        entry = next((e for e in decision_log(self.session.project) if e.decision_id == item.decision_id), None)
        if entry is None:
            return ""
        self.rationale.setPlainText(entry.note)
        return self.tr("<b>Settled:</b> {get} by {decided_by} on {replace}").format(
            get=OUTCOME_LABELS.get(entry.outcome, entry.outcome),
            decided_by=html.escape(isolate(entry.decided_by)),
            replace=date(entry.decided_at, with_time=True),
        )

    # -- decisions ------------------------------------------------------------------------------------
    def resolve(self, outcome: str) -> bool:
        """Settle the current disagreement; moves on to the next unresolved one."""
        from app.consensus.decisions import decide

        item = self.current
        if item is None or item.resolved:
            return False
        kwargs: dict[str, Any] = {}
        if outcome == "edit":
            spec = self._ask_edit(item)
            if spec is None:
                return False
            kwargs = spec
        self._keep_codebook_version()
        done = self.session.do(decide, item, outcome, self.rationale.toPlainText(), **kwargs)
        if done is None:
            return False
        self.refresh()
        self.next_unresolved()
        return True

    def _keep_codebook_version(self) -> None:
        """The first decision of a day's session keeps the codebook as it was (for the dossier's history)."""
        from app.core.codebook_versions import snapshot_before_consensus
        from app.core.errors import LectioError

        try:
            snapshot_before_consensus(self.session.project)
        except LectioError as exc:  # a read-only study, say: the decision itself will say why
            self.session.status.emit(str(exc))

    def _ask_edit(self, item: Any) -> dict[str, Any] | None:
        from app.core.codebook import list_codes
        from app.ui.consensus.edit_dialog import EditConsensusDialog

        chosen = set((item.a.code_ids if item.a else ()) + (item.b.code_ids if item.b else ()))
        codes = [(c.id, c.name) for c in list_codes(self.session.project)]
        dialog = EditConsensusDialog(self._text(item.document_id), item.start, item.end, codes, chosen, self)
        if not dialog.exec():
            return None
        start, end = dialog.span()
        return {"start": start, "end": end, "codes": dialog.chosen_codes()}

    def reopen(self) -> None:
        from app.consensus.decisions import reopen

        if (self.current is not None and self.current.decision_id
                and self.session.do(reopen, self.current.decision_id) is not None):
            self.refresh()

    def adopt(self) -> None:
        from app.consensus.decisions import adopt_agreements

        self._keep_codebook_version()
        outcome = self.session.do(adopt_agreements, self.reviewer_a.currentData(), self.reviewer_b.currentData())
        if outcome is not None:
            self.session.status.emit(self.tr("Adopted {value} identical unit(s) into the consensus layer").format(
                                         value=outcome.value))

    def next_unresolved(self) -> None:
        if self.items is None:
            return
        nxt = self.items.next_unresolved(self.current.id if self.current else None)
        row = self._row_for(nxt.id) if nxt else None
        if row is not None:
            self.tree.setCurrentItem(row)

    def previous(self) -> None:
        self.tree.setCurrentItem(self.tree.itemAbove(self.tree.currentItem()) or self.tree.currentItem())

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "reviewers", False):
            self._fill_reviewers()
        elif any(getattr(changes, k, False) for k in ("units", "codings", "codes", "decisions", "annotations")):
            self._stale = True
            if self.isVisible():
                self.refresh()
