"""File menu flows that bring work in from elsewhere: REFI-QDA projects and codebooks, a second reviewer's
file (merge), and the reviewer copy that goes out to a second reviewer.

Imports and merges run in the background, land on the undo stack as one step, and end with a list of
what could not be mapped or needs a decision — never dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from app.ui.i18n import number
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
            box.setInformativeText(QCoreApplication.translate("exchange_flow", "{count} thing(s) need your attention "
                                                                               "— see the details.").format(
                                       count=number(len(notes))))
            box.setDetailedText("\n".join(notes))
        box.open()

    def failed(exc: BaseException) -> None:
        session.report_error(error_text(exc))

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Exchange", "{title}: cancelled; the study is unchanged")
                            .format(title=title))

    return run_job(parent, title, work, done, failed, on_cancel=cancelled)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n) or QCoreApplication.translate(
        "exchange_flow", "nothing new")


class RefiImportDialog(QDialog):
    """Before a .qdpx comes in: how its selection positions are counted. Automatic reads them by the
    REFI-QDA standard unless the file proves otherwise (see app/refi/positions.py); the user may insist."""

    CHOICES = (
        (
            None,
            QT_TRANSLATE_NOOP("exchange_flow", "Automatic — the REFI-QDA standard, unless the file proves otherwise"),
        ),
        ("standard", QT_TRANSLATE_NOOP("exchange_flow", "Unicode code points — the REFI-QDA standard")),
        ("utf16", QT_TRANSLATE_NOOP("exchange_flow", "UTF-16 code units — as NVivo for Windows counts")),
    )

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refiImportDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Import <b>{name}</b> into this study. Codings sit on the words the other program "
                               "marked; if they look shifted by a character or two, import again and choose how that "
                               "program counted positions.").format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.positions_box = QComboBox()
        self.positions_box.setObjectName("refiPositions")
        for key, english in self.CHOICES:
            label = QCoreApplication.translate("exchange_flow", english)
            self.positions_box.addItem(label, key)
        form.addRow(self.tr("Selection positions:"), self.positions_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def positions(self) -> str | None:
        return self.positions_box.currentData()


def import_refi_dialog(parent: QWidget, session: ProjectSession, *, codebook_only: bool = False) -> Job | None:
    kind = (
        QCoreApplication.translate("exchange_flow", "REFI-QDA codebook (*.qdc)")
        if codebook_only
        else QCoreApplication.translate("exchange_flow", "REFI-QDA project (*.qdpx)")
    )
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("exchange_flow", "Import from another QDA program"),
        str(Path.home()),
        QCoreApplication.translate("exchange_flow", "{kind};;All files (*)").format(kind=kind),
    )
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
        headline = QCoreApplication.translate("exchange_flow", "Imported {name}: {counts}").format(
                       name=path.name, counts=_counts(result.counts))
        if result.info:
            headline += "\n" + "\n".join(line[:1].upper() + line[1:] for line in result.info)
        return headline, list(result.warnings)

    return _run_undoable(parent, session, QCoreApplication.translate("exchange_flow", "Import {name}").format(
                                              name=path.name), work, summarise)


def merge_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("exchange_flow", "Merge a reviewer's file"),
        str(session.project.path.parent),
        QCoreApplication.translate("exchange_flow", "Lectio projects (*.lectio)"),
    )
    return merge_reviewer_file(parent, session, Path(name)) if name else None


def merge_reviewer_file(parent: QWidget, session: ProjectSession, path: Path) -> Job:
    from app.consensus.merge import merge_file

    def summarise(result: Any) -> tuple[str, list[str]]:
        lines = result.lines()
        if result.conflicts:
            ConflictsDialog(session, result.conflicts, parent).open()
        return lines[0], lines[1:]

    return _run_undoable(parent, session, QCoreApplication.translate("exchange_flow", "Merge {name}").format(
                                              name=path.name),
                         lambda progress, cancelled: merge_file(session.project, path, progress=progress,
                                                                cancelled=cancelled), summarise)


class ConflictsDialog(QDialog):
    """Each merge conflict with its two versions; the researcher keeps ours or takes theirs, one by one."""

    def __init__(self, session: ProjectSession, conflicts: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge conflicts — decide each one"))
        self.setObjectName("mergeConflicts")
        self.session = session
        self.conflicts = list(conflicts)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        for conflict in self.conflicts:
            self.list.addItem(conflict.describe())
        self.list.setCurrentRow(0)
        keep = QPushButton(self.tr("Keep &ours"))
        take = QPushButton(self.tr("Take &theirs"))
        keep.clicked.connect(lambda: self._decide("ours"))
        take.clicked.connect(lambda: self._decide("theirs"))
        row = QHBoxLayout()
        row.addWidget(keep)
        row.addWidget(take)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The same item was changed in both files, or deleted in one and edited in "
                                        "the other. Nothing was overwritten: choose which version stays.")))
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
        self.setWindowTitle(self.tr("Create a reviewer copy"))
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("The second reviewer's name"))
        self.reviewer.setPlaceholderText(self.tr("The second reviewer's name"))
        self.blind = QCheckBox(self.tr("Blind: leave out every other reviewer's meaning units, notes and codes"))
        self.blind.setChecked(True)
        from app.consensus.icr import saved_plan

        self.plan = saved_plan(session.project)
        self.sample = QCheckBox(self.tr("Only the {count} documents drawn for double coding").format(
                                    count=number(len(self.plan.documents)))
                                if self.plan else self.tr("Only the documents drawn for double coding (none drawn "
                                                          "yet)"))
        self.sample.setEnabled(self.plan is not None)
        self.path = SavePathField(
            str(session.project.path.with_name(f"{session.project.path.stem} – copy.lectio")),
            self.tr("Save the copy as"),
            self.tr("Lectio projects (*.lectio)"),
            self.tr(".lectio"),
        )
        self.reviewer.textChanged.connect(lambda text: self.path.setText(str(
            session.project.path.with_name(f"{session.project.path.stem} – {text.strip() or 'copy'}.lectio"))))
        form = QFormLayout(self)
        form.addRow(self.tr("&Reviewer"), self.reviewer)
        form.addRow("", self.blind)
        form.addRow("", self.sample)
        form.addRow(self.tr("&Save as"), self.path)
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
        session.status.emit(QCoreApplication.translate("exchange_flow", "Wrote {out}").format(out=out))
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("exchange_flow", "Reviewer copy"),
                          QCoreApplication.translate("exchange_flow", "Wrote {name} for {name2}{value}.").format(
                              name=out.name, name2=name, value=' (blind)' if blind else ''), parent=parent)
        box.setInformativeText(QCoreApplication.translate("exchange_flow", "Send it to {name}; merge it back with "
                                                                           "File › Merge reviewer's file… when the "
                                                                           "coding is done.").format(name=name))
        box.open()

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Exchange", "The reviewer copy was cancelled; no file was "
                                                       "written"))

    return run_job(parent, "Create a reviewer copy",
                   lambda progress, cancelled: create_reviewer_copy(session.project, out, name, blind=blind,
                                                                    documents=documents, progress=progress,
                                                                    cancelled=cancelled),
                   done, lambda exc: session.report_error(error_text(exc)), on_cancel=cancelled)
