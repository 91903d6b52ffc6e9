"""``lectio notes STUDY [--json]``, ``add-note``, ``edit-note``, ``delete-note``: the study notes of
View › Study notes (memos on the study and its documents, first impressions, titled notes), headless."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json


def _on(note: Any) -> str:
    return "the study" if note.target_kind == "project" else f"{note.target_kind} {note.target_name}"


def _run(args: argparse.Namespace, fn: Callable[..., Any], *fargs: Any, **kwargs: Any) -> Any:
    """Run one change on the study; a refusal names the study and the reason (the study unchanged)."""
    from app.core.errors import InvalidOperation, NotFound
    from app.core.project import open_project

    with open_project(args.project) as project:
        try:
            return fn(project, *fargs, **kwargs)
        except (InvalidOperation, NotFound) as exc:
            raise CliError(f"{args.project}: {exc}") from None


def cmd_notes(args: argparse.Namespace) -> int:
    from app.core.notes import list_notes
    from app.core.project import open_project

    with open_project(args.project, backup=False) as project:
        found = list_notes(project)
    if args.json:
        print_json({"notes": [{"id": n.id, "title": n.title, "kind": n.kind, "on": n.target_kind,
                               "target": n.target_name or None, "author": n.author or None, "date": n.date,
                               "text": n.text} for n in found]})
        return EXIT_OK
    if not found:
        print(f"{args.project}: no study notes")
    for n in found:
        title = n.title or ("First impressions" if n.kind == "first_impressions" else "Memo")
        print(f"{n.id}  {n.date[:10]}  {title} — on {_on(n)}, by {n.author or 'unknown'}")
        print("    " + "\n    ".join(n.text.splitlines() or [""]))
    return EXIT_OK


def cmd_add_note(args: argparse.Namespace) -> int:
    from app.core.notes import add_note

    note_id = _run(args, add_note, args.title, args.text or "").value
    print(f"Added note {args.title!r} ({note_id})")
    return EXIT_OK


def cmd_edit_note(args: argparse.Namespace) -> int:
    from app.core.notes import edit_note

    if args.title is None and args.text is None:
        raise CliError(f"{args.project}: give --title and/or --text")
    _run(args, edit_note, args.id, title=args.title, text=args.text)
    print(f"Edited note {args.id}")
    return EXIT_OK


def cmd_delete_note(args: argparse.Namespace) -> int:
    from app.core.notes import delete_note

    _run(args, delete_note, args.id)
    print(f"Deleted note {args.id} (lectio undo brings it back)")
    return EXIT_OK


@command("notes", "list the study notes: memos on the study and documents, first impressions, titled notes",
         cmd_notes)
def _args_notes(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true")


@command("add-note", "add a titled note on the study", cmd_add_note)
def _args_add(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("title")
    p.add_argument("--text", help="the note's text")


@command("edit-note", "change a study note's title or text (its id from lectio notes)", cmd_edit_note)
def _args_edit(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("id", help="the note's id (lectio notes)")
    p.add_argument("--title")
    p.add_argument("--text")


@command("delete-note", "delete a study note (its id from lectio notes)", cmd_delete_note)
def _args_delete(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("id", help="the note's id (lectio notes)")
