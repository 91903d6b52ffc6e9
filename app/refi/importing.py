"""Import a REFI-QDA project (.qdpx) or codebook (.qdc) into the current project.

Everything is read, checked and planned before the first write; the write is one transaction, so a
refused or failing file leaves the project exactly as it was. The Outcome's undo removes what came in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.ops import Outcome, operation
from app.core.progress import Cancelled
from app.i18n import translate
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress
from app.refi.archive import MAX_RATIO, MAX_TOTAL
from app.refi.errors import RefiError
from app.refi.export import RefiResult
from app.refi.model import RProject
from app.refi.plan import apply_plan
from app.refi.positions import LABELS, READINGS
from app.refi.read_codebook import read_qdc
from app.refi.read_project import read_qdpx
from app.refi.to_project import plan_codebook, plan_project

if TYPE_CHECKING:
    from app.core.project import Project


def import_qdpx(project: Project, path: Path | str, progress: ProgressFn = no_progress,
                cancelled: CancelledFn = never_cancelled, *, max_total: int = MAX_TOTAL,
                max_ratio: float = MAX_RATIO, positions: str | None = None) -> Outcome[RefiResult]:
    """Bring a .qdpx into ``project``. RefiError (one line naming the file) when refused; the result's
    ``warnings`` say what could not be mapped, its ``info`` how positions were read.

    ``positions``: None reads them by the standard unless the file proves otherwise (see app/refi/positions.py);
    "standard" or "utf16" forces that reading."""
    path = Path(path)
    if positions is not None and positions not in READINGS:
        raise RefiError(f"{path.name}: unknown reading of positions {positions!r} (standard or utf16)")
    rp = read_qdpx(path, max_total=max_total, max_ratio=max_ratio, progress=progress, cancelled=cancelled,
                   positions=positions)
    progress(0.65, translate("progress", "Matching codes, documents and reviewers"))
    with operation(project, "import_refi", f"Import {path.name}"):  # matched and written in one transaction
        plan = plan_project(project, rp)
        if cancelled():
            raise Cancelled("import cancelled")
        progress(0.8, translate("progress", "Writing {name} into the project").format(name=path.name))
        outcome = apply_plan(project, plan, f"Import {path.name}")
    progress(1.0, translate("progress", "Imported {name}").format(name=path.name))
    outcome.value = RefiResult(path, plan.counts(), plan.warnings, reading_summary(rp))
    return outcome


def reading_summary(rp: RProject) -> list[str]:
    """How the positions of each source were read, in words: one line when all were read the same way."""
    if not rp.readings:
        return []
    kinds = {(key, why) for _, key, why in rp.readings}
    if len(kinds) == 1:
        key, why = next(iter(kinds))
        reason = "" if why == "the standard" else f" ({why})"
        return [f"positions read as {LABELS[key]}{reason}"]
    return [f"{name}: positions read as {LABELS[key]}" + ("" if why == "the standard" else f" ({why})")
            for name, key, why in rp.readings]


def import_qdc(project: Project, path: Path | str, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> Outcome[RefiResult]:
    """Bring a .qdc codebook's codes, categories and themes into ``project``."""
    path = Path(path)
    progress(0.0, translate("progress", "Reading {name}").format(name=path.name))
    codes, warnings = read_qdc(path)
    with operation(project, "import_refi", f"Import codebook {path.name}"):
        plan = plan_codebook(project, codes, warnings)
        if cancelled():
            raise Cancelled("import cancelled")
        outcome = apply_plan(project, plan, f"Import codebook {path.name}")
    progress(1.0, translate("progress", "Imported {name}").format(name=path.name))
    counts = {k: v for k, v in plan.counts().items() if k in {"themes", "categories", "codes"}}
    outcome.value = RefiResult(path, counts, plan.warnings)
    return outcome
