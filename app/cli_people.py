"""Interview studies from the command line: `lectio participants`, `lectio attributes STUDY import|export FILE`,
`lectio autocode` and `lectio pseudonymise`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json
from app.core.errors import InvalidOperation, NotFound


def _fail(study: str, exc: Exception) -> CliError:
    message = str(exc)
    return CliError(message if message.startswith(str(study)) else f"{study}: {message}")


def cmd_participants(args: argparse.Namespace) -> int:
    from app.core.participants import find_participant, list_participants, merge_participants, set_role
    from app.core.project import open_project

    with open_project(args.project, backup=not args.json) as project:
        try:
            if args.role:
                name, role = args.role
                set_role(project, find_participant(project, name).id, role)
            if args.merge:
                keep, other = args.merge
                merge_participants(project, find_participant(project, keep).id, find_participant(project, other).id)
        except (InvalidOperation, NotFound) as exc:
            raise _fail(args.project, exc) from None
        people = list_participants(project)
    if args.json:
        print_json([{"name": p.name, "role": p.role, "turns": p.turns, "documents": p.documents,
                     "attributes": p.attributes} for p in people])
        return EXIT_OK
    for p in people:
        attrs = ", ".join(f"{k}={v}" for k, v in p.attributes.items())
        print(f"{p.name} ({p.role}) — {p.turns} turn(s){'; ' + attrs if attrs else ''}")
    return EXIT_OK


@command("participants", "list participants; mark a role or merge two speaker labels", cmd_participants)
def _args_participants(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.add_argument("--role", nargs=2, metavar=("NAME", "interviewer|participant"))
    p.add_argument("--merge", nargs=2, metavar=("KEEP", "OTHER"), help="OTHER is the same person as KEEP")


def cmd_attributes(args: argparse.Namespace) -> int:
    from app.core.attribute_files import read_table, write_table
    from app.core.attributes import export_table, import_table
    from app.core.project import open_project

    path = Path(args.file)
    if args.action == "import":
        rows = read_table(path)  # before opening the study: a bad file leaves it untouched
        with open_project(args.project) as project:
            try:
                counts = import_table(project, rows, source=str(path)).value
            except (InvalidOperation, NotFound) as exc:
                raise _fail(str(path), exc) from None
        print(f"Imported {counts['attributes']} attribute(s) for {counts['participants']} participant(s) "
              f"({counts['new_participants']} new) from {path}")
        return EXIT_OK
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(f"{path}: attributes are written to .csv or .xlsx files")
    with open_project(args.project, backup=False) as project:
        rows = export_table(project)
    write_table(path, rows)
    print(f"Wrote {path}")
    return EXIT_OK


@command("attributes", "import or export participants' attributes (CSV or XLSX)", cmd_attributes)
def _args_attributes(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("file", help="a .csv or .xlsx table: participant name in the first column, attributes after")


def cmd_autocode(args: argparse.Namespace) -> int:
    from app.core.autocode import Rule, apply, preview
    from app.core.participants import format_time_or_blank
    from app.core.project import open_project
    from app.core.reviewers import find_reviewer

    rule = Rule(speaker=args.speaker or "", role=args.role or "", pattern=args.regex or "",
                keyword=args.keyword or "")
    with open_project(args.project, backup=not args.dry_run) as project:
        try:
            reviewer_id = find_reviewer(project, args.reviewer).id if args.reviewer else project.reviewer_id
            hits = preview(project, rule, reviewer_id=reviewer_id)
            if args.dry_run:
                for h in hits:
                    when = format_time_or_blank(h.seconds)
                    print(f"{h.document}{' ' + when if when else ''}: {h.text[:100]}")
                print(f"{len(hits)} unit(s) would be {'coded ' + args.code if args.code else 'created'}")
                return EXIT_OK
            counts = apply(project, rule, args.code or "", reviewer_id=reviewer_id, hits=hits).value
        except (InvalidOperation, NotFound) as exc:
            raise _fail(args.project, exc) from None
    print(f"Created {counts['units']} unit(s), reused {counts['reused']}, added {counts['codings']} coding(s)")
    return EXIT_OK


@command("autocode", "make units (and codings) from every turn of a speaker or every match of a pattern",
         cmd_autocode)
def _args_autocode(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--speaker", metavar="NAME")
    which.add_argument("--role", choices=("interviewer", "participant"))
    which.add_argument("--regex", metavar="RX")
    which.add_argument("--keyword", metavar="WORDS")
    p.add_argument("--code", metavar="CODE", help="code to give each unit (created when new)")
    p.add_argument("--reviewer", help="whose layer (default: the first reviewer)")
    p.add_argument("--dry-run", action="store_true", help="list the units without creating them")


def cmd_pseudonymise(args: argparse.Namespace) -> int:
    from app.core.backup_scrub import upgrade_copies
    from app.core.backups import list_backups
    from app.core.project import backup_dir_for, open_project
    from app.core.pseudonymise import pseudonymise, read_names

    names = read_names(Path(args.names)) if args.names else []
    backups = "scrub" if args.scrub_backups else "delete" if args.delete_backups else "keep"
    with open_project(args.project, backup=False) as project:
        try:
            counts = pseudonymise(project, names, Path(args.key), history="scrub" if args.scrub_history else "empty",
                                  backups=backups).value
        except (InvalidOperation, NotFound) as exc:
            raise _fail(args.project, exc) from None
    print(f"Pseudonymised {args.project}: {counts['names']} name(s), {counts['replacements']} replacement(s) in "
          f"{counts['documents']} document(s); the key is in {args.key}")
    if args.scrub_history:
        print(f"Undo history: {counts['undo_steps_kept']} step(s) kept with the names replaced "
              f"({counts['history_values']} value(s) rewritten), {counts['undo_steps_lost']} step(s) lost.")
    else:
        print(f"Undo history emptied: {counts['undo_steps_lost']} step(s) can no longer be undone.")
    for done in counts["backups"]:
        print(f"Backup {done.describe()}")
    study = Path(args.project)
    left = list_backups(study) if backups == "keep" else []
    if left:
        print(f"Note: the {len(left)} automatic backup(s) in {backup_dir_for(study)} still hold the real names; "
              "--scrub-backups replaces them there too, --delete-backups deletes them:")
        for backup in left:
            print(f"  {backup.describe()}")
    for copy in upgrade_copies(study) if backups == "keep" else []:
        print(f"Note: {copy} (a copy from a file-format upgrade) still holds the real names; delete it yourself.")
    failed = [b for b in counts["backups"] if b.action == "failed"]
    if failed:
        raise CliError(f"{failed[0].path}: still holds the real names ({failed[0].reason}); delete it before sharing")
    return EXIT_OK


@command("pseudonymise", "replace participants' and listed names by codes, for good; write the key to a CSV",
         cmd_pseudonymise)
def _args_pseudonymise(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--names", metavar="NAMES.txt", help="one name or place a line ('Name = [code]' sets its code)")
    p.add_argument("--key", metavar="KEY.csv", required=True, help="where to write code → real name")
    p.add_argument("--scrub-history", action="store_true",
                   help="keep the undo history with the names replaced by their codes (steps that cannot be kept "
                        "are counted); without it the undo history is emptied")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--scrub-backups", action="store_true",
                       help="replace the names in every automatic backup made before as well")
    which.add_argument("--delete-backups", action="store_true", help="delete the automatic backups made before")
