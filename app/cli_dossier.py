"""Commands of the trustworthiness record: codebook versions and the intercoder-reliability sample.

`lectio export dossier` is registered with the other exports (app/cli_exports.py).
"""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, command
from app.cli_json import print_json


def cmd_snapshot(args: argparse.Namespace) -> int:
    from app.core.codebook_versions import take_snapshot
    from app.core.project import open_project

    with open_project(args.project) as project:
        info = take_snapshot(project, args.name).value
    print(f"Saved codebook version '{info.name}': {info.themes} themes, {info.categories} categories, "
          f"{info.codes} codes")
    return EXIT_OK


def cmd_versions(args: argparse.Namespace) -> int:
    from app.core.codebook_versions import list_snapshots
    from app.core.project import open_project

    with open_project(args.project, backup=False) as project:
        versions = list_snapshots(project)
    if args.json:
        print_json([{"name": v.name, "when": v.when, "codes": v.codes, "categories": v.categories,
                     "themes": v.themes, "automatic": v.automatic} for v in versions])
        return EXIT_OK
    if not versions:
        print("No codebook versions yet (lectio codebook-snapshot STUDY NAME takes one)")
    for v in versions:
        how = " (taken by Lectio)" if v.automatic else ""
        print(f"{v.when}  {v.name}{how}: {v.codes} codes, {v.categories} categories, {v.themes} themes")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from app.core.codebook_versions import diff_snapshots
    from app.core.project import open_project

    with open_project(args.project, backup=False) as project:
        changes = diff_snapshots(project, args.a, args.b)
    if args.json:
        print_json({"from": args.a, "to": args.b, "changes": [c.to_json() for c in changes]})
        return EXIT_OK
    if not changes:
        print(f"No changes from '{args.a}' to '{args.b}'")
    for c in changes:
        print(c.sentence())
    return EXIT_OK


def cmd_icr_sample(args: argparse.Namespace) -> int:
    from app.consensus.icr import draw_sample, save_plan
    from app.core.project import open_project

    with open_project(args.project, backup=not args.no_save) as project:
        sample = draw_sample(project, args.share, args.seed, args.by)
        if not args.no_save:
            save_plan(project, sample)
    if args.json:
        print_json(sample.to_json())
        return EXIT_OK
    strata = ""
    if sample.by:
        strata = " by " + sample.by + " (" + ", ".join(f"{v}: {n}" for v, n in sample.strata.items()) + ")"
    print(f"Drew {len(sample.documents)} of {sample.population} documents ({sample.share:.0%}, seed {sample.seed})"
          f"{strata}:")
    for name in sample.documents:
        print(f"  {name}")
    if not 0.1 <= sample.share <= 0.25:
        print("Note: 10–25 % of the material is the usual share for double coding (O'Connor & Joffe 2020)")
    return EXIT_OK


@command("codebook-snapshot", "keep the codebook as it is now as a named version", cmd_snapshot)
def _args_snapshot(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("name", help='a name for the milestone, e.g. "after pilot coding"')


@command("codebook-versions", "list the codebook's versions", cmd_versions)
def _args_versions(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true")


@command("codebook-diff", "what changed in the codebook between two versions ('current' is now)", cmd_diff)
def _args_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("a", help="the older version's name")
    p.add_argument("b", help="the newer version's name, or 'current'")
    p.add_argument("--json", action="store_true")


def _share(value: str) -> float:
    share = float(value.rstrip("%")) / (100 if value.endswith("%") else 1)
    if not 0 < share <= 1:
        raise argparse.ArgumentTypeError("a share between 0 and 1 (e.g. 0.2), or a percentage (20%)")
    return share


@command("icr-sample", "draw the documents to double-code, at random with a seed (the plan is kept)",
         cmd_icr_sample)
def _args_icr(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--share", type=_share, required=True, help="share of the documents, e.g. 0.2")
    p.add_argument("--by", metavar="ATTRIBUTE", help="stratify by a participant attribute")
    p.add_argument("--seed", type=int, required=True, help="the random seed (report it)")
    p.add_argument("--no-save", action="store_true", help="only list the draw; do not keep it as the plan")
    p.add_argument("--json", action="store_true")
