"""``lectio publish STUDY.lectio postgresql://HOST/DB``: put a local study on a PostgreSQL server.

Every other command takes a server address wherever it takes a study file (``open_project`` accepts both).
"""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, CliError, command
from app.cli_json import print_json


def cmd_publish(args: argparse.Namespace) -> int:
    from app.core.publish import publish
    from app.core.server import display_location, is_server_url

    if not is_server_url(args.url):
        raise CliError(f"{display_location(args.url)}: is not a server address; write it as "
                       "postgresql://user@host[:port]/database")
    if is_server_url(args.project):
        raise CliError(f"{display_location(args.project)}: publish takes a study file (.lectio) to copy to the server")
    done = publish(args.project, args.url)
    if args.json:
        print_json({"url": done.where, "rows": done.rows, "total": done.total})
    else:
        print(f"Published {args.project} to {done.where} ({done.total} rows)")
    return EXIT_OK


@command("publish", "copy a local study to an empty PostgreSQL database (postgresql://user@host/db)", cmd_publish)
def _args_publish(p: argparse.ArgumentParser) -> None:
    p.add_argument("project", help="the study file (.lectio)")
    p.add_argument("url", help="postgresql://user[:password]@host[:port]/database[?sslmode=…] (an empty database)")
    p.add_argument("--json", action="store_true")
