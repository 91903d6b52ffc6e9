"""The one background runner: success, failure in plain words, and Cancel leaving the study and the target
file exactly as they were (an import and an export, cancelled through the window's runner)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import text

from app.core.documents import list_documents
from app.core.progress import Cancelled
from app.core.project import create_project
from app.ui.app_state import ProjectSession
from app.ui.import_flow import import_paths
from app.ui.jobs import run_job


def _rows(project, table: str) -> list:
    with project.engine.connect() as conn:
        return conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()


def test_the_runner_tells_done_failed_and_cancelled_apart(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[object] = []
    job = run_job(parent, "Adding", lambda progress, cancelled: 2 + 2, seen.append, seen.append,
                  on_cancel=lambda: seen.append("cancelled"))
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    assert seen == [4]

    def boom(progress, cancelled):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    job = run_job(parent, "Writing", boom, seen.append, lambda exc: seen.append(type(exc)),
                  on_cancel=lambda: seen.append("cancelled"))
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert seen[-1] is OSError

    def until_cancelled(progress, cancelled):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise Cancelled()

    job = run_job(parent, "Waiting", until_cancelled, seen.append, seen.append,
                  on_cancel=lambda: seen.append("cancelled"))
    job.cancel()
    with qtbot.waitSignal(job.stopped, timeout=10_000):
        pass
    assert seen[-1] == "cancelled"


@pytest.mark.slow  # worker processes start
def test_cancelling_an_import_in_the_window_leaves_the_study_unchanged(qtbot, tmp_path: Path) -> None:
    files = []
    for i in range(24):
        f = tmp_path / f"interview {i:02}.txt"
        f.write_text(f"Interview {i}. " + "I felt listened to, and the nurse came back twice. " * 200,
                     encoding="utf-8")
        files.append(f)
    project = create_project(tmp_path / "study.lectio", reviewer="Ana")
    session = ProjectSession(project)
    parent = QWidget()
    qtbot.addWidget(parent)
    before = {t: _rows(project, t) for t in ("document", "operationlog", "auditevent", "changelog")}
    statuses: list[str] = []
    session.status.connect(statuses.append)
    job = import_paths(parent, session, files)
    imported: list[str] = []

    def on_progress(_fraction: float, message: str) -> None:  # runs in the worker thread, as it reports
        if "imported as" in message:  # that document is stored and committed
            imported.append(message)
            if len(imported) == 2:
                job._worker.cancel_event.set()  # what Cancel sets; the rest of Job.cancel is the dialog's label

    job._worker.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.stopped, timeout=120_000):
        pass
    assert len(imported) == 2  # documents were stored before the cancel, and are gone again
    assert list_documents(project) == []
    assert {t: _rows(project, t) for t in before} == before
    assert statuses[-1] == "Import cancelled; the study is unchanged"
    project.close()


def test_cancelling_an_export_in_the_window_keeps_the_old_file(qtbot, demo_project, tmp_path: Path) -> None:
    from app.exporters import ExportOptions, export_codebook
    from app.ui.export_flow import run_export

    session = ProjectSession(demo_project)
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "codebook.docx"
    out.write_bytes(b"the codebook sent to the supervisor last week")
    statuses: list[str] = []
    session.status.connect(statuses.append)

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10  # the user presses Cancel once the export has started
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return export_codebook(demo_project, out, ExportOptions(), progress, cancelled)

    job = run_export(parent, session, "Export the codebook", out, work)
    job.cancel()
    with qtbot.waitSignal(job.stopped, timeout=20_000):
        pass
    assert out.read_bytes() == b"the codebook sent to the supervisor last week"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("codebook")) == ["codebook.docx"]
    assert statuses[-1] == "Export the codebook cancelled; nothing was written"
