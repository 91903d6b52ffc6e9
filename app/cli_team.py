"""Command-line commands of a team study on PostgreSQL: ``lectio team add-reviewer | list | open-consensus |
codebook``. The URL's login must be the study's owner to manage the team, a lead to open consensus."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, CliError, command
from app.cli_json import print_json


def _url(value: str) -> str:
    from app.server.connect import is_server_url

    if not is_server_url(value):
        raise CliError(f"{value}: a team study is a postgresql:// URL")
    return value


def _password(path: str) -> str:
    file = Path(path)
    try:
        data = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "it does not exist" if isinstance(exc, FileNotFoundError) else "it cannot be read as text"
        raise CliError(f"{file}: cannot read the password: {reason}") from None
    lines = data.splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise CliError(f"{file}: the password file is empty")
    return password


def cmd_team(args: argparse.Namespace) -> int:
    from app.server import team

    if args.action is None:
        print("lectio team: say what to do: add-reviewer, list, open-consensus or codebook", file=sys.stderr)
        return EXIT_USAGE
    url = _url(args.url)
    if args.action == "add-reviewer":
        member = team.add_reviewer(url, args.name, _password(args.password_file), blind=args.blind,
                                   lead=args.lead, login=args.login)
        roles = ", ".join(w for w, on in (("blind", member.blind), ("lead", member.lead)) if on)
        print(f"Added {member.name} (login {member.login}{'; ' + roles if roles else ''})")
    elif args.action == "list":
        state = team.team_state(url)
        if args.json:
            print_json(state.as_dict())
            return EXIT_OK
        phase = "consensus open" if state.consensus_open else "blind phase"
        rule = "only leads change the codebook" if state.leads_only_codebook else "everyone may change the codebook"
        print(f"{state.study}: {phase}; {rule}")
        for m in state.members:
            roles = [w for w, on in (("blind", m.blind), ("lead", m.lead)) if on]
            login = f"login {m.login}" if m.login else "no login"
            print(f"  {m.name} ({login}{'; ' + ', '.join(roles) if roles else ''})")
    elif args.action == "open-consensus":
        team.open_consensus(url)
        print("Consensus is open: every reviewer now sees every reviewer's work")
    elif args.action == "codebook":
        team.set_leads_only_codebook(url, args.rule == "leads")
        print("Only leads change the codebook" if args.rule == "leads" else "Every reviewer may change the codebook")
    return EXIT_OK


@command("team", "reviewers, logins and the blind phase of a team study on PostgreSQL", cmd_team)
def _args_team(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action")
    add = sub.add_parser("add-reviewer", help="create a reviewer and their database login")
    add.add_argument("url")
    add.add_argument("name")
    add.add_argument("--blind", action="store_true", help="sees only their own work until consensus opens")
    add.add_argument("--lead", action="store_true", help="curates the codebook and opens consensus")
    add.add_argument("--password-file", required=True, help="a file whose first line is the login's password")
    add.add_argument("--login", help="the database login's name (default: from the reviewer's name)")
    ls = sub.add_parser("list", help="the reviewers, their logins and the phase")
    ls.add_argument("url")
    ls.add_argument("--json", action="store_true")
    oc = sub.add_parser("open-consensus", help="end the blind phase (a lead only)")
    oc.add_argument("url")
    cb = sub.add_parser("codebook", help="who may change codes, categories and themes (a lead only)")
    cb.add_argument("url")
    cb.add_argument("rule", choices=("leads", "everyone"))
