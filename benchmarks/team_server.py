"""Eight simulated reviewers making 500 operations each at once against a local PostgreSQL (issue 22).

Each reviewer is a process of its own with its own connections, working through the core's operations as the
window would: mark a meaning unit, code it, write its condensed meaning, redefine their own code (with the
version they were shown). A ninth client creates a theme now and then while a listener (another connection)
waits for the server's notification: the time a change takes to reach another client.

Figures: operations per second, p50/p95/max operation latency, deadlocks and errors, final counts against the
sum of what every reviewer did, and change-to-other-client latency. Targets: nothing lost, no deadlock, p95
≤ 100 ms, change to another client ≤ 1 s.

Run:  python benchmarks/team_server.py [--reviewers 8] [--ops 500] [--url postgresql://…/empty_db]
(without --url a throwaway cluster is started with initdb/pg_ctl, as the tests do).
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TEXT = " ".join(f"Sentence {i}: nobody asked me anything, not once, and the nurse always knocked." for i in range(400))


def reviewer(url: str, name: str, ops: int, barrier: Any) -> dict[str, Any]:
    """One reviewer's session: ``ops`` operations; latencies in seconds and what was made."""
    from app.core import codebook, units
    from app.core.documents import list_documents
    from app.core.project import open_project
    from app.core.reviewers import find_reviewer

    out: dict[str, Any] = {"name": name, "latencies": [], "units": 0, "codings": 0, "condensed": 0, "edits": 0,
                           "errors": [], "deadlocks": 0}
    project = open_project(url)
    try:
        project.reviewer_id = find_reviewer(project, name).id
        doc = list_documents(project)[0].id
        shared = [c.id for c in codebook.list_codes(project) if c.name.startswith("Shared")]
        own = codebook.find_code_by_name(project, f"Own {name}")
        version = own.version
        unit_id = ""
        barrier.wait(timeout=120)
        for i in range(ops):
            started = time.perf_counter()
            try:
                step = i % 4
                if step == 0:
                    start = (i * 37 + len(name) * 101) % (len(TEXT) - 80)
                    unit_id = units.create_unit(project, doc, start, start + 60).value.id
                    out["units"] += 1
                elif step == 1:
                    codebook.assign_code(project, unit_id, shared[(i // 4) % len(shared)])
                    out["codings"] += 1
                elif step == 2:
                    units.set_condensed(project, unit_id, f"{name} condensed {i}")
                    out["condensed"] += 1
                else:
                    done = codebook.update_code(project, own.id, expected_version=version,
                                                definition=f"{name}'s definition, take {i}")
                    version = done.value["version"]
                    out["edits"] += 1
            except Exception as exc:  # noqa: BLE001 - counted and shown, the run goes on
                if "deadlock" in str(exc).lower():
                    out["deadlocks"] += 1
                out["errors"].append(f"{type(exc).__name__}: {str(exc)[:160]}")
            out["latencies"].append(time.perf_counter() - started)
    finally:
        project.close()
    return out


def prepare(url: str, names: list[str], folder: Path) -> None:
    from app.core import codebook, documents
    from app.core.project import create_project
    from app.core.publish import publish
    from app.core.reviewers import add_reviewer
    from app.importers.base import ImportedText

    local = folder / "team.lectio"
    project = create_project(local, title="Team benchmark", reviewer=names[0])
    for name in names[1:]:
        add_reviewer(project, name)
    documents.add_document(project, ImportedText(TEXT, "txt"), name="Interview", original=TEXT.encode())
    for k in range(5):
        codebook.create_code(project, f"Shared {k}")
    for name in names:
        codebook.create_code(project, f"Own {name}")
    project.close()
    publish(local, url)


def probe(url: str, stop: threading.Event, delays: list[float]) -> None:
    """Another client creates a theme every 0.4 s; a listener on its own connection times its arrival."""
    from app.core import codebook
    from app.core.project import open_project
    from app.server.notify import ChangeListener

    listener = ChangeListener(url)
    project = open_project(url)
    try:
        k = 0
        while not stop.is_set():
            listener.drain()
            sent = time.perf_counter()  # from the click: the operation, its commit and the notification
            codebook.create_theme(project, f"Probe {k}")
            committed = time.perf_counter()
            deadline = sent + 5.0
            heard = False
            while not heard and time.perf_counter() < deadline:
                heard = "theme" in listener.drain(timeout=0.05)
            arrived = time.perf_counter()
            delays.append((arrived - sent, arrived - committed) if heard else (float("inf"), float("inf")))
            k += 1
            stop.wait(0.4)
    finally:
        project.close()
        listener.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--ops", type=int, default=500)
    parser.add_argument("--url", help="an empty database to use (default: a throwaway local cluster)")
    args = parser.parse_args()
    names = [f"Reviewer{i + 1}" for i in range(args.reviewers)]
    cluster = None
    if args.url:
        url = args.url
    else:
        from tests.pg import Cluster, find_bin, wait_ready

        bindir = find_bin()
        if bindir is None:
            print("PostgreSQL is not installed (initdb/pg_ctl not found); give --url of an empty database")
            return 1
        cluster = Cluster(bindir).start()
        wait_ready(cluster)
        url = cluster.new_database()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            prepare(url, names, Path(tmp))
        context = multiprocessing.get_context("spawn")
        with context.Manager() as manager:
            barrier = manager.Barrier(len(names))
            stop, delays = threading.Event(), []
            prober = threading.Thread(target=probe, args=(url, stop, delays), daemon=True)
            with ProcessPoolExecutor(len(names), mp_context=context) as pool:
                jobs = [pool.submit(reviewer, url, n, args.ops, barrier) for n in names]
                time.sleep(1.0)
                prober.start()
                started = time.perf_counter()
                results = [j.result(timeout=1800) for j in jobs]
                wall = time.perf_counter() - started
            stop.set()
            prober.join(timeout=10)
        figures(url, results, wall, delays, args)
    finally:
        if cluster is not None:
            cluster.stop()
    return 0


def figures(url: str, results: list[dict[str, Any]], wall: float, delays: list[float],
            args: argparse.Namespace) -> None:
    import psycopg

    from app.server.connect import libpq_url

    latencies = [t for r in results for t in r["latencies"]]
    errors = [e for r in results for e in r["errors"]]
    with psycopg.connect(libpq_url(url)) as conn:
        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        units = count("SELECT count(*) FROM meaningunit")
        codings = count("SELECT count(*) FROM coding")
        condensed = count("SELECT count(*) FROM meaningunit WHERE condensed <> ''")
        edits = count("SELECT count(*) FROM operationlog WHERE action = 'edit_code'")
        orphans = count("SELECT count(*) FROM coding c LEFT JOIN meaningunit u ON u.id = c.unit_id WHERE u.id IS NULL")
    expected = {k: sum(r[k] for r in results) for k in ("units", "codings", "condensed", "edits")}
    total = len(latencies)
    print(f"{args.reviewers} reviewers x {args.ops} operations against one PostgreSQL, at once")
    print(f"  operations: {total} in {wall:.1f} s ({total / wall:.0f} per second)")
    print(f"  latency: p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {percentile(latencies, 0.95) * 1000:.1f}"
          f" ms, max {max(latencies) * 1000:.1f} ms (target p95 <= 100 ms)")
    print(f"  errors: {len(errors)}; deadlocks: {sum(r['deadlocks'] for r in results)}")
    for e in errors[:5]:
        print(f"    {e}")
    print(f"  final counts: units {units} (sum {expected['units']}), codings {codings} (sum {expected['codings']}), "
          f"condensed {condensed} (sum {expected['condensed']}), code edits {edits} (sum {expected['edits']}), "
          f"codings without a unit {orphans}")
    lost = units != expected["units"] or codings != expected["codings"] or condensed != expected["condensed"] \
        or edits != expected["edits"]
    print(f"  nothing lost: {'yes' if not lost else 'NO'}")
    p95 = percentile(latencies, 0.95) * 1000
    print(f"  p95 latency target (<= 100 ms): {'met' if p95 <= 100 else 'NOT met'} ({p95:.1f} ms)")
    finite = [d for d in delays if d[0] != float("inf")]
    if finite:
        click, commit = [d[0] for d in finite], [d[1] for d in finite]
        print(f"  change to another client: {len(delays)} probes, missed {len(delays) - len(finite)}; from the click "
              f"(operation, commit, notification) median {statistics.median(click) * 1000:.0f} ms, p95 "
              f"{percentile(click, 0.95) * 1000:.0f} ms, max {max(click) * 1000:.0f} ms; from the commit median "
              f"{statistics.median(commit) * 1000:.0f} ms, max {max(commit) * 1000:.0f} ms (target <= 1 s)")
        print(f"  change to another client target (<= 1 s): {'met' if max(click) <= 1.0 else 'NOT met'} "
              f"(max {max(click) * 1000:.0f} ms)")


if __name__ == "__main__":
    sys.exit(main())
