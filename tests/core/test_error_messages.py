"""Errors name the right thing, in words: no SQL, no exception class, no repr; the study, not the input file,
when the study is locked or full."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from app.cli import main
from app.core.errors import plain_reason, user_message
from app.core.importing import _failure, import_files
from app.core.project import create_project

FORBIDDEN = ("Error", "BEGIN", "IMMEDIATE", "Errno", "SQL", "Forbidden", "XML_PARSE_HUGE", "(name=", "<", "'w:body'")


class EntitiesForbidden(ValueError):  # as defusedxml names it
    def __str__(self) -> str:
        return "EntitiesForbidden(name='lol', system_id=None, public_id=None)"


class XMLSyntaxError(SyntaxError):  # as lxml names it
    pass


def _wrapped(message: str) -> OperationalError:
    """What SQLAlchemy raises: the statement and the driver's error inside."""
    return OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(("exc", "words"), [
    (_wrapped("database is locked"), "open in another Lectio"),
    (_wrapped("database or disk is full"), "the disk is full"),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    (_wrapped("attempt to write a readonly database"), "read-only"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (EntitiesForbidden(), "XML entities"),
    (XMLSyntaxError("xmlSAX2Characters: huge text node, line 1 (try XML_PARSE_HUGE)"), "too large"),
    (MemoryError(), "not enough memory"),
    (KeyError("w:body"), "unexpected problem"),
])
def test_every_failure_becomes_a_plain_sentence(exc: BaseException, words: str) -> None:
    reason = plain_reason(exc)
    assert words in reason
    assert not any(f in reason for f in FORBIDDEN), reason


def test_a_locked_or_full_study_is_not_blamed_on_the_input_file(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    result = _failure(Path("small.txt"), _wrapped("database is locked"), study)
    line = result.line()
    assert line.startswith("study.lectio: small.txt was not imported: the study is open in another Lectio")
    assert not any(f in line for f in ("OperationalError", "BEGIN", "could not be read"))
    damaged_input = _failure(Path("bomb.docx"), RecursionError())
    assert damaged_input.line() == "bomb.docx: could not be read (the document is nested too deeply to be read)"


def test_an_oserror_names_its_own_file_else_the_one_being_worked_on() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/out.docx")
    assert user_message(full, "study.lectio") == "/media/usb/out.docx: the disk is full"
    assert user_message(OSError(errno.ENOSPC, "No space left"), "out.docx") == "out.docx: the disk is full"


def test_a_study_locked_by_another_writer_fails_the_import_in_words(tmp_path: Path) -> None:
    study = tmp_path / "study.lectio"
    note = tmp_path / "small.txt"
    note.write_text("A short note.", encoding="utf-8")
    with create_project(study) as project:
        event.listen(project.engine, "connect", lambda conn, _r: conn.execute("PRAGMA busy_timeout = 50"))
        project.engine.dispose()  # new connections, which give up after 50 ms instead of 10 s
        blocker = sqlite3.connect(study, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            [result] = import_files(project, [note])
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
    assert not result.ok
    assert result.line() == ("study.lectio: small.txt was not imported: the study is open in another Lectio "
                             "(or another program is writing to it); close it there and try again")


def test_the_command_line_says_unexpected_errors_in_words_and_logs_the_details(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LECTIO_LOG_DIR", str(tmp_path / "logs"))
    study = tmp_path / "study.lectio"
    create_project(study).close()
    import app.cli as cli

    def explode(args):  # a failure deep inside a command: the disk filled while writing the study
        raise _wrapped("database or disk is full")

    monkeypatch.setitem(cli.COMMANDS, "info", (cli.COMMANDS["info"][0], cli.COMMANDS["info"][1], explode))
    assert main(["info", str(study)]) == 1
    err = capsys.readouterr().err
    assert err == f"lectio: {study}: the disk is full\n"
    assert "OperationalError" in (tmp_path / "logs" / "lectio.log").read_text()
