"""Export a project as a REFI-QDA project (.qdpx) or codebook (.qdc)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.core.progress import Cancelled
from app.i18n import translate
from app.importers.base import CancelledFn, ProgressFn, never_cancelled, no_progress
from app.refi.archive import write_archive, write_bytes_atomic
from app.refi.from_project import read_codebook, read_project
from app.refi.write_codebook import codebook_xml
from app.refi.write_project import project_archive

if TYPE_CHECKING:
    from app.core.project import Project

ORIGIN = f"Lectio {__version__}"


@dataclass
class RefiResult:
    """What an export or import did, for the summary in the window or on stderr."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    info: list[str] = field(default_factory=list)  # e.g. how positions were read

    def line(self) -> str:
        parts = ", ".join(f"{v} {k}" for k, v in self.counts.items() if v)
        return f"{self.path.name}: {parts}" if parts else f"{self.path.name}: nothing new to import"


def export_qdpx(project: Project, out: Path | str, progress: ProgressFn = no_progress,
                cancelled: CancelledFn = never_cancelled) -> RefiResult:
    """Write the whole project as a .qdpx; the file appears only when complete (atomic rename)."""
    out = Path(out)
    progress(0.0, translate("progress", "Reading the project"))
    rp = read_project(project)
    if cancelled():
        raise Cancelled("export cancelled")
    members = project_archive(rp, origin=ORIGIN, progress=progress, cancelled=cancelled)
    if cancelled():
        raise Cancelled("export cancelled")
    progress(0.9, translate("progress", "Writing {name}").format(name=out.name))
    write_archive(out, members)
    progress(1.0, translate("progress", "Wrote {name}").format(name=out.name))
    codes = [c for root in rp.codes for c in root.walk()]
    selections = [s for src in rp.sources for s in src.selections]
    return RefiResult(out, {
        "sources": len(rp.sources), "codes": len(codes), "selections": len(selections),
        "codings": sum(len(s.codings) for s in selections), "notes": len(rp.notes), "users": len(rp.users),
        "cases": len(rp.cases), "variables": len(rp.variables), "turns": sum(len(s.turns) for s in rp.sources),
    }, list(rp.warnings))


def export_qdc(project: Project, out: Path | str, progress: ProgressFn = no_progress,
               cancelled: CancelledFn = never_cancelled) -> RefiResult:
    """Write the codebook (themes › categories › codes) as a .qdc."""
    out = Path(out)
    progress(0.0, translate("progress", "Reading the codebook"))
    codes = read_codebook(project)
    data = codebook_xml(codes, origin=ORIGIN)
    if cancelled():
        raise Cancelled("export cancelled")
    write_bytes_atomic(out, data)
    progress(1.0, translate("progress", "Wrote {name}").format(name=out.name))
    return RefiResult(out, {"codes": sum(len(c.walk()) for c in codes)})
