"""File › Import documents…: pick files, extract them in worker processes, store them one document per
transaction, then show what was imported and every failure with its reason. Cancel removes what was stored:
the study is as before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from app.core.importing import ImportResult, import_files
from app.importers import SUPPORTED_SUFFIXES
from app.ui.app_state import ProjectSession
from app.ui.i18n import ntr, number
from app.ui.jobs import Job, plain_reason, run_job

PATTERNS = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)


def ask_and_import(parent: QWidget, session: ProjectSession) -> Job | None:
    names, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("import_flow", "Import documents"), str(Path.home()),
        QCoreApplication.translate("import_flow", "Documents ({patterns});;All files (*)").format(patterns=PATTERNS)
    )
    return import_paths(parent, session, [Path(n) for n in names]) if names else None


class ImportProgressDialog(QDialog):
    """Two bars: the file being read, and the whole batch; with Cancel."""

    canceled = Signal()

    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.total = total
        self.label = QLabel(self.tr("Starting…"))
        self.label.setMinimumWidth(460)
        self.file_bar, self.overall_bar = QProgressBar(), QProgressBar()
        for bar in (self.file_bar, self.overall_bar):
            bar.setRange(0, 1000)
        self.overall_bar.setRange(0, max(1, total) * 1000)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.canceled.emit)
        layout = QFormLayout(self)
        layout.addRow(self.label)
        layout.addRow(self.tr("This file"), self.file_bar)
        layout.addRow(self.tr("All files"), self.overall_bar)
        layout.addRow(buttons)

    def setValue(self, value: int) -> None:  # noqa: N802 - the progress-view interface of app.ui.jobs
        done = value / 1000 * self.total
        index = min(int(done), max(0, self.total - 1))
        self.file_bar.setValue(int((done - index) * 1000) if done < self.total else 1000)
        self.overall_bar.setValue(int(done * 1000))

    def setLabelText(self, text: str) -> None:  # noqa: N802
        self.label.setText(text)

    def reject(self) -> None:  # Esc cancels the import rather than hiding the dialog
        self.canceled.emit()


def import_paths(parent: QWidget, session: ProjectSession, paths: Sequence[Path],
                 password: str | None = None) -> Job:
    """Start the import in the background; the summary appears when it ends."""
    paths = list(paths)
    total = len(paths)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        def file_progress(index: int, fraction: float, message: str) -> None:
            progress((index + fraction) / total, QCoreApplication.translate("import_flow", "File {value} of {total}: "
                                                                                           "{message}").format(
                                                     value=number(index + 1), total=number(total), message=message))

        return import_files(session.project, paths, password=password, progress=file_progress,
                            cancelled=cancelled)

    def done(results: list[ImportResult]) -> None:
        from app.core.ops import Changes

        session.undo_stack.refresh()  # the import is one undo step
        session.changed.emit(Changes(documents=True))
        _summary(parent, session, results, total)

    def failed(exc: BaseException) -> None:
        session.report_error(QCoreApplication.translate("import_flow", "Import stopped: {plain_reason}").format(
                                 plain_reason=plain_reason(exc)))

    def cancelled() -> None:
        session.status.emit(QCoreApplication.translate("Import", "Import cancelled; the study is unchanged"))

    return run_job(parent, ntr("import_flow", "Importing %n file(s)", total), work, done, failed, on_cancel=cancelled,
                   dialog=ImportProgressDialog(total, parent))


def summary_lines(results: list[ImportResult], total: int) -> list[str]:
    """The headline, then one line per file: imported (✓), skipped because already there (↷), failed (✗)."""
    imported = [r for r in results if r.ok]
    skipped = [r for r in results if r.skipped]
    failed = [r for r in results if not r.ok and not r.skipped]
    head = ntr("import_flow", "Imported {count} of %n file(s).", total).format(
        count=number(len(imported)))
    if skipped:
        head += " " + ntr("import_flow", "%n was already in the study and was skipped.", len(skipped))
    lines = [head]
    for r in imported:
        extra = f" — {'; '.join(r.warnings)}" if r.warnings else ""
        lines.append(f"✓ {r.path.name}{extra}")
    lines += [f"↷ {r.line()}" for r in skipped]
    lines += [QCoreApplication.translate("import_flow", "✗ {line} — you will be asked for its password").format(
        line=r.line()) if r.needs_password else f"✗ {r.line()}" for r in failed]
    return lines


def _summary(parent: QWidget, session: ProjectSession, results: list[ImportResult], total: int) -> None:
    lines = summary_lines(results, total)
    failed = [r for r in results if not r.ok and not r.skipped]
    session.status.emit(lines[0])
    box = QMessageBox(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
                      QCoreApplication.translate("import_flow", "Import finished"), lines[0], parent=parent)
    box.setObjectName("importSummary")
    box.setDetailedText("\n".join(lines[1:]))
    box.setInformativeText("\n".join(lines[1:12]) + ("\n…" if len(lines) > 12 else ""))
    locked = [r.path for r in results if r.needs_password]
    if locked:  # the password is asked for once the summary of the other files has been read and closed
        box.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _ask_password(parent, session, locked)))
    box.open()


def _ask_password(parent: QWidget, session: ProjectSession, locked: list[Path]) -> None:
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("import_flow", "Password needed"),
        QCoreApplication.translate("import_flow", "{name} is encrypted. Password:").format(name=locked[0].name),
        QLineEdit.EchoMode.Password,
    )
    if ok and password:
        import_paths(parent, session, locked, password=password)


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The files dropped on the window that Lectio can take: documents it imports, and studies."""
    from app.importers import SUPPORTED_SUFFIXES

    if not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SUPPORTED_SUFFIXES or p.suffix.lower() == ".lectio"]
