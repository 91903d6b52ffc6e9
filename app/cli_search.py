"""`lectio search STUDY QUERY [--json]`: the project search, headless."""

from __future__ import annotations

import argparse
import json

from app.cli import EXIT_OK, command


def cmd_search(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.search import search_project

    with open_project(args.project, backup=False) as project:
        hits = search_project(project, args.query, limit=args.limit)
    if args.json:
        print(json.dumps({"hits": [h.as_json() for h in hits]}, ensure_ascii=False, indent=2))
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
