"""Agreement figures against independent computations: scikit-learn's kappa and the krippendorff package on
character vectors built with plain loops, on several projects."""

from __future__ import annotations

import math
import random
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from app.consensus.agreement import Table2x2, agreement, krippendorff_alpha, summary_for_export
from app.consensus.common import load_units
from tests.consensus.conftest import build_study, char_vectors


def cohen_kappa_score(a: list[int], b: list[int]) -> float:
    """scikit-learn's kappa, the independent reference; imported on first use (it takes a second to load,
    which every test worker would otherwise pay while collecting)."""
    from sklearn.metrics import cohen_kappa_score as reference

    return float(reference(a, b))

TEXTS = ["Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho.",
         "Second document, shorter: one two three four five six seven.",
         "Émile said 😊 that café work was très dur — and that was that, said he, twice over."]
CODES = ["Red", "Green", "Blue"]


def _sk_kappa(a: list[int], b: list[int]) -> float | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = cohen_kappa_score(a, b)
    return None if math.isnan(k) else float(k)


def _kr_alpha(a: list[int], b: list[int]) -> float | None:
    if len(set(a) | set(b)) < 2:
        return None
    return float(krippendorff.alpha(reliability_data=np.array([a, b]), level_of_measurement="nominal"))


def _check(study_spec: dict, tmp_path: Path, name: str) -> None:
    study = build_study(tmp_path / f"{name}.lectio", TEXTS, CODES, study_spec)
    ra, rb = list(study_spec)
    report = agreement(study.project, ra, rb)
    pooled_a: list[int] = []
    pooled_b: list[int] = []
    for code in CODES:
        va = char_vectors(TEXTS, CODES, study_spec[ra], code)
        vb = char_vectors(TEXTS, CODES, study_spec[rb], code)
        pooled_a += va
        pooled_b += vb
        fig = report.codes[code]
        assert fig.n == len(va) == sum(len(t) for t in TEXTS)
        assert fig.agreement == pytest.approx(sum(x == y for x, y in zip(va, vb, strict=True)) / len(va))
        expected_k = _sk_kappa(va, vb)
        assert (fig.kappa is None) == (expected_k is None), code
        if expected_k is not None:
            assert fig.kappa == pytest.approx(expected_k, abs=1e-12), code
        expected_a = _kr_alpha(va, vb)
        assert (fig.alpha is None) == (expected_a is None), code
        if expected_a is not None:
            assert fig.alpha == pytest.approx(expected_a, abs=1e-12), code
    assert report.pooled.kappa == pytest.approx(_sk_kappa(pooled_a, pooled_b), abs=1e-12)
    assert report.pooled.alpha == pytest.approx(_kr_alpha(pooled_a, pooled_b), abs=1e-12)
    study.project.close()


def _random_spec(seed: int) -> dict:
    rng = random.Random(seed)
    spec: dict = {"Ana": [], "Ben": []}
    for name in spec:
        for _ in range(rng.randint(3, 9)):
            d = rng.randrange(len(TEXTS))
            s = rng.randrange(len(TEXTS[d]) - 1)
            e = rng.randint(s + 1, min(len(TEXTS[d]), s + 30))
            spec[name].append((d, s, e, rng.sample(CODES, rng.randint(0, 2))))
    return spec


@pytest.mark.slow  # five random studies, each compared with scikit-learn
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_projects_match_sklearn_and_krippendorff(tmp_path: Path, seed: int) -> None:
    _check(_random_spec(seed), tmp_path, f"random{seed}")


@pytest.mark.slow  # two seconds of character vectors
def test_overlapping_units_of_one_reviewer_count_once(tmp_path: Path) -> None:
    spec = {"Ana": [(0, 0, 20, ["Red"]), (0, 10, 30, ["Red", "Blue"]), (0, 15, 16, ["Red"])],
            "Ben": [(0, 5, 25, ["Red"]), (1, 0, 10, ["Blue"])]}
    _check(spec, tmp_path, "overlap")


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_perfect_agreement(tmp_path: Path) -> None:
    rows = [(0, 0, 20, ["Red"]), (1, 5, 30, ["Green", "Blue"]), (2, 3, 40, ["Red"])]
    _check({"Ana": rows, "Ben": list(rows)}, tmp_path, "perfect")
    study = build_study(tmp_path / "p2.lectio", TEXTS, CODES, {"Ana": rows, "Ben": list(rows)})
    report = agreement(study.project)
    assert report.pooled.kappa == pytest.approx(1.0)
    assert report.pooled.alpha == pytest.approx(1.0)
    assert report.unit_level.matched == 3 and report.unit_level.only_a == report.unit_level.only_b == 0
    assert report.unit_level.codes.kappa == pytest.approx(1.0)
    study.project.close()


def test_total_disagreement(tmp_path: Path) -> None:
    n = len(TEXTS[0])
    spec = {"Ana": [(0, 0, n // 2, ["Red"])], "Ben": [(0, n // 2, n, ["Red"])]}
    study = build_study(tmp_path / "total.lectio", TEXTS[:1], CODES, spec)
    report = agreement(study.project)
    assert report.codes["Red"].agreement == 0.0
    assert report.codes["Red"].kappa == pytest.approx(-1.0)
    assert report.codes["Red"].alpha == pytest.approx(_kr_alpha([1] * (n // 2) + [0] * (n - n // 2),
                                                                [0] * (n // 2) + [1] * (n - n // 2)))
    # a code neither reviewer used: agreement is perfect, kappa and alpha are undefined (null in JSON)
    assert report.codes["Green"].agreement == 1.0
    assert report.codes["Green"].kappa is None and report.codes["Green"].alpha is None
    assert report.to_json()["character_level"]["codes"]["Green"]["kappa"] is None
    study.project.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_demo_project_matches_independent_vectors(demo) -> None:
    report = agreement(demo)
    a, b = report.reviewers
    assert (a.name, b.name) == ("Ana Ruiz", "Ben Okafor")
    from app.core.codebook import list_codes
    from app.core.documents import get_document, list_documents

    texts = [get_document(demo, d.id).text for d in list_documents(demo)]
    doc_index = {d.id: i for i, d in enumerate(list_documents(demo))}
    names = {c.id: c.name for c in list_codes(demo)}
    units = load_units(demo, [a.id, b.id])
    rows = {rid: [(doc_index[u.document_id], u.start, u.end, [names[c] for c in u.code_ids]) for u in us]
            for rid, us in units.items()}
    checked = 0
    for code in ("Carer as go-between", "Home as a workplace", "Keeping control of care"):
        va = char_vectors(texts, [], rows[a.id], code)
        vb = char_vectors(texts, [], rows[b.id], code)
        assert report.codes[code].kappa == pytest.approx(cohen_kappa_score(va, vb), abs=1e-12)
        checked += 1
    assert checked == 3


@pytest.mark.slow  # over a second (measured: scikit-learn and the demo study); the fast lane keeps under a minute
def test_unit_level_counts_by_hand(tmp_path: Path) -> None:
    spec = {"Ana": [(0, 0, 10, ["Red"]), (0, 20, 30, ["Red"]), (0, 50, 60, ["Blue"]), (1, 0, 10, ["Green"])],
            "Ben": [(0, 0, 9, ["Red"]), (0, 22, 40, ["Green"]), (0, 70, 80, ["Blue"]), (1, 0, 10, ["Green"]),
                    (1, 0, 9, ["Green"])]}
    study = build_study(tmp_path / "units.lectio", TEXTS, CODES, spec)
    # Jaccard: 0-10 vs 0-9 = 0.9; 20-30 vs 22-40 = 8/20 = 0.4; doc 2: 0-10 matches its twin, not 0-9
    u = agreement(study.project).unit_level
    assert (u.matched, u.only_a, u.only_b) == (2, 2, 3)
    assert u.same_boundaries == 1 and u.identical_codes == 2
    assert u.codes.kappa == pytest.approx(1.0)
    loose = agreement(study.project, threshold=0.3).unit_level
    assert (loose.matched, loose.only_a, loose.only_b) == (3, 1, 2)
    # matched pairs, code by code: (Red,Red) (Green,Green) (Red,Green) -> kappa against sklearn
    va, vb = [], []
    for ca, cb in ((["Red"], ["Red"]), (["Green"], ["Green"]), (["Red"], ["Green"])):
        for code in CODES:
            va.append(int(code in ca))
            vb.append(int(code in cb))
    assert loose.codes.kappa == pytest.approx(cohen_kappa_score(va, vb), abs=1e-12)
    study.project.close()


def test_reviewers_chosen_by_name_and_errors(tmp_path: Path) -> None:
    from app.core.errors import LectioError

    spec = {"Ana": [(0, 0, 10, ["Red"])], "Ben": [(0, 0, 10, ["Red"])], "Cleo": [(0, 0, 5, ["Red"])]}
    study = build_study(tmp_path / "three.lectio", TEXTS, CODES, spec)
    report = agreement(study.project, "Cleo", "Ana")
    assert [r.name for r in report.reviewers] == ["Cleo", "Ana"]
    assert report.codes["Red"].both == 5
    with pytest.raises(LectioError):
        agreement(study.project, "Ana", "Nobody")
    with pytest.raises(LectioError):
        agreement(study.project, threshold=0)
    study.project.close()


def test_alpha_from_table_matches_package_on_small_tables() -> None:
    rng = random.Random(7)
    for _ in range(30):
        a = [rng.randint(0, 1) for _ in range(rng.randint(2, 40))]
        b = [rng.randint(0, 1) for _ in a]
        t = Table2x2(sum(x & y for x, y in zip(a, b, strict=True)), sum(x > y for x, y in zip(a, b, strict=True)),
                     sum(x < y for x, y in zip(a, b, strict=True)), sum(x == y == 0 for x, y in zip(a, b, strict=True)))
        expected = _kr_alpha(a, b)
        got = krippendorff_alpha(t)
        assert (got is None) == (expected is None)
        if got is not None:
            assert got == pytest.approx(expected, abs=1e-12)


@pytest.mark.slow  # over a second (measured: scikit-learn and the demo study); the fast lane keeps under a minute
def test_summary_for_export(tmp_path: Path, demo) -> None:
    summary = summary_for_export(demo)
    assert summary is not None and summary["reviewers"] == ["Ana Ruiz", "Ben Okafor"]
    double = agreement(demo, double_coded_only=True)  # the export reports what both coded, and says so
    assert summary["kappa"] == pytest.approx(double.pooled.kappa) and summary["documents"] == double.documents
    assert 0 < summary["coded_share"] < 1
    alone = build_study(tmp_path / "alone.lectio", TEXTS, CODES, {"Ana": [(0, 0, 10, ["Red"])], "Ben": []})
    assert summary_for_export(alone.project) is None
    alone.project.close()


@pytest.mark.slow  # over half a second (measured); the fast lane keeps under a minute
def test_double_coded_only_counts_documents_both_coded(tmp_path: Path) -> None:
    spec = {"Ana": [(0, 0, 20, ["Red"]), (1, 0, 30, ["Red"])], "Ben": [(0, 5, 25, ["Red"])]}
    study = build_study(tmp_path / "dc.lectio", TEXTS, CODES, spec)
    everything = agreement(study.project)
    only_both = agreement(study.project, double_coded_only=True)
    assert everything.characters == sum(len(t) for t in TEXTS) and everything.documents == 3
    assert only_both.characters == len(TEXTS[0]) and only_both.documents == 1
    assert only_both.units == (1, 1)
    va = char_vectors(TEXTS[:1], CODES, spec["Ana"], "Red")
    vb = char_vectors(TEXTS[:1], CODES, spec["Ben"], "Red")
    assert only_both.codes["Red"].kappa == pytest.approx(cohen_kappa_score(va, vb), abs=1e-12)
    assert only_both.to_json()["double_coded_only"] is True
    study.project.close()
