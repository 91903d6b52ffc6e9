"""The Participants view (View › Participants, Ctrl+4): who speaks in the study, their role and their attributes,
edited in a table. Every edit calls one core operation (app.core.participants / app.core.attributes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import attributes as attrs
from app.core import participants as people
from app.core.ops import Changes
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import (
    DIRECTION_ROLE,
    BidiComboBox,
    BidiDelegate,
    BidiHeader,
    choice_dialog,
    direction,
    isolate,
)
from app.ui.i18n import ntr

Index = QModelIndex | QPersistentModelIndex
FIXED = ("Participant", "Role", "Turns", "Documents")


class ParticipantsModel(QAbstractTableModel):
    """Rows: participants; columns: name, role, turns, documents, then one per attribute."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[people.ParticipantInfo] = []
        self.attributes: list[attrs.AttributeInfo] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = people.list_participants(self.session.project)
        self.attributes = attrs.list_attributes(self.session.project)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(FIXED) + len(self.attributes)

    def attribute_of(self, column: int) -> attrs.AttributeInfo | None:
        return self.attributes[column - len(FIXED)] if column >= len(FIXED) else None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        attribute = self.attribute_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return attribute.name if attribute else FIXED[section]
        if role == Qt.ItemDataRole.ToolTipRole and attribute:
            kind = {"choice": "one of: " + ", ".join(attribute.choices)}.get(attribute.type, attribute.type)
            return f"{attribute.name} ({kind})"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        person, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return person.name
            if column == 1:
                return person.role
            if column == 2:
                return person.turns if role == Qt.ItemDataRole.EditRole else str(person.turns)
            if column == 3:  # each name isolated: an Arabic name between English ones keeps its place
                return ", ".join(isolate(d) for d in person.documents) if role == Qt.ItemDataRole.DisplayRole \
                    else ", ".join(person.documents)
            attribute = self.attribute_of(column)
            return person.attributes.get(attribute.name, "") if attribute else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DIRECTION_ROLE and column != 2:  # a name, documents or a value in its own direction
            if column == 3:  # a list of names: the first one's way
                return direction(", ".join(person.documents))
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return direction(shown) if isinstance(shown, str) else "ltr"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() not in (2, 3):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        person, column = self.rows[index.row()], index.column()
        if column == 0:
            if str(value).strip() == person.name:
                return False
            outcome = self.session.do(people.rename_participant, person.id, str(value))
        elif column == 1:
            if value == person.role:
                return False
            outcome = self.session.do(people.set_role, person.id, str(value))
        else:
            attribute = self.attribute_of(column)
            if attribute is None or str(value) == person.attributes.get(attribute.name, ""):
                return False
            outcome = self.session.do(attrs.set_value, person.id, attribute.id, value)
        return outcome is not None


class ChoiceDelegate(BidiDelegate):
    """A drop-down for the role and for one-of-a-list attributes; a line edit for the rest."""

    def __init__(self, model: ParticipantsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _choices(self, column: int) -> list[str] | None:
        if column == 1:
            return list(people.ROLES)
        attribute = self.model.attribute_of(column)
        return [""] + attribute.choices if attribute and attribute.type == "choice" else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        choices = self._choices(index.column())
        if choices is None:
            return super().createEditor(parent, option, index)
        box = BidiComboBox(parent)  # an Arabic value reads right to left, in the list and when closed
        box.addItems(choices)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 (Qt API)
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802 (Qt API)
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ParticipantsView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsView")
        self.session = session
        self.model = ParticipantsModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("participantsTable")
        header = BidiHeader(Qt.Orientation.Horizontal, self.table)  # attribute names in their own direction
        header.setSectionsClickable(True)  # as QTableView's own header
        header.setHighlightSections(True)
        self.table.setHorizontalHeader(header)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleDescription(self.tr("Each speaker with their role and attributes; F2 edits a cell."))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.exclude_box = QCheckBox(self.tr("Leave interviewer turns out of meaning units"))
        self.exclude_box.setToolTip(self.tr("Interviewer turns are shown dimmed in the reader and skipped when you "
                                            "make a unit or autocode by keyword or pattern"))
        self.exclude_box.toggled.connect(self._exclude_toggled)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, slot in (
            (self.tr("add"), self.tr("Add participant…"), self.add_participant),
            (self.tr("merge"), self.tr("Merge selected"), self.merge_selected),
            (self.tr("attribute"), self.tr("Add attribute…"), self.add_attribute),
            (self.tr("import"), self.tr("Import attributes…"), self.import_table),
            (self.tr("export"), self.tr("Export attributes…"), self.export_table),
            (self.tr("assign"), self.tr("Assign document…"), self.assign_document),
            ("autocode", "Autocode…", self.autocode),
            ("pseudonymise", "Pseudonymise…", self.pseudonymise),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.exclude_box)
        layout.addWidget(self.hint)
        session.changed.connect(self._on_changed)
        self._refresh()

    # -- refresh ------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.participants or changes.documents or changes.project:
            self._refresh()

    def _refresh(self) -> None:
        self.model.reload()
        self.exclude_box.blockSignals(True)
        self.exclude_box.setChecked(people.interviewer_turns_excluded(self.session.project))
        self.exclude_box.blockSignals(False)
        n = len(self.model.rows)
        self.hint.setText(
            self.tr("No participants yet. Import a transcript (.vtt, .srt, a Teams/Otter .docx or .txt) and its "
                    "speakers appear here, or add participants and import their attributes from a CSV or Excel table.")
            if n == 0 else
            ntr("ParticipantsView", "%n participant(s). Double-click a cell to edit it; select "
                                       "two rows and Merge when one person appears under two labels (the first row is "
                                       "kept).", n))

    def selected(self) -> list[people.ParticipantInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows]

    # -- actions ------------------------------------------------------------------------------------
    def _exclude_toggled(self, checked: bool) -> None:
        self.session.do(people.set_interviewer_turns_excluded, checked)

    def document_picker(self, person: str, names: list[str]) -> QInputDialog:
        """The dialog that asks which document belongs to ``person``: an Arabic or Hebrew document name reads
        right to left, right-aligned, in its drop-down."""
        return choice_dialog(self, self.tr("Assign document"),
                             self.tr("Document that belongs to {name}:").format(name=isolate(person)), names)

    def add_participant(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add participant"), self.tr("Name or code:"))
        if ok and name.strip():
            self.session.do(people.add_participant, name)

    def merge_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            self.session.report_error(self.tr("Select the two rows that are the same person (the first is kept)"))
            return
        keep, other = chosen
        answer = QMessageBox.question(self, self.tr("Merge participants"),
                                      self.tr("{name} is the same person as {name2}?\n\nEvery turn and document of "
                                              "{name} goes to {name2}, and {name} is removed.").format(
                                          name=other.name, name2=keep.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.do(people.merge_participants, keep.id, other.id)

    def add_attribute(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Add attribute"), self.tr("Attribute name (for example Age, Site, Role):")
        )
        if not ok or not name.strip():
            return
        kinds = ["text", "number", "date", "choice"]
        kind, ok = QInputDialog.getItem(self, self.tr("Add attribute"), self.tr("Type of {name}:").format(
                                                                   name=name), kinds, 0, False)
        if not ok:
            return
        choices: list[str] = []
        if kind == "choice":
            listed, ok = QInputDialog.getText(
                self, self.tr("Add attribute"), self.tr("The values, separated by commas:")
            )
            if not ok:
                return
            choices = [c.strip() for c in listed.split(",") if c.strip()]
        self.session.do(attrs.add_attribute, name, kind, choices)

    def import_table(self, path: str | None = None) -> None:
        from app.core.attribute_files import TableFileError, read_table

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import attributes"), "", self.tr("Tables (*.csv *.xlsx)")
            )
        if not path:
            return
        try:
            rows = read_table(Path(path))
        except TableFileError as exc:
            self.session.report_error(str(exc))
            return
        self.session.do(attrs.import_table, rows, Path(path).name)

    def export_table(self, path: str | None = None) -> None:
        from app.core.attribute_files import TableFileError, write_table

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export attributes"), "participants.xlsx",
                                                  self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        try:
            write_table(Path(path), attrs.export_table(self.session.project))
        except TableFileError as exc:
            self.session.report_error(str(exc))
            return
        self.session.status.emit(self.tr("Wrote {path}").format(path=path))

    def assign_document(self) -> None:
        from app.core.documents import list_documents

        chosen = self.selected()
        if len(chosen) != 1:
            self.session.report_error(self.tr("Select the participant the document belongs to"))
            return
        docs = list_documents(self.session.project)
        if not docs:
            return
        dialog = self.document_picker(chosen[0].name, [d.name for d in docs])
        accepted, name = dialog.exec() == QInputDialog.DialogCode.Accepted, dialog.textValue()
        dialog.deleteLater()
        if accepted:
            doc = next(d for d in docs if d.name == name)
            self.session.do(people.assign_document, doc.id, chosen[0].id)

    def autocode(self) -> None:
        from app.ui.participants_dialogs import AutocodeDialog

        chosen = self.selected()
        AutocodeDialog(self.session, chosen[0].name if chosen else "", self).exec()

    def pseudonymise(self) -> None:
        from app.ui.participants_dialogs import PseudonymiseDialog

        PseudonymiseDialog(self.session, self).exec()

    def menu_actions(self) -> list[QAction]:
        act = QAction(self.tr("Autocode…"), self)
        act.setShortcut(QKeySequence("Ctrl+Shift+A"))
        act.triggered.connect(self.autocode)
        return [act]
