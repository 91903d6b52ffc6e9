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
from app.core.study_language import export_language
from app.exporters.docx_style import TABLE_TEXT, DocxWriter, figure, percent
from app.i18n import translate

if TYPE_CHECKING:
    from app.core.project import Project

R = "consensus.report"  # the translation context of the report's texts


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
    progress(0.0, translate("progress", "Computing agreement"))
    report = agreement(project, reviewer_a, reviewer_b, threshold=threshold, double_coded_only=True)
    if cancelled():
        raise Cancelled()
    progress(0.5, translate("progress", "Reading decisions"))
    log = decision_log(project)
    items = list_disagreements(project, reviewer_a, reviewer_b, threshold=threshold)
    a, b = report.reviewers
    lang = export_language(project)
    title = project.title
    w = DocxWriter(footer=translate(R, "{title} — Consensus report", lang).format(title=title))
    w.heading(translate(R, "Consensus report — {title}", lang).format(title=title), 0)
    w.paragraph(translate(R, "Reviewers compared: {a} and {b}. Disagreements {progress}.", lang).format(
        a=a.name, b=b.name, progress=items.progress_text(lang)), "Subtitle")

    w.heading(translate(R, "Methods (draft to adapt)", lang), 1)
    w.paragraph(methods_paragraph(project, report, log, items.total, items.resolved))

    w.heading(translate(R, "Agreement per code (character level)", lang), 1)
    w.paragraph(translate(R, "Over the {count} document(s) both reviewers coded.", lang).format(
        count=report.documents), keep_with_next=True)
    table = w.table((translate(R, "Code", lang), translate(R, "Percent agreement", lang),
                     translate(R, "Cohen's kappa", lang), translate(R, "Krippendorff's alpha", lang)),
                    (4, 1.3, 1.3, 1.3), numeric=(1, 2, 3))
    for name, f in [*report.codes.items(), (translate(R, "Pooled (all codes)", lang), report.pooled)]:
        w.row(table, (name, _pct(f.agreement), _num(f.kappa), _num(f.alpha)))
    w.paragraph(translate(R, "Undefined: the code was used by neither reviewer (or by both everywhere), so there is "
                             "no variation to agree on. Pooled: all codes' character vectors taken together.", lang),
                TABLE_TEXT)
    u = report.unit_level
    w.heading(translate(R, "Agreement on meaning units", lang), 1)
    w.paragraph(translate(R, "Matched at Jaccard ≥ {threshold:g}: {matched}; only {a}: {only_a}; only {b}: {only_b}; "
                             "identical codes on {identical} of {matched} matched units; kappa for codes on matched "
                             "units {kappa}.", lang).format(
        threshold=u.threshold, matched=u.matched, a=a.name, only_a=u.only_a, b=b.name, only_b=u.only_b,
        identical=u.identical_codes, kappa=_num(u.codes.kappa)))
    if cancelled():
        raise Cancelled()
    progress(0.8, translate("progress", "Writing the decision log"))
    w.heading(translate(R, "Decision log", lang), 1)
    if not log:
        w.paragraph(translate(R, "No decisions yet: the consensus session has not started.", lang))
    else:
        table = w.table((translate(R, "Document", lang), translate(R, "Outcome", lang),
                         translate(R, "Rationale", lang), translate(R, "Decided by", lang),
                         translate(R, "When", lang)), (2.2, 2, 4, 1.6, 1.8))
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
    progress(1.0, translate("progress", "Done"))
    return out_path
