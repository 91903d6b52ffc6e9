"""Several reviewers at once against one server: processes importing and coding together lose nothing and do
not deadlock; two editing one code: the second is told and nothing is overwritten; each reviewer's undo undoes
only their own operations."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psycopg
import pytest

from app.core import codebook, history
from app.core.project import open_project
from app.core.reviewers import find_reviewer
from tests.team.workers import review

pytestmark = pytest.mark.slow  # a PostgreSQL server and four worker processes

REVIEWERS = ("Ana", "Ben", "Cleo", "Dan")
DOCUMENTS = 4


def _count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_four_reviewers_import_and_code_at_once_and_nothing_is_lost(published: str, tmp_path: Path) -> None:
    with open_project(published) as project:
        trust = codebook.find_code_by_name(project, "Trust")
    assert trust is not None
    context = multiprocessing.get_context("spawn")
    manager = context.Manager()
    barrier = manager.Barrier(len(REVIEWERS))
    with ProcessPoolExecutor(len(REVIEWERS), mp_context=context) as pool:
        jobs = [pool.submit(review, published, name, str(tmp_path), DOCUMENTS, trust.id, trust.version, barrier)
                for name in REVIEWERS]
        results = [job.result(timeout=240) for job in jobs]
    manager.shutdown()
    # nothing lost: every import, unit and coding of every process is there
    assert [r["imported"] for r in results] == [DOCUMENTS] * len(REVIEWERS)
    assert _count(published, "document") == DOCUMENTS * len(REVIEWERS)
    assert _count(published, "meaningunit") == DOCUMENTS * len(REVIEWERS)
    assert _count(published, "coding") == DOCUMENTS * len(REVIEWERS)
    assert _count(published, "search_fts WHERE kind = 'text'") == DOCUMENTS * len(REVIEWERS)
    # the same code edited by all four from the version each was shown: one edit went through, three were
    # told (naming the code, both versions) and overwrote nothing
    winners = [r for r in results if r["edited"]]
    assert len(winners) == 1
    told = [r["conflict"] for r in results if r["conflict"]]
    assert len(told) == len(REVIEWERS) - 1
    winner = winners[0]["reviewer"]
    for message in told:
        assert "'Trust'" in message and f"As {winner} sees it" in message and f"by {winner}" in message
    with open_project(published) as project:
        assert codebook.get_code(project, trust.id).definition == f"As {winner} sees it"
        # each reviewer's undo undoes only their own newest operation, whoever worked after them
        loser = next(r["reviewer"] for r in results if not r["edited"])
        mine = find_reviewer(project, loser).id
        step = history.can_undo(project, mine)
        assert step is not None and step.reviewer_id == mine and step.label == "Assign code"
        project.reviewer_id = mine
        before = {e.id: e.state for e in history.history(project) if e.reviewer_id != mine}
        assert history.history(project)[-1].id in before  # others worked after this reviewer's last step
        history.undo(project, mine)
        after = {e.id: e.state for e in history.history(project)}
        assert all(after[i] == state for i, state in before.items())  # nobody else's step was undone
        assert after[step.id] == "undone"
    assert _count(published, "coding") == DOCUMENTS * len(REVIEWERS) - 1
    with psycopg.connect(published) as conn:
        gone = conn.execute("SELECT count(*) FROM coding c JOIN reviewer r ON r.id = c.reviewer_id "
                            "WHERE r.name = %s", (loser,)).fetchone()[0]
        assert gone == DOCUMENTS - 1
        assert conn.execute("SELECT count(*) FROM meaningunit u LEFT JOIN document d ON d.id = u.document_id "
                            "WHERE d.id IS NULL").fetchone()[0] == 0
