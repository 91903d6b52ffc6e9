"""Intercoder reliability, planned and reported (O'Connor & Joffe 2020).

**Plan.** A share of the material (10–25 % is the usual advice) is drawn at random with a recorded seed, so the
draw can be repeated and cited; with ``by`` it is stratified by a participant attribute: every value's documents
are drawn from separately, at least one from each. The plan is kept in the study (``Meta['icr_plan']``).

**Confidence interval for alpha** (Hayes & Krippendorff 2007). For two coders and one binary value per item
(a character coded with the code, or not), the bootstrap of KALPHA resamples the N pairs of values: the number
of disagreeing pairs in a resample is binomial with the observed share of disagreement, the expected
disagreement D_e stays that of the data, and alpha* = 1 − D_o* / D_e. The interval is the 2.5th and 97.5th
percentile of the resampled alphas (values below −1 are set to −1, as KALPHA does).
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlmodel import select

from app.consensus.agreement import Table2x2
from app.core.errors import InvalidOperation, NotFound
from app.core.models import Document, Meta
from app.core.models_people import Attribute, AttributeValue, Participant, Turn
from app.core.ops import Changes, Outcome, operation

if TYPE_CHECKING:
    from app.core.project import Project

DEFAULT_RESAMPLES = 1000
NO_VALUE = "(no value)"


# -- the bootstrap interval -------------------------------------------------------------------------
def alpha_ci(table: Table2x2, *, resamples: int = DEFAULT_RESAMPLES, seed: int = 0,
             level: float = 0.95) -> tuple[float, float] | None:
    """The bootstrap confidence interval of nominal alpha for a 2×2 table; None where alpha is undefined."""
    n_items = table.n
    n = 2 * n_items
    n1 = 2 * table.both + table.only_a + table.only_b
    n0 = n - n1
    if n_items == 0 or n0 == 0 or n1 == 0:
        return None
    if resamples < 1:
        raise InvalidOperation("the bootstrap needs at least one resample")
    expected = 2.0 * n0 * n1 / (n * (n - 1))  # D_e, kept fixed
    disagree = (table.only_a + table.only_b) / n_items  # share of items whose two values differ
    rng = np.random.default_rng(seed)
    draws = rng.binomial(n_items, disagree, size=resamples)
    alphas = np.maximum(1.0 - (draws / n_items) / expected, -1.0)
    tail = (1.0 - level) / 2 * 100
    low, high = np.percentile(alphas, [tail, 100 - tail])
    return float(low), float(high)


# -- the sample -------------------------------------------------------------------------------------
@dataclass
class IcrSample:
    share: float
    seed: int
    by: str | None
    population: int  # documents to draw from
    documents: list[str]  # names of the documents drawn, in import order
    document_ids: list[str] = field(default_factory=list)
    strata: dict[str, int] = field(default_factory=dict)  # attribute value → documents drawn

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("document_ids")
        return out


def _document_values(project: Project, attribute: str) -> dict[str, str]:
    """document id → the attribute's value for the document's participant (the assigned one, else the
    non-interviewer who speaks most in it)."""
    with project.read_session() as s:
        attr = next((a for a in s.exec(select(Attribute)) if a.name.casefold() == attribute.casefold()), None)
        if attr is None:
            raise NotFound(f"there is no participant attribute called {attribute!r}")
        values = {v.participant_id: v.value for v in s.exec(
            select(AttributeValue).where(AttributeValue.attribute_id == attr.id))}
        interviewers = {p.id for p in s.exec(select(Participant).where(Participant.role == "interviewer"))}
        spoken: dict[str, dict[str, int]] = {}
        for t in s.exec(select(Turn)):
            if t.participant_id and t.participant_id not in interviewers:
                per = spoken.setdefault(t.document_id, {})
                per[t.participant_id] = per.get(t.participant_id, 0) + (t.end - t.start)
        out = {}
        for d in s.exec(select(Document)):
            pid = d.participant_id
            if pid is None and d.id in spoken:
                pid = max(spoken[d.id].items(), key=lambda kv: (kv[1], kv[0]))[0]
            out[d.id] = values.get(pid, "") or NO_VALUE if pid else NO_VALUE
    return out


def draw_sample(project: Project, share: float, seed: int, by: str | None = None) -> IcrSample:
    """Draw ``share`` of the documents at random (seeded), stratified by a participant attribute if asked."""
    if not 0.0 < share <= 1.0:
        raise InvalidOperation(f"the share to double-code must be above 0 and at most 1, not {share}")
    with project.read_session() as s:
        docs = [(d.id, d.name) for d in s.exec(select(Document).order_by(Document.position, Document.imported_at))]
    if not docs:
        raise InvalidOperation("the study has no documents to draw from")
    rng = random.Random(seed)
    strata: dict[str, list[tuple[str, str]]] = {}
    if by:
        values = _document_values(project, by)
        for doc in docs:
            strata.setdefault(values.get(doc[0], NO_VALUE), []).append(doc)
    else:
        strata[""] = docs
    drawn: set[str] = set()
    counts: dict[str, int] = {}
    for value in sorted(strata):
        group = strata[value]
        k = min(len(group), max(1, round(share * len(group))))
        picked = rng.sample(group, k)
        drawn |= {d for d, _ in picked}
        counts[value] = k
    chosen = [(d, name) for d, name in docs if d in drawn]
    return IcrSample(share, seed, by, len(docs), [n for _, n in chosen], [d for d, _ in chosen],
                     counts if by else {})


def save_plan(project: Project, sample: IcrSample) -> Outcome[IcrSample]:
    """Keep the plan in the study, so the dossier reports it and the draw can be repeated."""
    label = f"Plan double coding of {len(sample.documents)} of {sample.population} documents"
    with operation(project, "icr_plan", label) as op:
        data = sample.to_json() | {"document_ids": sample.document_ids}
        op.session.merge(Meta(key="icr_plan", value=json.dumps(data, ensure_ascii=False)))
        op.details = {"share": sample.share, "seed": sample.seed, "by": sample.by,
                      "documents": len(sample.documents)}
    return Outcome(label, Changes(project=True), sample)


def saved_plan(project: Project) -> IcrSample | None:
    raw = project.meta("icr_plan")
    if not raw:
        return None
    data = json.loads(raw)
    return IcrSample(data["share"], data["seed"], data.get("by"), data["population"], data["documents"],
                     data.get("document_ids", []), data.get("strata", {}))


def table_of(figures: Any) -> Table2x2:
    """The 2×2 table behind a ``Figures`` (it keeps n, both, only_a and only_b)."""
    return Table2x2(figures.both, figures.only_a, figures.only_b,
                    figures.n - figures.both - figures.only_a - figures.only_b)


def with_alpha_ci(report: Any, *, resamples: int = DEFAULT_RESAMPLES, seed: int = 0) -> dict[str, Any]:
    """An agreement report's JSON with ``alpha_ci`` ([low, high] or null) beside every code's alpha, the pooled
    alpha and the unit-level alpha, plus how the interval was made."""
    data = report.to_json()

    def ci(figures: Any) -> list[float] | None:
        found = alpha_ci(table_of(figures), resamples=resamples, seed=seed)
        return [round(found[0], 6), round(found[1], 6)] if found else None

    level = data["character_level"]
    for name, figures in report.codes.items():
        level["codes"][name]["alpha_ci"] = ci(figures)
    level["pooled"]["alpha_ci"] = ci(report.pooled)
    data["unit_level"]["codes"]["alpha_ci"] = ci(report.unit_level.codes)
    data["unit_level"]["alpha_ci"] = data["unit_level"]["codes"]["alpha_ci"]
    data["alpha_ci_method"] = {"method": "bootstrap (Hayes & Krippendorff 2007)", "resamples": resamples,
                               "seed": seed, "level": 0.95}
    return data
