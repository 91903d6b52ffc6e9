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
from app.exporters.docx_style import figure, percent

if TYPE_CHECKING:
    from app.core.project import Project

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


def agreement_sentence(report: AgreementReport, coded: int, characters: int) -> str:
    """The character-level figures: kappa and alpha first, percent agreement only with the coded share."""
    pooled = report.pooled
    share = coded / characters if characters else 0.0
    text = (f"Agreement was computed at the character level for each of the {len(report.codes)} codes over the "
            f"{_n(report.documents, 'document')} both reviewers coded ({characters:,} characters; a character "
            f"counts as coded with a code when a meaning unit carrying the code covers it). Pooled over all "
            f"codes, Cohen's kappa was {figure(pooled.kappa)} and Krippendorff's alpha (nominal) "
            f"{figure(pooled.alpha)}")
    kappas = [f.kappa for f in report.codes.values() if f.kappa is not None]
    if len(kappas) > 1:
        text += f"; per-code kappa ranged from {figure(min(kappas))} to {figure(max(kappas))}"
    text += (f". {percent(share)} of these characters were coded by at least one reviewer; raw percent agreement "
             f"({percent(pooled.agreement)}) counts the uncoded rest as agreement")
    text += ", so it is not a figure to report on its own." if share < 0.5 else "."
    return text


def settlement_sentence(log: list[LogEntry], total: int, resolved: int) -> str:
    """How far the consensus session has come, in words that fit the counts."""
    settled = [e for e in log if e.outcome != "agreed"]
    how = ", ".join(f"{OUTCOME_LABELS[o].lower()} {n}" for o, n in Counter(e.outcome for e in settled).most_common())
    if total == 0:
        return "The comparison found no disagreements to settle."
    found = f"The comparison found {_n(total, 'disagreement')}"
    if resolved == 0:
        return f"{found}; the consensus session has not started yet, so none has been settled."
    if resolved < total:
        return (f"{found}; the consensus session is under way: {resolved} of them have been settled so far "
                f"({how or 'by adopting identical units'}) and {total - resolved} remain open. Each decision is "
                f"recorded with its rationale, who decided and when.")
    return (f"{found}; all {total} were discussed in consensus sessions and settled ({how or 'by agreement'}); "
            f"each decision was recorded with its rationale, who decided and when, and the agreed units form the "
            f"consensus layer used in the analysis.")


def methods_paragraph(project: Project, report: AgreementReport, log: list[LogEntry], total: int,
                      resolved: int) -> str:
    """A plain paragraph describing who coded what, how well they agreed and how disagreements were settled.

    ``report`` should be computed over the double-coded documents (``agreement(..., double_coded_only=True)``)."""
    a, b = report.reviewers
    people = project.reviewers(include_consensus=False)
    blind = project.meta("copy_blind") == "1" or project.meta("merged_blind") == "1"
    all_docs = len(document_lengths(project))
    how = " independently, each in a blind copy of the project" if blind else " independently"
    text = (f"{_WORDS.get(len(people), str(len(people)))} reviewers took part; {a.name} and {b.name} each divided "
            f"the texts into meaning units and coded them{how}. {report.documents} of {_n(all_docs, 'document')} "
            f"were coded by both ({_n(report.units[0], 'meaning unit')} by {a.name} and "
            f"{_n(report.units[1], 'meaning unit')} by {b.name} in them). ")
    coded, characters = coded_share(project, report)
    if report.documents == 0:
        text += "No document has been coded by both reviewers yet, so there are no agreement figures to report. "
    else:
        text += agreement_sentence(report, coded, characters) + " "
        u = report.unit_level
        text += (f"Meaning units were matched between the reviewers by overlap (Jaccard index ≥ {u.threshold:g}): "
                 f"{_n(u.matched, 'pair')} matched, {u.only_a} units were made only by {a.name} and {u.only_b} "
                 f"only by {b.name}; on matched units, kappa for the codes was {figure(u.codes.kappa)}. ")
    return text + settlement_sentence(log, total, resolved)
