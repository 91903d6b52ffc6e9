"""``lectio clone URL LOCAL.lectio`` and ``lectio sync LOCAL.lectio [--resolve ours|theirs] [--keep-ours KEY …]
[--take-theirs KEY …] [--json]``: a local copy of a team study, and its work brought back through the change log
(``app/server/sync.py``). The keys are those ``lectio sync --json`` lists with each conflict."""

from __future__ import annotations

import argparse
import sys

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json


def _password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_file", None):
        return None
    from app.cli_team import _password as read_password

    return read_password(args.password_file)


def cmd_clone(args: argparse.Namespace) -> int:
    from app.server.connect import is_server_url, safe_url
    from app.server.sync import clone

    if not is_server_url(args.url):
        raise CliError(f"{args.url}: a team study is a postgresql:// URL")
    if not args.local.lower().endswith(".lectio"):
        raise CliError(f"{args.local}: a project file must end in .lectio")
    counts = clone(args.url, args.local, password=_password(args))
    shown = ", ".join(f"{n} {t}" for t, n in counts.items() if n and t in
                      ("document", "meaningunit", "code", "coding", "memo")) or "an empty study"
    print(f"Cloned {safe_url(args.url)} to {args.local}: {shown}")
    return EXIT_OK


def _decisions(args: argparse.Namespace) -> dict[str, str]:
    """--keep-ours KEY … and --take-theirs KEY … as one key → choice map; a key given both ways is refused."""
    ours, theirs = list(args.keep_ours or []), list(args.take_theirs or [])
    both = sorted(set(ours) & set(theirs))
    if both:
        raise CliError(f"{args.local}: conflict {both[0]} is given both to --keep-ours and to --take-theirs")
    return {**{key: "ours" for key in ours}, **{key: "theirs" for key in theirs}}


def cmd_sync(args: argparse.Namespace) -> int:
    from app.server.sync import sync

    decisions = _decisions(args)
    result = sync(args.local, password=_password(args), resolve=args.resolve, decisions=decisions)
    if args.json:
        out = result.as_dict()  # the conflicts described in English, whatever the window's language
        out["conflicts"] = [{**row, "description": c.describe("en")} for row, c in zip(out["conflicts"],
                                                                                      result.conflicts, strict=True)]
        print_json(out)
        return EXIT_OK
    print(f"Synced {args.local} with {result.origin}: sent {result.sent} change(s), received {result.received}")
    if result.resolved and not decisions:
        print(f"{result.resolved} conflict(s) settled: kept {'this copy' if args.resolve == 'ours' else 'the server'}"
              "'s version")
    elif result.resolved:
        print(f"{result.resolved} conflict(s) settled: {result.kept} with this copy's version, {result.taken} with "
              "the server's")
    for conflict in result.conflicts:
        print(f"Conflict: {conflict.describe('en')}", file=sys.stderr)
        print(f"  key {conflict.key}", file=sys.stderr)
    if result.conflicts:
        print(f"{len(result.conflicts)} conflict(s): each side keeps its version until you decide (sync again "
              "with --resolve ours|theirs, or --keep-ours KEY / --take-theirs KEY for one)", file=sys.stderr)
    return EXIT_OK


@command("clone", "take a local copy of a team study on PostgreSQL", cmd_clone)
def _args_clone(p: argparse.ArgumentParser) -> None:
    p.add_argument("url")
    p.add_argument("local", help="the new study file (.lectio)")
    p.add_argument("--password-file", help="a file whose first line is the login's password")


@command("sync", "send a clone's changes to its server and bring the server's", cmd_sync)
def _args_sync(p: argparse.ArgumentParser) -> None:
    p.add_argument("local", help="a study file made by lectio clone")
    p.add_argument("--resolve", choices=("ours", "theirs"),
                   help="settle every conflict this way, but those decided with --keep-ours or --take-theirs "
                        "(default: list them; each side keeps its version)")
    p.add_argument("--keep-ours", nargs="+", action="extend", metavar="KEY",
                   help="settle these conflicts (keys from sync --json) with this copy's version")
    p.add_argument("--take-theirs", nargs="+", action="extend", metavar="KEY",
                   help="settle these conflicts (keys from sync --json) with the server's version")
    p.add_argument("--password-file", help="a file whose first line is the login's password")
    p.add_argument("--json", action="store_true")
