"""Krippendorff's alpha with a bootstrap interval, checked against an independent item-by-item bootstrap."""

from __future__ import annotations

import random

import pytest

from app.consensus.agreement import Table2x2, krippendorff_alpha
from app.consensus.icr import alpha_ci


def independent_interval(table: Table2x2, resamples: int, seed: int) -> tuple[float, float]:
    """Hayes & Krippendorff's bootstrap written out: resample the N items (pairs of values) with replacement,
    keep the expected disagreement of the data, and take the 2.5th and 97.5th percentiles."""
    items = [(1, 1)] * table.both + [(1, 0)] * table.only_a + [(0, 1)] * table.only_b + [(0, 0)] * table.neither
    n_items = len(items)
    values = [v for pair in items for v in pair]
    n, n1 = len(values), sum(values)
    n0 = n - n1
    expected = 2 * n0 * n1 / (n * (n - 1))
    rng = random.Random(seed)
    alphas = []
    for _ in range(resamples):
        disagree = sum(1 for _ in range(n_items) if (lambda p: p[0] != p[1])(items[rng.randrange(n_items)]))
        alphas.append(max(-1.0, 1 - (disagree / n_items) / expected))
    alphas.sort()

    def pct(q: float) -> float:  # numpy's default (linear) percentile
        k = (len(alphas) - 1) * q
        lo = int(k)
        hi = min(lo + 1, len(alphas) - 1)
        return alphas[lo] + (alphas[hi] - alphas[lo]) * (k - lo)

    return pct(0.025), pct(0.975)


@pytest.mark.slow
@pytest.mark.parametrize("table", [Table2x2(300, 40, 25, 635), Table2x2(30, 6, 4, 60), Table2x2(5, 10, 12, 173)])
def test_the_interval_matches_an_independent_bootstrap(table: Table2x2) -> None:
    ours = alpha_ci(table, resamples=4000, seed=11)
    theirs = independent_interval(table, resamples=4000, seed=5)
    assert ours is not None
    assert ours[0] == pytest.approx(theirs[0], abs=0.025)
    assert ours[1] == pytest.approx(theirs[1], abs=0.025)
    alpha = krippendorff_alpha(table)
    assert alpha is not None and ours[0] <= alpha <= ours[1]


def test_the_seed_makes_the_interval_repeatable_and_undefined_alpha_has_none() -> None:
    table = Table2x2(30_000, 4_000, 2_500, 63_500)  # many items: the percentiles are not a handful of steps
    assert alpha_ci(table, seed=3) == alpha_ci(table, seed=3)
    assert alpha_ci(table, seed=3) != alpha_ci(table, seed=4)
    assert alpha_ci(Table2x2(0, 0, 0, 500)) is None  # the code was never used: no variation to agree on
    assert alpha_ci(Table2x2()) is None
    wide = alpha_ci(Table2x2(3, 1, 1, 5), seed=1)
    narrow = alpha_ci(Table2x2(300, 100, 100, 500), seed=1)
    assert wide is not None and narrow is not None
    assert wide[1] - wide[0] > narrow[1] - narrow[0]  # more data, a narrower interval
