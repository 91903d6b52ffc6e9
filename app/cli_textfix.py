"""Correcting text after coding from the command line: replace-text, replace, and the units to review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json


def _read_text(path: Path) -> str:
    """A corrected text file: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else Windows-1252."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except OSError as exc:
        raise CliError(f"{path}: could not be read ({exc.strerror or 'read error'})") from None
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    if b"\x00" in data:
        raise CliError(f"{path}: not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _fit(new: str, old: str) -> str:
    """Line ends and the final newline as the document has them (a file saved on Windows, or printed by
    `lectio text`, which ends with a newline), so they do not count as corrections."""
    if "\r" not in old:
        new = new.replace("\r\n", "\n")
    if new.endswith("\n") and not old.endswith("\n"):
        new = new[:-1]
    return new


def _print_reports(reports: list, json_out: bool, dry_run: bool = False) -> None:
    if json_out:
        print_json({
            "dry_run": dry_run,
            "documents": [{"document": r.document, "places": r.places, "moved": r.moved,
                           "changed": len(r.changed), "deleted": len(r.deleted),
                           "to_review": [{"unit": uid, "old": old, "new": new} for uid, old, new in r.changed]
                           + [{"unit": uid, "old": old, "new": ""} for uid, old in r.deleted]} for r in reports],
            "units_moved": sum(r.moved for r in reports),
            "units_changed": sum(len(r.changed) for r in reports),
            "units_deleted": sum(len(r.deleted) for r in reports),
        })
        return
    for r in reports:
        for line in r.lines():
            print(line)
    waiting = sum(r.to_review for r in reports)
    if waiting:
        verb = "would need" if dry_run else ("needs" if waiting == 1 else "need")
        print(f"{waiting} unit{'s' * (waiting != 1)} {verb} review"
              + ("" if dry_run else " (lectio units-to-review; in the window, View › Review corrected units…)"))


def cmd_replace_text(args: argparse.Namespace) -> int:
    from app.core.documents import find_document, get_document
    from app.core.project import open_project
    from app.core.text_correction import correct_text

    new = _read_text(Path(args.new))
    with open_project(args.project) as project:
        old = get_document(project, find_document(project, args.document).id).text
        report = correct_text(project, args.document, _fit(new, old)).value
    _print_reports([report], args.json)
    return EXIT_OK


def cmd_replace(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.text_correction import find_places, preview, replace_places

    with open_project(args.project, backup=not args.dry_run) as project:
        places = find_places(project, args.find, args.replacement, regex=args.regex, document=args.document)
        if not places:
            print(f"“{args.find}” was not found", file=sys.stderr)
            return 1
        if args.dry_run:
            if not args.json:
                for p in places:
                    print(f"{p.document}: …{p.before[-25:]}[{p.found} → {p.replacement}]{p.after[:25]}…")
            _print_reports(preview(project, places), args.json, dry_run=True)
            return EXIT_OK
        reports = replace_places(project, places).value
    _print_reports(reports, args.json)
    return EXIT_OK


def cmd_to_review(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.text_correction import units_to_review

    with open_project(args.project, backup=False) as project:
        items = units_to_review(project, args.document)
    if args.json:
        print_json([{"unit": i.unit_id, "document": i.document, "status": i.status, "old": i.old_text,
                     "new": i.new_text, "start": i.start, "end": i.end} for i in items])
        return EXIT_OK
    if not items:
        print("No corrected units wait for review")
    for i in items:
        new = "(words deleted; the unit is empty)" if i.status == "deleted" else f"“{i.new_text}”"
        print(f"{i.unit_id}  {i.document}: “{i.old_text}” → {new}")
    return EXIT_OK


def cmd_mark_reviewed(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.text_correction import mark_reviewed

    with open_project(args.project) as project:
        print(mark_reviewed(project, args.unit or None).label)
    return EXIT_OK


def cmd_text_versions(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.core.text_correction import text_versions

    with open_project(args.project, backup=False) as project:
        people = {r.id: r.name for r in project.reviewers()}
        versions = text_versions(project, args.document)
    if args.json:
        print_json([{"when": v.at, "who": people.get(v.reviewer_id or "", ""), "what": v.summary,
                     "places": v.places, "text_before": v.text} for v in versions])
        return EXIT_OK
    if not versions:
        print("The text is as it was imported")
    for v in versions:
        print(f"{v.at[:19].replace('T', ' ')}  {people.get(v.reviewer_id or '', '?')}: {v.summary}")
    return EXIT_OK


@command("text-versions", "a document's corrections: when, by whom, what (--json: with the earlier text)",
         cmd_text_versions)
def _args_text_versions(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("document")
    p.add_argument("--json", action="store_true")


@command("replace-text", "replace a document's text with a corrected version; units stay on their words",
         cmd_replace_text)
def _args_replace_text(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("document", help="the document's name or id")
    p.add_argument("new", metavar="NEW.txt", help="the corrected text (UTF-8, or UTF-16/32 with a BOM)")
    p.add_argument("--json", action="store_true")


@command("replace", "find and replace in the documents' text; units stay on their words", cmd_replace)
def _args_replace(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("find")
    p.add_argument("replacement")
    p.add_argument("--document", help="only in this document (name or id)")
    p.add_argument("--regex", action="store_true", help="FIND is a regular expression (\\1 in REPLACEMENT)")
    p.add_argument("--dry-run", action="store_true", help="show every place and what it would do; change nothing")
    p.add_argument("--json", action="store_true")


@command("units-to-review", "meaning units whose words a correction changed, waiting for review", cmd_to_review)
def _args_to_review(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--document")
    p.add_argument("--json", action="store_true")


@command("mark-reviewed", "say you have reviewed corrected units (all of them, or --unit ID …)", cmd_mark_reviewed)
def _args_mark_reviewed(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--unit", action="append", metavar="ID")
