"""The command-line contracts: `lectio matrix|cooccurrence|saturation|query … --json`, checked against the plain
computation on a generated study, and one-line errors that leave the study as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.analysis.study import Plan, generate, ref_cooccurrence, ref_matrix, ref_saturation


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Plan]:
    path = tmp_path_factory.mktemp("cli") / "study.lectio"
    project, plan = generate(path, 11, n_docs=10, n_codes=20, n_units=60)
    project.close()
    return path, plan


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_matrix_json(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    path, plan = study
    code, out, _ = run(capsys, "matrix", str(path), "--by", "Role", "--count", "participants", "--reviewer", "Ann",
                       "--json")
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"by", "count", "columns", "rows"}
    assert (got["by"], got["count"]) == ("Role", "participants")
    expected = ref_matrix(plan, "Role", count="participants", reviewer="Ann")
    assert {r: {v: n for v, n in c.items() if n} for r, c in got["rows"].items() if any(c.values())} == expected
    assert all(list(cells) == got["columns"] for cells in got["rows"].values())


def test_matrix_by_theme_in_plain_text(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = study
    code, out, _ = run(capsys, "matrix", str(path), "--by", "Age", "--rows", "themes")
    assert code == 0
    assert "Matrix: rows are themes" in out and "Living with it" in out and "Services" in out


def test_cooccurrence_json(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    path, plan = study
    expected = ref_cooccurrence(plan)
    code, out, _ = run(capsys, "cooccurrence", str(path), "--json")
    assert code == 0
    assert json.loads(out) == {"pairs": [{"a": a, "b": b, "units": n} for (a, b), (n, _) in sorted(expected.items())
                                         if n]}
    code, out, _ = run(capsys, "cooccurrence", str(path), "--overlap", "--json")
    assert json.loads(out) == {"pairs": [{"a": a, "b": b, "units": n, "overlaps": o}
                                         for (a, b), (n, o) in sorted(expected.items())]}


def test_saturation_json_and_sentence(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    path, plan = study
    code, out, _ = run(capsys, "saturation", str(path), "--base", "3", "--run", "2", "--threshold", "0.1", "--json")
    assert code == 0
    got = json.loads(out)
    assert set(got) == {"base", "run", "threshold", "order", "runs", "saturation_at"}
    doc_codes = [set() for _ in plan.docs]
    for u in plan.units:
        doc_codes[u.doc] |= u.codes
    runs, reached = ref_saturation(doc_codes, 3, 2, 0.1)
    assert (got["base"], got["run"], got["threshold"], got["runs"], got["saturation_at"]) == (3, 2, 0.1, runs,
                                                                                               reached)
    code, out, _ = run(capsys, "saturation", str(path), "--base", "3", "--threshold", "0.1")
    assert out.startswith("Saturation was ") and "(base 3, run 2, ≤ 10 % new codes)." in out.splitlines()[0]


def test_query_save_list_and_use(tmp_path: Path, study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "copy.lectio"
    path.write_bytes(study[0].read_bytes())
    plan = study[1]
    code, out, _ = run(capsys, "query", str(path), '"Code A" OR "Code B"', "--save", "A or B", "--json")
    assert code == 0
    got = json.loads(out)
    assert got["count"] == len(got["units"]) == sum(1 for u in plan.units if u.codes & {"Code A", "Code B"})
    assert {u["id"] for u in got["units"]} == {u.id for u in plan.units if u.codes & {"Code A", "Code B"}}
    code, out, _ = run(capsys, "query", str(path), "--json")
    assert json.loads(out) == {"queries": [{"name": "A or B", "expression": '"Code A" OR "Code B"'}]}
    code, out, _ = run(capsys, "cooccurrence", str(path), "--query", "A or B", "--json")
    assert code == 0 and all(p["units"] > 0 for p in json.loads(out)["pairs"])


@pytest.mark.parametrize(("argv", "message"), [
    (["matrix", "{p}", "--by", "Colour"], "no attribute called 'Colour'"),
    (["matrix", "{p}", "--by", "Role", "--reviewer", "Zoe"], "no reviewer called 'Zoe'"),
    (["cooccurrence", "{p}", "--reviewer", "consensus"], "there is no consensus layer yet"),
    (["saturation", "{p}", "--order", "Colour"], "cannot order documents by 'Colour'"),
    (["query", "{p}", '"Code A" AND'], "the query ends too early"),
    (["query", "{p}", "Nope", "--save", "x"], "no code called 'Nope'"),
    (["matrix", "{missing}", "--by", "Role"], "missing.lectio"),
])
def test_errors_are_one_line_and_leave_the_study_alone(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str],
                                                        argv: list[str], message: str) -> None:
    path = study[0]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    argv = [a.format(p=path, missing=path.with_name("missing.lectio")) for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 1 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and "Error:" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_bad_numbers_are_usage_errors(study: tuple[Path, Plan], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["saturation", str(study[0]), "--threshold", "5"])
    assert exc.value.code == 2
    assert "between 0 and 1" in capsys.readouterr().err
