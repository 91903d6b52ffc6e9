"""The consensus report (Word): agreement figures per code, the decision log with rationales, and a
generated methods paragraph to adapt for a paper."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from app.consensus.agreement import AgreementReport, agreement
from app.consensus.common import CancelledFn, ConsensusCancelled, ProgressFn, never_cancelled, no_progress
from app.consensus.decisions import OUTCOME_LABELS, LogEntry, decision_log
from app.consensus.disagreements import list_disagreements
from app.consensus.matching import by_document
from app.core.errors import LectioError

if TYPE_CHECKING:
    from app.core.project import Project


def _num(value: float | None, digits: int = 2) -> str:
    return "undefined" if value is None else f"{value:.{digits}f}"


def _pct(value: float | None) -> str:
    return "undefined" if value is None else f"{100 * value:.1f} %"


def methods_paragraph(project: Project, report: AgreementReport, log: list[LogEntry], total: int,
                      resolved: int) -> str:
    """A plain paragraph describing who coded what, how well they agreed and how disagreements were settled."""
    from app.consensus.common import load_units

    a, b = report.reviewers
    units = load_units(project, [a.id, b.id])
    docs_a, docs_b = set(by_document(units[a.id])), set(by_document(units[b.id]))
    double = len(docs_a & docs_b)
    people = project.reviewers(include_consensus=False)
    blind = project.meta("copy_blind") == "1" or project.meta("merged_blind") == "1"
    kappas = [f.kappa for f in report.codes.values() if f.kappa is not None]
    words = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}
    text = (
        f"{words.get(len(people), str(len(people)))} reviewers took part; {a.name} and {b.name} each divided "
        f"the texts into meaning units "
        f"and coded them{' independently, each in a blind copy of the project' if blind else ' independently'}. "
        f"{double} of {report.documents} documents were coded by both ({report.units[0]} and "
        f"{report.units[1]} meaning units). Agreement was computed at the character level for each of the "
        f"{len(report.codes)} codes (a character counts as coded with a code when a meaning unit carrying the "
        f"code covers it): pooled over all codes, percent agreement was {_pct(report.pooled.agreement)}, "
        f"Cohen's kappa {_num(report.pooled.kappa)} and Krippendorff's alpha (nominal) "
        f"{_num(report.pooled.alpha)}"
    )
    if kappas:
        text += f"; per-code kappa ranged from {min(kappas):.2f} to {max(kappas):.2f}"
    u = report.unit_level
    text += (
        f". Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {u.threshold:g}): "
        f"{u.matched} units were matched, {u.only_a} were made only by {a.name} and {u.only_b} only by "
        f"{b.name}; on matched units, kappa for the codes was {_num(u.codes.kappa)}. "
    )
    settled = [e for e in log if e.outcome != "agreed"]
    if total or settled:
        counts = Counter(e.outcome for e in settled)
        how = ", ".join(f"{OUTCOME_LABELS[o].lower()} {n}" for o, n in counts.most_common())
        text += (f"The {total} disagreements were discussed in consensus sessions and {resolved} were settled "
                 f"({how or 'none yet'}); each decision was recorded with its rationale, who decided and when, "
                 f"and the agreed units form the consensus layer used in the analysis.")
        if resolved < total:
            text += f" {total - resolved} remain open at the time of this report."
    else:
        text += "No disagreements have been settled yet."
    return text


def export_consensus_report(project: Project, out_path: Path | str, progress: ProgressFn = no_progress,
                            cancelled: CancelledFn = never_cancelled, *, reviewer_a: str | None = None,
                            reviewer_b: str | None = None, threshold: float = 0.5) -> Path:
    """Write the report to ``out_path`` (.docx) and return the path. Raises ConsensusCancelled when
    ``cancelled()`` says so (no file is left behind), InvalidOperation with fewer than two reviewers."""
    from docx import Document as WordDocument

    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise LectioError(f"{out_path}: the folder {out_path.parent} does not exist")
    if out_path.suffix.lower() != ".docx":
        raise LectioError(f"{out_path}: the consensus report is a Word file; name it .docx")
    progress(0.0, "Computing agreement")
    report = agreement(project, reviewer_a, reviewer_b, threshold=threshold)
    if cancelled():
        raise ConsensusCancelled()
    progress(0.5, "Reading decisions")
    log = decision_log(project)
    items = list_disagreements(project, reviewer_a, reviewer_b, threshold=threshold)
    a, b = report.reviewers
    doc = WordDocument()
    doc.add_heading(f"Consensus report — {project.title}", level=0)
    doc.add_paragraph(f"Reviewers compared: {a.name} and {b.name}. {items.progress_text()}.")

    doc.add_heading("Methods (draft to adapt)", level=1)
    doc.add_paragraph(methods_paragraph(project, report, log, items.total, items.resolved))

    doc.add_heading("Agreement per code (character level)", level=1)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, ("Code", "Percent agreement", "Cohen's kappa",
                                                 "Krippendorff's alpha"), strict=True):
        cell.text = title
    for name, f in [*report.codes.items(), ("Pooled (all codes)", report.pooled)]:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text, cells[2].text, cells[3].text = _pct(f.agreement), _num(f.kappa), _num(f.alpha)
    doc.add_paragraph("Undefined: the code was used by neither reviewer (or by both everywhere), so there is no "
                      "variation to agree on. Pooled: all codes' character vectors taken together.")
    u = report.unit_level
    doc.add_heading("Agreement on meaning units", level=1)
    doc.add_paragraph(f"Matched at Jaccard ≥ {u.threshold:g}: {u.matched}; only {a.name}: {u.only_a}; only "
                      f"{b.name}: {u.only_b}; identical codes on {u.identical_codes} of {u.matched} matched "
                      f"units; kappa for codes on matched units {_num(u.codes.kappa)}.")
    if cancelled():
        raise ConsensusCancelled()
    progress(0.8, "Writing the decision log")
    doc.add_heading("Decision log", level=1)
    if not log:
        doc.add_paragraph("No decisions yet.")
    else:
        table = doc.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, ("Document", "Outcome", "Rationale", "Decided by", "When"),
                               strict=True):
            cell.text = title
        for e in log:
            cells = table.add_row().cells
            cells[0].text = e.document
            cells[1].text = OUTCOME_LABELS.get(e.outcome, e.outcome) + (f": {', '.join(e.codes)}" if e.codes else "")
            cells[2].text = e.note or "—"
            cells[3].text = e.decided_by or "—"
            cells[4].text = e.decided_at.replace("T", " ").replace("+00:00", " UTC")
    tmp = out_path.with_name(out_path.name + ".part")
    try:
        doc.save(str(tmp))
        tmp.replace(out_path)
    finally:
        tmp.unlink(missing_ok=True)
    progress(1.0, "Done")
    return out_path
