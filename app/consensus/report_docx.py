"""The consensus report (Word): agreement figures per code, the decision log with rationales, and a
generated methods paragraph to adapt for a paper."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.consensus.agreement import agreement
from app.consensus.common import Cancelled, CancelledFn, ProgressFn, never_cancelled, no_progress
from app.consensus.decisions import OUTCOME_LABELS, decision_log
from app.consensus.disagreements import list_disagreements
from app.consensus.methods import methods_paragraph
from app.core.errors import LectioError
from app.exporters.docx_style import TABLE_TEXT, DocxWriter, figure, percent

if TYPE_CHECKING:
    from app.core.project import Project


def _num(value: float | None, digits: int = 2) -> str:
    return figure(value, digits)


def _pct(value: float | None) -> str:
    return percent(value)


def export_consensus_report(project: Project, out_path: Path | str, progress: ProgressFn = no_progress,
                            cancelled: CancelledFn = never_cancelled, *, reviewer_a: str | None = None,
                            reviewer_b: str | None = None, threshold: float = 0.5) -> Path:
    """Write the report to ``out_path`` (.docx) and return the path. Raises Cancelled when
    ``cancelled()`` says so (no file is left behind), InvalidOperation with fewer than two reviewers."""
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise LectioError(f"{out_path}: the folder {out_path.parent} does not exist")
    if out_path.suffix.lower() != ".docx":
        raise LectioError(f"{out_path}: the consensus report is a Word file; name it .docx")
    progress(0.0, "Computing agreement")
    report = agreement(project, reviewer_a, reviewer_b, threshold=threshold, double_coded_only=True)
    if cancelled():
        raise Cancelled()
    progress(0.5, "Reading decisions")
    log = decision_log(project)
    items = list_disagreements(project, reviewer_a, reviewer_b, threshold=threshold)
    a, b = report.reviewers
    w = DocxWriter(footer=f"{project.title} — Consensus report")  # the codebook's page, styles and tables
    w.heading(f"Consensus report — {project.title}", 0)
    w.paragraph(f"Reviewers compared: {a.name} and {b.name}. Disagreements {items.progress_text()}.", "Subtitle")

    w.heading("Methods (draft to adapt)", 1)
    w.paragraph(methods_paragraph(project, report, log, items.total, items.resolved))

    w.heading("Agreement per code (character level)", 1)
    w.paragraph(f"Over the {report.documents} document(s) both reviewers coded.", keep_with_next=True)
    table = w.table(("Code", "Percent agreement", "Cohen's kappa", "Krippendorff's alpha"), (4, 1.3, 1.3, 1.3),
                    numeric=(1, 2, 3))
    for name, f in [*report.codes.items(), ("Pooled (all codes)", report.pooled)]:
        w.row(table, (name, _pct(f.agreement), _num(f.kappa), _num(f.alpha)))
    w.paragraph("Undefined: the code was used by neither reviewer (or by both everywhere), so there is no "
                "variation to agree on. Pooled: all codes' character vectors taken together.", TABLE_TEXT)
    u = report.unit_level
    w.heading("Agreement on meaning units", 1)
    w.paragraph(f"Matched at Jaccard ≥ {u.threshold:g}: {u.matched}; only {a.name}: {u.only_a}; only "
                f"{b.name}: {u.only_b}; identical codes on {u.identical_codes} of {u.matched} matched "
                f"units; kappa for codes on matched units {_num(u.codes.kappa)}.")
    if cancelled():
        raise Cancelled()
    progress(0.8, "Writing the decision log")
    w.heading("Decision log", 1)
    if not log:
        w.paragraph("No decisions yet: the consensus session has not started.")
    else:
        table = w.table(("Document", "Outcome", "Rationale", "Decided by", "When"), (2.2, 2, 4, 1.6, 1.8))
        for e in log:
            w.row(table, (e.document, OUTCOME_LABELS.get(e.outcome, e.outcome)
                          + (f": {', '.join(e.codes)}" if e.codes else ""), e.note or "—", e.decided_by or "—",
                          e.decided_at.replace("T", " ").replace("+00:00", " UTC")))
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        w.save(tmp)
        tmp.replace(out_path)
    finally:
        tmp.unlink(missing_ok=True)
    progress(1.0, "Done")
    return out_path
