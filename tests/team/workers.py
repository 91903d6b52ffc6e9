"""What one simulated reviewer does in a process of its own against a team study (the concurrency tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def review(url: str, reviewer: str, folder: str, documents: int, code_id: str, version: int,
           barrier: Any) -> dict[str, Any]:
    """Import ``documents`` texts, mark a unit in each and code it with ``code_id``, then (all together, at the
    barrier) edit that code's definition from the ``version`` everyone was shown."""
    from app.core import codebook, units
    from app.core.concurrency import EditConflict
    from app.core.importing import import_files
    from app.core.project import open_project
    from app.core.reviewers import find_reviewer

    out: dict[str, Any] = {"reviewer": reviewer, "imported": 0, "units": 0, "conflict": "", "edited": False}
    project = open_project(url)
    try:
        project.reviewer_id = find_reviewer(project, reviewer).id
        paths = []
        for i in range(documents):
            path = Path(folder) / f"{reviewer}-{i}.txt"
            path.write_text(f"Interview {i} with {reviewer}. Nobody asked me anything, not once. " * 3)
            paths.append(path)
        results = import_files(project, paths, workers=1)
        out["imported"] = sum(1 for r in results if r.ok)
        for r in results:
            unit = units.create_unit(project, r.document.id, 0, 20).value
            codebook.assign_code(project, unit.id, code_id)
            out["units"] += 1
        barrier.wait(timeout=60)
        try:
            codebook.update_code(project, code_id, expected_version=version, definition=f"As {reviewer} sees it")
            out["edited"] = True
        except EditConflict as exc:
            out["conflict"] = str(exc)
    finally:
        project.close()
    return out
