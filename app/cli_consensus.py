"""Command-line commands for two-reviewer work: reviewer-copy, merge, agreement."""

from __future__ import annotations

import argparse
import sys

from app.cli import EXIT_OK, command
from app.cli_json import print_json


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def cmd_reviewer_copy(args: argparse.Namespace) -> int:
    from app.consensus.copies import create_reviewer_copy

    documents = None
    if args.icr_sample:
        from app.consensus.icr import saved_plan
        from app.core.project import open_project

        with open_project(args.project, backup=False) as project:
            plan = saved_plan(project)
        if plan is None:
            from app.core.errors import LectioError

            raise LectioError(f"{args.project}: no double-coding sample has been drawn yet "
                              "(lectio icr-sample STUDY --share 0.2 --seed N)")
        documents = plan.document_ids
    result = create_reviewer_copy(args.project, args.out, args.reviewer, blind=args.blind, documents=documents)
    kind = "blind copy" if result.blind else "copy"
    print(f"Wrote a {kind} for {result.reviewer_name} to {result.path}")
    if result.blind:
        gone = ", ".join(f"{n} {t}" for t, n in result.removed.items() if n and t != "document") or "nothing"
        print(f"Removed other reviewers' work: {gone}")
    if documents is not None:
        print(f"Only the {len(documents)} document(s) drawn for double coding are in the copy")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.consensus.merge import merge_file
    from app.core.project import open_project

    with open_project(args.project) as project:
        result = merge_file(project, Path(args.other)).value
        if args.resolve:
            from app.consensus.merge import resolve_conflict

            for conflict in result.conflicts:
                resolve_conflict(project, conflict, args.resolve)
            if result.conflicts:
                print(f"{len(result.conflicts)} conflict(s) settled: kept "
                      f"{'this project' if args.resolve == 'ours' else 'the other file'}'s version")
            result.conflicts = []
    if args.json:
        print_json({"added": result.added, "updated": result.updated,
                    "conflicts": [{"kind": c.kind, "table": c.table, "id": c.id, "description": c.describe("en")}
                                  for c in result.conflicts],
                    "warnings": result.warnings})
        return EXIT_OK
    for line in result.lines("en"):
        print(line, file=sys.stderr if line.startswith(("Conflict", "Warning")) else sys.stdout)
    if result.conflicts:
        print(f"{len(result.conflicts)} conflict(s): this project's version is kept until you decide (File › "
              "Merge reviewer's file…, or merge again with --resolve ours|theirs)", file=sys.stderr)
    return EXIT_OK


def cmd_agreement(args: argparse.Namespace) -> int:
    from app.consensus.agreement import agreement
    from app.core.project import open_project

    reviewers = args.reviewers or [None, None]
    with open_project(args.project, read_only=True) as project:
        report = agreement(project, reviewers[0], reviewers[1], threshold=args.threshold,
                           double_coded_only=args.double_coded)
    if args.json:
        if args.ci:
            from app.consensus.icr import with_alpha_ci

            print_json(with_alpha_ci(report, resamples=args.resamples, seed=args.seed))
        else:
            print(report.dumps())
        return EXIT_OK
    a, b = report.reviewers
    print(f"Agreement between {a.name} ({report.units[0]} units) and {b.name} ({report.units[1]} units)")
    scope = " coded by both" if report.double_coded_only else ""
    print(f"{report.documents} document(s){scope}, {report.characters} characters per code")
    print()
    width = max([len(n) for n in report.codes] + [len("Pooled (all codes)")])
    ci_head = "  Alpha 95 % CI" if args.ci else ""
    if args.ci:
        from app.consensus.icr import alpha_ci, table_of
    print(f"{'Code':<{width}}  {'Agree':>6}  {'Kappa':>6}  {'Alpha':>6}{ci_head}")
    for name, f in [*report.codes.items(), ("Pooled (all codes)", report.pooled)]:
        line = f"{name:<{width}}  {_fmt(f.agreement):>6}  {_fmt(f.kappa):>6}  {_fmt(f.alpha):>6}"
        if args.ci:
            found = alpha_ci(table_of(f), resamples=args.resamples, seed=args.seed)
            line += f"  [{found[0]:.3f}, {found[1]:.3f}]" if found else "  –"
        print(line)
    u = report.unit_level
    print()
    print(f"Units (matched at Jaccard ≥ {u.threshold:g}): {u.matched} matched, {u.only_a} only {a.name}, "
          f"{u.only_b} only {b.name}; identical codes on {u.identical_codes} of {u.matched}; "
          f"code kappa {_fmt(u.codes.kappa)}")
    return EXIT_OK


@command("reviewer-copy", "a copy of the project for another reviewer (--blind: without others' work)",
         cmd_reviewer_copy)
def _args_copy(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("out", help="the new .lectio file (must not exist)")
    p.add_argument("--reviewer", required=True, help="the reviewer the copy is for (added if new)")
    p.add_argument("--blind", action="store_true",
                   help="leave out the other reviewers' meaning units, notes and codings")
    p.add_argument("--icr-sample", action="store_true",
                   help="only the documents drawn for double coding (lectio icr-sample)")


@command("merge", "bring in another reviewer's file (matched by id)", cmd_merge)
def _args_merge(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("other", help="the other reviewer's .lectio file")
    p.add_argument("--resolve", choices=("ours", "theirs"),
                   help="settle every conflict this way (default: list them and keep this project's version)")
    p.add_argument("--json", action="store_true")


@command("agreement", "agreement between two reviewers (character and unit level)", cmd_agreement)
def _args_agreement(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--reviewers", nargs=2, metavar=("A", "B"), help="two reviewers by name (default: the two "
                   "with the most meaning units)")
    p.add_argument("--threshold", type=float, default=0.5, help="Jaccard overlap for matching units (0.5)")
    p.add_argument("--double-coded", action="store_true",
                   help="count characters only in documents both reviewers coded (default: every document)")
    p.add_argument("--ci", action="store_true",
                   help="add a 95 %% bootstrap confidence interval for each alpha (Hayes & Krippendorff 2007)")
    p.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples for --ci (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (default 0)")
    p.add_argument("--json", action="store_true")
