"""`lectio matrix|cooccurrence|saturation|query STUDY …` — the analysis figures, headless and checkable."""

from __future__ import annotations

import argparse
import sys

from app.cli import EXIT_OK, command
from app.cli_json import print_json

REVIEWER_HELP = ("whose meaning units count: a reviewer's name, or 'consensus' for the consensus layer "
                 "(default: every reviewer's units, as the exports do)")
QUERY_HELP = "count only the units a coding query selects (a saved query's name, or an expression)"


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The study, read-only (the figures only read): with sqlite3 alone when that gives the same answer (a local
    file of this version, no coding query — ``app/analysis/local.py``), else through ``open_project``."""
    if not getattr(args, "query", None):
        from app.analysis.local import LocalStudy

        local = LocalStudy.open(args.project)
        if local is not None:
            return local
    from app.core.project import open_project

    return open_project(args.project, backup=False, read_only=True)


def cmd_matrix(args: argparse.Namespace) -> int:
    from app.analysis.service import study_matrix

    with _open(args) as project:
        result = study_matrix(project, args.by, rows=args.rows, count=args.count, reviewer=args.reviewer,
                              query=args.query)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    print(result.definition())
    width = max([len(n) for n in result.row_names] + [len(result.rows_are)])
    widths = [max(4, len(c)) for c in result.columns]
    print(f"{result.rows_are.capitalize():<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(result.columns, widths,
                                                                                                  strict=True)))
    for name in result.row_names:
        cells = result.cells[name]
        print(f"{name:<{width}}  " + "  ".join(f"{cells[c]:>{w}}" for c, w in zip(result.columns, widths,
                                                                                    strict=True)))
    return EXIT_OK


def cmd_cooccurrence(args: argparse.Namespace) -> int:
    from app.analysis.service import study_cooccurrence

    with _open(args) as project:
        result = study_cooccurrence(project, overlap=args.overlap, reviewer=args.reviewer, query=args.query)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    print(result.definition())
    for p in result.pairs:
        extra = f", {p.overlaps} overlapping pair(s)" if p.overlaps is not None else ""
        print(f"{p.a} + {p.b}: {p.units} unit(s){extra}")
    if not result.pairs:
        print("No two codes share a meaning unit.")
    return EXIT_OK


def cmd_saturation(args: argparse.Namespace) -> int:
    from app.analysis.service import study_saturation

    with _open(args) as project:
        result = study_saturation(project, base=args.base, run=args.run, threshold=args.threshold, order=args.order,
                                  reviewer=args.reviewer, query=args.query)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    print(result.sentence())
    print(result.definition())
    print(f"Base: {result.base_codes} distinct code(s) in the first {min(result.base, len(result.order))} document(s)")
    for r in result.runs:
        ratio = "undefined" if r.ratio is None else f"{r.ratio:.3f}"
        print(f"k = {r.k}: {len(r.new)} new code(s), ratio {ratio}" + (f" — {', '.join(r.new)}" if r.new else ""))
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from app.analysis.saved import delete_query, find_query, list_queries, save_query
    from app.analysis.service import prepare, query_units, unit_rows
    from app.core.project import open_project

    if args.delete:
        with open_project(args.project) as project:
            delete_query(project, args.delete)
        print(f"Deleted the query {args.delete!r}")
        return EXIT_OK
    if not args.expression:
        with open_project(args.project, backup=False, read_only=True) as project:
            saved = list_queries(project)
        if args.json:
            print_json({"queries": [{"name": q.name, "expression": q.expression} for q in saved]})
        else:
            for q in saved:
                print(f"{q.name}: {q.expression}")
            if not saved:
                print("No saved queries. Run one with: lectio query STUDY EXPRESSION [--save NAME]")
        return EXIT_OK
    with open_project(args.project, backup=False) as project:
        data = prepare(project, args.reviewer)
        ids = query_units(project, data, args.expression)
        rows = unit_rows(project, data, ids)
        saved = find_query(project, args.expression)
        expression = saved.expression if saved else args.expression
        if args.save:
            save_query(project, args.save, expression)
    if args.json:
        print_json({"query": expression, "count": len(rows), "units": rows})
    else:
        for r in rows:
            print(f"{r['document']} [{r['start']}–{r['end']}] {r['reviewer']} ({'; '.join(r['codes'])}): "
                  f"{' '.join(r['text'].split())}")
        print(f"{len(rows)} meaning unit(s)")
    if args.save:
        print(f"Saved as {args.save!r}", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _fraction(value: str) -> float:
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= t <= 1:
        raise argparse.ArgumentTypeError("must be between 0 and 1 (0.05 = 5 %)")
    return t


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--reviewer", metavar="R|consensus", help=REVIEWER_HELP)
    p.add_argument("--query", metavar="NAME|EXPR", help=QUERY_HELP)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")


@command("matrix", "codes × the values of an attribute: meaning units (or participants) per cell", cmd_matrix)
def _args_matrix(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--by", required=True, metavar="ATTRIBUTE",
                   help="a participant attribute (or participant, document, reviewer, or a document metadata key "
                        "such as year); units without participant fall in '(no participant)', without a value in "
                        "'(no value)'")
    p.add_argument("--rows", choices=("codes", "categories", "themes"), default="codes",
                   help="what the rows are (default codes; a category counts the units carrying any of its codes, "
                        "sub-categories included)")
    p.add_argument("--count", choices=("units", "participants"), default="units",
                   help="count meaning units (default) or distinct participants with at least one such unit "
                        "(a unit without participant counts its document as one)")


@command("cooccurrence", "pairs of codes carried by the same meaning units", cmd_cooccurrence)
def _args_cooccurrence(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--overlap", action="store_true",
                   help="also count, as 'overlaps', the pairs of two different units, one with each code, whose "
                        "spans overlap in the same document")


@command("saturation", "code saturation after Guest, Namey & Chen (2020): base, runs and new codes",
         cmd_saturation)
def _args_saturation(p: argparse.ArgumentParser) -> None:
    _common(p)
    p.add_argument("--base", type=_positive, default=4, help="base size b: the first b documents (default 4)")
    p.add_argument("--run", type=_positive, default=2, help="run length r (default 2)")
    p.add_argument("--threshold", type=_fraction, default=0.05,
                   help="new-information threshold t as a fraction (default 0.05 = 5 %%)")
    p.add_argument("--order", default="import", metavar="import|name|ATTRIBUTE",
                   help="document order: import (default), name, or an attribute of the document's participant or "
                        "a metadata key (e.g. an interview date); documents without a value go last. Runs are "
                        "computed for k = b+1 … while k+r−1 ≤ the number of documents")


@command("query", "run a coding query (codes, categories, attributes… with AND, OR, NOT, OVERLAPPING, WITHIN N); "
                  "save it by name", cmd_query)
def _args_query(p: argparse.ArgumentParser) -> None:
    from app.analysis import query

    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = (query.__doc__ or "").split("\n\n", 1)[1]
    p.add_argument("project")
    p.add_argument("expression", nargs="?",
                   help='e.g. \'(code:Pain OR category:Coping) AND Role = nurse AND NOT document:"Interview 3"\' '
                        "or a saved query's name; without it, list the saved queries")
    p.add_argument("--reviewer", metavar="R|consensus", help=REVIEWER_HELP)
    p.add_argument("--save", metavar="NAME", help="save the expression under this name")
    p.add_argument("--delete", metavar="NAME", help="delete a saved query")
    p.add_argument("--json", action="store_true")



# -- lectio export matrix|cooccurrence|saturation STUDY OUT ----------------------------------------------
def cmd_export_analysis(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.analysis.service import study_cooccurrence, study_matrix, study_saturation
    from app.core.project import open_project
    from app.core.study_language import export_language
    from app.exporters.analysis_figures import check_format, export_table

    out = Path(args.out)
    suffix = check_format(out, {"matrix": "matrix", "cooccurrence": "co-occurrence table",
                                "saturation": "saturation table"}[args.what])
    with open_project(args.project, backup=False) as project:
        if args.what == "matrix":
            figure = study_matrix(project, args.by, rows=args.rows, count=args.count, reviewer=args.reviewer,
                                  query=args.query)
        elif args.what == "cooccurrence":
            figure = study_cooccurrence(project, overlap=args.overlap, reviewer=args.reviewer, query=args.query)
        else:
            figure = study_saturation(project, base=args.base, run=args.run, threshold=args.threshold,
                                      order=args.order, reviewer=args.reviewer, query=args.query)
        title, language = project.title, export_language(project)
    if suffix in (".png", ".svg"):
        from app.ui.analysis.charts import export_chart

        written = export_chart(figure, out, language=language)
    else:
        chart = None
        if suffix == ".docx":  # the chart under the table, at print resolution
            from app.ui.analysis.charts import chart_image

            chart = chart_image(figure, language=language)
        written = export_table(figure, out, title, chart, language)
    print(f"Wrote {written}")
    return EXIT_OK


def add_export_subcommands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``matrix``, ``cooccurrence`` and ``saturation`` to the ``export`` command; each sets ``analysis_run``."""
    for what, help_text, add in (
            ("matrix", "the code × attribute matrix (.xlsx, .docx) or its frequency chart (.png, .svg)", _args_matrix),
            ("cooccurrence", "the co-occurrence table (.xlsx, .docx) or network (.png, .svg)", _args_cooccurrence),
            ("saturation", "the saturation table (.xlsx, .docx) or curve (.png, .svg)", _args_saturation)):
        p = sub.add_parser(what, help=help_text)
        add(p)
        p.add_argument("out", metavar="OUT.xlsx|OUT.docx|OUT.png|OUT.svg")
        p.set_defaults(analysis_run=cmd_export_analysis, json=False)
