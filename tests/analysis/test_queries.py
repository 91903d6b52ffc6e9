"""Coding queries select exactly the units a plain-Python filter over the generated units selects; saved queries
are kept in the file and restrict the figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from app.analysis.data import load
from app.analysis.query import QueryError, parse, run_query
from app.analysis.saved import delete_query, list_queries, save_query
from app.analysis.service import study_cooccurrence, study_matrix
from app.core.errors import InvalidOperation, LectioError
from app.core.project import Project, open_project
from tests.analysis.study import Plan, PUnit, generated_copy, participant, ref_cooccurrence, ref_matrix


@pytest.fixture(params=(5, 6))
def study(request: pytest.FixtureRequest, tmp_path: Path,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, Plan]]:
    project, plan = generated_copy(tmp_path_factory, tmp_path / "study.lectio", request.param, n_units=90)
    yield project, plan
    project.close()


def _cats(plan: Plan, unit: PUnit) -> set[str]:
    out = set()
    for c in unit.codes:
        cat = plan.category_of[c]
        while cat:
            out.add(cat)
            cat = {"Formal support": "Support"}.get(cat)
    return out


def _near(plan: Plan, u: PUnit, others: list[PUnit], distance: int | None) -> bool:
    for v in others:
        if v.doc != u.doc:
            continue
        if distance is None and u.start < v.end and v.start < u.end:
            return True
        if distance is not None and max(u.start, v.start) - min(u.end, v.end) <= distance:
            return True
    return False


CASES: list[tuple[str, Callable[[Plan, PUnit], bool]]] = [
    ('code:"Code A"', lambda p, u: "Code A" in u.codes),
    ('"Code A" AND NOT "Code B"', lambda p, u: "Code A" in u.codes and "Code B" not in u.codes),
    ('NOT "Code C"', lambda p, u: "Code C" not in u.codes),
    ("category:Support", lambda p, u: "Support" in _cats(p, u)),
    ('category:"formal support" or theme:"Living with it"',
     lambda p, u: bool({"Formal support", "Coping"} & _cats(p, u))),
    ("Role = carer OR participant:P2", lambda p, u: (participant(p, u) is not None and p.participants[
        participant(p, u)].get("Role") == "carer") or participant(p, u) == "P2"),
    ('(document:"Interview 03" OR reviewer:Ben) AND NOT ("Code D")',
     lambda p, u: (u.doc == 2 or u.reviewer == "Ben") and "Code D" not in u.codes),
    ("Role = \"(no participant)\"", lambda p, u: participant(p, u) is None),
]


@pytest.mark.parametrize(("expression", "keep"), CASES, ids=[c[0] for c in CASES])
def test_query_selects_what_a_plain_filter_selects(study: tuple[Project, Plan], expression: str,
                                                   keep: Callable[[Plan, PUnit], bool]) -> None:
    project, plan = study
    assert run_query(load(project), expression) == {u.id for u in plan.units if keep(plan, u)}


@pytest.mark.parametrize("distance", [None, 0, 40, 300])
def test_overlapping_and_within(study: tuple[Project, Plan], distance: int | None) -> None:
    project, plan = study
    op = "OVERLAPPING" if distance is None else f"within {distance}"
    got = run_query(load(project), f'"Code A" {op} (code:"Code B" OR "Code C")')
    others = [u for u in plan.units if u.codes & {"Code B", "Code C"}]
    assert got == {u.id for u in plan.units if "Code A" in u.codes and _near(plan, u, others, distance)}


def test_query_in_one_reviewer_layer(study: tuple[Project, Plan]) -> None:
    project, plan = study
    ben = next(r.id for r in project.reviewers() if r.name == "Ben")
    assert run_query(load(project, ben), 'NOT "Code A" OR "Code A"') == {
        u.id for u in plan.units if u.reviewer == "Ben"}


@pytest.mark.parametrize(("expression", "message"), [
    ("", "empty"), ('"Code A" AND', "ends too early"), ('("Code A"', "ends too early"),
    ('"Code A" "Code B"', "unexpected 'Code B'"), ('"Code A" WITHIN x "Code B"', "needs a number"),
    ("AND", "expected a name"), ('"unclosed', "cannot read"),
])
def test_bad_expressions_are_refused_with_the_reason(expression: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse(expression)


def test_unknown_names_are_refused(study: tuple[Project, Plan]) -> None:
    project, _ = study
    data = load(project)
    for expression, message in (("Nope", "no code called 'Nope'"), ("category:Nope", "no category"),
                                ("document:Nope", "no document"), ("Colour = red", "no attribute called 'Colour'")):
        with pytest.raises(LectioError, match=message):
            run_query(data, expression)


def test_saved_query_is_kept_in_the_file_and_restricts_the_figures(study: tuple[Project, Plan]) -> None:
    project, plan = study
    save_query(project, "Carers", "Role = carer")
    save_query(project, "Carers", "Role = carer OR Role = nurse")  # same name: the expression is replaced
    path = project.path
    project.close()
    with open_project(path, backup=False) as again:
        assert [(q.name, q.expression) for q in list_queries(again)] == [("Carers", "Role = carer OR Role = nurse")]
        with again.read_session() as s:
            actions = [r[0] for r in s.execute(text("SELECT action FROM auditevent")).all()]
        assert actions.count("save_query") == 2
        restricted = study_matrix(again, "Role", query="Carers")
        # the columns are still every value of the attribute, but only carers' and nurses' units count
        full = ref_matrix(plan, "Role")
        for row, cells in restricted.cells.items():
            for value, n in cells.items():
                assert n == (full.get(row, {}).get(value, 0) if value in ("carer", "nurse") else 0)
        pairs = study_cooccurrence(again, query='"Code A"').to_json()["pairs"]
        only_a = replace(plan, units=[u for u in plan.units if "Code A" in u.codes])
        assert {(p["a"], p["b"]): p["units"] for p in pairs} == {
            k: n for k, (n, _) in ref_cooccurrence(only_a).items() if n}
        delete_query(again, "carers")
        assert list_queries(again) == []


def test_a_bad_expression_is_not_saved(study: tuple[Project, Plan]) -> None:
    project, _ = study
    with pytest.raises(InvalidOperation, match="query 'Broken'"):
        save_query(project, "Broken", "(code:A")
    assert list_queries(project) == []
