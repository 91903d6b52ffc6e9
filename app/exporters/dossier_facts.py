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


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def coreq_answers(f: StudyFacts) -> dict[int, str]:
    """COREQ item number → what the study says; items not in the result are to complete."""
    out: dict[int, str] = {}
    if f.interviewers:
        out[1] = f"Interviewer(s) as recorded in the transcripts: {_join(f.interviewers)}."
    out[9] = ("Conventional content analysis: meaning units were identified in the text, condensed, coded, and "
              "codes clustered into categories and abstracted into themes (recorded in Lectio).")
    if f.participants:
        out[12] = f"{len(f.participants)} participants ({f.documents} documents)."
    if f.repeat_participants:
        out[18] = (f"{len(f.repeat_participants)} participant(s) appear in more than one document: "
                   f"{_join(f.repeat_participants)}.")
    if f.transcripts:
        out[19] = f"{f.transcripts} of {f.documents} documents are time-stamped transcripts of recordings."
    if f.longest_minutes:
        out[21] = f"The latest time stamp in any transcript is {f.longest_minutes:.0f} minutes."
    if f.saturation:
        out[22] = f.saturation
    if f.coders:
        out[24] = f"{len(f.coders)} ({_join(f.coders)})."
    if f.codes:
        out[25] = (f"{f.themes} themes, {f.categories} categories and {f.codes} codes; the codebook with definitions, "
                   "inclusion and exclusion criteria is exported from Lectio"
                   + (f", with {len(f.versions)} recorded versions." if f.versions else "."))
        out[26] = "Derived from the data: codes were formed while reading and sorted into categories and themes."
    out[27] = f"{f.software} (qualitative content analysis workbench)."
    if f.participants or f.transcripts:
        out[29] = ("Quotations are exported with their document and participant, and with the time stamp "
                   "(transcripts) or page (articles) they come from.")
    return out


def srqr_answers(f: StudyFacts) -> dict[int, str]:
    out: dict[int, str] = {}
    if f.research_question:
        out[4] = f.research_question
    out[5] = "Conventional content analysis (inductive; codes derived from the data)."
    if f.memos_by_reviewer:
        out[6] = "Reviewers' memos and first impressions are kept in the study (see the reflexivity section)."
    if f.participants or f.documents:
        out[12] = (f"{len(f.participants)} participants, " if f.participants else "") + f"{f.documents} documents."
    if f.transcripts:
        out[13] = (f"{f.transcripts} time-stamped transcripts imported into {f.software}; every change to the "
                   "analysis is logged in the study's audit trail.")
    if f.coders:
        out[14] = (f"Coded by {_join(f.coders)} in {f.software}: meaning units, condensed meanings, codes, "
                   f"{f.categories} categories and {f.themes} themes.")
    techniques = ["an audit trail of every analytic step"]
    if f.reliability:
        techniques.append("independent double coding with agreement figures")
    if f.decisions:
        techniques.append("a logged consensus procedure")
    if f.versions:
        techniques.append("versioned codebooks")
    out[15] = "; ".join(techniques).capitalize() + "."
    return out


def dumps(f: StudyFacts) -> str:
    """The facts as JSON (for checking the dossier from a script)."""
    def default(o: Any) -> Any:
        return o.__dict__ if hasattr(o, "__dict__") else str(o)

    return json.dumps(f, default=default, ensure_ascii=False, indent=2)
