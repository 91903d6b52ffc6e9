"""`lectio search STUDY QUERY [--json]`: the project search, headless."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, command
from app.cli_json import print_json


def cmd_search(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.search import search_project

    with open_project(args.project, backup=False) as project:
        hits = search_project(project, args.query, limit=args.limit, language="en")  # the CLI prints English
    if args.json:
        print_json({"hits": [h.as_json() for h in hits]})
        return EXIT_OK
    if not hits:
        print(f"Nothing matches {args.query!r}")
    for h in hits:
        place = h.document_name or "—"
        print(f"{place} [{h.label or h.where}]: {h.context}")
    return EXIT_OK


@command("search", "find words in text, condensed meanings, notes, memos and codes", cmd_search)
def _args_search(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("query", help='words (each also finds longer forms: rehab → rehabilitation) or a "quoted phrase"')
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=200, help="at most this many hits (200)")
