"""``lectio backups STUDY`` and ``lectio restore STUDY [--backup N]``: a study's automatic backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli import EXIT_OK, command
from app.cli_json import print_json


def _no_server(value: str) -> None:
    from app.core.server import is_server_url

    if is_server_url(value):
        from app.cli import CliError

        raise CliError(f"{value}: a study on a server has no backup files; the server's own backups "
                       "(pg_dump) keep it")


def cmd_backups(args: argparse.Namespace) -> int:
    from app.core.backups import backup_dir_for, list_backups

    _no_server(args.project)
    path = Path(args.project)
    backups = list_backups(path)
    if args.json:
        print_json({"backups": [
            {"number": b.number, "path": str(b.path), "taken": b.taken.isoformat(timespec="seconds"),
             "bytes": b.size} for b in backups]})
        return EXIT_OK
    if not backups:
        print(f"{path}: no backups yet (they are written to {backup_dir_for(path)} when work has been done)")
        return EXIT_OK
    print(f"Backups of {path}, newest first (restore one with: lectio restore {path} --backup N):")
    for b in backups:
        print("  " + b.describe())
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core.backups import restore_backup

    _no_server(args.project)
    restored = restore_backup(Path(args.project), args.backup)
    b = restored.backup
    print(f"Restored {args.project} from backup {b.number} ({b.taken:%Y-%m-%d %H:%M:%S}, {b.path.name})")
    if restored.set_aside is not None:
        print(f"The file it replaced is kept as {restored.set_aside}")
    return EXIT_OK


@command("backups", "list a study's automatic backups, numbered, newest first", cmd_backups)
def _args_backups(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true")


@command("restore", "put a backup in place of the study (the newest, or --backup N)", cmd_restore)
def _args_restore(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--backup", type=int, default=1, metavar="N", help="which backup (1 = newest; see lectio backups)")
