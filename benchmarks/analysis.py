"""Matrix, co-occurrence and saturation over 1,000 documents, 200 codes and 100,000 meaning units (goal ≤ 1 s each).

Builds (untimed) a study with 1,000 documents, 120 participants with a Role attribute, speaker turns in half of
the documents, 200 codes in 20 categories and 5 themes, and 100,000 meaning units of two reviewers with one to
three codes each — with raw bulk inserts in one transaction. Then times each figure end to end (reading the file
included, as `lectio matrix …` does) and with the study already read (as the window recomputes), best and
median of three runs, and prints the figures. Then runs the command line itself, one process per run
(`python -m app matrix STUDY --by Role --json` …: start-up, imports, opening and checking the file, reading,
computing and printing — what a user waits for); exits 0.

    /work/venv/bin/python benchmarks/analysis.py [--units 100000] [--documents 1000] [--codes 200]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.analysis.data import load  # noqa: E402
from app.analysis.figures import cooccurrence, matrix, saturation  # noqa: E402
from app.analysis.local import LocalStudy  # noqa: E402
from app.analysis.service import study_cooccurrence, study_matrix, study_saturation  # noqa: E402
from app.core.models import TABLES, new_id, now  # noqa: E402
from app.core.project import Project, create_project, open_project  # noqa: E402


def build(path: Path, n_units: int, n_docs: int, n_codes: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    project: Project = create_project(path, title="Benchmark", reviewer="A")
    a = project.reviewers()[0].id
    b = new_id()
    stamp = now()
    rows: dict[str, list[dict]] = {t: [] for t in ("reviewer", "participant", "attribute", "attributevalue", "theme",
                                                      "category", "code", "document", "turn", "meaningunit", "coding")}
    rows["reviewer"].append({"id": b, "name": "B", "initials": "B", "colour": "#d62728", "is_consensus": False,
                             "created_at": stamp})
    role = new_id()
    rows["attribute"].append({"id": role, "name": "Role", "type": "choice", "choices": '["nurse","carer","patient"]',
                              "position": 0})
    people = [new_id() for _ in range(120)]
    for i, pid in enumerate(people):
        rows["participant"].append({"id": pid, "name": f"P{i}", "role": "participant", "position": i,
                                    "created_at": stamp})
        rows["attributevalue"].append({"id": new_id(), "participant_id": pid, "attribute_id": role,
                                       "value": ("nurse", "carer", "patient")[i % 3]})
    themes = [new_id() for _ in range(5)]
    cats = [new_id() for _ in range(20)]
    for i, t in enumerate(themes):
        rows["theme"].append({"id": t, "name": f"Theme {i}", "description": "", "position": i, "x": 0.0, "y": 0.0})
    for i, c in enumerate(cats):
        rows["category"].append({"id": c, "name": f"Category {i}", "description": "", "colour": "",
                                 "theme_id": themes[i % 5], "parent_id": None, "position": i, "x": 0.0, "y": 0.0})
    codes = [new_id() for _ in range(n_codes)]
    for i, c in enumerate(codes):
        rows["code"].append({"id": c, "name": f"Code {i:03d}", "definition": "", "inclusion": "", "exclusion": "",
                             "colour": "#4e79a7", "category_id": cats[i % 20], "exemplar_unit_id": None,
                             "position": i, "x": 0.0, "y": 0.0})
    per_doc = n_units // n_docs
    length = per_doc * 200
    weights = [1 / (i + 1) for i in range(n_codes)]  # a long tail, as real codebooks have
    for d in range(n_docs):
        doc_id = new_id()
        rows["document"].append({"id": doc_id, "name": f"Interview {d:04d}", "kind": "txt", "text": "x" * length,
                                 "text_sha256": doc_id, "page_starts": "[0]", "metadata_json": "{}",
                                 "original_name": "", "sha256": doc_id, "position": d, "imported_at": stamp,
                                 "participant_id": people[d % len(people)]})
        if d % 2 == 0:
            for t in range(0, length, 1000):
                rows["turn"].append({"id": new_id(), "document_id": doc_id, "start": t, "end": t + 1000,
                                     "speaker": "S", "participant_id": rng.choice(people), "seconds": None})
        for k in range(per_doc):
            uid = new_id()
            start = k * 200 + rng.randint(0, 60)
            rid = a if k % 2 == 0 else b
            rows["meaningunit"].append({"id": uid, "document_id": doc_id, "reviewer_id": rid, "start": start,
                                        "end": start + rng.randint(40, 260), "text": "", "condensed": "",
                                        "created_at": stamp})
            for c in set(rng.choices(codes, weights, k=rng.randint(1, 3))):
                rows["coding"].append({"id": new_id(), "unit_id": uid, "code_id": c, "reviewer_id": rid,
                                       "created_at": stamp})
    with project.write_session() as s:
        for table, values in rows.items():
            for i in range(0, len(values), 20000):
                s.execute(insert(TABLES[table].__table__), values[i:i + 20000])  # type: ignore[attr-defined]
    project.close()


def timed(label: str, fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """Best and median wall time of three runs, and the best CPU time of this process (the wall time is
    inflated when other work shares the machine: compare the two and the load average printed at the end)."""
    times, cpu, result = [], [], None
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    print(f"{label:<44} best {min(times):.3f} s   median {statistics.median(times):.3f} s   "
          f"cpu {min(cpu):.3f} s   {'OK' if min(times) <= 1.0 else 'OVER 1 s'}")
    return min(times), result


def process(argv: list[str]) -> None:
    """``python -m app ARGV`` three times, each a new process; wall time of each run, best and median."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app", *argv], cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    label = "lectio " + " ".join(a for a in argv if not a.endswith(".lectio"))
    print(f"{label:<44} best {min(times):.3f} s   median {statistics.median(times):.3f} s   "
          f"runs {' '.join(f'{t:.2f}' for t in times)}   {'OK' if min(times) <= 1.0 else 'OVER 1 s'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--codes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.lectio"
        t0 = time.perf_counter()
        build(path, args.units, args.documents, args.codes)
        print(f"Built {args.documents:,} documents, {args.codes} codes, {args.units:,} meaning units "
              f"in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
        with open_project(path, backup=False) as project:
            timed("reading the study alone (shared by all)", lambda: load(project))
            data = load(project)
            timed("matrix, the study already read (the window)", lambda: matrix(data, "Role"))
            timed("co-occurrence, already read", lambda: cooccurrence(data))
            timed("saturation, already read", lambda: saturation(data))
            _, m = timed("matrix --by Role (codes × values, units)", lambda: study_matrix(project, "Role"))
            timed("matrix --by Role --count participants", lambda: study_matrix(project, "Role", count="participants"))
            timed("matrix --by Role --rows themes", lambda: study_matrix(project, "Role", rows="themes"))
            _, c = timed("cooccurrence", lambda: study_cooccurrence(project))
            timed("cooccurrence --overlap", lambda: study_cooccurrence(project, overlap=True))
            _, s = timed("saturation (base 4, run 2, 5 %)", lambda: study_saturation(project))
            timed("saturation --reviewer B", lambda: study_saturation(project, reviewer="B"))
        local = LocalStudy.open(path)  # what the command line reads with (sqlite3 alone)
        assert local is not None
        with local:
            print("The same, read as the command line reads (app/analysis/local.py):")
            timed("matrix --by Role", lambda: study_matrix(local, "Role"))
            timed("cooccurrence", lambda: study_cooccurrence(local))
            timed("cooccurrence --overlap", lambda: study_cooccurrence(local, overlap=True))
            timed("saturation", lambda: study_saturation(local))
        print("The command line, one process per run (start-up and the file's quick check included):")
        for argv in (["matrix", str(path), "--by", "Role", "--json"], ["cooccurrence", str(path), "--json"],
                     ["cooccurrence", str(path), "--overlap", "--json"], ["saturation", str(path), "--json"]):
            process(argv)
    print(f"Matrix: {len(m.row_names)} rows × {len(m.columns)} columns; "  # type: ignore[attr-defined]
          f"co-occurrence: {len(c.pairs):,} pairs; "  # type: ignore[attr-defined]
          f"{s.sentence()}")  # type: ignore[attr-defined]
    print(f"Load average while measuring: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
