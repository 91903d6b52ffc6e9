"""One ``Cancelled``: every long core task raises it, and a cancelled task leaves the study as it was."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.documents import list_documents
from app.core.importing import import_files
from app.core.progress import Cancelled
from app.core.project import create_project

APP = Path(__file__).resolve().parents[2] / "app"


def test_no_other_cancel_exception_exists_in_app() -> None:
    found = []
    for path in APP.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*class \w*Cancel\w*\s*\(", line):
                found.append(f"{path.relative_to(APP)}: {line.strip()}")
    assert found == ["core/progress.py: class Cancelled(Exception):  # noqa: N818 - the one name every layer catches"]


def _state(project) -> dict[str, list]:
    with project.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
                for t in ("document", "documentfile", "changelog", "operationlog", "auditevent")}


def test_an_import_cancelled_after_two_documents_leaves_the_study_as_before(tmp_path: Path) -> None:
    files = []
    for i in range(5):
        f = tmp_path / f"interview {i}.txt"
        f.write_text(f"Interview {i}. I felt listened to, and the nurse came back twice.\n", encoding="utf-8")
        files.append(f)
    project = create_project(tmp_path / "study.lectio", reviewer="Ana")
    try:
        before = _state(project)
        stored = []

        def progress(index: int, fraction: float, message: str) -> None:
            if fraction == 1.0:
                stored.append(index)

        with pytest.raises(Cancelled):
            import_files(project, files, progress=progress, cancelled=lambda: len(stored) >= 2, workers=1)
        assert len(stored) == 2  # two documents were written (and committed) before the cancel
        assert list_documents(project) == []
        assert _state(project) == before
        done = import_files(project, files[:1], workers=1)  # and the study still works
        assert [r.ok for r in done] == [True]
    finally:
        project.close()


def test_a_find_and_replace_cancelled_after_the_first_document_changes_nothing(tmp_path: Path) -> None:
    from app.core.text_correction import find_places, replace_places

    files = []
    for i in range(3):
        f = tmp_path / f"interview {i}.txt"
        f.write_text(f"Anna said the nurse came back ({i}).\n", encoding="utf-8")
        files.append(f)
    project = create_project(tmp_path / "study.lectio", reviewer="Ana")
    try:
        import_files(project, files, workers=1)
        places = find_places(project, "Anna", "P01")
        assert len(places) == 3
        before = _state(project)
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > 1  # the first document is replaced, then the user cancels

        with pytest.raises(Cancelled):
            replace_places(project, places, cancelled=cancelled)
        assert _state(project) == before
    finally:
        project.close()


def test_a_cancelled_pseudonymisation_changes_nothing_and_leaves_no_key(tmp_path: Path) -> None:
    from app.core.pseudonymise import pseudonymise

    f = tmp_path / "interview.txt"
    f.write_text("Anna said the nurse came back.\n", encoding="utf-8")
    project = create_project(tmp_path / "study.lectio", reviewer="Ana")
    try:
        import_files(project, [f], workers=1)
        before = _state(project)
        key = tmp_path / "key.csv"
        with pytest.raises(Cancelled):
            pseudonymise(project, [("Anna", "P01")], key, cancelled=lambda: True)
        assert _state(project) == before and not key.exists()
    finally:
        project.close()
