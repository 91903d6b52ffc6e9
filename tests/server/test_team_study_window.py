"""File › Open team study…: the window opens a study on the server with a reviewer's login; the password goes
to the keyring (or is asked for each time when the keyring fails), never to the settings, the title or errors."""

from __future__ import annotations

import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings

from app.core import credentials

pytestmark = pytest.mark.slow  # a real PostgreSQL cluster and a database per test

PASSWORD = "Tr0ub4dor-" + uuid.uuid4().hex[:6]


class MemoryKeyring(KeyringBackend):
    """A keyring in this process (the system's Secret Service does not run headless)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def team_url(pg_cluster, pg_url) -> tuple[str, str]:
    """A new study on the server and a reviewer login (with a password) that may use it; (address, login)."""
    from app.core.server import create_server_project

    create_server_project(pg_url, title="Ward rounds", reviewer="Ana Ruiz").close()
    login = "ana_" + uuid.uuid4().hex[:6]
    pg_cluster.psql(f"CREATE ROLE {login} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    return pg_url.replace("lectio@", ""), login


@pytest.fixture
def keyrings():
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def _settings_text() -> str:
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8") if Path(settings.fileName()).exists() else ""


def test_the_window_opens_a_team_study_and_keeps_the_password_out_of_sight(qtbot, team_url, keyrings) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.team_study import open_team_study

    keyring.set_keyring(MemoryKeyring())
    address, login = team_url
    project = open_team_study(address, login, PASSWORD, remember=True)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar() == login
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(project, remember=False)
    assert window.windowTitle().startswith("Ward rounds")
    assert "open team study…" in [a.text().replace("&", "").lower() for a in window.menuBar().actions()[0].menu()
                                  .actions()]
    shown = [window.windowTitle(), window._status_project.text(), window._status_project.toolTip(), str(project.path)]
    assert not any(PASSWORD in s for s in shown)
    assert credentials.stored_password(address, login) == PASSWORD
    assert address in _settings_text() and PASSWORD not in _settings_text()
    window.close_project()
    window.close()


def test_the_dialog_fills_the_remembered_password_and_splits_a_url_that_carries_one(qtbot, keyrings) -> None:
    from app.ui.team_study import TeamStudyDialog

    keyring.set_keyring(MemoryKeyring())
    credentials.remember_password("postgresql://db.example.org/ward", "ben", "kept")
    QSettings().setValue("team/last_url", "postgresql://db.example.org/ward")
    QSettings().setValue("team/last_login", "ben")
    dialog = TeamStudyDialog()
    qtbot.addWidget(dialog)
    assert dialog.password.text() == "kept" and dialog.remember.isChecked()
    dialog.grab().save("/tmp/team-study-dialog.png")
    dialog.url.setText("postgresql://cleo:typed-in-url@db.example.org:6543/ward?sslmode=require")
    dialog.login.clear()
    dialog.password.clear()
    assert dialog.values() == ("postgresql://db.example.org:6543/ward?sslmode=require", "cleo", "typed-in-url")


def test_a_failing_keyring_means_the_password_is_asked_each_time(qtbot, team_url, keyrings) -> None:
    from app.core.errors import ProjectError
    from app.ui.team_study import TeamStudyDialog, open_team_study

    keyring.set_keyring(fail.Keyring())
    address, login = team_url
    project = open_team_study(address, login, PASSWORD, remember=True)  # opens; the keyring just cannot keep it
    project.close()
    assert credentials.stored_password(address, login) is None
    dialog = TeamStudyDialog()
    qtbot.addWidget(dialog)
    assert dialog.url.text() == address and dialog.login.text() == login and dialog.password.text() == ""
    with pytest.raises(ProjectError) as refused:
        open_team_study(address.replace("/t_", "/missing_"), login, PASSWORD)
    assert PASSWORD not in str(refused.value) and "no such database" in str(refused.value)


def test_lectio_url_opens_the_window_on_the_server_study(qtbot, demo_path, pg_url, tmp_path) -> None:
    from PySide6.QtGui import QImage

    from app.cli import main

    assert main(["publish", str(demo_path), pg_url]) == 0
    out = tmp_path / "server.png"
    assert main([pg_url, "--screenshot", str(out), "--document", "Interview 1 – daughter", "--pass", "2"]) == 0
    image = QImage(str(out))
    assert image.width() == 1400 and image.height() == 900
