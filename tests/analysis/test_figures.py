"""Every figure on generated studies equals a second, independent computation over the generated units; the
saturation figures reproduce a worked example by hand."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert

from app.analysis.data import load
from app.analysis.figures import cooccurrence, edge_units, matrix, saturation
from app.analysis.service import study_matrix, study_saturation
from app.core.errors import LectioError
from app.core.models import TABLES, new_id, now
from app.core.project import Project, create_project
from tests.analysis.study import Plan, generate, generated_copy, ref_cooccurrence, ref_matrix, ref_saturation, ref_value

SEEDS = (1, 2, 3, 4)


@pytest.fixture(params=SEEDS)
def study(request: pytest.FixtureRequest, tmp_path: Path,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, Plan]]:
    project, plan = generated_copy(tmp_path_factory, tmp_path / "study.lectio", request.param)
    yield project, plan
    project.close()


def _nonzero(cells: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    out = {row: {v: n for v, n in by.items() if n} for row, by in cells.items()}
    return {row: by for row, by in out.items() if by}


@pytest.mark.parametrize("count", ["units", "participants"])
@pytest.mark.parametrize("rows", ["codes", "categories", "themes"])
def test_matrix_equals_a_count_by_hand(study: tuple[Project, Plan], rows: str, count: str) -> None:
    project, plan = study
    for reviewer in (None, "Ben"):
        result = study_matrix(project, "role", rows=rows, count=count, reviewer=reviewer)
        assert result.by == "Role"
        assert _nonzero(result.cells) == ref_matrix(plan, "Role", count=count, reviewer=reviewer, rows=rows)
        held = {v["Role"] for v in plan.participants.values() if "Role" in v}
        used = {ref_value(plan, u, "Role") for u in plan.units if u.codes and (not reviewer or u.reviewer == reviewer)}
        expected = [c for c in ("nurse", "carer", "patient") if c in held]
        assert result.columns[:len(expected)] == expected
        assert set(result.columns[len(expected):]) <= {"(no participant)", "(no value)"}
        # every row has every column, and the special columns appear only when some unit falls in them
        assert all(list(r) == result.columns for r in result.cells.values())
        for special in ("(no participant)", "(no value)"):
            if special in result.columns:
                assert special in used


def test_matrix_rows_list_every_code_in_board_order(study: tuple[Project, Plan]) -> None:
    project, plan = study
    result = study_matrix(project, "Age")
    assert list(result.cells) == plan.codes
    numbers = [c for c in result.columns if not c.startswith("(")]
    assert numbers == sorted(numbers, key=float)


def test_matrix_cells_hold_their_units(study: tuple[Project, Plan]) -> None:
    project, plan = study
    result = study_matrix(project, "Role")
    by_id = {u.id: u for u in plan.units}
    for (row, value), ids in result.units.items():
        assert len(ids) == result.cells[row][value]
        assert all(row in by_id[i].codes and ref_value(plan, by_id[i], "Role") == value for i in ids)


@pytest.mark.parametrize("reviewer", [None, "Ann"])
def test_cooccurrence_equals_pairs_counted_by_hand(study: tuple[Project, Plan], reviewer: str | None) -> None:
    project, plan = study
    data = load(project, None if reviewer is None else project.reviewers()[0].id)
    plain = cooccurrence(data)
    expected = ref_cooccurrence(plan, reviewer)
    assert [(p["a"], p["b"], p["units"]) for p in plain.to_json()["pairs"]] == [
        (a, b, n) for (a, b), (n, _) in sorted(expected.items()) if n]
    with_overlap = cooccurrence(data, overlap=True).to_json()["pairs"]
    assert {(p["a"], p["b"]): (p["units"], p["overlaps"]) for p in with_overlap} == expected
    assert all(p["a"] < p["b"] for p in with_overlap)


def test_an_edge_opens_exactly_the_units_behind_it(study: tuple[Project, Plan]) -> None:
    """An edge's units (found when it is clicked, not while counting): those carrying both codes, and both units
    of every overlapping pair with one code each — worked out here over the planned units."""
    project, plan = study
    data = load(project)
    result = cooccurrence(data, overlap=True)
    units = plan.units
    assert result.pairs
    for pair in result.pairs:
        a, b = pair.a, pair.b
        expected = {u.id for u in units if {a, b} <= u.codes}
        for i, u in enumerate(units):
            for v in units[i + 1:]:
                if u.doc == v.doc and u.start < v.end and v.start < u.end and (
                        (a in u.codes and b in v.codes) or (b in u.codes and a in v.codes)):
                    expected |= {u.id, v.id}
        assert sorted(edge_units(data, a, b, overlap=True)) == sorted(expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_saturation_on_generated_studies_equals_the_definition(seed: int, tmp_path: Path) -> None:
    # many codes over few units, so new codes keep coming and the runs differ
    project, plan = generate(tmp_path / "sparse.lectio", seed, n_docs=14, n_codes=40, n_units=45)
    for base, run, t in ((4, 2, 0.05), (2, 1, 0.2), (3, 3, 0.0), (1, 2, 0.5), (4, 2, 0.25)):
        result = study_saturation(project, base=base, run=run, threshold=t).to_json()
        doc_codes = [set() for _ in plan.docs]
        for u in plan.units:
            doc_codes[u.doc] |= u.codes
        runs, reached = ref_saturation(doc_codes, base, run, t)
        assert result["order"] == [d["name"] for d in plan.docs]
        assert result["runs"] == runs
        assert result["saturation_at"] == reached
        assert (result["base"], result["run"], result["threshold"]) == (base, run, t)
    project.close()


def test_saturation_order_by_name_and_by_attribute(study: tuple[Project, Plan]) -> None:
    project, plan = study
    by_name = study_saturation(project, order="name").order
    assert by_name == sorted(d["name"] for d in plan.docs)
    by_year = study_saturation(project, order="year").order
    with_year = [d for d in plan.docs if "year" in d["meta"]]
    expected = [d["name"] for d in sorted(with_year, key=lambda d: d["meta"]["year"])]  # stable: import order
    expected += [d["name"] for d in plan.docs if "year" not in d["meta"]]
    assert by_year == expected


# -- the worked example -----------------------------------------------------------------------------
WORKED = [  # ten interviews and the codes each one carries
    "A B C D E", "A F G", "H I J", "A K L M N O P Q R S T",  # the base: 20 distinct codes (A … T)
    "U V", "W", "A", "X", "B", "C",
]


@pytest.fixture
def worked(tmp_path: Path) -> Iterator[Project]:
    project = create_project(tmp_path / "worked.lectio", reviewer="Ann")
    rid = project.reviewers()[0].id
    stamp = now()
    letters = sorted({c for line in WORKED for c in line.split()})
    code_ids = {c: new_id() for c in letters}
    docs, units, codings = [], [], []
    for i, line in enumerate(WORKED):
        doc_id = new_id()
        date = f"2024-0{9 - i % 9}"
        docs.append({"id": doc_id, "name": f"Interview {i + 1}", "kind": "txt", "text": "y" * 500,
                     "text_sha256": doc_id, "page_starts": "[0]", "metadata_json": json.dumps({"date": date}),
                     "original_name": "", "sha256": doc_id, "position": i, "imported_at": stamp})
        for j, c in enumerate(line.split()):
            uid = new_id()
            units.append({"id": uid, "document_id": doc_id, "reviewer_id": rid, "start": 10 * j, "end": 10 * j + 8,
                          "text": "y" * 8, "condensed": "", "created_at": stamp})
            codings.append({"id": new_id(), "unit_id": uid, "code_id": code_ids[c], "reviewer_id": rid,
                            "created_at": stamp})
    with project.write_session() as s:
        s.execute(insert(TABLES["document"].__table__), docs)  # type: ignore[attr-defined]
        s.execute(insert(TABLES["code"].__table__), [  # type: ignore[attr-defined]
            {"id": i, "name": c, "definition": "", "inclusion": "", "exclusion": "", "colour": "#888888",
             "category_id": None, "exemplar_unit_id": None, "position": 0, "x": 0.0, "y": 0.0}
            for c, i in code_ids.items()])
        s.execute(insert(TABLES["meaningunit"].__table__), units)  # type: ignore[attr-defined]
        s.execute(insert(TABLES["coding"].__table__), codings)  # type: ignore[attr-defined]
    yield project
    project.close()


def test_saturation_reproduces_the_worked_example(worked: Project) -> None:
    result = study_saturation(worked)  # base 4, run 2, threshold 0.05
    # k = 5: interviews 5–6 add U, V, W → 3/20; k = 6: interviews 6–7 add W → 1/20 = 0.05 ≤ 0.05: reached at 5
    assert result.base_codes == 20
    assert [(r.k, r.new, r.ratio) for r in result.runs] == [
        (5, ["U", "V", "W"], 0.15), (6, ["W"], 0.05), (7, ["X"], 0.05), (8, ["X"], 0.05), (9, [], 0.0)]
    assert result.saturation_at == 5
    assert result.sentence() == "Saturation was reached at 5 documents (base 4, run 2, ≤ 5 % new codes)."
    assert result.cumulative == [5, 7, 10, 20, 22, 23, 23, 24, 24, 24]
    strict = study_saturation(worked, threshold=0.0)
    assert strict.saturation_at == 8  # only k = 9 (interviews 9–10 add nothing) has no new code
    none = study_saturation(worked, threshold=0.0, run=3)  # k = 5 … 8; interview 8 adds X in every run
    assert [r.k for r in none.runs] == [5, 6, 7, 8]
    assert none.saturation_at is None
    assert none.sentence() == "Saturation was not reached within 10 documents (base 4, run 3, ≤ 0 % new codes)."


def test_saturation_by_a_metadata_date_reorders_the_interviews(worked: Project) -> None:
    result = study_saturation(worked, order="date")
    # dates 2024-09, 2024-08, … 2024-01, then interview 10 (2024-09 again) after interview 1, its equal
    assert result.order[:3] == ["Interview 9", "Interview 8", "Interview 7"]
    assert result.order[-2:] == ["Interview 1", "Interview 10"]


def test_saturation_with_fewer_documents_than_base_and_run_has_no_runs(worked: Project) -> None:
    result = study_saturation(worked, base=9, run=2)
    assert result.runs == [] and result.saturation_at is None


def test_unknown_attribute_names_what_exists(study: tuple[Project, Plan]) -> None:
    project, _ = study
    with pytest.raises(LectioError, match="no attribute called 'Colour'.*Role, Age, participant"):
        study_matrix(project, "Colour")
    with pytest.raises(LectioError, match="cannot order documents by 'Colour'"):
        study_saturation(project, order="Colour")


def test_figures_of_a_study_without_units(tmp_path: Path) -> None:
    with create_project(tmp_path / "empty.lectio") as project:
        data = load(project)
        assert matrix(data, "document").to_json() == {"by": "document", "count": "units", "columns": [], "rows": {}}
        assert cooccurrence(data).to_json() == {"pairs": []}
        assert saturation(data).to_json()["saturation_at"] is None


def test_every_unit_participant_at_once_equals_one_at_a_time(study: tuple[Project, Plan]) -> None:
    data = load(study[0])
    assert data.turns  # the generated study has speaker turns, so both look-ups are exercised
    assert data.unit_participants() == [data.participant_of(u) for u in data.units]
