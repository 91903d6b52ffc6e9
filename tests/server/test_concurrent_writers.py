"""Several processes writing one server study at once: nothing lost, the history whole and in one order."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real processes against a real PostgreSQL

WORKERS, CODES_EACH = 4, 15


def _code_worker(url: str, worker: int) -> None:
    from app.core import codebook
    from app.core.project import open_project

    with open_project(url) as project:
        for i in range(CODES_EACH):
            codebook.create_code(project, f"Worker {worker} code {i}")


def _import_worker(url: str, files: list[str]) -> None:
    from app.core.importing import import_files
    from app.core.project import open_project

    with open_project(url) as project:
        results = import_files(project, [Path(f) for f in files])
        assert all(r.ok for r in results)


def _run(target, jobs: list[tuple]) -> None:  # type: ignore[no-untyped-def]
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=target, args=job) for job in jobs]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * len(procs)


@pytest.fixture
def server_study(pg_url) -> str:
    from app.core.server import create_server_project

    create_server_project(pg_url, title="Busy", reviewer="Ana Ruiz").close()
    return pg_url


def test_concurrent_operations_all_arrive_and_the_history_has_one_order(server_study) -> None:
    from sqlalchemy import text

    from app.core import codebook, history
    from app.core.project import open_project

    _run(_code_worker, [(server_study, w) for w in range(WORKERS)])
    with open_project(server_study) as project:
        assert len(codebook.list_codes(project)) == WORKERS * CODES_EACH
        with project.engine.connect() as conn:
            seqs = list(conn.execute(text("SELECT seq FROM operationlog ORDER BY seq")).scalars())
            logged = conn.execute(text(
                "SELECT count(*) FROM changelog WHERE tbl = 'code' AND kind = 'insert'")).scalar()
        assert seqs == list(range(1, WORKERS * CODES_EACH + 1))
        assert logged == WORKERS * CODES_EACH
        assert history.undo(project).value is not None
        assert len(codebook.list_codes(project)) == WORKERS * CODES_EACH - 1


def test_concurrent_imports_from_several_processes(server_study, tmp_path) -> None:
    from app.core.documents import list_documents
    from app.core.project import open_project
    from app.core.search import search_project

    jobs = []
    for w in range(3):
        files = []
        for i in range(2):
            f = tmp_path / f"interview-{w}-{i}.txt"
            f.write_text(f"Participant {w}.{i}: the night nurse never asked about my breathlessness.\n",
                         encoding="utf-8")
            files.append(str(f))
        jobs.append((server_study, files))
    _run(_import_worker, jobs)
    with open_project(server_study) as project:
        assert len(list_documents(project)) == 6
        assert len([h for h in search_project(project, "breathless") if h.where == "text"]) == 6
