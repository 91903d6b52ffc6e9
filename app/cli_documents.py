"""`lectio rename-document`, `remove-document` and `set`: managing a study's documents and facts, headless."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, EXIT_USAGE, command


def cmd_rename_document(args: argparse.Namespace) -> int:
    from app.core.documents import find_document, rename_document
    from app.core.project import open_project

    with open_project(args.project) as project:
        doc = find_document(project, args.old)
        outcome = rename_document(project, doc.id, args.new)
    print(f"Renamed {doc.name!r} to {outcome.value['name']!r}")
    return EXIT_OK


def cmd_remove_document(args: argparse.Namespace) -> int:
    from app.core.documents import delete_document, find_document, removal_counts
    from app.core.project import open_project

    with open_project(args.project) as project:
        doc = find_document(project, args.document)
        counts = removal_counts(project, doc.id)
        delete_document(project, doc.id)
    print(f"Removed {doc.name!r} with its {counts.sentence('en')}")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    import sys

    from app.core.project import open_project
    from app.core.study import set_study_properties

    if args.title is None and args.question is None:
        print(f"lectio set: {args.project}: give --title and/or --question", file=sys.stderr)
        return EXIT_USAGE
    with open_project(args.project) as project:
        set_study_properties(project, title=args.title, research_question=args.question)
        title, question = project.title, project.meta("research_question")
    print(f"Title: {title}")
    print(f"Research question: {question or '—'}")
    return EXIT_OK


@command("rename-document", "give a document a new name", cmd_rename_document)
def _args_rename(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("old", help="the document's name (or id)")
    p.add_argument("new", help="its new name")


@command("remove-document", "remove a document with its meaning units, notes and codings", cmd_remove_document)
def _args_remove(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("document", help="the document's name (or id)")


@command("set", "change the study's title or research question", cmd_set)
def _args_set(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--title")
    p.add_argument("--question", help="the research question")
