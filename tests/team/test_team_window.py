"""The team study in the window: File › Team… lists the reviewers and lets a lead add one (password typed twice,
only a SCRAM verifier reaches the server), set who changes the codebook and open consensus; a non-lead sees the
list read-only. File › Sync syncs a clone and lists conflicts as merge does. Real PostgreSQL, real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.core import codebook
from app.core.project import open_project
from app.core.reviewers import find_reviewer
from app.server import team
from tests.team.pg import ADMIN_PASSWORD

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process

EVE_PASSWORD = "correct horse battery"


def _done(qtbot: Any, job: Any) -> None:
    qtbot.waitUntil(lambda: job._done, timeout=20_000)


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    return " ".join([w.text() for w in widget.findChildren(QLabel)]
                    + [w.text() for w in widget.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Normal])


def test_a_lead_adds_a_reviewer_sets_the_codebook_rule_and_opens_consensus(qtbot: Any, published: str) -> None:
    from app.ui.app_state import ProjectSession
    from app.ui.team_dialog import TeamDialog

    session = ProjectSession(open_project(published))
    try:
        dialog = TeamDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        _done(qtbot, dialog.job)
        assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Ana", "Ben", "Cleo",
                                                                                            "Dan"]
        from tests.ui.test_accessibility import unnamed

        assert unnamed(dialog) == []  # (the accessibility walk has no server: the team dialog is checked here)
        assert dialog.adding.isEnabled() and dialog.codebook.isEnabled() and dialog.consensus.isEnabled()
        # two different passwords: refused here, nothing sent
        dialog.name.setText("Eve Laine")
        dialog.password.setText(EVE_PASSWORD)
        dialog.again.setText(EVE_PASSWORD + "!")
        assert dialog.add_reviewer() is None and "differ" in dialog.message.text()
        dialog.again.setText(EVE_PASSWORD)
        _done(qtbot, dialog.add_reviewer())
        assert "Added Eve Laine (login eve_laine)" in dialog.message.text()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 5, timeout=20_000)
        row = [dialog.table.item(4, c).text() for c in range(4)]
        assert row == ["Eve Laine", "eve_laine", "Reviewer", "Yes"]
        assert dialog.password.text() == "" and dialog.again.text() == ""
        dialog.grab().save("/tmp/team-dialog.png")
        assert EVE_PASSWORD not in _texts(dialog)
        # the login works with that password, and the server holds only its SCRAM verifier
        host = published.split("@", 1)[1]
        with psycopg.connect(f"postgresql://eve_laine:{EVE_PASSWORD.replace(' ', '%20')}@{host}") as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == "eve_laine"
        with psycopg.connect(published) as conn:
            stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'eve_laine'").fetchone()[0]
        assert stored.startswith("SCRAM-SHA-256$") and EVE_PASSWORD not in stored
        # who changes the codebook: leads only
        dialog.codebook.setCurrentIndex(1)
        _done(qtbot, dialog.set_codebook_rule(True))
        assert team.team_state(published).leads_only_codebook
        # open consensus (the confirmation asked first in the window)
        _done(qtbot, dialog.open_consensus_now())
        qtbot.waitUntil(lambda: dialog.state.consensus_open, timeout=20_000)
        assert team.team_state(published).consensus_open and not dialog.consensus.isEnabled()
        # Eve (blind, no lead) sees the list read-only
        eve_url = published.replace(f"lectio_admin:{ADMIN_PASSWORD}@", f"eve_laine:{EVE_PASSWORD}@")
        eve = ProjectSession(open_project(eve_url))
        try:
            hers = TeamDialog(eve)
            qtbot.addWidget(hers)
            _done(qtbot, hers.job)
            assert hers.table.rowCount() == 5, hers.message.text()
            assert "Only a lead changes the team" in hers.phase.text()
            assert not hers.adding.isEnabled() and not hers.codebook.isEnabled() and not hers.consensus.isEnabled()
            # the server refuses what a non-lead asks anyway, in plain words
            _done(qtbot, hers.set_codebook_rule(False))
            assert "only a lead may decide who changes the codebook" in hers.message.text()
            assert EVE_PASSWORD not in hers.message.text()
        finally:
            eve.close()
    finally:
        session.close()


def test_file_sync_brings_a_clones_work_back_and_lists_the_conflict(qtbot: Any, published: str,
                                                                    tmp_path: Path) -> None:
    from app.server.sync import clone
    from app.ui.app_state import ProjectSession
    from app.ui.main_window import MainWindow
    from app.ui.sync_flow import SyncConflictsDialog

    local = tmp_path / "field.lectio"
    clone(published, local)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(open_project(local), remember=False)
    assert window.sync_action.isEnabled() and not window.team_action.isEnabled()
    session: ProjectSession = window.session
    session.set_reviewer(find_reviewer(session.project, "Cleo").id)
    trust = codebook.find_code_by_name(session.project, "Trust")
    session.do(codebook.update_code, trust.id, definition="Relying on staff (Cleo)")
    session.do(codebook.create_code, "Invisibility")
    with open_project(published) as server:
        server.reviewer_id = find_reviewer(server, "Ben").id
        codebook.update_code(server, trust.id, definition="Relying on family (Ben)")
        codebook.create_code(server, "Belonging")
    # the password Open team study… kept in the keyring: File › Sync asks for nothing
    import keyring

    from app.core import credentials
    from app.core.server import split_login
    from app.ui.sync_flow import sync_dialog
    from tests.server.test_team_study_window import MemoryKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        address, login, _ = split_login(session.project.meta("sync.origin"), "")
        credentials.remember_password(address, login, ADMIN_PASSWORD)
        _done(qtbot, sync_dialog(window, session))
    finally:
        keyring.set_keyring(before)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SyncConflictsDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].list.count() == 1
    assert "Relying on staff (Cleo)" in dialogs[0].list.item(0).text()
    dialogs[0].grab().save("/tmp/sync-conflicts.png")
    from tests.ui.test_accessibility import unnamed

    assert unnamed(dialogs[0]) == []
    assert codebook.find_code_by_name(session.project, "Belonging") is not None  # theirs arrived here
    with open_project(published) as server:
        assert codebook.find_code_by_name(server, "Invisibility") is not None  # ours arrived there
        assert codebook.get_code(server, trust.id).definition == "Relying on family (Ben)"  # nothing overwritten
    assert codebook.get_code(session.project, trust.id).definition == "Relying on staff (Cleo)"
    _done(qtbot, dialogs[0].decide("theirs"))
    assert codebook.get_code(session.project, trust.id).definition == "Relying on family (Ben)"
    assert not dialogs[0].isVisible()
    window.close_project()
    # a server study offers File › Team…, not Sync
    window.set_project(open_project(published), remember=False)
    assert window.team_action.isEnabled() and not window.sync_action.isEnabled()
    from app.ui.team_dialog import TeamDialog

    window.team_action.trigger()
    first = window._team_dialog
    _done(qtbot, first.job)
    window.team_action.trigger()  # again: the same dialog, read anew, not a second one
    assert window._team_dialog is first and len(window.findChildren(TeamDialog)) == 1 and first.isVisible()
    _done(qtbot, first.job)
    first.close()
    window.close_project()
