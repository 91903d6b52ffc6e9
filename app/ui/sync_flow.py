"""File › Sync: a study made by ``lectio clone`` sends its work to the team server and brings the server's
(``app.server.sync.sync_project``, the function ``lectio sync`` runs), in a background job.

The password of the clone's login comes from the keyring when *Open team study…* kept it there, else the user is
asked (an empty answer leaves it to libpq: ``~/.pgpass``, ``PGPASSWORD``). Rows changed on both sides are listed
as a merge lists its conflicts; each side keeps its own version until the user decides, one conflict at a time
(a sync with ``decisions``, as ``lectio sync --keep-ours/--take-theirs KEY``) or all at once (``resolve``, as
``lectio sync --resolve ours|theirs``).
"""

from __future__ import annotations

from collections.abc import Callable
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


def run_sync(parent: QWidget, session: ProjectSession, password: str | None, resolve: str | None = None,
             decisions: dict[str, str] | None = None, *, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], bool] | None = None) -> Job:
    """Sync the window's clone in the background; then the views read again and any conflicts are listed (in a
    new conflicts dialog, or given to ``on_result`` when the dialog itself asked). ``decisions``: conflict key →
    ``ours`` or ``theirs``, as ``lectio sync --keep-ours/--take-theirs``. ``on_error`` returns True when it told
the user itself."""
    from app.server.sync import sync_project

    title = QCoreApplication.translate("sync_flow", "Sync with the team server")

    def done(result: Any) -> None:
        session.undo_stack.refresh()
        session.refresh_all()  # rows came from the server as bookkeeping: every view reads again
        line = QCoreApplication.translate("sync_flow", "Synced with {origin}: sent {sent}, received {received}.")
        line = line.format(origin=result.origin, sent=result.sent, received=result.received)
        session.status.emit(line)
        if on_result is not None:
            on_result(result)
        elif result.conflicts:
            SyncConflictsDialog(session, result.conflicts, password, parent).open()

    def failed(exc: BaseException) -> None:
        if on_error is None or not on_error(exc):
            session.report_error(error_text(exc))

    return run_job(parent, title, lambda progress, cancelled: sync_project(
        session.project, password=password, resolve=resolve, decisions=decisions), done, failed)


class SyncConflictsDialog(QDialog):
    """The rows changed both here and on the server, as a merge lists them: each one kept as this copy has it or
    taken as the server has it, one by one (a sync deciding that one conflict, in the background; the list then
    shows what is left), or all of them at once."""

    def __init__(self, session: ProjectSession, conflicts: list[Any], password: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync conflicts — decide"))
        self.setObjectName("syncConflicts")
        self.session, self.password = session, password
        self.conflicts: list[Any] = []
        self.job: Job | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.keep_one = QPushButton(self.tr("&Keep mine"))
        self.keep_one.setObjectName("syncKeepMine")
        self.keep_one.setToolTip(self.tr("Send this copy's version of the selected item to the server"))
        self.take_one = QPushButton(self.tr("T&ake the server's"))
        self.take_one.setObjectName("syncTakeServers")
        self.take_one.setToolTip(self.tr("Replace this copy's version of the selected item with the server's"))
        self.keep_one.clicked.connect(lambda: self.decide_one("ours"))
        self.take_one.clicked.connect(lambda: self.decide_one("theirs"))
        self.keep = QPushButton(self.tr("Send &this copy's versions"))
        self.keep.setObjectName("syncKeepOurs")
        self.take = QPushButton(self.tr("Take the &server's versions"))
        self.take.setObjectName("syncTakeTheirs")
        self.keep.clicked.connect(lambda: self.decide("ours"))
        self.take.clicked.connect(lambda: self.decide("theirs"))
        one = QHBoxLayout()
        one.addWidget(QLabel(self.tr("The selected item:")))
        one.addWidget(self.keep_one)
        one.addWidget(self.take_one)
        one.addStretch(1)
        every = QHBoxLayout()
        every.addWidget(QLabel(self.tr("All at once:")))
        every.addWidget(self.keep)
        every.addWidget(self.take)
        every.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(one)
        layout.addLayout(every)
        layout.addWidget(close)
        self.show_conflicts(conflicts)
        self.resize(680, 400)

    @property
    def buttons(self) -> list[QPushButton]:
        return [self.keep_one, self.take_one, self.keep, self.take]

    def show_conflicts(self, conflicts: list[Any]) -> None:
        """List these conflicts (what a sync left undecided), the selection kept at its row."""
        row = max(self.list.currentRow(), 0)
        self.conflicts = list(conflicts)
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(conflict.describe())
        self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
        self.heading.setText(ntr("sync_flow", "%n item(s) changed both in this copy and on the server. Nothing "
                                 "was overwritten: each side keeps its version until you decide.",
                                 len(self.conflicts)))
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        for button in self.buttons:
            button.setEnabled(not busy and bool(self.conflicts))

    def decide_one(self, take: str, row: int | None = None) -> Job | None:
        """Sync again, settling only the selected conflict (``row``: that one instead): ``ours`` sends this
        copy's version, ``theirs`` takes the server's."""
        row = self.list.currentRow() if row is None else row
        if not 0 <= row < len(self.conflicts) or self.job_running:
            return None
        return self._sync(None, {self.conflicts[row].key: take})

    def decide(self, resolve: str) -> Job:
        """Sync again, settling every listed conflict this way."""
        return self._sync(resolve, None)

    @property
    def job_running(self) -> bool:
        return self.job is not None and not self.job._done

    def _sync(self, resolve: str | None, decisions: dict[str, str] | None) -> Job:
        self._busy(True)
        self.job = run_sync(self.parentWidget() or self, self.session, self.password, resolve, decisions,
                            on_result=self._synced, on_error=self._refused)
        return self.job

    def _synced(self, result: Any) -> None:
        self.show_conflicts(result.conflicts)
        if not self.conflicts:
            self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A failed sync changed nothing. A decision on a version the server no longer has: say so and list the
        conflicts anew (True: told here); any other failure is reported as usual."""
        from app.server.sync import StaleDecision

        if not isinstance(exc, StaleDecision):
            self._busy(False)
            return False
        self.session.status.emit(self.tr("That item was changed on the server meanwhile, or settled already; "
                                         "nothing was changed. The list now shows the conflicts as they are."))
        self.job = run_sync(self.parentWidget() or self, self.session, self.password, on_result=self._synced,
                            on_error=self._failed_again)
        return True

    def _failed_again(self, _exc: BaseException) -> bool:
        self._busy(False)
        return False
