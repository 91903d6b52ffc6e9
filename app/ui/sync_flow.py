"""File › Sync: a study made by ``lectio clone`` sends its work to the team server and brings the server's
(``app.server.sync.sync_project``, the function ``lectio sync`` runs), in a background job.

The password of the clone's login comes from the keyring when *Open team study…* kept it there, else the user is
asked (an empty answer leaves it to libpq: ``~/.pgpass``, ``PGPASSWORD``). Rows changed on both sides are listed
as a merge lists its conflicts; each side keeps its own version until the user sends this copy's versions or
takes the server's (a second sync with ``resolve``, as ``lectio sync --resolve ours|theirs``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.app_state import ProjectSession
from app.ui.i18n import ntr
from app.ui.jobs import Job, error_text, run_job


def team_flags(session: ProjectSession | None) -> tuple[bool, bool]:
    """(File › Team… is offered: a study on a server, File › Sync is: a study made by ``lectio clone``)."""
    from app.server.sync import origin_of

    if session is None:
        return False, False
    return bool(session.project.on_server), bool(origin_of(session.project))


def stored_password(origin: str) -> str | None:
    """The keyring's password for the clone's server address and login, if *Open team study…* kept one."""
    from app.core import credentials
    from app.core.server import split_login

    address, login, _ = split_login(origin, "")
    return credentials.stored_password(address, login) if login else None


def sync_dialog(parent: QWidget, session: ProjectSession) -> Job | None:
    """File › Sync: the password (keyring, else asked), then the sync."""
    from app.server.sync import origin_of

    origin = origin_of(session.project)
    if not origin:
        return None
    password = stored_password(origin)
    if password is None:
        password, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("sync_flow", "Sync with the team server"),
            QCoreApplication.translate("sync_flow", "Password for {address}:").format(address=origin),
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
    return run_sync(parent, session, password or None)


def run_sync(parent: QWidget, session: ProjectSession, password: str | None, resolve: str | None = None) -> Job:
    """Sync the window's clone in the background; then the views read again and any conflicts are listed."""
    from app.server.sync import sync_project

    title = QCoreApplication.translate("sync_flow", "Sync with the team server")

    def done(result: Any) -> None:
        session.undo_stack.refresh()
        session.refresh_all()  # rows came from the server as bookkeeping: every view reads again
        line = QCoreApplication.translate("sync_flow", "Synced with {origin}: sent {sent}, received {received}.")
        line = line.format(origin=result.origin, sent=result.sent, received=result.received)
        session.status.emit(line)
        if result.conflicts:
            SyncConflictsDialog(session, result.conflicts, password, parent).open()

    def failed(exc: BaseException) -> None:
        session.report_error(error_text(exc))

    return run_job(parent, title, lambda progress, cancelled: sync_project(
        session.project, password=password, resolve=resolve), done, failed)


class SyncConflictsDialog(QDialog):
    """The rows changed both here and on the server, as a merge lists them; send ours or take theirs."""

    def __init__(self, session: ProjectSession, conflicts: list[Any], password: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts — decide"))
        self.setObjectName("syncConflicts")
        self.session, self.password = session, password
        self.job: Job | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        for conflict in conflicts:
            self.list.addItem(conflict.describe())
        self.list.setCurrentRow(0)
        self.keep = QPushButton(self.tr("Send &this copy's versions"))
        self.keep.setObjectName("syncKeepOurs")
        self.take = QPushButton(self.tr("Take the &server's versions"))
        self.take.setObjectName("syncTakeTheirs")
        self.keep.clicked.connect(lambda: self.decide("ours"))
        self.take.clicked.connect(lambda: self.decide("theirs"))
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.take)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(ntr("sync_flow", "%n item(s) changed both in this copy and on the server. Nothing "
                                    "was overwritten: each side keeps its version until you decide.",
                                    len(conflicts))))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(640, 380)

    def decide(self, resolve: str) -> Job:
        """Sync again, settling every listed conflict this way."""
        self.keep.setEnabled(False)
        self.take.setEnabled(False)
        self.job = run_sync(self.parentWidget() or self, self.session, self.password, resolve)
        self.job.finished.connect(lambda _result: self.accept())
        self.job.failed.connect(lambda _exc: (self.keep.setEnabled(True), self.take.setEnabled(True)))
        return self.job
