"""What the study itself can say for a journal's reviewers: the facts behind the trustworthiness dossier.

Every answer here is read from the study; an item Lectio cannot know is left ``None`` and printed as
"to complete". Nothing is invented: counts, names and figures only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func
from sqlmodel import select

from app import __version__
from app.consensus.icr import IcrSample, alpha_ci, saved_plan, table_of
from app.core.codebook_versions import CURRENT, CodebookChange, SnapshotInfo, diff_snapshots, list_snapshots
from app.core.models import AuditEvent, Category, Code, Coding, Document, MeaningUnit, Memo, Reviewer, Theme
from app.core.models_people import Participant, Turn
from app.i18n import format_number, translate

if TYPE_CHECKING:
    from app.consensus.agreement import AgreementReport
    from app.core.project import Project


@dataclass(frozen=True)
class AuditRow:
    at: str
    who: str
    what: str


@dataclass(frozen=True)
class AlphaRow:
    name: str
    kappa: float | None
    alpha: float | None
    ci: tuple[float, float] | None


@dataclass
class Reliability:
    """Agreement between two reviewers (before consensus) and of each with the consensus layer (after)."""

    reviewers: tuple[str, str]
    documents: int
    double_coded: int
    rows: list[AlphaRow]  # per code, then the pooled row last
    after: list[tuple[str, AlphaRow]] = field(default_factory=list)  # (reviewer, pooled vs consensus)
    resamples: int = 1000
    seed: int = 0


@dataclass
class StudyFacts:
    title: str
    research_question: str
    today: str
    software: str
    coders: list[str]  # reviewers with meaning units (not the consensus layer)
    documents: int
    transcripts: int
    participants: list[str]  # not interviewers
    interviewers: list[str]
    repeat_participants: list[str]  # participants heard in more than one document
    longest_minutes: float | None  # the latest turn time in any transcript
    themes: int
    categories: int
    codes: int
    units: int
    memos_by_reviewer: dict[str, list[str]]  # reflexivity: reviewers' first impressions and memos
    versions: list[SnapshotInfo]
    version_changes: list[tuple[str, str, list[CodebookChange]]]  # (from, to, changes)
    plan: IcrSample | None
    reliability: Reliability | None
    decisions: dict[str, int]  # outcome → count
    disagreements: tuple[int, int] | None  # (resolved, total)
    audit: list[AuditRow]
    saturation: str | None  # the sentence to paste, from the saturation analysis


def _audit(project: Project, people: dict[str, str], since: date | None, until: date | None) -> list[AuditRow]:
    with project.read_session() as s:
        rows = list(s.exec(select(AuditEvent).order_by(AuditEvent.at)))
    out = []
    for e in rows:
        day = e.at[:10]
        if since and day < since.isoformat():
            continue
        if until and day > until.isoformat():
            continue
        if e.action in {"reading_time", "progress", "reading"}:  # bookkeeping, not the analysis
            continue
        out.append(AuditRow(e.at.replace("T", " ")[:16], people.get(e.reviewer_id or "", "Lectio"),
                            e.summary or e.action.replace("_", " ")))
    return out


def _reliability(project: Project, resamples: int, seed: int) -> Reliability | None:
    from app.consensus.agreement import agreement
    from app.consensus.common import unit_counts_by_reviewer
    from app.core.errors import LectioError

    consensus = [r for r in project.reviewers() if r.is_consensus]
    counts = unit_counts_by_reviewer(project)
    coders = [r for r in project.reviewers(include_consensus=False) if counts.get(r.id)]
    if len(coders) < 2:
        return None
    try:
        report: AgreementReport = agreement(project)
    except LectioError:
        return None

    def row(name: str, f: Any) -> AlphaRow:
        return AlphaRow(name, f.kappa, f.alpha, alpha_ci(table_of(f), resamples=resamples, seed=seed))

    rows = [row(name, f) for name, f in report.codes.items()] + [row("Pooled (all codes)", report.pooled)]
    a, b = report.reviewers
    both = agreement(project, a.id, b.id, double_coded_only=True).documents
    rel = Reliability((a.name, b.name), report.documents, both, rows, resamples=resamples, seed=seed)
    if consensus and counts.get(consensus[0].id):
        for person in (a, b):
            after = agreement(project, person.id, consensus[0].id)
            rel.after.append((person.name, row("Pooled (all codes)", after.pooled)))
    return rel


def _saturation(project: Project) -> str | None:
    """The sentence of the saturation analysis (Guest, Namey & Chen 2020, default settings, on the consensus
    layer when there is one), when there are enough documents for its base and one run."""
    try:
        from app.analysis.service import study_saturation
    except ImportError:
        return None
    from app.core.errors import LectioError

    layer = "consensus" if any(r.is_consensus for r in project.reviewers()) else None
    try:
        result = study_saturation(project, reviewer=layer)
    except (LectioError, ValueError):  # too few documents or no codes: the item stays "to complete"
        return None
    from app.core.study_language import export_language

    return result.sentence(export_language(project)) if result.runs else None


def gather_facts(project: Project, *, since: date | None = None, until: date | None = None,
                 resamples: int = 1000, seed: int = 0) -> StudyFacts:
    from app.consensus.decisions import decision_log
    from app.consensus.disagreements import list_disagreements

    with project.read_session() as s:
        people = {r.id: r.name for r in s.exec(select(Reviewer))}
        consensus_ids = {r.id for r in s.exec(select(Reviewer).where(Reviewer.is_consensus == True))}  # noqa: E712
        coder_ids = [rid for (rid,) in s.execute(select(MeaningUnit.reviewer_id).distinct()).all()
                     if rid not in consensus_ids]
        documents = s.execute(select(func.count()).select_from(Document)).scalar_one()
        transcripts = s.execute(select(func.count(func.distinct(Turn.document_id)))).scalar_one()
        parts = list(s.exec(select(Participant).order_by(Participant.position, Participant.name)))
        heard: dict[str, set[str]] = {}
        for pid, did in s.execute(select(Turn.participant_id, Turn.document_id)).all():
            if pid:
                heard.setdefault(pid, set()).add(did)
        for pid, did in s.execute(select(Document.participant_id, Document.id)).all():
            if pid:
                heard.setdefault(pid, set()).add(did)
        latest = s.execute(select(func.max(Turn.seconds))).scalar_one()
        themes = s.execute(select(func.count()).select_from(Theme)).scalar_one()
        categories = s.execute(select(func.count()).select_from(Category)).scalar_one()
        codes = s.execute(select(func.count()).select_from(Code)).scalar_one()
        coded_units = s.execute(select(func.count(func.distinct(Coding.unit_id)))).scalar_one()
        memos: dict[str, list[str]] = {}
        for m in s.exec(select(Memo).where(Memo.text != "")):
            if m.reviewer_id and m.target_kind in {"project", "document"} and m.reviewer_id not in consensus_ids:
                memos.setdefault(people.get(m.reviewer_id, "?"), []).append(m.text.strip())
    role = {p.id: p.role for p in parts}
    participants = [p.name for p in parts if p.role != "interviewer"]
    versions = list_snapshots(project)
    names = [v.name for v in versions] + ([CURRENT] if versions else [])
    changes = [(a, b, diff_snapshots(project, a, b)) for a, b in zip(names, names[1:], strict=False)]
    log = decision_log(project)
    decisions: dict[str, int] = {}
    for entry in log:
        decisions[entry.outcome] = decisions.get(entry.outcome, 0) + 1
    reliability = _reliability(project, resamples, seed)
    disagreements = None
    if reliability is not None:
        items = list_disagreements(project)
        disagreements = (items.resolved, items.total)
    return StudyFacts(
        title=project.title, research_question=project.meta("research_question"), today=date.today().isoformat(),
        software=f"Lectio {__version__}", coders=[people[c] for c in coder_ids if c in people],
        documents=documents, transcripts=transcripts, participants=participants,
        interviewers=[p.name for p in parts if p.role == "interviewer"],
        repeat_participants=sorted(p.name for p in parts if len(heard.get(p.id, ())) > 1
                                   and role.get(p.id) != "interviewer"),
        longest_minutes=(latest / 60.0) if latest else None,
        themes=themes, categories=categories, codes=codes, units=coded_units, memos_by_reviewer=memos,
        versions=versions, version_changes=changes, plan=saved_plan(project), reliability=reliability,
        decisions=decisions, disagreements=disagreements, audit=_audit(project, people, since, until),
        saturation=_saturation(project),
    )


Q = "exporters.dossier.answers"


def _join(names: list[str], language: str = "en") -> str:
    if len(names) == 1:
        return names[0]
    return translate(Q, "{first} and {last}", language).format(first=", ".join(names[:-1]), last=names[-1])


def coreq_answers(f: StudyFacts, language: str = "en") -> dict[int, str]:
    """COREQ item number → what the study says, in ``language``; items not in the result are to complete."""
    lang = language
    out: dict[int, str] = {}
    if f.interviewers:
        out[1] = translate(Q, "Interviewer(s) as recorded in the transcripts: {names}.", lang).format(
            names=_join(f.interviewers, lang))
    out[9] = translate(Q, "Conventional content analysis: meaning units were identified in the text, condensed, "
                       "coded, and codes clustered into categories and abstracted into themes (recorded in Lectio).",
                       lang)
    if f.participants:
        out[12] = translate(Q, "{participants} ({documents}).", lang).format(
            participants=translate(Q, "%n participant(s)", lang, n=len(f.participants)),
            documents=translate(Q, "%n document(s)", lang, n=f.documents))
    if f.repeat_participants:
        out[18] = translate(Q, "%n participant(s) appear in more than one document: {names}.", lang,
                            n=len(f.repeat_participants)).format(names=_join(f.repeat_participants, lang))
    if f.transcripts:
        out[19] = translate(Q, "{count} of {total} documents are time-stamped transcripts of recordings.",
                            lang).format(count=format_number(f.transcripts, language=lang),
                                         total=format_number(f.documents, language=lang))
    if f.longest_minutes:
        out[21] = translate(Q, "The latest time stamp in any transcript is {minutes} minutes.", lang).format(
            minutes=format_number(f.longest_minutes, 0, lang))
    if f.saturation:
        out[22] = f.saturation
    if f.coders:
        out[24] = f"{format_number(len(f.coders), language=lang)} ({_join(f.coders, lang)})."
    if f.codes:
        counts = dict(themes=format_number(f.themes, language=lang),
                      categories=format_number(f.categories, language=lang),
                      codes=format_number(f.codes, language=lang))
        if f.versions:
            out[25] = translate(Q, "{themes} themes, {categories} categories and {codes} codes; the codebook with "
                                "definitions, inclusion and exclusion criteria is exported from Lectio, with %n "
                                "recorded version(s).", lang, n=len(f.versions)).format(**counts)
        else:
            out[25] = translate(Q, "{themes} themes, {categories} categories and {codes} codes; the codebook with "
                                "definitions, inclusion and exclusion criteria is exported from Lectio.",
                                lang).format(**counts)
        out[26] = translate(Q, "Derived from the data: codes were formed while reading and sorted into categories "
                            "and themes.", lang)
    out[27] = translate(Q, "{software} (qualitative content analysis workbench).", lang).format(software=f.software)
    if f.participants or f.transcripts:
        out[29] = translate(Q, "Quotations are exported with their document and participant, and with the time "
                            "stamp (transcripts) or page (articles) they come from.", lang)
    return out


def srqr_answers(f: StudyFacts, language: str = "en") -> dict[int, str]:
    """SRQR item number → what the study says, in ``language``."""
    lang = language
    out: dict[int, str] = {}
    if f.research_question:
        out[4] = f.research_question
    out[5] = translate(Q, "Conventional content analysis (inductive; codes derived from the data).", lang)
    if f.memos_by_reviewer:
        out[6] = translate(Q, "Reviewers' memos and first impressions are kept in the study (see the reflexivity "
                           "section).", lang)
    if f.participants or f.documents:
        documents = translate(Q, "%n document(s)", lang, n=f.documents)
        out[12] = translate(Q, "{participants}, {documents}.", lang).format(
            participants=translate(Q, "%n participant(s)", lang, n=len(f.participants)), documents=documents) \
            if f.participants else translate(Q, "{documents}.", lang).format(documents=documents)
    if f.transcripts:
        out[13] = translate(Q, "%n time-stamped transcript(s) imported into {software}; every change to the "
                            "analysis is logged in the study's audit trail.", lang, n=f.transcripts).format(
                                software=f.software)
    if f.coders:
        out[14] = translate(Q, "Coded by {names} in {software}: meaning units, condensed meanings, codes, "
                            "{categories} categories and {themes} themes.", lang).format(
                                names=_join(f.coders, lang), software=f.software,
                                categories=format_number(f.categories, language=lang),
                                themes=format_number(f.themes, language=lang))
    techniques = [translate(Q, "An audit trail of every analytic step", lang)]
    if f.reliability:
        techniques.append(translate(Q, "independent double coding with agreement figures", lang))
    if f.decisions:
        techniques.append(translate(Q, "a logged consensus procedure", lang))
    if f.versions:
        techniques.append(translate(Q, "versioned codebooks", lang))
    out[15] = "; ".join(techniques) + "."
    return out


def dumps(f: StudyFacts) -> str:
    """The facts as JSON (for checking the dossier from a script)."""
    def default(o: Any) -> Any:
        return o.__dict__ if hasattr(o, "__dict__") else str(o)

    return json.dumps(f, default=default, ensure_ascii=False, indent=2)
