"""`lectio rename-document`, `remove-document` and `set`: managing a study's documents and facts, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, CliError, command


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

    if args.permanently:
        return _remove_permanently(args)
    if args.backups is not None:
        raise CliError(f"{args.project}: --backups goes with --permanently")
    with open_project(args.project) as project:
        doc = find_document(project, args.document)
        counts = removal_counts(project, doc.id)
        delete_document(project, doc.id)
    print(f"Removed {doc.name!r} with its {counts.sentence('en')}")
    return EXIT_OK


def _remove_permanently(args: argparse.Namespace) -> int:
    """`remove-document --permanently`: withdrawn consent. Not undoable; the backups made before are rewritten
    (or deleted, or kept when asked), and every backup is named with what happened to it."""
    from app.core.backup_scrub import upgrade_copies
    from app.core.backups import backup_dir_for
    from app.core.documents import find_document, removal_counts
    from app.core.project import open_project
    from app.core.purge import purge_document

    with open_project(args.project) as project:
        doc = find_document(project, args.document)
        counts = removal_counts(project, doc.id)
        result = purge_document(project, doc.id, backups=args.backups or "scrub").value
    print(f"Permanently deleted {doc.name!r} with its {counts.sentence('en')}; {result.history_rows} entries of "
          f"the undo history held it ({result.steps_removed} undo step(s) removed). This cannot be undone.")
    if result.participants:
        print(f"{result.participants} participant(s) who spoke only in it deleted too, with their attributes.")
    failed = [b for b in result.backups if b.action == "failed"]
    for backup in result.backups:
        print(f"Backup {backup.describe()}")
    if args.backups == "keep":
        print(f"Note: the automatic backups in {backup_dir_for(Path(args.project))} still hold the document.")
    for copy in upgrade_copies(Path(args.project)) if args.backups == "keep" else []:
        print(f"Note: {copy} (a copy from a file-format upgrade) still holds the document; delete it yourself.")
    if failed:
        raise CliError(f"{failed[0].path}: this backup still holds the document ({failed[0].reason}); delete it")
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
    p.add_argument("--permanently", action="store_true",
                   help="withdrawn consent: also from the undo history, the file's free pages and the backups "
                        "(cannot be undone)")
    p.add_argument("--backups", choices=("scrub", "delete", "keep"),
                   help="with --permanently: remove the document from each backup (default), delete the backups, "
                        "or keep them as they are")


@command("set", "change the study's title or research question", cmd_set)
def _args_set(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--title")
    p.add_argument("--question", help="the research question")
