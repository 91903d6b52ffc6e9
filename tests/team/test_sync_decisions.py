"""Sync conflicts decided one by one: three codes changed both in a clone and on the server; one is settled with
this copy's version, one with the server's, the third stays listed with each side keeping its own. The keys a
listing sync gives are the ones the deciding sync takes; a key that names no conflict any more changes nothing.
Core (``sync(..., decisions=)``), CLI (``--keep-ours`` / ``--take-theirs``) and the window's sync conflicts
dialog (*Keep mine* / *Take the server's* per item); real PostgreSQL, real widgets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.cli import main
from app.core import codebook, history
from app.core.errors import ProjectError
from app.core.project import open_project
from app.core.reviewers import find_reviewer
from app.server.sync import SyncResult, clone
from app.server.sync import sync as _sync
from tests.team.pg import ADMIN_PASSWORD

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process


def sync(local: Path, **kwargs: object) -> SyncResult:
    return _sync(local, password=ADMIN_PASSWORD, **kwargs)  # type: ignore[arg-type]


def _definitions(study: str | Path) -> dict[str, str]:
    with open_project(study, read_only=True) as project:
        return {c.name: c.definition for c in codebook.list_codes(project)}


def _three_conflicts(published: str, local: Path, *, delete_fear_here: bool = False) -> None:
    """Hope and Fear join Trust on the server; a clone is taken; each of the three is then redefined on both
    sides (Cleo in the copy, Ben on the server) — or, with ``delete_fear_here``, Fear is deleted in the copy."""
    with open_project(published) as server:
        codebook.create_code(server, "Hope")
        codebook.create_code(server, "Fear")
    clone(published, local)
    with open_project(local) as copy:
        copy.reviewer_id = find_reviewer(copy, "Cleo").id
        for name in ("Trust", "Hope", "Fear"):
            code = codebook.find_code_by_name(copy, name)
            if name == "Fear" and delete_fear_here:
                codebook.delete_code(copy, code.id)
            else:
                codebook.update_code(copy, code.id, definition=f"{name} (Cleo)")
    with open_project(published) as server:
        server.reviewer_id = find_reviewer(server, "Ben").id
        for name in ("Trust", "Hope", "Fear"):
            codebook.update_code(server, codebook.find_code_by_name(server, name).id, definition=f"{name} (Ben)")


def _keys_by_name(conflicts: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {(c.ours or c.theirs)["name"]: c.key for c in conflicts}


def test_two_conflicts_decided_one_each_way_and_the_third_stays_listed(published: str, tmp_path: Path) -> None:
    local = tmp_path / "field.lectio"
    _three_conflicts(published, local)
    listed = sync(local)
    keys = _keys_by_name(listed.conflicts)
    assert set(keys) == {"Trust", "Hope", "Fear"}
    again = sync(local)  # a second listing sync: the same conflicts, the same keys, the same order
    assert [c.key for c in again.conflicts] == [c.key for c in listed.conflicts]
    result = sync(local, decisions={keys["Trust"]: "ours", keys["Hope"]: "theirs"})
    assert (result.kept, result.taken, result.resolved) == (1, 1, 2)
    assert [c.key for c in result.conflicts] == [keys["Fear"]]  # undecided: still listed, with the same key
    assert _definitions(published) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Ben)"}
    assert _definitions(local) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Cleo)"}
    with open_project(published, read_only=True) as server:
        assert [e.label for e in history.history(server)].count("Sync work from field.lectio") >= 1
    # the next listing sync lists only Fear
    assert [c.key for c in sync(local).conflicts] == [keys["Fear"]]

    # Fear changed on the server again: the key the user saw names no conflict now; nothing changes anywhere
    with open_project(published) as server:
        codebook.update_code(server, codebook.find_code_by_name(server, "Fear").id, definition="Fear (Dan)")
    with open_project(local) as copy:
        codebook.create_code(copy, "Courage")  # would be sent by a sync that went through
    with pytest.raises(ProjectError) as refused:
        sync(local, decisions={keys["Fear"]: "ours"})
    assert "field.lectio" in str(refused.value) and "no conflict" in str(refused.value)
    assert _definitions(published) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Dan)"}
    assert set(_definitions(local)) == {"Trust", "Hope", "Fear", "Courage"}
    assert _definitions(local)["Fear"] == "Fear (Cleo)"
    # listed anew, with the key of the server's new version; kept this time
    fresh = sync(local)
    assert len(fresh.conflicts) == 1 and fresh.conflicts[0].key != keys["Fear"]
    done = sync(local, decisions={fresh.conflicts[0].key: "ours"})
    assert done.conflicts == [] and done.kept == 1
    assert _definitions(published)["Fear"] == _definitions(local)["Fear"] == "Fear (Cleo)"
    assert "Courage" in _definitions(published)


def test_cli_keep_ours_and_take_theirs_by_the_keys_sync_json_lists(published: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    local = tmp_path / "field.lectio"
    (tmp_path / "admin.pw").write_text(ADMIN_PASSWORD + "\n")
    pw = str(tmp_path / "admin.pw")
    _three_conflicts(published, local, delete_fear_here=True)
    capsys.readouterr()
    assert main(["sync", str(local), "--password-file", pw, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    by_name = {c["description"].split("'")[1]: c for c in report["conflicts"]}
    assert set(by_name) == {"Trust", "Hope", "Fear"}
    assert by_name["Fear"]["kind"] == "deleted_here"
    assert all(set(c) == {"kind", "table", "id", "description", "key"} for c in report["conflicts"])
    # a key given both ways, and a key no sync listed: refused in one line, nothing sent
    trust, hope, fear = (by_name[n]["key"] for n in ("Trust", "Hope", "Fear"))
    assert main(["sync", str(local), "--password-file", pw, "--keep-ours", trust, "--take-theirs", trust]) == 1
    err = capsys.readouterr().err.strip()
    assert "field.lectio" in err and "both" in err and "\n" not in err
    assert main(["sync", str(local), "--password-file", pw, "--keep-ours", "changed_both:code:nope:0"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("lectio: ") and "field.lectio" in err and "no conflict changed_both:code:nope:0" in err
    assert "\n" not in err and "Traceback" not in err
    assert _definitions(published)["Trust"] == "Trust (Ben)"
    # Trust: mine; Fear (deleted here, redefined there): the server's, so it comes back here; Hope undecided
    assert main(["sync", str(local), "--password-file", pw, "--keep-ours", trust, "--take-theirs", fear]) == 0
    out = capsys.readouterr()
    assert "2 conflict(s) settled: 1 with this copy's version, 1 with the server's" in out.out
    assert "Conflict: Code 'Hope'" in out.err and f"key {hope}" in out.err and "Trust" not in out.err
    assert _definitions(published) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Ben)"}
    assert _definitions(local) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Cleo)", "Fear": "Fear (Ben)"}
    assert main(["sync", str(local), "--password-file", pw, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [c["key"] for c in report["conflicts"]] == [hope]
    assert (report["resolved"], report["kept"], report["taken"]) == (0, 0, 0)
    # --resolve still settles all the rest at once
    assert main(["sync", str(local), "--password-file", pw, "--resolve", "theirs", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["conflicts"] == [] and (report["resolved"], report["taken"]) == (1, 1)
    assert _definitions(local) == _definitions(published)


def test_the_sync_conflicts_dialog_decides_each_item_in_the_background(qtbot: Any, published: str,
                                                                       tmp_path: Path) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.sync_flow import SyncConflictsDialog, run_sync
    from tests.ui.test_accessibility import unnamed

    local = tmp_path / "field.lectio"
    _three_conflicts(published, local)
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_project(open_project(local), remember=False)
    session = window.session
    _done(qtbot, run_sync(window, session, ADMIN_PASSWORD))
    dialog = window.findChildren(SyncConflictsDialog)[0]
    assert dialog.isVisible() and dialog.list.count() == 3
    assert unnamed(dialog) == []

    def select(name: str) -> None:
        rows = [r for r in range(dialog.list.count()) if f"'{name}'" in dialog.list.item(r).text()]
        dialog.list.setCurrentRow(rows[0])

    select("Trust")
    qtbot.mouseClick(dialog.keep_one, Qt.MouseButton.LeftButton)
    assert not dialog.keep_one.isEnabled() and not dialog.take.isEnabled()  # one sync at a time
    _done(qtbot, dialog.job)
    assert dialog.list.count() == 2 and "'Trust'" not in " ".join(_items(dialog))
    assert dialog.keep_one.isEnabled() and dialog.heading.text().startswith("2 items changed")
    select("Hope")
    qtbot.mouseClick(dialog.take_one, Qt.MouseButton.LeftButton)
    _done(qtbot, dialog.job)
    assert len(_items(dialog)) == 1 and "'Fear'" in _items(dialog)[0]
    dialog.grab().save("/tmp/sync-conflicts-one.png")
    assert _definitions(published) == {"Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Ben)"}
    assert {c.name: c.definition for c in codebook.list_codes(session.project)} == {
        "Trust": "Trust (Cleo)", "Hope": "Hope (Ben)", "Fear": "Fear (Cleo)"}  # the window's study, read anew
    # Fear changes on the server while the dialog shows Ben's version: keeping mine is refused, the list renewed
    with open_project(published) as server:
        codebook.update_code(server, codebook.find_code_by_name(server, "Fear").id, definition="Fear (Dan)")
    dialog.list.setCurrentRow(0)
    first = dialog.decide_one("ours")
    _done(qtbot, first)
    qtbot.waitUntil(lambda: dialog.job is not first and not dialog.job_running, timeout=20_000)
    assert len(_items(dialog)) == 1 and "Fear (Dan)" in _items(dialog)[0] and dialog.keep_one.isEnabled()
    assert _definitions(published)["Fear"] == "Fear (Dan)"
    assert codebook.find_code_by_name(session.project, "Fear").definition == "Fear (Cleo)"
    # the all-at-once buttons are still there: take the server's for what is left; the dialog closes
    _done(qtbot, dialog.decide("theirs"))
    assert not dialog.isVisible()
    assert codebook.find_code_by_name(session.project, "Fear").definition == "Fear (Dan)"
    window.close_project()


def _items(dialog: Any) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


def _done(qtbot: Any, job: Any) -> None:
    qtbot.waitUntil(lambda: job._done, timeout=20_000)
