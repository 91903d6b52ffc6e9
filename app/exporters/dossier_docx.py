"""The trustworthiness dossier (Word): COREQ and SRQR filled from the study, the audit trail, the codebook's
versions with reasons, the intercoder-reliability plan and results, the consensus summary, and a methods
paragraph citing all of it. Styled like the codebook (``DocxWriter``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import LectioError
from app.core.progress import Cancelled
from app.core.study_language import export_language
from app.exporters.checklists import COREQ, COREQ_CITATION, SRQR, SRQR_CITATION, ChecklistItem, translated
from app.exporters.docx_style import DocxWriter
from app.exporters.dossier_facts import StudyFacts, coreq_answers, gather_facts, srqr_answers
from app.exporters.output import atomic_target
from app.i18n import format_number, format_percent, translate, translate_noop

if TYPE_CHECKING:
    from app.core.project import Project
    from app.importers.base import CancelledFn, ProgressFn

D = "exporters.dossier"  # the translation context of the dossier's texts
TO_COMPLETE = "To complete"
# the table headings, for the catalogue (DossierWriter.words translates them where they are written)
HEADINGS = [
    translate_noop(D, "No."),
    translate_noop(D, "Item"),
    translate_noop(D, "Guide question"),
    translate_noop(D, "From the study"),
    translate_noop(D, "Version"),
    translate_noop(D, "When"),
    translate_noop(D, "Codes"),
    translate_noop(D, "Categories"),
    translate_noop(D, "Themes"),
    translate_noop(D, "Change"),
    translate_noop(D, "Before"),
    translate_noop(D, "After"),
    translate_noop(D, "Reason"),
    translate_noop(D, "Code"),
    translate_noop(D, "Cohen's kappa"),
    translate_noop(D, "Krippendorff's alpha"),
    translate_noop(D, "Alpha 95 % CI"),
    translate_noop(D, "Reviewer"),
    translate_noop(D, "Outcome"),
    translate_noop(D, "Decisions"),
    translate_noop(D, "When (UTC)"),
    translate_noop(D, "Who"),
    translate_noop(D, "What"),
    translate_noop(D, "To complete"),
    translate_noop(D, "first reviewer's version kept"),
    translate_noop(D, "second reviewer's version kept"),
    translate_noop(D, "versions merged"),
    translate_noop(D, "unit rejected"),
    translate_noop(D, "unit edited together"),
    translate_noop(D, "identical units adopted"),
]
_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight"}
_OUTCOMES = {"accept_a": "first reviewer's version kept", "accept_b": "second reviewer's version kept",
             "merge": "versions merged", "reject": "unit rejected", "edit": "unit edited together",
             "agreed": "identical units adopted"}


def _num(value: float | None, language: str = "en") -> str:
    if value is None:
        return translate(D, "undefined", language)
    text = format_number(0.0 if f"{value:.2f}" == "-0.00" else value, 2, language, grouping=False)
    return text


def _ci(ci: tuple[float, float] | None, language: str = "en") -> str:
    if ci is None:
        return "–"
    return translate(D, "{low} to {high}", language).format(low=_num(ci[0], language), high=_num(ci[1], language))


def methods_paragraph(f: StudyFacts, language: str = "en") -> str:
    """A methods paragraph citing what the dossier documents, in ``language``; every number comes from the
    study."""
    lang = language

    documents = translate(D, "%n document(s)", lang, n=f.documents)
    if f.participants:
        first = translate(
            D,
            "The data ({documents} from {participants}) were analysed by conventional content analysis in "
            "{software}: meaning units were identified and condensed, coded, and the codes clustered into "
            "{categories} and abstracted into {themes}.",
            lang,
        )
    else:
        first = translate(
            D,
            "The data ({documents}) were analysed by conventional content analysis in {software}: meaning "
            "units were identified and condensed, coded, and the codes clustered into {categories} and "
            "abstracted into {themes}.",
            lang,
        )
    parts = [
        first.format(
            documents=documents,
            participants=translate(D, "%n participant(s)", lang, n=len(f.participants or [])),
            software=f.software,
            categories=translate(D, "%n category(-ies)", lang, n=f.categories),
            themes=translate(D, "%n theme(s)", lang, n=f.themes),
        )
    ]
    if f.coders:
        parts.append(
            translate(D, "%n researcher(s) coded the data ({names}).", lang, n=len(f.coders)).format(
                names=", ".join(f.coders)
            )
        )
    if f.versions:
        parts.append(
            translate(
                D,
                "The codebook was kept in %n recorded version(s), and each change between them is listed "
                "with its reason (Appendix: codebook versions).",
                lang,
                n=len(f.versions),
            )
        )
    if f.plan:
        share = format_percent(f.plan.share, 0, lang)
        if f.plan.by:
            text = translate(
                D,
                "For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random "
                "(seed {seed}, stratified by {by}) for double coding.",
                lang,
            )
        else:
            text = translate(
                D,
                "For intercoder reliability, {drawn} of {population} documents ({share}) were drawn at random "
                "(seed {seed}) for double coding.",
                lang,
            )
        parts.append(text.format(drawn=len(f.plan.documents), population=f.plan.population, share=share,
                                 seed=f.plan.seed, by=f.plan.by))
    r = f.reliability
    if r:
        pooled = r.rows[-1]
        parts.append(translate(D,
            "{first} and {second} coded independently; {both} of {documents} documents were coded by both. "
            "Agreement before consensus, at the character level and pooled over all codes, was Krippendorff's "
            "alpha {alpha} (95 % bootstrap CI {ci}, {resamples} resamples; Hayes & Krippendorff 2007) and Cohen's "
            "kappa {kappa}.", lang).format(
            first=r.reviewers[0], second=r.reviewers[1], both=r.double_coded, documents=r.documents,
            alpha=_num(pooled.alpha, lang), ci=_ci(pooled.ci, lang), resamples=r.resamples,
            kappa=_num(pooled.kappa, lang)))
    if f.disagreements is not None:
        resolved, total = f.disagreements
        if total == 0:
            parts.append(translate(D, "The reviewers' units showed no disagreements to settle.", lang))
        elif resolved == 0:
            parts.append(
                translate(D, "The consensus session on the {count} disagreements has not started yet.", lang).format(
                    count=total
                )
            )
        elif resolved < total:
            parts.append(
                translate(
                    D,
                    "{resolved} of {total} disagreements were settled in consensus, each decision recorded "
                    "with its rationale; {open} remain open.",
                    lang,
                ).format(resolved=resolved, total=total, open=total - resolved)
            )
        else:
            parts.append(
                translate(
                    D,
                    "{resolved} of {total} disagreements were settled in consensus, each decision recorded "
                    "with its rationale.",
                    lang,
                ).format(resolved=resolved, total=total)
            )
    if f.saturation:
        parts.append(f.saturation if f.saturation.endswith(".") else f.saturation + ".")
    parts.append(
        translate(D, "Every analytic step is recorded in the study's audit trail (Appendix: audit trail).", lang)
    )
    return " ".join(parts)


class DossierWriter:
    def __init__(self, facts: StudyFacts, language: str = "en") -> None:
        self.f = facts
        self.lang = language
        self.out = DocxWriter(footer=translate(D, "{title} — Trustworthiness dossier", language).format(
            title=facts.title))

    @property
    def to_complete(self) -> str:
        return translate(D, TO_COMPLETE, self.lang)

    def words(self, *english: str) -> list[str]:
        """Table headings in the study's language (each is also listed in HEADINGS for the catalogue)."""
        return [translate(D, text, self.lang) for text in english]

    def write(self, progress: ProgressFn, cancelled: CancelledFn) -> None:
        steps = (self.front, self.checklists, self.codebook_versions, self.reliability, self.consensus,
                 self.reflexivity, self.audit_trail)
        for i, step in enumerate(steps):
            if cancelled():
                raise Cancelled()
            progress(0.1 + 0.8 * i / len(steps), translate("progress", "Writing the dossier…"))
            step()

    def front(self) -> None:
        w, f = self.out, self.f
        w.heading(f.title, 0)
        w.paragraph(translate(D, "Trustworthiness dossier", self.lang), "Subtitle")
        if f.research_question:
            w.labelled(translate(D, "Research question:", self.lang), f.research_question)
        w.labelled(translate(D, "Date:", self.lang), f.today)
        w.labelled(translate(D, "Software:", self.lang), f.software)
        w.heading(translate(D, "Methods (draft to adapt)", self.lang), 1)
        w.paragraph(methods_paragraph(f, self.lang))

    def _checklist(self, title: str, citation: str, items: list[ChecklistItem], answers: dict[int, str]) -> None:
        w = self.out
        w.heading(title, 1, new_page=True)
        w.paragraph(citation)
        w.paragraph(translate(D, "{answered} of {count} items answered from the study; the others are marked "
                              "“{mark}”.", self.lang).format(answered=sum(1 for i in items if i.number in answers),
                                                       count=len(items), mark=self.to_complete))
        group = None
        table = None
        for item in (translated(i, self.lang) for i in items):
            if item.group != group:
                group = item.group
                w.heading(group, 2)
                table = w.table(self.words("No.", "Item", "Guide question", "From the study"), [0.75, 1.6, 3.0, 3.2])
            assert table is not None
            w.row(table, [str(item.number), item.topic, item.question, answers.get(item.number, self.to_complete)])

    def checklists(self) -> None:
        self._checklist(translate(D, "COREQ: 32-item checklist for interviews and focus groups", self.lang),
                        COREQ_CITATION, COREQ, coreq_answers(self.f, self.lang))
        self._checklist(translate(D, "SRQR: Standards for Reporting Qualitative Research (21 items)", self.lang),
                        SRQR_CITATION, SRQR, srqr_answers(self.f, self.lang))

    def codebook_versions(self) -> None:
        w, f = self.out, self.f
        w.heading(translate(D, "Codebook versions", self.lang), 1, new_page=True)
        if not f.versions:
            w.paragraph(translate(D, "No codebook versions were recorded (File › Codebook versions…, or lectio "
                                  "codebook-snapshot).", self.lang))
            return
        table = w.table(self.words("Version", "When", "Codes", "Categories", "Themes"), [3, 2, 0.9, 1.3, 1.1],
                        numeric=(2, 3, 4))
        for v in f.versions:
            name = translate(D, "{name} (automatic)", self.lang).format(name=v.name) if v.automatic else v.name
            w.row(table, [name, v.when.replace("T", " ")[:16], str(v.codes), str(v.categories), str(v.themes)])
        for older, newer, changes in f.version_changes:
            label = translate(D, "the current codebook", self.lang) if newer == "current" else f"“{newer}”"
            w.heading(translate(D, "From “{older}” to {newer}", self.lang).format(older=older, newer=label), 2)
            if not changes:
                w.paragraph(translate(D, "No changes.", self.lang))
                continue
            table = w.table(self.words("Change", "Item", "Before", "After", "Reason"), [1.1, 1.8, 2.0, 2.0, 2.0])
            for c in changes:
                w.row(table, [c.change, f"{c.kind}: {c.name}", c.before, c.after, c.reason or "—"])

    def reliability(self) -> None:
        w, f = self.out, self.f
        w.heading(translate(D, "Intercoder reliability", self.lang), 1, new_page=True)
        w.heading(translate(D, "Plan", self.lang), 2)
        if f.plan:
            p = f.plan
            how = f", stratified by the participant attribute “{p.by}”" if p.by else ""
            w.paragraph(f"{len(p.documents)} of {p.population} documents ({p.share:.0%}) drawn at random with seed "
                        f"{p.seed}{how}: {', '.join(p.documents)}.")
        else:
            w.paragraph(translate(D, "{mark}: no sample was drawn in Lectio (lectio icr-sample STUDY --share 0.2 "
                                  "--seed N).", self.lang).format(mark=self.to_complete))
        w.heading(translate(D, "Results", self.lang), 2)
        r = f.reliability
        if r is None:
            w.paragraph(translate(D, "Fewer than two reviewers have coded the material, so there is no agreement "
                                  "to report.", self.lang))
            return
        w.paragraph(f"Before consensus: {r.reviewers[0]} and {r.reviewers[1]}, {r.double_coded} of {r.documents} "
                    f"documents coded by both. Character-level agreement per code; 95 % bootstrap confidence "
                    f"intervals for alpha from {r.resamples} resamples (seed {r.seed}; Hayes & Krippendorff 2007).")
        table = w.table(self.words("Code", "Cohen's kappa", "Krippendorff's alpha", "Alpha 95 % CI"),
                        [3.4, 1.3, 1.5, 1.8], numeric=(1, 2, 3))
        for row in r.rows:
            w.row(table, [row.name, _num(row.kappa, self.lang), _num(row.alpha, self.lang), _ci(row.ci, self.lang)])
        if r.after:
            w.paragraph(translate(D, "After consensus, each reviewer compared with the consensus layer (pooled over "
                                  "all codes):", self.lang))
            table = w.table(self.words("Reviewer", "Cohen's kappa", "Krippendorff's alpha", "Alpha 95 % CI"),
                            [3.4, 1.3, 1.5, 1.8], numeric=(1, 2, 3))
            for name, row in r.after:
                w.row(table, [name, _num(row.kappa, self.lang), _num(row.alpha, self.lang), _ci(row.ci, self.lang)])

    def consensus(self) -> None:
        w, f = self.out, self.f
        w.heading(translate(D, "Consensus decisions", self.lang), 1)
        if not f.decisions:
            w.paragraph(translate(D, "No consensus decisions were recorded.", self.lang)
                        if f.disagreements is None or f.disagreements[1]
                        else translate(D, "No consensus decisions were needed.", self.lang))
            if f.disagreements and f.disagreements[1]:
                w.paragraph(translate(D, "The consensus session on the {count} disagreements has not started yet.",
                                      self.lang).format(count=f.disagreements[1]))
            return
        table = w.table(self.words("Outcome", "Decisions"), [4, 1], numeric=(1,))
        for outcome, n in sorted(f.decisions.items(), key=lambda kv: -kv[1]):
            w.row(table, [translate(D, _OUTCOMES[outcome], self.lang) if outcome in _OUTCOMES else outcome, str(n)])
        if f.disagreements:
            resolved, total = f.disagreements
            w.paragraph(translate(D, "{resolved} of {total} disagreements settled.", self.lang).format(
                resolved=resolved, total=total))

    def reflexivity(self) -> None:
        w, f = self.out, self.f
        w.heading(translate(D, "Reflexivity: the reviewers' memos", self.lang), 1)
        if not f.memos_by_reviewer:
            w.paragraph(translate(D, "{mark}: no reviewer memos or first impressions were written in the study.",
                                  self.lang).format(mark=self.to_complete))
            return
        for name, texts in f.memos_by_reviewer.items():
            w.heading(name, 2)
            for text in texts:
                w.paragraph(text, "Quote")

    def audit_trail(self) -> None:
        w, f = self.out, self.f
        w.heading(translate(D, "Audit trail", self.lang), 1, new_page=True)
        w.paragraph(translate(D, "%n recorded step(s) of the analysis, oldest first (reading time is not listed).",
                              self.lang, n=len(f.audit)))
        table = w.table(self.words("When (UTC)", "Who", "What"), [1.6, 1.6, 5.0])
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
        progress(0.0, translate("progress", "Reading the study…"))
        facts = gather_facts(project, since=since, until=until, resamples=resamples, seed=seed)
        writer = DossierWriter(facts, export_language(project))
        writer.write(progress, cancelled)
        progress(0.95, translate("progress", "Saving {name}…").format(name=target.name))
        writer.out.save(tmp)
    progress(1.0, translate("progress", "Wrote {name}").format(name=target.name))
    return target.absolute()
