"""Generated studies for the analysis tests, written straight into the tables of a real .lectio file, and a
second, independent implementation of every figure in plain Python over the generated units.

The generator keeps its own plain description (``Plan``) of what it wrote; the reference figures read only that
plan, never app.analysis, so a bug in one is not copied into the other.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from app.core.models import TABLES, new_id, now
from app.core.project import Project, create_project


@dataclass
class PUnit:
    id: str
    doc: int  # index into Plan.docs (import order)
    reviewer: str  # reviewer name
    start: int
    end: int
    codes: set[str]  # code names


@dataclass
class Plan:
    docs: list[dict]  # {"id", "name", "participant": name | None, "meta": {...}}
    participants: dict[str, dict[str, str]]  # name → {attribute: value}
    turns: dict[int, list[tuple[int, int, str | None]]]  # doc index → (start, end, participant name | None)
    units: list[PUnit]
    codes: list[str]  # in board order
    category_of: dict[str, str | None]  # code → category name
    theme_of: dict[str, str | None]  # category → theme name
    reviewers: list[str] = field(default_factory=list)


def generate(path: Path, seed: int, *, n_docs: int = 8, n_codes: int = 9, n_units: int = 70,
             reviewers: tuple[str, ...] = ("Ann", "Ben"), with_people: bool = True) -> tuple[Project, Plan]:
    rng = random.Random(seed)
    project = create_project(path, title=f"Generated {seed}", reviewer=reviewers[0])
    stamp = now()
    rows: dict[str, list[dict]] = {t: [] for t in ("reviewer", "participant", "attribute", "attributevalue",
                                                      "document", "turn", "meaningunit", "coding", "theme",
                                                      "category", "code")}
    reviewer_ids = {reviewers[0]: project.reviewers()[0].id}
    for name in reviewers[1:]:
        reviewer_ids[name] = new_id()
        rows["reviewer"].append({"id": reviewer_ids[name], "name": name, "initials": name[0], "colour": "#d62728",
                                 "is_consensus": False, "created_at": stamp})
    # participants and two attributes (a choice and a number); one participant without a role
    people: dict[str, dict[str, str]] = {}
    pid: dict[str, str] = {}
    attr_ids = {"Role": new_id(), "Age": new_id()}
    rows["attribute"] += [
        {"id": attr_ids["Role"], "name": "Role", "type": "choice", "choices": json.dumps(["nurse", "carer", "patient"]),
         "position": 0},
        {"id": attr_ids["Age"], "name": "Age", "type": "number", "choices": "[]", "position": 1},
    ]
    if with_people:
        for i in range(6):
            name = f"P{i + 1}"
            pid[name] = new_id()
            values = {"Age": str(rng.choice([34, 51, 67, 80]))}
            if i != 5:
                values["Role"] = rng.choice(["nurse", "carer", "patient"])
            people[name] = values
            rows["participant"].append({"id": pid[name], "name": name, "role": "participant", "position": i,
                                        "created_at": stamp})
            for attr, value in values.items():
                rows["attributevalue"].append({"id": new_id(), "participant_id": pid[name],
                                               "attribute_id": attr_ids[attr], "value": value})
    # codebook: two themes, three categories (one a sub-category), one code unsorted
    themes = {"Living with it": new_id(), "Services": new_id()}
    for i, (name, tid) in enumerate(themes.items()):
        rows["theme"].append({"id": tid, "name": name, "description": "", "position": i, "x": 0.0, "y": 0.0})
    cats = {"Coping": (new_id(), "Living with it", None), "Support": (new_id(), "Services", None),
            "Formal support": (new_id(), None, "Support"), "Loose": (new_id(), None, None)}
    for i, (name, (cid, theme, parent)) in enumerate(cats.items()):
        rows["category"].append({"id": cid, "name": name, "description": "", "colour": "",
                                 "theme_id": themes[theme] if theme else None,
                                 "parent_id": cats[parent][0] if parent else None, "position": i, "x": 0.0, "y": 0.0})
    codes = [f"Code {_letters(i)}" for i in range(n_codes)]  # A … Z, AA, AB …: distinct ignoring case, as required
    category_of: dict[str, str | None] = {}
    code_ids = {}
    for i, name in enumerate(codes):
        category_of[name] = None if i == n_codes - 1 else list(cats)[i % 4]
        code_ids[name] = new_id()
        cat = category_of[name]
        rows["code"].append({"id": code_ids[name], "name": name, "definition": "", "inclusion": "", "exclusion": "",
                             "colour": "#4e79a7", "category_id": cats[cat][0] if cat else None,
                             "exemplar_unit_id": None, "position": i, "x": 0.0, "y": 0.0})
    theme_of = {"Coping": "Living with it", "Support": "Services", "Formal support": None, "Loose": None}
    # documents: some assigned to a participant, some with turns, some with neither
    docs, turns = [], {}
    length = 2000
    for d in range(n_docs):
        doc_id = new_id()
        owner = rng.choice([None, *people]) if people else None
        meta = {"year": rng.choice([2019, 2021, 2024])} if d % 3 else {}
        docs.append({"id": doc_id, "name": f"Interview {d + 1:02d}", "participant": owner, "meta": meta})
        rows["document"].append({"id": doc_id, "name": f"Interview {d + 1:02d}", "kind": "txt", "text": "x" * length,
                                 "text_sha256": doc_id, "page_starts": "[0]", "metadata_json": json.dumps(meta),
                                 "original_name": "", "sha256": doc_id, "position": d, "imported_at": stamp,
                                 "participant_id": pid[owner] if owner else None})
        if people and d % 2 == 0:  # a transcript: turns with gaps between them, one speaker left unmapped
            spans, pos = [], rng.randint(0, 40)
            while pos < length - 50:
                end = min(length, pos + rng.randint(80, 300))
                who = rng.choice([None, *people])
                spans.append((pos, end, who))
                rows["turn"].append({"id": new_id(), "document_id": doc_id, "start": pos, "end": end,
                                     "speaker": who or "Unknown", "participant_id": pid[who] if who else None,
                                     "seconds": None})
                pos = end + rng.choice([0, 0, 15])
            turns[d] = spans
    units: list[PUnit] = []
    for _ in range(n_units):
        d = rng.randrange(n_docs)
        start = rng.randrange(0, length - 60)
        end = start + rng.randint(5, 120)
        who = rng.choice(reviewers)
        picked = set(rng.sample(codes, rng.choice([0, 1, 1, 2, 2, 3])))
        unit = PUnit(new_id(), d, who, start, end, picked)
        units.append(unit)
        rows["meaningunit"].append({"id": unit.id, "document_id": docs[d]["id"], "reviewer_id": reviewer_ids[who],
                                    "start": start, "end": end, "text": "x" * (end - start), "condensed": "",
                                    "created_at": stamp})
        for c in picked:
            rows["coding"].append({"id": new_id(), "unit_id": unit.id, "code_id": code_ids[c],
                                   "reviewer_id": reviewer_ids[who], "created_at": stamp})
    with project.write_session() as s:
        for table in ("reviewer", "participant", "attribute", "attributevalue", "document", "turn", "theme",
                      "category", "code", "meaningunit", "coding"):
            if rows[table]:
                s.execute(insert(TABLES[table].__table__), rows[table])  # type: ignore[attr-defined]
    plan = Plan(docs, people, turns, units, codes, category_of, theme_of, list(reviewers))
    return project, plan


# -- the reference figures --------------------------------------------------------------------------
def participant(plan: Plan, unit: PUnit) -> str | None:
    for start, end, who in plan.turns.get(unit.doc, []):
        if start <= unit.start < end and who:
            return who
    return plan.docs[unit.doc]["participant"]


def ref_value(plan: Plan, unit: PUnit, attribute: str) -> str:
    who = participant(plan, unit)
    if who is None:
        return "(no participant)"
    return plan.participants[who].get(attribute, "(no value)")


def ref_matrix(plan: Plan, attribute: str, *, count: str = "units", reviewer: str | None = None,
               rows: str = "codes") -> dict[str, dict[str, int]]:
    """Row name → value → count; only the non-zero cells."""
    def groups(unit: PUnit) -> set[str]:
        if rows == "codes":
            return set(unit.codes)
        out = set()
        for code in unit.codes:
            cat = plan.category_of[code]
            chain = []
            while cat:
                chain.append(cat)
                cat = {"Formal support": "Support"}.get(cat)
            if rows == "categories":
                out.update(chain)
            else:
                out.update(plan.theme_of[c] for c in chain if plan.theme_of[c])
        return out

    hits: dict[str, dict[str, set]] = {}
    for u in plan.units:
        if reviewer and u.reviewer != reviewer:
            continue
        for g in groups(u):
            who = participant(plan, u) or ("doc", u.doc)
            key = who if count == "participants" else u.id
            hits.setdefault(g, {}).setdefault(ref_value(plan, u, attribute), set()).add(key)
    return {g: {v: len(s) for v, s in by.items()} for g, by in hits.items()}


def ref_cooccurrence(plan: Plan, reviewer: str | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(a, b) → (units carrying both, pairs of different overlapping units one with each code)."""
    units = [u for u in plan.units if not reviewer or u.reviewer == reviewer]
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for i, a in enumerate(sorted(plan.codes)):
        for b in sorted(plan.codes)[i + 1:]:
            both = sum(1 for u in units if a in u.codes and b in u.codes)
            overlaps = 0
            for x in range(len(units)):
                for y in range(x + 1, len(units)):
                    u, v = units[x], units[y]
                    if u.doc != v.doc or not (u.start < v.end and v.start < u.end):
                        continue
                    if (a in u.codes and b in v.codes) or (b in u.codes and a in v.codes):
                        overlaps += 1
            if both or overlaps:
                out[(a, b)] = (both, overlaps)
    return out


def ref_saturation(doc_codes: list[set[str]], base: int, run: int, threshold: float) -> tuple[list[dict], int | None]:
    """The runs and the saturation point straight from the definition, for documents already in order."""
    base_codes = set().union(*doc_codes[:base]) if doc_codes[:base] else set()
    runs, reached = [], None
    k = base + 1
    while k + run - 1 <= len(doc_codes):
        before = set().union(*doc_codes[:k - 1])
        window = set().union(*doc_codes[k - 1:k - 1 + run])
        new = sorted(window - before)
        ratio = len(new) / len(base_codes) if base_codes else None
        runs.append({"k": k, "new": new, "ratio": ratio})
        if reached is None and ratio is not None and ratio <= threshold:
            reached = k - 1
        k += 1
    return runs, reached


def _letters(i: int) -> str:
    """A, B, … Z, AA, AB, …: spreadsheet column names, unique whatever the case."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(65 + r) + out
    return out


_BUILT: dict[tuple, tuple[Path, Plan]] = {}


def generated_copy(factory: Any, target: Path, seed: int, **options: Any) -> tuple[Project, Plan]:
    """An opened copy of the study ``generate`` makes for ``seed`` and ``options``, generated once per test
    session (each study is hundreds of rows written in one go; dozens of tests read the same few)."""
    from tests.studies import open_copy

    key = (seed, tuple(sorted(options.items())))
    if key not in _BUILT:
        path = factory.mktemp(f"generated-{seed}") / "study.lectio"
        project, plan = generate(path, seed, **options)
        project.close()
        _BUILT[key] = (path, plan)
    path, plan = _BUILT[key]
    return open_copy(path, target), plan
