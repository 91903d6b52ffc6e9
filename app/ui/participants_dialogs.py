"""Dialogs of the Participants view: Autocode (preview first, then one operation) and Pseudonymise (final, after a
confirmation that says so)."""

from __future__ import annotations

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
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import autocode, participants
from app.core.errors import LectioError
from app.ui.app_state import ProjectSession
from app.ui.bidi_items import BidiComboBox, BidiDelegate
from app.ui.i18n import ntr, number
from app.ui.jobs import error_text, run_job

BY = (
    QT_TRANSLATE_NOOP("participants_dialogs", "Speaker"),
    QT_TRANSLATE_NOOP("participants_dialogs", "Every interviewer turn"),
    QT_TRANSLATE_NOOP("participants_dialogs", "Keyword"),
    QT_TRANSLATE_NOOP("participants_dialogs", "Regular expression"),
)


class AutocodeDialog(QDialog):
    """Choose a rule, see the units it would make (Preview), then Apply: one undoable operation."""

    def __init__(self, session: ProjectSession, speaker: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Autocode"))
        self.setObjectName("autocodeDialog")
        self.session = session
        self.hits: list[autocode.Hit] = []
        self.by = QComboBox()
        self.by.addItems([QCoreApplication.translate("participants_dialogs", b) for b in BY])
        self.speaker = BidiComboBox()  # an Arabic name reads right to left, in the list and when closed
        self.speaker.addItems([p.name for p in participants.list_participants(session.project)])
        if speaker:
            self.speaker.setCurrentText(speaker)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("words, or a regular expression such as night\\s+shifts?"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("a code for every unit (new or existing); empty: units only"))
        self.preview_list = QListWidget()
        self.preview_list.setObjectName("autocodePreview")
        self.preview_list.setItemDelegate(BidiDelegate(self.preview_list))
        self.preview_list.setAccessibleName(self.tr("Preview of the units to code"))
        self.summary = QLabel(self.tr("Preview shows the units before anything is changed."))
        form = QFormLayout()
        form.addRow(self.tr("Autocode by"), self.by)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Keyword or pattern"), self.words)
        form.addRow(self.tr("Code"), self.code)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        layout.addWidget(self.preview_list, 1)
        layout.addWidget(self.buttons)
        for signal in (self.by.currentIndexChanged, self.speaker.currentIndexChanged, self.words.textChanged):
            signal.connect(self._stale)
        self.by.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self.resize(640, 480)

    def rule(self) -> autocode.Rule:
        by = self.by.currentIndex()
        if by == 0:
            return autocode.Rule(speaker=self.speaker.currentText())
        if by == 1:
            return autocode.Rule(role="interviewer")
        if by == 2:
            return autocode.Rule(keyword=self.words.text())
        return autocode.Rule(pattern=self.words.text())

    def _show_fields(self) -> None:
        by = self.by.currentIndex()
        self.speaker.setEnabled(by == 0)
        self.words.setEnabled(by in (2, 3))

    def _stale(self) -> None:
        self.hits = []
        self.apply_button.setEnabled(False)

    def preview(self) -> None:
        from app.core.participants import format_time_or_blank

        self.preview_list.clear()
        try:
            self.hits = autocode.preview(self.session.project, self.rule())
        except LectioError as exc:
            self.summary.setText(str(exc))
            self.hits = []
            self.apply_button.setEnabled(False)
            return
        for hit in self.hits[:2000]:
            when = format_time_or_blank(hit.seconds)
            self.preview_list.addItem(f"{hit.document}{' ' + when if when else ''}: {' '.join(hit.text.split())}")
        reused = sum(1 for h in self.hits if h.existing_unit_id)
        units = ntr("AutocodeDialog", "%n unit(s)", len(self.hits))
        self.summary.setText(self.tr("{units}, {reused} already marked").format(units=units, reused=number(reused))
                             if reused else units)
        self.apply_button.setEnabled(bool(self.hits))

    def apply(self) -> None:
        outcome = self.session.do(autocode.apply, self.rule(), self.code.text().strip(), hits=self.hits)
        if outcome is not None:
            self.accept()


class PseudonymiseDialog(QDialog):
    """Names and places to replace (one a line, plus every participant's name) and the file for the key."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pseudonymise the study"))
        self.setObjectName("pseudonymiseDialog")
        self.session = session
        intro = QLabel(self.tr("Every participant's name becomes a code (P01, P02 …; interviewers I01 …), and every "
                               "name or place listed below becomes [name] — or the code you give after '=' (St "
                               "Mary's = [hospital]). Meaning units stay on their words. The key (code → real name) "
                               "goes to a file you choose; it is never stored in the study."))
        intro.setWordWrap(True)
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(self.tr("Names to replace"))
        self.names.setAccessibleDescription(self.tr("One name a line; name = [replacement] chooses the replacement."))
        self.names.setPlaceholderText(self.tr("Anna\nSt Mary's Hospital = [hospital]\nRiverside = [town]"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Key file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(browse)
        self.scrub_history = QCheckBox(self.tr("Replace the names in the undo history too, so earlier steps stay "
                                               "undoable where they can (unticked: the undo history is emptied)"))
        self.scrub_history.setObjectName("scrubHistory")
        self.scrub_history.setChecked(True)
        self.backups = self._backups_before()
        self.scrub_backups = QCheckBox(self.tr("Replace the names in the automatic backups made before as well ({n}); "
                                               "unticked, they still hold the real names").format(
                                                   n=number(len(self.backups))))
        self.scrub_backups.setObjectName("scrubBackups")
        self.scrub_backups.setToolTip("\n".join(self.backups))
        self.scrub_backups.setVisible(bool(self.backups))
        self.backup_list = QLabel("\n".join(self.backups))  # file names and times: data
        self.backup_list.setObjectName("backupList")
        self.backup_list.setIndent(24)
        self.backup_list.setEnabled(False)
        self.backup_list.setVisible(bool(self.backups))
        self.report: QMessageBox | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.run_button = self.buttons.addButton(self.tr("Pseudonymise…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Other names and places, one a line:")))
        layout.addWidget(self.names, 1)
        layout.addWidget(QLabel(self.tr("Write the key to:")))
        layout.addLayout(key_row)
        layout.addWidget(self.scrub_history)
        layout.addWidget(self.scrub_backups)
        layout.addWidget(self.backup_list)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    def _backups_before(self) -> list[str]:
        from app.core.backup_scrub import files_before

        project = self.session.project
        return [] if getattr(project, "on_server", False) else files_before(project.path)

    def _choose_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Key file"), "pseudonym-key.csv", self.tr("CSV (*.csv)"))
        if path:
            self.key.setText(path)

    def listed(self) -> list[tuple[str, str]]:
        out = []
        for line in self.names.toPlainText().splitlines():
            name, _, code = line.strip().partition("=")
            if name.strip() and not line.strip().startswith("#"):
                out.append((name.strip(), code.strip()))
        return out

    def confirm(self) -> bool:
        if self.scrub_history.isChecked():
            history = self.tr("Earlier undo steps are kept with the names replaced where they still fit the text; "
                              "the others can no longer be undone.")
        else:
            history = self.tr("The undo history is emptied.")
        if not self.backups:
            backups = ""
        elif self.scrub_backups.isChecked():
            backups = self.tr("The names are replaced in the automatic backups made before as well.")
        else:
            backups = self.tr("The automatic backups beside the study still hold the real names.")
        answer = QMessageBox.warning(
            self, self.tr("Pseudonymise — this is final"),
            self.tr("The real names will be replaced throughout the study and removed from the whole file: the text, "
                    "the stored original files (replaced by the pseudonymised text), the audit trail and the undo "
                    "history. This cannot be undone.\n\n{history} {backups}\n\nPseudonymise now?").format(
                        history=history, backups=backups),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def run(self, *, confirmed: bool = False) -> None:
        from app.core.pseudonymise import pseudonymise

        if not self.key.text().strip():
            self.session.report_error(self.tr("Choose the file the key is written to"))
            return
        if not confirmed and not self.confirm():
            return
        session, listed, key = self.session, self.listed(), Path(self.key.text().strip())
        history = "scrub" if self.scrub_history.isChecked() else "empty"
        backups = "scrub" if self.backups and self.scrub_backups.isChecked() else "keep"

        def done(outcome: Any) -> None:
            counts = outcome.value
            if history == "empty":
                session.undo_stack.clear()  # the earlier steps would bring the real names back
            session.undo_stack.refresh()
            session.refresh_all()
            session.status.emit(self.tr("Pseudonymised: {names} names, {replacements} replacements").format(
                names=number(counts['names']), replacements=number(counts['replacements'])))
            self._report(counts, backups)
            self.accept()

        def cancelled() -> None:
            session.status.emit(self.tr("Pseudonymising was cancelled; the study is unchanged"))

        self.job = run_job(self, self.tr("Pseudonymising the study"),
                           lambda progress, cancelled: pseudonymise(session.project, listed, key, progress, cancelled,
                                                                    history=history, backups=backups),
                           done, lambda exc: session.report_error(error_text(exc)), on_cancel=cancelled)

    def _report(self, counts: dict[str, Any], backups: str) -> None:
        """Nothing silent: what happened to the undo history and to each backup, in a box that stays open."""
        lines = [self.tr("Pseudonymised: {names} names, {replacements} replacements in {documents} documents.").format(
            names=number(counts["names"]), replacements=number(counts["replacements"]),
            documents=number(counts["documents"]))]
        if counts["undo_steps_kept"]:
            lines.append(self.tr("Undo history: {kept} steps kept with the names replaced; {lost} steps can no longer "
                                 "be undone.").format(kept=number(counts["undo_steps_kept"]),
                                                      lost=number(counts["undo_steps_lost"])))
        else:
            lines.append(self.tr("Undo history: {lost} steps can no longer be undone.").format(
                lost=number(counts["undo_steps_lost"])))
        for done in counts["backups"]:
            if done.action == "scrubbed":
                lines.append(self.tr("Backup {file}: the names are replaced.").format(file=done.path.name))
            else:
                lines.append(self.tr("Backup {file}: NOT changed ({reason}); delete it before sharing.").format(
                    file=done.path.name, reason=done.reason))
        if backups == "keep":
            for backup in self.backups:
                lines.append(self.tr("Backup {file} still holds the real names.").format(file=backup))
        self.report = QMessageBox(QMessageBox.Icon.Information, self.tr("Pseudonymised"), "\n".join(lines),
                                  QMessageBox.StandardButton.Ok, self.parentWidget())
        self.report.setObjectName("pseudonymiseReport")
        self.report.open()
