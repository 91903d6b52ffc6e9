"""File menu flows that bring work in from elsewhere: REFI-QDA projects and codebooks, a second reviewer's
file (merge), and the reviewer copy that goes out to a second reviewer.

Imports and merges run in the background, land on the undo stack as one step, and end with a list of
what could not be mapped or needs a decision — never dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.ops import Outcome
from app.ui.app_state import ProjectSession
from app.ui.jobs import Job, error_text, run_job
from app.ui.path_field import SavePathField, add_dialog_buttons


def _run_undoable(parent: QWidget, session: ProjectSession, title: str,
                  work: Callable[[Callable[[float, str], None], Callable[[], bool]], Outcome[Any]],
                  summarise: Callable[[Any], tuple[str, list[str]]]) -> Job:
    """Background work returning an Outcome (one undo step, recorded in the file), then its summary and
    warnings."""

    def done(outcome: Outcome[Any]) -> None:
        session.undo_stack.refresh()
        session.changed.emit(outcome.changes)
        headline, notes = summarise(outcome.value)
        session.status.emit(headline)
        box = QMessageBox(QMessageBox.Icon.Warning if notes else QMessageBox.Icon.Information, title, headline,
                          parent=parent)
        box.setObjectName("exchangeSummary")
        if notes:
            box.setInformativeText(f"{len(notes)} thing(s) need your attention — see the details.")
            box.setDetailedText("\n".join(notes))
        box.open()

    def failed(exc: BaseException) -> None:
        session.report_error(error_text(exc))

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Exchange", "{title}: cancelled; the study is unchanged")
                            .format(title=title))

    return run_job(parent, title, work, done, failed, on_cancel=cancelled)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n) or "nothing new"


class RefiImportDialog(QDialog):
    """Before a .qdpx comes in: how its selection positions are counted. Automatic reads them by the
    REFI-QDA standard unless the file proves otherwise (see app/refi/positions.py); the user may insist."""

    CHOICES = (
        (None, "Automatic — the REFI-QDA standard, unless the file proves otherwise"),
        ("standard", "Unicode code points — the REFI-QDA standard"),
        ("utf16", "UTF-16 code units — as NVivo for Windows counts"),
    )

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refiImportDialog")
        self.setWindowTitle(f"Import {path.name}")
        layout = QVBoxLayout(self)
        intro = QLabel(f"Import <b>{path.name}</b> into this study. Codings sit on the words the other program "
                       f"marked; if they look shifted by a character or two, import again and choose how that "
                       f"program counted positions.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.positions_box = QComboBox()
        self.positions_box.setObjectName("refiPositions")
        for key, label in self.CHOICES:
            self.positions_box.addItem(label, key)
        form.addRow("Selection positions:", self.positions_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def positions(self) -> str | None:
        return self.positions_box.currentData()


def import_refi_dialog(parent: QWidget, session: ProjectSession, *, codebook_only: bool = False) -> Job | None:
    kind = "REFI-QDA codebook (*.qdc)" if codebook_only else "REFI-QDA project (*.qdpx)"
    name, _ = QFileDialog.getOpenFileName(parent, "Import from another QDA program", str(Path.home()),
                                          f"{kind};;All files (*)")
    if not name:
        return None
    if codebook_only:
        return import_refi_file(parent, session, Path(name), codebook_only=True)
    options = RefiImportDialog(Path(name), parent)
    if options.exec() != QDialog.DialogCode.Accepted:
        return None
    return import_refi_file(parent, session, Path(name), positions=options.positions())


def import_refi_file(parent: QWidget, session: ProjectSession, path: Path, *, codebook_only: bool = False,
                     positions: str | None = None) -> Job:
    from app.refi import import_qdc, import_qdpx

    def work(progress: Callable[[float, str], None], cancelled: Callable[[], bool]) -> Outcome[Any]:
        if codebook_only:
            return import_qdc(session.project, path, progress, cancelled)
        return import_qdpx(session.project, path, progress, cancelled, positions=positions)

    def summarise(result: Any) -> tuple[str, list[str]]:
        headline = f"Imported {path.name}: {_counts(result.counts)}"
        if result.info:
            headline += "\n" + "\n".join(line[:1].upper() + line[1:] for line in result.info)
        return headline, list(result.warnings)

    return _run_undoable(parent, session, f"Import {path.name}", work, summarise)


def merge_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Merge a reviewer's file", str(session.project.path.parent),
                                          "Lectio projects (*.lectio)")
    return merge_reviewer_file(parent, session, Path(name)) if name else None


def merge_reviewer_file(parent: QWidget, session: ProjectSession, path: Path) -> Job:
    from app.consensus.merge import merge_file

    def summarise(result: Any) -> tuple[str, list[str]]:
        lines = result.lines()
        if result.conflicts:
            ConflictsDialog(session, result.conflicts, parent).open()
        return lines[0], lines[1:]

    return _run_undoable(parent, session, f"Merge {path.name}",
                         lambda progress, cancelled: merge_file(session.project, path, progress=progress,
                                                                cancelled=cancelled), summarise)


class ConflictsDialog(QDialog):
    """Each merge conflict with its two versions; the researcher keeps ours or takes theirs, one by one."""

    def __init__(self, session: ProjectSession, conflicts: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge conflicts — decide each one")
        self.setObjectName("mergeConflicts")
        self.session = session
        self.conflicts = list(conflicts)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        for conflict in self.conflicts:
            self.list.addItem(conflict.describe())
        self.list.setCurrentRow(0)
        keep = QPushButton("Keep &ours")
        take = QPushButton("Take &theirs")
        keep.clicked.connect(lambda: self._decide("ours"))
        take.clicked.connect(lambda: self._decide("theirs"))
        row = QHBoxLayout()
        row.addWidget(keep)
        row.addWidget(take)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The same item was changed in both files, or deleted in one and edited in the "
                                "other. Nothing was overwritten: choose which version stays."))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 380)

    def _decide(self, take: str) -> None:
        from app.consensus.merge import resolve_conflict

        row = self.list.currentRow()
        if row < 0:
            return
        if self.session.do(resolve_conflict, self.conflicts[row], take=take) is not None:
            self.conflicts.pop(row)
            self.list.takeItem(row)
        if not self.conflicts:
            self.accept()


class ReviewerCopyDialog(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Create a reviewer copy")
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("The second reviewer's name"))
        self.reviewer.setPlaceholderText("The second reviewer's name")
        self.blind = QCheckBox("Blind: leave out every other reviewer's meaning units, notes and codes")
        self.blind.setChecked(True)
        from app.consensus.icr import saved_plan

        self.plan = saved_plan(session.project)
        self.sample = QCheckBox(f"Only the {len(self.plan.documents)} documents drawn for double coding"
                                if self.plan else "Only the documents drawn for double coding (none drawn yet)")
        self.sample.setEnabled(self.plan is not None)
        self.path = SavePathField(str(session.project.path.with_name(f"{session.project.path.stem} – copy.lectio")),
                                  "Save the copy as", "Lectio projects (*.lectio)", ".lectio")
        self.reviewer.textChanged.connect(lambda text: self.path.setText(str(
            session.project.path.with_name(f"{session.project.path.stem} – {text.strip() or 'copy'}.lectio"))))
        form = QFormLayout(self)
        form.addRow("&Reviewer", self.reviewer)
        form.addRow("", self.blind)
        form.addRow("", self.sample)
        form.addRow("&Save as", self.path)
        add_dialog_buttons(form, self)


def reviewer_copy_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    dialog = ReviewerCopyDialog(session, parent)
    if not dialog.exec() or not dialog.reviewer.text().strip():
        return None
    documents = dialog.plan.document_ids if dialog.plan and dialog.sample.isChecked() else None
    return write_reviewer_copy(parent, session, Path(dialog.path.text()), dialog.reviewer.text().strip(),
                               blind=dialog.blind.isChecked(), documents=documents)


def write_reviewer_copy(parent: QWidget, session: ProjectSession, out: Path, name: str, *, blind: bool,
                        documents: list[str] | None = None) -> Job:
    from app.consensus.copies import create_reviewer_copy

    def done(_result: object) -> None:
        session.status.emit(f"Wrote {out}")
        box = QMessageBox(QMessageBox.Icon.Information, "Reviewer copy",
                          f"Wrote {out.name} for {name}{' (blind)' if blind else ''}.", parent=parent)
        box.setInformativeText(f"Send it to {name}; merge it back with File › Merge reviewer's file… "
                               "when the coding is done.")
        box.open()

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Exchange", "The reviewer copy was cancelled; no file was "
                                                       "written"))

    return run_job(parent, "Create a reviewer copy",
                   lambda progress, cancelled: create_reviewer_copy(session.project, out, name, blind=blind,
                                                                    documents=documents, progress=progress,
                                                                    cancelled=cancelled),
                   done, lambda exc: session.report_error(error_text(exc)), on_cancel=cancelled)
