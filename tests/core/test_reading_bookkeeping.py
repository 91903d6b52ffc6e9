"""Reading time is bookkeeping: a flush for a document deleted meanwhile is dropped, never an error."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.core.importing import import_files
from app.core.project import create_project


def _state(project) -> dict[str, list]:
    with project.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
                for t in ("document", "readingprogress", "changelog", "operationlog", "auditevent")}


def test_reading_time_for_a_document_deleted_meanwhile_is_dropped_quietly(tmp_path: Path) -> None:
    """The reader's timer may flush after the document it timed was deleted (a tick under load): no error."""
    from app.core.documents import delete_document
    from app.core.units import set_progress

    f = tmp_path / "interview.txt"
    f.write_text("Anna said the nurse came back.\n", encoding="utf-8")
    project = create_project(tmp_path / "study.lectio", reviewer="Ana")
    try:
        doc = import_files(project, [f], workers=1)[0].document
        delete_document(project, doc.id)
        before = _state(project)
        assert set_progress(project, doc.id, 1, add_seconds=30, position=12).value.seconds_spent == 0
        assert _state(project) == before
    finally:
        project.close()
