"""The generated methods paragraph: what reviewers of a paper accept as a report of double coding.

Kappa and alpha come with what was double-coded (documents, characters, units). Percent agreement at the
character level is mostly agreement on text neither reviewer coded, so it is printed only next to the share
of the text that was coded at all. The count of settled disagreements says plainly when the consensus
session has not started, or is still under way.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from app.consensus.agreement import AgreementReport
from app.consensus.common import document_lengths, load_units
from app.consensus.decisions import OUTCOME_LABELS, LogEntry
from app.core.study_language import export_language
from app.exporters.docx_style import figure, percent
from app.i18n import format_number, translate, translate_noop

if TYPE_CHECKING:
    from app.core.project import Project

M = "consensus.methods"  # the translation context of the methods paragraph
# the decisions' names (app.consensus.decisions.OUTCOME_LABELS), for the catalogue
OUTCOMES = (translate_noop(M, "Accepted A"), translate_noop(M, "Accepted B"), translate_noop(M, "Merged boundaries"),
            translate_noop(M, "Rejected"), translate_noop(M, "Edited"), translate_noop(M, "Agreed (identical)"))
_WORDS = {0: "No", 1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six"}


def _n(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def coded_share(project: Project, report: AgreementReport) -> tuple[int, int]:
    """(characters covered by a coded unit of either reviewer, all characters) over the documents both
    reviewers worked in."""
    a, b = report.reviewers
    units = load_units(project, [a.id, b.id], with_text=False)
    both = {u.document_id for u in units[a.id]} & {u.document_id for u in units[b.id]}
    total = sum(length for d, (_name, length) in document_lengths(project, sorted(both)).items())
    spans: dict[str, list[tuple[int, int]]] = {}
    for rows in units.values():
        for u in rows:
            if u.document_id in both and u.code_ids:
                spans.setdefault(u.document_id, []).append((u.start, u.end))
    covered = 0
    for pieces in spans.values():
        end = -1
        for s, e in sorted(pieces):
            if e > end:
                covered += e - max(s, end)
                end = e
    return covered, total


def agreement_sentence(report: AgreementReport, coded: int, characters: int, language: str = "en") -> str:
    """The character-level figures: kappa and alpha first, percent agreement only with the coded share."""
    lang = language
    pooled = report.pooled
    share = coded / characters if characters else 0.0
    text = translate(M, "Agreement was computed at the character level for each of the {codes} codes over the "
                        "{documents} both reviewers coded ({characters} characters; a character counts as coded "
                        "with a code when a meaning unit carrying the code covers it). Pooled over all codes, "
                        "Cohen's kappa was {kappa} and Krippendorff's alpha (nominal) {alpha}", lang).format(
        codes=len(report.codes), documents=translate(M, "%n document(s)", lang, n=report.documents),
        characters=format_number(characters, language=lang), kappa=_figure(pooled.kappa, lang),
        alpha=_figure(pooled.alpha, lang))
    kappas = [f.kappa for f in report.codes.values() if f.kappa is not None]
    if len(kappas) > 1:
        text += translate(M, "; per-code kappa ranged from {low} to {high}", lang).format(
            low=_figure(min(kappas), lang), high=_figure(max(kappas), lang))
    if share < 0.5:
        text += translate(M, ". {share} of these characters were coded by at least one reviewer; raw percent "
                             "agreement ({agreement}) counts the uncoded rest as agreement, so it is not a figure "
                             "to report on its own.", lang).format(
            share=_percent(share, lang), agreement=_percent(pooled.agreement, lang))
    else:
        text += translate(M, ". {share} of these characters were coded by at least one reviewer; raw percent "
                             "agreement ({agreement}) counts the uncoded rest as agreement.", lang).format(
            share=_percent(share, lang), agreement=_percent(pooled.agreement, lang))
    return text


def _figure(value: float | None, language: str) -> str:
    """``figure`` (two decimals, "undefined") with the language's decimal mark."""
    text = figure(value)
    return text if language == "en" or value is None else text.replace(".", ",")


def _percent(value: float | None, language: str) -> str:
    text = percent(value)
    return text if language == "en" or value is None else text.replace(".", ",")


def settlement_sentence(log: list[LogEntry], total: int, resolved: int, language: str = "en") -> str:
    """How far the consensus session has come, in words that fit the counts."""
    lang = language
    settled = [e for e in log if e.outcome != "agreed"]
    how = ", ".join(f"{translate(M, OUTCOME_LABELS[o], lang).lower()} {n}"
                    for o, n in Counter(e.outcome for e in settled).most_common())
    if total == 0:
        return translate(M, "The comparison found no disagreements to settle.", lang)
    found = translate(M, "%n disagreement(s)", lang, n=total)
    if resolved == 0:
        return translate(M, "The comparison found {found}; the consensus session has not started yet, so none has "
                            "been settled.", lang).format(found=found)
    if resolved < total:
        return translate(M, "The comparison found {found}; the consensus session is under way: {resolved} of them "
                            "have been settled so far ({how}) and {open} remain open. Each decision is recorded "
                            "with its rationale, who decided and when.", lang).format(
            found=found, resolved=resolved, how=how or translate(M, "by adopting identical units", lang),
            open=total - resolved)
    return translate(M, "The comparison found {found}; all {total} were discussed in consensus sessions and settled "
                        "({how}); each decision was recorded with its rationale, who decided and when, and the "
                        "agreed units form the consensus layer used in the analysis.", lang).format(
        found=found, total=total, how=how or translate(M, "by agreement", lang))


def methods_paragraph(project: Project, report: AgreementReport, log: list[LogEntry], total: int,
                      resolved: int) -> str:
    """A plain paragraph describing who coded what, how well they agreed and how disagreements were settled,
    in the study's language.

    ``report`` should be computed over the double-coded documents (``agreement(..., double_coded_only=True)``)."""
    lang = export_language(project)
    a, b = report.reviewers
    people = project.reviewers(include_consensus=False)
    blind = project.meta("copy_blind") == "1" or project.meta("merged_blind") == "1"
    all_docs = len(document_lengths(project))
    count = _WORDS.get(len(people), str(len(people))) if lang == "en" else format_number(len(people), language=lang)
    if blind:
        first = translate(M, "{count} reviewers took part; {a} and {b} each divided the texts into meaning units and "
                             "coded them independently, each in a blind copy of the project.", lang)
    else:
        first = translate(M, "{count} reviewers took part; {a} and {b} each divided the texts into meaning units and "
                             "coded them independently.", lang)
    text = first.format(count=count, a=a.name, b=b.name) + " "
    text += translate(M, "{both} of {documents} were coded by both ({units_a} by {a} and {units_b} by {b} in "
                         "them). ", lang).format(
        both=report.documents, documents=translate(M, "%n document(s)", lang, n=all_docs),
        units_a=translate(M, "%n meaning unit(s)", lang, n=report.units[0]), a=a.name,
        units_b=translate(M, "%n meaning unit(s)", lang, n=report.units[1]), b=b.name)
    coded, characters = coded_share(project, report)
    if report.documents == 0:
        text += translate(M, "No document has been coded by both reviewers yet, so there are no agreement figures "
                             "to report. ", lang)
    else:
        text += agreement_sentence(report, coded, characters, lang) + " "
        u = report.unit_level
        text += translate(M, "Meaning units were matched between the reviewers by overlap (Jaccard index ≥ "
                             "{threshold:g}): {pairs} matched, {only_a} units were made only by {a} and {only_b} "
                             "only by {b}; on matched units, kappa for the codes was {kappa}. ", lang).format(
            threshold=u.threshold, pairs=translate(M, "%n pair(s)", lang, n=u.matched), only_a=u.only_a, a=a.name,
            only_b=u.only_b, b=b.name, kappa=_figure(u.codes.kappa, lang))
    return text + settlement_sentence(log, total, resolved, lang)
