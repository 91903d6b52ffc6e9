"""`lectio study-language STUDY [CODE]`: the language of a study's export documents (see app/core/study_language).

The window's language is the global flag ``--lang CODE`` (app/cli.py strips it before any command)."""

from __future__ import annotations

import argparse
import json

from app.cli import EXIT_OK, command


def cmd_study_language(args: argparse.Namespace) -> int:
    from app import i18n
    from app.core.project import open_project
    from app.core.study_language import export_language, set_study_language, study_language

    with open_project(args.project, read_only=args.code is None and not args.clear) as project:
        if args.clear:
            set_study_language(project, None)
        elif args.code is not None:
            set_study_language(project, args.code)
        chosen, used = study_language(project), export_language(project)
    if args.json:
        print(json.dumps({"study_language": chosen or None, "export_language": used,
                          "available": i18n.available_languages()}))
    else:
        name = i18n.NAMES.get(used, used)
        print(f"Study language: {chosen or '(not set: exports follow the window)'}; "
              f"exports are written in {name} ({used})")
    return EXIT_OK


@command("study-language", "show or set the language of the study's export documents", cmd_study_language)
def _args_study_language(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("code", nargs="?", help="en, de, es, pt_BR or fr (none: show the current one)")
    p.add_argument("--clear", action="store_true", help="unset it: exports follow the window's language")
    p.add_argument("--json", action="store_true")
