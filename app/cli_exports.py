"""`lectio export codebook|analysis-table PROJECT OUT` — the Word and CSV exports, headless."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, command
from app.core.errors import LectioError

if TYPE_CHECKING:
    from app.core.project import Project
    from app.exporters import ExportOptions


def _options(project: Project, args: argparse.Namespace) -> ExportOptions:
    from app.core.reviewers import consensus_reviewer, find_reviewer
    from app.exporters import ExportOptions

    reviewer_id = None
    if args.reviewer:
        if args.reviewer.casefold() == "consensus":
            found = consensus_reviewer(project, create=False)
            if found is None:
                raise LectioError(f"{project.path}: there is no consensus layer yet")
            reviewer_id = found.id
        else:
            reviewer_id = find_reviewer(project, args.reviewer).id
    unit_ids = None
    if getattr(args, "query", None):  # restricted to a coding query (app.analysis)
        from app.analysis.service import prepare

        unit_ids = frozenset(u.id for u in prepare(project, args.reviewer, args.query).units)
    return ExportOptions(reviewer_id=reviewer_id, quotes_per_code=getattr(args, "quotes", 3),
                         include_counts=not getattr(args, "no_counts", False), unit_ids=unit_ids,
                         query=getattr(args, "query", None) or "")


def cmd_export(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.exporters import export_analysis_table, export_codebook

    if getattr(args, "refi_run", None):  # qdpx / qdc, registered by app.cli_refi
        return args.refi_run(args)
    if getattr(args, "analysis_run", None):  # matrix / cooccurrence / saturation, registered by app.cli_analysis
        return args.analysis_run(args)
    if args.what == "consensus-report":
        from app.consensus.report_docx import export_consensus_report

        with open_project(args.project, read_only=True) as project:
            written = export_consensus_report(project, Path(args.out), reviewer_a=(args.reviewers or [None])[0],
                                              reviewer_b=(args.reviewers or [None, None])[1])
        print(f"Wrote {written}")
        return EXIT_OK

    if args.what == "dossier":
        from app.exporters.dossier_docx import export_dossier

        with open_project(args.project, backup=False) as project:
            written = export_dossier(project, Path(args.out), since=args.since, until=args.until,
                                     resamples=args.resamples, seed=args.seed)
        print(f"Wrote {written}")
        return EXIT_OK

    run = {"codebook": export_codebook, "analysis-table": export_analysis_table}[args.what]
    with open_project(args.project, read_only=True) as project:
        options = _options(project, args)
        written = run(project, Path(args.out), options)
    print(f"Wrote {written}")
    return EXIT_OK


def _quotes(value: str) -> int:
    n = int(value)
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return n


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-12-03") from None


@command("export", "write the codebook, analysis table or consensus report (Word/CSV/Excel), the analysis figures "
                   "(matrix, co-occurrence, saturation), the trustworthiness "
                   "dossier, or REFI-QDA files",
         cmd_export)
def _args_export(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="what", required=True,
                           metavar="{codebook,analysis-table,consensus-report,dossier,qdpx,qdc,matrix,cooccurrence,"
                                   "saturation}")
    cb = sub.add_parser("codebook", help="the codebook as a Word file (.docx)")
    cb.add_argument("project")
    cb.add_argument("out", metavar="OUT.docx")
    cb.add_argument("--reviewer", metavar="NAME|consensus",
                    help="one reviewer's meaning units, or the consensus layer (default: all reviewers)")
    cb.add_argument("--quotes", type=_quotes, default=3, metavar="N", help="exemplar quotes per code (default 3)")
    cb.add_argument("--no-counts", action="store_true", help="leave out the numbers of meaning units and documents")
    cb.add_argument("--query", metavar="NAME|EXPR", help="only the meaning units a coding query selects")
    at = sub.add_parser("analysis-table", help="one row per meaning unit, as Word (.docx), CSV (.csv) or Excel (.xlsx)")
    at.add_argument("project")
    at.add_argument("out", metavar="OUT.docx|OUT.csv|OUT.xlsx")
    at.add_argument("--reviewer", metavar="NAME|consensus",
                    help="one reviewer's meaning units, or the consensus layer (default: all reviewers)")
    at.add_argument("--query", metavar="NAME|EXPR", help="only the meaning units a coding query selects")
    cr = sub.add_parser("consensus-report", help="agreement, the decision log and a methods paragraph (.docx)")
    cr.add_argument("project")
    cr.add_argument("out", metavar="OUT.docx")
    cr.add_argument("--reviewers", nargs=2, metavar=("A", "B"), help="the two reviewers (default: the two with "
                                                                      "most meaning units)")
    ds = sub.add_parser("dossier", help="the trustworthiness dossier: COREQ and SRQR filled from the study, audit "
                                        "trail, codebook versions, reliability and consensus (.docx)")
    ds.add_argument("project")
    ds.add_argument("out", metavar="OUT.docx")
    ds.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="audit trail from this day")
    ds.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="audit trail up to this day")
    ds.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples for alpha's interval (1000)")
    ds.add_argument("--seed", type=int, default=0, help="random seed of the bootstrap (0)")
    from app.cli_refi import add_export_subcommands

    add_export_subcommands(sub)
    from app.cli_analysis import add_export_subcommands as add_analysis_exports

    add_analysis_exports(sub)
