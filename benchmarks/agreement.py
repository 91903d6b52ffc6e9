"""Agreement over 100,000 meaning units (goal ≤ 2 s), plus the disagreement list, a blind copy and a merge.

Builds (untimed) a project with two reviewers and 100,000 meaning units (50,000 each) over 200 documents of
~60,000 characters, 40 codes and one to three codes per unit, with Core bulk inserts in one transaction.
B's units are A's with jittered boundaries, some codes swapped and some units dropped or added, so the
figures are realistic. Then times ``agreement()`` end to end (reading the file included), three runs.
Prints the figures; exits 0.

    /tmp/venv/bin/python benchmarks/agreement.py [--units 100000] [--documents 200]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from app.consensus.agreement import agreement  # noqa: E402
from app.consensus.copies import create_reviewer_copy  # noqa: E402
from app.consensus.disagreements import list_disagreements  # noqa: E402
from app.consensus.merge import merge_file  # noqa: E402
from app.core.models import Code, Coding, Document, MeaningUnit, Reviewer, new_id, now  # noqa: E402
from app.core.project import Project, create_project, open_project  # noqa: E402

WORDS = ("care", "home", "nurse", "daughter", "morning", "knows", "tablets", "kitchen", "table", "asked")


def build(path: Path, n_units: int, n_docs: int, n_codes: int = 40, seed: int = 1) -> Project:
    rng = random.Random(seed)
    project = create_project(path, title="Benchmark", reviewer="A")
    a = project.reviewers()[0].id
    b = new_id()
    per_doc = n_units // 2 // n_docs
    doc_len = per_doc * 240
    docs, units, codings = [], [], []
    code_ids = [new_id() for _ in range(n_codes)]
    stamp = now()
    for d in range(n_docs):
        body = " ".join(rng.choice(WORDS) for _ in range(doc_len // 6))[:doc_len].ljust(doc_len, ".")
        doc_id = new_id()
        docs.append({"id": doc_id, "name": f"Document {d + 1}", "kind": "txt", "text": body, "text_sha256": doc_id,
                     "page_starts": "[0]", "metadata_json": "{}", "original_name": "", "sha256": doc_id,
                     "position": d, "imported_at": stamp})
        for k in range(per_doc):
            start = k * 240 + rng.randint(0, 40)
            end = start + rng.randint(60, 190)
            codes = rng.sample(code_ids, rng.randint(1, 3))
            variants = [(a, start, end, codes)]
            if rng.random() < 0.92:  # B made a similar unit
                bs = max(0, start + rng.randint(-15, 15))
                be = min(doc_len, max(bs + 10, end + rng.randint(-15, 15)))
                bc = codes if rng.random() < 0.7 else rng.sample(code_ids, rng.randint(1, 3))
                variants.append((b, bs, be, bc))
            else:  # or one elsewhere
                variants.append((b, start + 5, start + 60, rng.sample(code_ids, 1)))
            for rid, s, e, cs in variants:
                uid = new_id()
                units.append({"id": uid, "document_id": doc_id, "reviewer_id": rid, "start": s, "end": e,
                              "text": body[s:e], "condensed": "", "created_at": stamp})
                codings += [{"id": new_id(), "unit_id": uid, "code_id": c, "reviewer_id": rid, "created_at": stamp}
                            for c in cs]
    with project.write_session() as s:
        s.execute(insert(Reviewer), [{"id": b, "name": "B", "initials": "B", "colour": "#d62728",
                                      "is_consensus": False, "created_at": stamp}])
        s.execute(insert(Code), [{"id": c, "name": f"Code {i + 1}", "definition": "", "inclusion": "",
                                  "exclusion": "", "colour": "#888888", "category_id": None,
                                  "exemplar_unit_id": None, "position": i, "x": 0.0, "y": 0.0}
                                 for i, c in enumerate(code_ids)])
        s.execute(insert(Document), docs)
        s.execute(insert(MeaningUnit), units)
        s.execute(insert(Coding), codings)
    return project


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        project = build(Path(folder) / "bench.lectio", args.units, args.documents)
        print(f"built {args.units:,} units in {args.documents} documents: {time.perf_counter() - t0:.1f} s")
        times = []
        for _ in range(3):
            t = time.perf_counter()
            report = agreement(project)
            times.append(time.perf_counter() - t)
        u = report.unit_level
        print(f"units: A {report.units[0]:,}, B {report.units[1]:,}; characters per code {report.characters:,}; "
              f"codes {len(report.codes)}")
        print(f"pooled: agreement {report.pooled.agreement:.4f}, kappa {report.pooled.kappa:.4f}, "
              f"alpha {report.pooled.alpha:.4f}; unit level: {u.matched:,} matched, {u.only_a:,} only A, "
              f"{u.only_b:,} only B, code kappa {u.codes.kappa:.4f}")
        print(f"agreement(): median {statistics.median(times):.2f} s, best {min(times):.2f} s "
              f"(goal ≤ 2 s) {'OK' if statistics.median(times) <= 2 else 'SLOW'}")
        t = time.perf_counter()
        listing = list_disagreements(project)
        print(f"list_disagreements(): {listing.total:,} items in {time.perf_counter() - t:.2f} s")
        # a blind copy holds no units; merging the full project into it brings all 100,000 back
        copy_path = Path(folder) / "copy.lectio"
        t = time.perf_counter()
        create_reviewer_copy(project, copy_path, "C", blind=True)
        print(f"blind reviewer copy: {time.perf_counter() - t:.2f} s")
        project.close()
        with open_project(copy_path, backup=False) as copy:
            t = time.perf_counter()
            result = merge_file(copy, Path(folder) / "bench.lectio").value
            took = time.perf_counter() - t
            print(f"merge_file() bringing {result.added.get('meaningunit', 0):,} units and "
                  f"{result.added.get('coding', 0):,} codings: {took:.2f} s")
            t = time.perf_counter()
            again = merge_file(copy, Path(folder) / "bench.lectio").value
            print(f"merging the same file again: {'nothing new' if again.nothing_new else again.added} in "
                  f"{time.perf_counter() - t:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
