"""The trustworthiness dossier (Word): COREQ and SRQR filled from the study, the audit trail, the codebook's
versions with reasons, the intercoder-reliability plan and results, the consensus summary, and a methods
paragraph citing all of it. Styled like the codebook (``DocxWriter``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LectioError
from app.core.progress import Cancelled
from app.exporters.checklists import COREQ, COREQ_CITATION, SRQR, SRQR_CITATION, ChecklistItem
from app.exporters.docx_style import DocxWriter
from app.exporters.dossier_facts import StudyFacts, coreq_answers, gather_facts, srqr_answers
from app.exporters.output import atomic_target

if TYPE_CHECKING:
    from app.core.project import Project
    from app.importers.base import CancelledFn, ProgressFn

TO_COMPLETE = "To complete"
_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight"}
_OUTCOMES = {"accept_a": "first reviewer's version kept", "accept_b": "second reviewer's version kept",
             "merge": "versions merged", "reject": "unit rejected", "edit": "unit edited together",
             "agreed": "identical units adopted"}


def _num(value: float | None) -> str:
    if value is None:
        return "undefined"
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text


def _ci(ci: tuple[float, float] | None) -> str:
    return "–" if ci is None else f"{_num(ci[0])} to {_num(ci[1])}"


def methods_paragraph(f: StudyFacts) -> str:
    """A methods paragraph citing what the dossier documents; every number comes from the study."""
    parts = [
        f"The data ({f.documents} documents"
        + (f" from {len(f.participants)} participants" if f.participants else "")
        + ") were analysed by conventional content analysis in "
        + f"{f.software}: meaning units were identified and condensed, coded, and the codes clustered into "
        + f"{f.categories} categories and abstracted into {f.themes} themes."
    ]
    if f.coders:
        count = _WORDS.get(len(f.coders), str(len(f.coders)))
        parts.append(f"{count} researcher{'s' * (len(f.coders) != 1)} coded the data ({', '.join(f.coders)}).")
    if f.versions:
        parts.append(f"The codebook was kept in {len(f.versions)} recorded versions, and each change between them "
                     "is listed with its reason (Appendix: codebook versions).")
    if f.plan:
        how = f", stratified by {f.plan.by}" if f.plan.by else ""
        parts.append(f"For intercoder reliability, {len(f.plan.documents)} of {f.plan.population} documents "
                     f"({f.plan.share:.0%}) were drawn at random (seed {f.plan.seed}{how}) for double coding.")
    r = f.reliability
    if r:
        pooled = r.rows[-1]
        parts.append(
            f"{r.reviewers[0]} and {r.reviewers[1]} coded independently; {r.double_coded} of {r.documents} documents "
            f"were coded by both. Agreement before consensus, at the character level and pooled over all codes, was "
            f"Krippendorff's alpha {_num(pooled.alpha)} (95 % bootstrap CI {_ci(pooled.ci)}, {r.resamples} "
            f"resamples; Hayes & Krippendorff 2007) and Cohen's kappa {_num(pooled.kappa)}.")
    if f.disagreements is not None:
        resolved, total = f.disagreements
        if total == 0:
            parts.append("The reviewers' units showed no disagreements to settle.")
        elif resolved == 0:
            parts.append(f"The consensus session on the {total} disagreements has not started yet.")
        else:
            parts.append(f"{resolved} of {total} disagreements were settled in consensus, each decision recorded "
                         "with its rationale" + (f"; {total - resolved} remain open." if resolved < total else "."))
    if f.saturation:
        parts.append(f.saturation if f.saturation.endswith(".") else f.saturation + ".")
    parts.append("Every analytic step is recorded in the study's audit trail (Appendix: audit trail).")
    return " ".join(parts)


class DossierWriter:
    def __init__(self, facts: StudyFacts) -> None:
        self.f = facts
        self.out = DocxWriter(footer=f"{facts.title} — Trustworthiness dossier")

    def write(self, progress: ProgressFn, cancelled: CancelledFn) -> None:
        steps = (self.front, self.checklists, self.codebook_versions, self.reliability, self.consensus,
                 self.reflexivity, self.audit_trail)
        for i, step in enumerate(steps):
            if cancelled():
                raise Cancelled()
            progress(0.1 + 0.8 * i / len(steps), "Writing the dossier…")
            step()

    def front(self) -> None:
        w, f = self.out, self.f
        w.heading(f.title, 0)
        w.paragraph("Trustworthiness dossier", "Subtitle")
        if f.research_question:
            w.labelled("Research question:", f.research_question)
        w.labelled("Date:", f.today)
        w.labelled("Software:", f.software)
        w.heading("Methods (draft to adapt)", 1)
        w.paragraph(methods_paragraph(f))

    def _checklist(self, title: str, citation: str, items: list[ChecklistItem], answers: dict[int, str]) -> None:
        w = self.out
        w.heading(title, 1, new_page=True)
        w.paragraph(citation)
        w.paragraph(f"{sum(1 for i in items if i.number in answers)} of {len(items)} items answered from the study; "
                    f"the others are marked “{TO_COMPLETE}”.")
        group = None
        table = None
        for item in items:
            if item.group != group:
                group = item.group
                w.heading(group, 2)
                table = w.table(["No.", "Item", "Guide question", "From the study"], [0.75, 1.6, 3.0, 3.2])
            assert table is not None
            w.row(table, [str(item.number), item.topic, item.question, answers.get(item.number, TO_COMPLETE)])

    def checklists(self) -> None:
        self._checklist("COREQ: 32-item checklist for interviews and focus groups", COREQ_CITATION, COREQ,
                        coreq_answers(self.f))
        self._checklist("SRQR: Standards for Reporting Qualitative Research (21 items)", SRQR_CITATION, SRQR,
                        srqr_answers(self.f))

    def codebook_versions(self) -> None:
        w, f = self.out, self.f
        w.heading("Codebook versions", 1, new_page=True)
        if not f.versions:
            w.paragraph("No codebook versions were recorded (File › Codebook versions…, or lectio "
                        "codebook-snapshot).")
            return
        table = w.table(["Version", "When", "Codes", "Categories", "Themes"], [3, 2, 0.9, 1.3, 1.1],
                        numeric=(2, 3, 4))
        for v in f.versions:
            name = v.name + (" (automatic)" if v.automatic else "")
            w.row(table, [name, v.when.replace("T", " ")[:16], str(v.codes), str(v.categories), str(v.themes)])
        for older, newer, changes in f.version_changes:
            label = "the current codebook" if newer == "current" else f"“{newer}”"
            w.heading(f"From “{older}” to {label}", 2)
            if not changes:
                w.paragraph("No changes.")
                continue
            table = w.table(["Change", "Item", "Before", "After", "Reason"], [1.1, 1.8, 2.0, 2.0, 2.0])
            for c in changes:
                w.row(table, [c.change, f"{c.kind}: {c.name}", c.before, c.after, c.reason or "—"])

    def reliability(self) -> None:
        w, f = self.out, self.f
        w.heading("Intercoder reliability", 1, new_page=True)
        w.heading("Plan", 2)
        if f.plan:
            p = f.plan
            how = f", stratified by the participant attribute “{p.by}”" if p.by else ""
            w.paragraph(f"{len(p.documents)} of {p.population} documents ({p.share:.0%}) drawn at random with seed "
                        f"{p.seed}{how}: {', '.join(p.documents)}.")
        else:
            w.paragraph(f"{TO_COMPLETE}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 --seed N).")
        w.heading("Results", 2)
        r = f.reliability
        if r is None:
            w.paragraph("Fewer than two reviewers have coded the material, so there is no agreement to report.")
            return
        w.paragraph(f"Before consensus: {r.reviewers[0]} and {r.reviewers[1]}, {r.double_coded} of {r.documents} "
                    f"documents coded by both. Character-level agreement per code; 95 % bootstrap confidence "
                    f"intervals for alpha from {r.resamples} resamples (seed {r.seed}; Hayes & Krippendorff 2007).")
        table = w.table(["Code", "Cohen's kappa", "Krippendorff's alpha", "Alpha 95 % CI"], [3.4, 1.3, 1.5, 1.8],
                        numeric=(1, 2, 3))
        for row in r.rows:
            w.row(table, [row.name, _num(row.kappa), _num(row.alpha), _ci(row.ci)])
        if r.after:
            w.paragraph("After consensus, each reviewer compared with the consensus layer (pooled over all codes):")
            table = w.table(["Reviewer", "Cohen's kappa", "Krippendorff's alpha", "Alpha 95 % CI"],
                            [3.4, 1.3, 1.5, 1.8], numeric=(1, 2, 3))
            for name, row in r.after:
                w.row(table, [name, _num(row.kappa), _num(row.alpha), _ci(row.ci)])

    def consensus(self) -> None:
        w, f = self.out, self.f
        w.heading("Consensus decisions", 1)
        if not f.decisions:
            w.paragraph("No consensus decisions were recorded." if f.disagreements is None or f.disagreements[1]
                        else "No consensus decisions were needed.")
            if f.disagreements and f.disagreements[1]:
                w.paragraph(f"The consensus session on the {f.disagreements[1]} disagreements has not started yet.")
            return
        table = w.table(["Outcome", "Decisions"], [4, 1], numeric=(1,))
        for outcome, n in sorted(f.decisions.items(), key=lambda kv: -kv[1]):
            w.row(table, [_OUTCOMES.get(outcome, outcome), str(n)])
        if f.disagreements:
            resolved, total = f.disagreements
            w.paragraph(f"{resolved} of {total} disagreements settled.")

    def reflexivity(self) -> None:
        w, f = self.out, self.f
        w.heading("Reflexivity: the reviewers' memos", 1)
        if not f.memos_by_reviewer:
            w.paragraph(f"{TO_COMPLETE}: no reviewer memos or first impressions were written in the study.")
            return
        for name, texts in f.memos_by_reviewer.items():
            w.heading(name, 2)
            for text in texts:
                w.paragraph(text, "Quote")

    def audit_trail(self) -> None:
        w, f = self.out, self.f
        w.heading("Audit trail", 1, new_page=True)
        w.paragraph(f"{len(f.audit)} recorded steps of the analysis, oldest first (reading time is not listed).")
        table = w.table(["When (UTC)", "Who", "What"], [1.6, 1.6, 5.0])
        for row in f.audit:
            w.row(table, [row.at, row.who, row.what])


def export_dossier(project: Project, out_path: Path | str, progress: ProgressFn | None = None,
                   cancelled: CancelledFn | None = None, *, since: date | None = None, until: date | None = None,
                   resamples: int = 1000, seed: int = 0) -> Path:
    """Write the dossier to ``out_path`` (.docx); ``since``/``until`` limit the audit trail to a date range."""
    progress = progress or (lambda _f, _m: None)
    cancelled = cancelled or (lambda: False)
    target = Path(out_path)
    if target.suffix.lower() != ".docx":
        raise LectioError(f"{target}: the dossier is a Word file; give the name a .docx ending")
    if since and until and since > until:
        raise LectioError(f"{target}: the audit trail's date range starts after it ends ({since} > {until})")
    with atomic_target(target) as tmp:
        progress(0.0, "Reading the study…")
        facts = gather_facts(project, since=since, until=until, resamples=resamples, seed=seed)
        writer = DossierWriter(facts)
        writer.write(progress, cancelled)
        progress(0.95, f"Saving {target.name}…")
        writer.out.save(tmp)
    progress(1.0, f"Wrote {target.name}")
    return target.absolute()
