"""Clone a team study, work on both sides, sync: changes made on one side arrive on the other, a code changed on
both sides is listed as a conflict (as merge lists them) and neither side's version is overwritten until the
user decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.core import codebook, history, units
from app.core.documents import list_documents
from app.core.importing import import_files
from app.core.project import open_project
from app.core.reviewers import find_reviewer

pytestmark = pytest.mark.slow  # a PostgreSQL server in another process


def _names(study: str | Path) -> set[str]:
    with open_project(study, read_only=True) as project:
        return {c.name for c in codebook.list_codes(project)}


def test_clone_change_both_sides_sync_and_see_the_conflict(published: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    local = tmp_path / "field.lectio"
    assert main(["clone", published, str(local)]) == 0
    assert "Cloned" in capsys.readouterr().out
    assert _names(local) == {"Trust"}
    # on the train: a new code, a document with a coded unit, and the definition of Trust
    text = tmp_path / "notes.txt"
    text.write_text("Nobody asked me anything, not once, in all those years.")
    with open_project(local) as copy:
        copy.reviewer_id = find_reviewer(copy, "Cleo").id
        trust = codebook.find_code_by_name(copy, "Trust")
        codebook.update_code(copy, trust.id, definition="Relying on staff (Cleo)")
        codebook.create_code(copy, "Invisibility")
        doc = import_files(copy, [text], workers=1)[0].document
        unit = units.create_unit(copy, doc.id, 0, 17).value
        codebook.assign_code(copy, unit.id, trust.id)
    # meanwhile on the server: Trust redefined, another code created
    with open_project(published) as server:
        server.reviewer_id = find_reviewer(server, "Ben").id
        codebook.update_code(server, trust.id, definition="Relying on family (Ben)")
        codebook.create_code(server, "Belonging")
    capsys.readouterr()
    assert main(["sync", str(local), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(c["kind"], c["table"], c["id"]) for c in report["conflicts"]] == [("changed_both", "code", trust.id)]
    described = report["conflicts"][0]["description"]
    assert "Code 'Trust'" in described and "Relying on staff (Cleo)" in described
    assert "Relying on family (Ben)" in described
    # what did not conflict arrived on both sides
    assert _names(published) == _names(local) == {"Trust", "Invisibility", "Belonging"}
    with open_project(published, read_only=True) as server:
        assert [d.name for d in list_documents(server)] == ["notes"]
        assert len(units.list_units(server)) == 1
        assert codebook.get_code(server, trust.id).definition == "Relying on family (Ben)"  # not overwritten
        assert "Sync work from field.lectio" in [e.label for e in history.history(server)]
    with open_project(local, read_only=True) as copy:
        assert codebook.get_code(copy, trust.id).definition == "Relying on staff (Cleo)"  # nor here
    # the conflict stays listed until decided; a second sync sends nothing twice
    assert main(["sync", str(local)]) == 0
    out = capsys.readouterr()
    assert "sent 0 change(s), received 0" in out.out and "Conflict: Code 'Trust'" in out.err
    assert main(["sync", str(local), "--resolve", "theirs"]) == 0
    assert "1 conflict(s) settled" in capsys.readouterr().out
    with open_project(local, read_only=True) as copy:
        assert codebook.get_code(copy, trust.id).definition == "Relying on family (Ben)"
    assert main(["sync", str(local), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["conflicts"] == []


def test_sync_refuses_a_file_that_is_no_clone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.core.project import create_project

    create_project(tmp_path / "plain.lectio").close()
    assert main(["sync", str(tmp_path / "plain.lectio")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("lectio: ") and "plain.lectio" in err and "is not a clone" in err and "\n" not in err


def test_a_blind_reviewers_clone_holds_their_own_work_and_sends_only_what_they_changed(
        published: str, pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.core.documents import add_document
    from app.importers.base import ImportedText

    db = published.rsplit("/", 1)[1]
    secret = tmp_path / "dan.pw"
    secret.write_text("dan-secret-4444\n")
    assert main(["team", "add-reviewer", published, "Dan", "--blind", "--password-file", str(secret),
                 "--login", f"dan_{db}"]) == 0
    with open_project(published) as owner:  # Cleo's unit is Trust's exemplar; Dan may not see it
        text = "Nobody asked me anything, not once, in all those years of caring."
        doc = add_document(owner, ImportedText(text, "txt"), name="Interview", original=text.encode()).value
        owner.reviewer_id = find_reviewer(owner, "Cleo").id
        cleos = units.create_unit(owner, doc.id, 0, 17, condensed="Cleo's reading").value
        trust = codebook.find_code_by_name(owner, "Trust")
        codebook.assign_code(owner, cleos.id, trust.id)
        codebook.update_code(owner, trust.id, exemplar_unit_id=cleos.id)
    local = tmp_path / "dan.lectio"
    assert main(["clone", pg_server.url(db, f"dan_{db}", "dan-secret-4444"), str(local)]) == 0
    with open_project(local) as copy:
        assert units.list_units(copy) == []  # the clone holds only what Dan's login may read
        copy.reviewer_id = find_reviewer(copy, "Dan").id
        codebook.update_code(copy, trust.id, definition="Relying on someone (Dan)")
        mine = units.create_unit(copy, doc.id, 18, 26, condensed="Dan's reading").value
    assert main(["sync", str(local), "--password-file", str(secret)]) == 0
    with open_project(published, read_only=True) as owner:
        code = codebook.get_code(owner, trust.id)
        assert code.definition == "Relying on someone (Dan)"
        assert code.exemplar_unit_id == cleos.id  # only the definition was sent, not the exemplar he cannot see
        assert {u.id for u in units.list_units(owner)} == {cleos.id, mine.id}
