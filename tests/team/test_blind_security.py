"""Blind coding enforced by the server: a blind reviewer's own login, through psql, reads only their own work
until the lead opens consensus; only leads open it, change documents or (when the study says so) the codebook."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest

from app.cli import main
from tests.team.pg import PgServer

pytestmark = pytest.mark.slow  # a PostgreSQL server and psql in other processes

PASSWORDS = {"anna": "anna-secret-1", "ben": "ben-secret-22", "lena": "lena-secret-333"}


def _psql(server: PgServer, db: str, who: str, query: str) -> str:
    """``query`` through psql as ``who``'s own login (roles are the whole server's: one per study here)."""
    if shutil.which("psql") is None:
        pytest.skip("psql (PostgreSQL's client) is not installed")
    done = subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                           "-p", str(server.port), "-U", f"{who}_{db}", "-d", db, "-c", query],
                          env={"PGPASSWORD": PASSWORDS[who], "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _add(url: str, tmp_path: Path, name: str, *flags: str) -> None:
    secret = tmp_path / f"{name}.pw"
    secret.write_text(PASSWORDS[name.lower()] + "\n")
    login = f"{name.lower()}_{url.rsplit('/', 1)[1]}"
    assert main(["team", "add-reviewer", url, name, *flags, "--password-file", str(secret), "--login", login]) == 0


def _work(conn: psycopg.Connection, reviewer: str, word: str) -> None:
    """One unit with a condensed meaning, a note, a coding and a memo of ``reviewer``, with their records."""
    op = f"op-{word}"
    conn.execute("INSERT INTO meaningunit (id, document_id, reviewer_id, start, \"end\", text, condensed, created_at)"
                 " VALUES (%s, 'doc', %s, 0, 5, %s, %s, 'now')", (f"u-{word}", reviewer, f"{word} text",
                                                                   f"{word} condensed"))
    conn.execute("INSERT INTO annotation (id, unit_id, reviewer_id, text, created_at, updated_at) "
                 "VALUES (%s, %s, %s, %s, 'now', 'now')", (f"a-{word}", f"u-{word}", reviewer, f"{word} note"))
    conn.execute("INSERT INTO coding (id, unit_id, code_id, reviewer_id, created_at) VALUES (%s, %s, 'code', %s, "
                 "'now')", (f"c-{word}", f"u-{word}", reviewer))
    conn.execute("INSERT INTO memo (id, target_kind, target_id, kind, reviewer_id, text, updated_at, title) "
                 "VALUES (%s, 'code', 'code', 'memo', %s, %s, 'now', '')", (f"m-{word}", reviewer, f"{word} memo"))
    conn.execute("INSERT INTO operationlog (id, seq, label, action, reviewer_id, at, kind, state) "
                 "VALUES (%s, (SELECT coalesce(max(seq), 0) + 1 FROM operationlog), %s, 'create-unit', %s, 'now',"
                 " 'do', 'done')", (op, f"Mark {word}", reviewer))
    conn.execute("INSERT INTO changelog (op_id, tbl, row_key, kind, new) VALUES (%s, 'meaningunit', %s, 'insert', %s)",
                 (op, f"u-{word}", json.dumps({"id": f"u-{word}", "reviewer_id": reviewer, "text": f"{word} text"})))
    conn.execute("INSERT INTO auditevent (id, at, reviewer_id, action, summary, details) "
                 "VALUES (%s, 'now', %s, 'create-unit', %s, '{}')", (f"e-{word}", reviewer, f"Marked {word}"))


WORK_QUERY = ("SELECT string_agg(x, ' ' ORDER BY x) FROM ("
              "SELECT text || '/' || condensed AS x FROM meaningunit UNION ALL SELECT text FROM annotation "
              "UNION ALL SELECT id FROM coding UNION ALL SELECT text FROM memo "
              "UNION ALL SELECT label FROM operationlog "
              "UNION ALL SELECT new FROM changelog UNION ALL SELECT body FROM search_fts "
              "UNION ALL SELECT summary FROM auditevent "
              "WHERE action = 'create-unit') AS t")


@pytest.fixture
def blind_study(team_db: str, pg_server: PgServer, tmp_path: Path) -> tuple[str, str]:
    _add(team_db, tmp_path, "Anna", "--blind")
    _add(team_db, tmp_path, "Ben", "--blind")
    _add(team_db, tmp_path, "Lena", "--lead")
    with psycopg.connect(team_db) as conn:
        ids = dict(conn.execute("SELECT name, id FROM reviewer").fetchall())
        conn.execute("INSERT INTO document (id, name, kind, text, text_sha256, page_starts, metadata_json, "
                     "original_name, sha256, position, imported_at) VALUES ('doc', 'D', 'txt', 'hello world', '', "
                     "'[0]', '{}', '', '', 0, 'now')")
        conn.execute("INSERT INTO code (id, name, definition, inclusion, exclusion, colour, position, x, y, version) "
                     "VALUES ('code', 'Trust', '', '', '', '#888', 0, 0, 0, 0)")
        _work(conn, ids["Anna"], "annas")
        _work(conn, ids["Ben"], "bens")
    return team_db, team_db.rsplit("/", 1)[1]


def test_a_blind_reviewer_in_psql_sees_only_their_own_work_until_consensus_opens(
        blind_study: tuple[str, str], pg_server: PgServer, capsys: pytest.CaptureFixture[str]) -> None:
    url, db = blind_study
    seen = _psql(pg_server, db, "anna", WORK_QUERY)
    assert "annas text/annas condensed" in seen and "annas note" in seen and "c-annas" in seen
    assert "annas memo" in seen and "Mark annas" in seen and "Marked annas" in seen
    assert "bens" not in seen  # neither Ben's units, condensed meanings, notes, codings, memos nor records
    assert _psql(pg_server, db, "anna", "SELECT count(*) FROM consensusdecision").strip() == "0"
    # the lead sees everyone's work all along
    assert "bens condensed" in _psql(pg_server, db, "lena", WORK_QUERY)

    # a blind reviewer can neither open consensus (the CLI refuses; psql's write is filtered) nor write
    # another's work
    assert main(["team", "open-consensus", pg_server.url(db, f"anna_{db}", PASSWORDS["anna"])]) == 1
    assert "only a lead may open consensus" in capsys.readouterr().err
    _psql(pg_server, db, "anna", "UPDATE meta SET value = '1' WHERE key = 'team.consensus_open'")
    assert "bens" not in _psql(pg_server, db, "anna", WORK_QUERY)
    assert main(["team", "open-consensus", pg_server.url(db, f"lena_{db}", PASSWORDS["lena"])]) == 0

    seen = _psql(pg_server, db, "anna", WORK_QUERY)
    assert "bens text/bens condensed" in seen and "bens note" in seen and "c-bens" in seen
    assert "bens memo" in seen and "Mark bens" in seen and "Marked bens" in seen


def test_only_leads_change_documents_and_the_codebook_when_the_study_says_so(
        blind_study: tuple[str, str], pg_server: PgServer) -> None:
    url, db = blind_study
    # a blind reviewer deleting the document would take everyone's units with it: refused by the server
    _psql(pg_server, db, "anna", "DELETE FROM document")
    _psql(pg_server, db, "anna", "DELETE FROM reviewer")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM document").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM meaningunit").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM reviewer").fetchone()[0] == 3
    _psql(pg_server, db, "anna", "UPDATE code SET name = 'Trust (Anna)'")
    assert main(["team", "codebook", pg_server.url(db, f"lena_{db}", PASSWORDS["lena"]), "leads"]) == 0
    _psql(pg_server, db, "anna", "UPDATE code SET name = 'Mistrust'")
    _psql(pg_server, db, "anna", "DELETE FROM code")
    assert _psql(pg_server, db, "anna", "SELECT name FROM code").strip() == "Trust (Anna)"
    _psql(pg_server, db, "lena", "UPDATE code SET name = 'Trust'")
    assert _psql(pg_server, db, "anna", "SELECT name FROM code").strip() == "Trust"


def test_team_list_and_errors_never_show_a_password(
        blind_study: tuple[str, str], pg_server: PgServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url, db = blind_study
    capsys.readouterr()
    assert main(["team", "list", url, "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["consensus_open"] is False
    by_name = {r["name"]: r for r in state["reviewers"]}
    assert by_name["Anna"]["blind"] and not by_name["Anna"]["lead"] and by_name["Anna"]["login"] == f"anna_{db}"
    assert by_name["Lena"]["lead"]
    assert main(["team", "list", url]) == 0
    text = capsys.readouterr().out
    assert "blind phase" in text and f"Anna (login anna_{db}; blind)" in text
    # the same login twice; a blind reviewer managing the team; a wrong password; a missing password file
    _add_again = tmp_path / "again.pw"
    _add_again.write_text("another-secret\n")
    assert main(["team", "add-reviewer", url, "Anna", "--password-file", str(_add_again), "--login", f"anna_{db}"]) == 1
    assert main(["team", "add-reviewer", pg_server.url(db, f"anna_{db}", PASSWORDS["anna"]), "Eve",
                 "--password-file", str(_add_again)]) == 1
    assert main(["team", "list", pg_server.url(db, f"anna_{db}", "wrong-password-123")]) == 1
    assert main(["team", "add-reviewer", url, "Eve", "--password-file", str(tmp_path / "missing.pw")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4, err
    assert "exists already" in err[0] and "only the study's owner" in err[1]
    assert "refused the login" in err[2] and "missing.pw" in err[3]
    for line in err:
        assert line.startswith("lectio: ")
        for secret in (*PASSWORDS.values(), "another-secret", "wrong-password-123", "admin-secret"):
            assert secret not in line
        assert "Traceback" not in line and "psycopg" not in line and "SELECT" not in line


def test_a_blind_reviewer_works_through_lectio_itself_as_their_own_login(
        published: str, pg_server: PgServer, tmp_path: Path) -> None:
    """The core's operations under row security: Dan's login marks, codes and undoes as Dan, and Lectio shows
    him only his own units until consensus opens."""
    from app.core import codebook, history, units
    from app.core.documents import list_documents
    from app.core.project import open_project
    from app.importers.base import ImportedText

    db = published.rsplit("/", 1)[1]
    PASSWORDS.setdefault("dan", "dan-secret-4444")
    PASSWORDS.setdefault("cleo", "cleo-secret-55555")
    _add(published, tmp_path, "Dan", "--blind")
    _add(published, tmp_path, "Cleo", "--blind")
    with open_project(published) as owner:  # the owner imports a document; Cleo's unit is there already
        from app.core.documents import add_document

        text = "Nobody asked me anything, not once, in all those years of caring."
        doc = add_document(owner, ImportedText(text, "txt"), name="Interview", original=text.encode()).value
        owner.reviewer_id = next(r.id for r in owner.reviewers() if r.name == "Cleo")
        units.create_unit(owner, doc.id, 0, 17, condensed="Cleo's reading")
    dan_url = pg_server.url(db, f"dan_{db}", PASSWORDS["dan"])
    with open_project(dan_url) as dan:
        assert next(r.name for r in dan.reviewers() if r.id == dan.reviewer_id) == "Dan"
        assert [d.name for d in list_documents(dan)] == ["Interview"]
        assert units.list_units(dan) == []  # Cleo's unit is not his to see
        trust = codebook.find_code_by_name(dan, "Trust")
        unit = units.create_unit(dan, doc.id, 18, 26, condensed="Dan's reading").value
        codebook.assign_code(dan, unit.id, trust.id)
        assert [u.condensed for u in units.list_units(dan)] == ["Dan's reading"]
        assert [e.label for e in history.history(dan)][-2:] == ["Create meaning unit", "Assign code"]
        history.undo(dan)
        assert not units.codes_of_units(dan, [unit.id]).get(unit.id)  # his undo took his own last step
    with open_project(published, read_only=True) as owner:
        assert sorted(u.condensed for u in units.list_units(owner)) == ["Cleo's reading", "Dan's reading"]


def test_team_commands_on_a_database_without_a_study_say_so(pg_server: PgServer,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.create_db("nostudy")
    assert main(["team", "list", url]) == 1
    assert main(["team", "open-consensus", url]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    for line in err:
        assert line.startswith("lectio: postgresql://lectio_admin@") and "nostudy: holds no Lectio study" in line
