"""Edit › Reviewers…: the people coding this study — name, initials and colour; add one for a second reviewer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import reviewers
from app.ui.app_state import ProjectSession


def _swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return pixmap


class ReviewersDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reviewers"))
        self.setObjectName("reviewersDialog")
        self.session = session
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Reviewers"))
        self.name, self.initials = QLineEdit(), QLineEdit()
        self.initials.setMaxLength(4)
        self.colour_button = QPushButton(self.tr("Colour…"))
        self.colour_button.clicked.connect(self._pick_colour)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of a new reviewer"))
        self.new_name.setPlaceholderText(self.tr("Name of a new reviewer"))
        self.add_button = QPushButton(self.tr("Add reviewer"))
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Initials"), self.initials)
        form.addRow("", self.colour_button)
        form.addRow("", self.save_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(add_row)
        layout.addWidget(close)
        self._colour = ""
        self.list.currentItemChanged.connect(self._chosen)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for r in self.session.project.reviewers():
            label = f"{r.name} ({r.initials})"
            if r.is_consensus:
                label = self.tr("{reviewer}  — consensus layer").format(reviewer=label)
            item = QListWidgetItem(_swatch(r.colour), label)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == (select or self.session.reviewer_id):
                self.list.setCurrentItem(item)

    def _current(self):  # type: ignore[no-untyped-def]
        item = self.list.currentItem()
        rid = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in self.session.project.reviewers() if r.id == rid), None)

    def _chosen(self, *_args: object) -> None:
        r = self._current()
        if r is None:
            return
        self.name.setText(r.name)
        self.initials.setText(r.initials)
        self._colour = r.colour
        self.colour_button.setIcon(_swatch(r.colour))

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self._colour or "#1f77b4"), self, self.tr("Reviewer colour"))
        if colour.isValid():
            self._colour = colour.name()
            self.colour_button.setIcon(_swatch(self._colour))

    def save(self) -> None:
        r = self._current()
        if r is None:
            return
        if self.session.do(reviewers.update_reviewer, r.id, name=self.name.text().strip() or r.name,
                           initials=self.initials.text().strip() or r.initials,
                           colour=self._colour or r.colour) is not None:
            self.refresh(r.id)

    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        outcome = self.session.do(reviewers.add_reviewer, name)
        if outcome is not None:
            self.new_name.clear()
            self.refresh(outcome.value.id)
