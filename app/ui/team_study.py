"""File › Open team study…: a study on the group's PostgreSQL server, opened with the reviewer's own login.

The address and the login are remembered in the settings (the address without any password); the password
only in the system keyring when the reviewer ticks "Remember", and a keyring that fails means the dialog asks
each time (app/core/credentials.py). Nothing shown — the window title, the status bar, error messages — carries
the password: a server study's ``Project.path`` prints its address without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core import credentials
from app.core.errors import LectioError

if TYPE_CHECKING:
    from app.core.project import Project

from app.core.server import split_login, with_login

URL_KEY, LOGIN_KEY = "team/last_url", "team/last_login"


class TeamStudyDialog(QDialog):
    """The server address, the reviewer's login and password, and whether to keep the password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team study"))
        self.setObjectName("teamStudyDialog")
        settings = QSettings()
        self.url = QLineEdit(str(settings.value(URL_KEY, "") or ""))
        self.url.setObjectName("teamUrl")
        self.url.setPlaceholderText(self.tr("postgresql://server.example.org/study?sslmode=require"))
        self.login = QLineEdit(str(settings.value(LOGIN_KEY, "") or ""))
        self.login.setObjectName("teamLogin")
        self.password = QLineEdit()
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setObjectName("teamRemember")
        self.note = QLabel(self.tr("Ask the study's lead for the address and your login. The password is never "
                                   "written to Lectio's settings."))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.note)
        form.addRow(buttons)
        self.resize(560, 220)
        self.url.editingFinished.connect(self._fill_password)
        self.login.editingFinished.connect(self._fill_password)
        self._fill_password()

    def _fill_password(self) -> None:
        """The keyring's password for this address and login, when it has one (else the field is left)."""
        address, login, _ = split_login(self.url.text().strip(), self.login.text().strip())
        if not address or not login or self.password.text():
            return
        stored = credentials.stored_password(address, login)
        if stored:
            self.password.setText(stored)
            self.remember.setChecked(True)

    def values(self) -> tuple[str, str, str]:
        """(address, login, password)."""
        address, login, in_url = split_login(self.url.text().strip(), self.login.text().strip())
        return address, login, self.password.text() or in_url or ""


def open_team_study(address: str, login: str, password: str, *, remember: bool = False) -> Project:
    """Open the study (core), then keep what the reviewer asked to keep: the address and login in the
    settings, the password in the keyring (silently not, when the keyring fails)."""
    from app.core.server import open_server

    project = open_server(with_login(address, login) if login else address, password=password or None)
    settings = QSettings()
    settings.setValue(URL_KEY, address)
    settings.setValue(LOGIN_KEY, login)
    if remember and password:
        credentials.remember_password(address, login, password)
    elif not remember:
        credentials.forget_password(address, login)
    return project


def open_team_study_dialog(window) -> bool:  # type: ignore[no-untyped-def]
    """File › Open team study…: ask, open, show; a refusal is shown in one line and the dialog comes back."""
    dialog = TeamStudyDialog(window)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        address, login, password = dialog.values()
        try:
            project = open_team_study(address, login, password, remember=dialog.remember.isChecked())
        except LectioError as exc:
            window.show_error(dialog.tr("Cannot open the team study"), str(exc))
            continue
        window.set_project(project, remember=False)  # the recent list holds files; the dialog remembers this one
        return True
    return False
