"""Codebook hygiene: codes without units, codes in no category, empty categories or themes, and categories
holding a single code. Clicking a finding selects the item on the board."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.retrieval import hygiene
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import isolate
from app.ui.i18n import ntr

HINTS = {
    "no_units": QT_TRANSLATE_NOOP("board.hygiene_panel", "no meaning unit carries it yet — merge it, or delete it"),
    "no_category": QT_TRANSLATE_NOOP("board.hygiene_panel", "drag it onto a pile or a category"),
    "empty_category": QT_TRANSLATE_NOOP("board.hygiene_panel", "drop codes into it, or delete it"),
    "empty_theme": QT_TRANSLATE_NOOP("board.hygiene_panel", "drop piles into it, or delete it"),
    "single_code": QT_TRANSLATE_NOOP("board.hygiene_panel", "a category usually gathers several codes"),
}


class HygienePanel(QWidget):
    item_chosen = Signal(str, str)  # kind, id

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.summary = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("hygieneList")
        self.list.setAccessibleName(self.tr("Codebook checks"))
        self.list.setAccessibleDescription(self.tr("Press Enter to show the code, category or theme a check names."))
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Any) -> None:
        if changes.codes or changes.categories or changes.themes or changes.codings or changes.units:
            self.refresh()

    def refresh(self) -> None:
        findings = hygiene(self.session.project)
        self.list.clear()
        for f in findings:
            message = f.text(name=isolate(f.name))  # in the window's language, a right-to-left name set apart
            item = QListWidgetItem(
                self.tr("{finding} — {hint}").format(
                    finding=message, hint=QCoreApplication.translate("board.hygiene_panel", HINTS.get(f.problem, "")))
            )
            item.setData(Qt.ItemDataRole.UserRole, (f.kind, f.id))
            item.setToolTip(message)
            self.list.addItem(item)
        self.summary.setText(self.tr("The codebook is tidy: nothing to report.") if not findings else
                             ntr("HygienePanel", "%n thing(s) to look at:", len(findings)))

    def findings_count(self) -> int:
        return self.list.count()

    def _chosen(self, item: QListWidgetItem) -> None:
        kind, item_id = item.data(Qt.ItemDataRole.UserRole)
        self.item_chosen.emit(kind, item_id)
