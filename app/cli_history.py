"""Command-line commands for the history in a study file: undo, redo and the audit trail (log)."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json


def _reviewer_id(project, name: str | None) -> str | None:  # type: ignore[no-untyped-def]
    if not name:
        return None
    from app.core.reviewers import find_reviewer

    return find_reviewer(project, name).id


def _step(args: argparse.Namespace, redo: bool) -> int:
    from app.core import history
    from app.core.errors import InvalidOperation
    from app.core.project import open_project

    path = args.project  # a file or a server address (Path() would spoil a URL's //)
    with open_project(path, backup=False) as project:
        try:
            rid = _reviewer_id(project, args.reviewer)
            if rid is None and getattr(project, "team_login", False):  # a reviewer's login undoes their own work
                rid = project.reviewer_id
            outcome = (history.redo if redo else history.undo)(project, rid)
        except InvalidOperation as exc:
            raise CliError(f"{path}: {exc}") from exc
    if outcome.value is None:
        print("nothing to redo" if redo else "nothing to undo")
    else:
        print(f"{'Redone' if redo else 'Undone'}: {outcome.value.label}")
    return EXIT_OK


def cmd_undo(args: argparse.Namespace) -> int:
    return _step(args, redo=False)


def cmd_redo(args: argparse.Namespace) -> int:
    return _step(args, redo=True)


def cmd_log(args: argparse.Namespace) -> int:
    from app.core.audit import audit_trail
    from app.core.project import open_project

    with open_project(args.project, backup=False) as project:
        entries = audit_trail(project, args.last)
    if args.json:
        print_json([e.as_dict() for e in entries])
        return EXIT_OK
    for entry in entries:
        print(entry.line())
    return EXIT_OK


def _args_step(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--reviewer", help="only this reviewer's changes (name)")


command("undo", "undo the last change in the study (prints what was undone)", cmd_undo)(_args_step)
command("redo", "redo the change undone last (prints what was redone)", cmd_redo)(_args_step)


@command("log", "the audit trail: who changed what, when", cmd_log)
def _args_log(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="a list of objects: at, reviewer, action, summary, details")
    p.add_argument("--last", type=int, metavar="N", help="only the newest N events")
