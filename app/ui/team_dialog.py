"""File › Team…: the reviewers of a team study on the server, their logins and roles; for a lead, adding a
reviewer, opening consensus and who may change the codebook.

Everything goes through ``app.server.team`` (the functions ``lectio team …`` runs), each in a background job,
since it talks to the server. The new reviewer's password is typed twice, never shown, never logged, and reaches
the server only as a SCRAM verifier (``team.add_reviewer`` computes it here). The server decides what a login
may do; the dialog only greys out what it would refuse.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.app_state import ProjectSession
from app.ui.jobs import Job, error_text, run_job


class TeamDialog(QDialog):
    """The team of the open server study."""

    loaded = Signal(object)  # TeamState, each time the list is (re)read

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        from app.server.team import study_url

        super().__init__(parent)
        self.setWindowTitle(self.tr("Team"))
        self.setObjectName("teamDialog")
        self.session = session
        self._url = study_url(session.project)  # holds the password: never shown, only handed to app.server.team
        self.state: Any = None
        self.job: Job | None = None
        self.phase = QLabel(self.tr("Reading the team from the server…"))
        self.phase.setObjectName("teamPhase")
        self.phase.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("teamMembers")
        self.table.setAccessibleName(self.tr("Reviewers of the study"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role"), self.tr("Blind")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # add a reviewer (the owner: a login that may create roles)
        self.name = QLineEdit()
        self.name.setObjectName("teamNewName")
        self.name.setAccessibleName(self.tr("New reviewer's name"))
        self.login = QLineEdit()
        self.login.setObjectName("teamNewLogin")
        self.login.setAccessibleName(self.tr("New reviewer's database login"))
        self.login.setPlaceholderText(self.tr("from the name"))
        self.password = QLineEdit()
        self.password.setObjectName("teamNewPassword")
        self.password.setAccessibleName(self.tr("New reviewer's password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("teamNewPasswordAgain")
        self.again.setAccessibleName(self.tr("The password again"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.blind = QCheckBox(self.tr("Blind: sees only their own work until consensus opens"))
        self.blind.setChecked(True)
        self.lead = QCheckBox(self.tr("Lead: curates the codebook and opens consensus"))
        self.add = QPushButton(self.tr("&Add reviewer"))
        self.add.setObjectName("teamAdd")
        self.add.clicked.connect(self.add_reviewer)
        self.adding = QGroupBox(self.tr("Add a reviewer"))
        form = QFormLayout(self.adding)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password a&gain:"), self.again)
        form.addRow("", self.blind)
        form.addRow("", self.lead)
        form.addRow("", self.add)
        # the phase and the codebook rule (a lead)
        self.consensus = QPushButton(self.tr("&Open consensus…"))
        self.consensus.setObjectName("teamOpenConsensus")
        self.consensus.clicked.connect(self.open_consensus)
        self.codebook = QComboBox()
        self.codebook.setObjectName("teamCodebookRule")
        self.codebook.setAccessibleName(self.tr("Who may change the codebook"))
        self.codebook.addItem(self.tr("Everyone may change codes, categories and themes"), False)
        self.codebook.addItem(self.tr("Only leads change codes, categories and themes"), True)
        self.codebook.activated.connect(self._codebook_chosen)
        rules = QHBoxLayout()
        rules.addWidget(self.codebook, 1)
        rules.addWidget(self.consensus)
        self.message = QLabel()
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addWidget(self.table, 1)
        layout.addLayout(rules)
        layout.addWidget(self.adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._set_enabled(False, False)
        self.refresh()

    # -- reading --------------------------------------------------------------------------------------------
    def refresh(self) -> Job:
        from app.server.team import team_state

        url = self._url
        return self._run(self.tr("Reading the team"), lambda progress, cancelled: team_state(url), self._show)

    def _show(self, state: Any) -> None:
        self.state = state
        self.table.setRowCount(len(state.members))
        for row, m in enumerate(state.members):
            role = self.tr("Lead") if m.lead else self.tr("Reviewer")
            cells = (m.name, m.login or self.tr("(no login)"), role, self.tr("Yes") if m.blind else self.tr("No"))
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if state.consensus_open:
            phase = self.tr("Consensus is open: every reviewer sees every reviewer's work.")
        else:
            phase = self.tr("Blind phase: blind reviewers see only their own work until a lead opens consensus.")
        if not state.you_lead:
            phase += " " + self.tr("Only a lead changes the team; you can see who is on it.")
        self.phase.setText(phase)
        self.codebook.setCurrentIndex(1 if state.leads_only_codebook else 0)
        self.consensus.setText(self.tr("Consensus is open") if state.consensus_open else self.tr("&Open consensus…"))
        self._set_enabled(state.you_lead, state.you_manage)
        self.loaded.emit(state)

    def _set_enabled(self, lead: bool, manage: bool) -> None:
        open_already = bool(self.state and self.state.consensus_open)
        self.consensus.setEnabled(lead and not open_already)
        self.codebook.setEnabled(lead)
        self.adding.setEnabled(manage)
        self.adding.setToolTip("" if manage else self.tr("Only the study's owner (a login that may create "
                                                         "database logins) adds reviewers."))

    # -- actions --------------------------------------------------------------------------------------------
    def add_reviewer(self) -> Job | None:
        from app.server.team import add_reviewer

        name, login = self.name.text().strip(), self.login.text().strip() or None
        password, again = self.password.text(), self.again.text()
        if not name:
            return self._say(self.tr("Give the new reviewer a name."))
        if password != again:
            return self._say(self.tr("The two passwords differ; type the same password twice."))
        if len(password) < 8:
            return self._say(self.tr("The password must have at least 8 characters."))
        url, blind, lead = self._url, self.blind.isChecked(), self.lead.isChecked()

        def done(member: Any) -> None:
            for field in (self.name, self.login, self.password, self.again):
                field.clear()
            self._say(self.tr("Added {name} (login {login}). Give them the address and their password in "
                              "person.").format(name=member.name, login=member.login))
            self._changed()

        return self._run(self.tr("Adding a reviewer"), lambda progress, cancelled: add_reviewer(
            url, name, password, blind=blind, lead=lead, login=login), done)

    def open_consensus(self) -> Job | None:
        answer = QMessageBox.question(self, self.tr("Open consensus"), self.tr(
            "End the blind phase? From now on every reviewer sees every reviewer's work. This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.open_consensus_now()

    def open_consensus_now(self) -> Job:
        from app.server.team import open_consensus

        url = self._url
        return self._run(self.tr("Opening consensus"), lambda progress, cancelled: open_consensus(url),
                         lambda _: (self._say(self.tr("Consensus is open.")), self._changed()))

    def _codebook_chosen(self, index: int) -> None:
        leads_only = bool(self.codebook.itemData(index))
        if self.state is not None and leads_only == self.state.leads_only_codebook:
            return
        self.set_codebook_rule(leads_only)

    def set_codebook_rule(self, leads_only: bool) -> Job:
        from app.server.team import set_leads_only_codebook

        url = self._url
        text = (self.tr("Only leads change the codebook now.") if leads_only
                else self.tr("Every reviewer may change the codebook now."))
        return self._run(self.tr("Setting who may change the codebook"),
                         lambda progress, cancelled: set_leads_only_codebook(url, leads_only),
                         lambda _: (self._say(text), self._changed()))

    # -- plumbing -------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.session.refresh_all()  # a new reviewer, another phase: every view reads again
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _run(self, title: str, fn: Any, on_done: Any) -> Job:
        def failed(exc: BaseException) -> None:
            self._say(error_text(exc))  # the server's refusal in one plain line, naming the study (no password)
            if self.state is None:
                self.phase.setText(self.tr("The team could not be read."))

        self.job = run_job(self, title, fn, on_done, failed)
        return self.job


def team_dialog(window: Any) -> TeamDialog | None:
    """File › Team…: the dialog for the window's server study."""
    if window.session is None or not window.session.project.on_server:
        return None
    dialog = getattr(window, "_team_dialog", None)
    if dialog is not None and dialog.session is window.session:  # one per study: shown again, read anew
        dialog.refresh()
    else:  # (another study's dialog is left to its parent: a job of it may still be running)
        dialog = TeamDialog(window.session, window)
        window._team_dialog = dialog
    dialog.open()
    return dialog
