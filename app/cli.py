"""The one entry point. No sub-command opens the window; sub-commands work headless.

Errors go to stderr as one line naming the file and the reason, with a non-zero exit — never a
traceback (an unexpected error's traceback goes to the log file instead).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.cli_json import print_json
from app.core.errors import LectioError
from app.i18n import take_language_flag

log = logging.getLogger("lectio")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CliError(LectioError):
    pass


# -- sub-commands -----------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    from app.core.project import create_project
    from app.core.server import create_server_project, is_server_url

    if is_server_url(args.project):  # a new study in an empty database on a server
        with create_server_project(args.project, title=args.title or "", reviewer=args.reviewer or "",
                                   research_question=args.question or "") as project:
            print(f"Created {project.path}")
        return EXIT_OK
    path = _lectio_path(args.project)
    with create_project(path, title=args.title or "", reviewer=args.reviewer or "",
                        research_question=args.question or ""):
        pass
    print(f"Created {path}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from app.core.overview import project_info
    from app.core.project import open_project

    with open_project(args.project, read_only=True) as project:
        info = project_info(project)
    if args.json:
        print_json(info)
        return EXIT_OK
    print(f"{info['title']}  (file format {info['schema_version']})")
    if info["research_question"]:
        print(f"Research question: {info['research_question']}")
    print("Reviewers: " + ", ".join(r["name"] for r in info["reviewers"]))
    print("Counts: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in info["counts"].items()))
    for d in info["documents"]:
        print(f"  [{d['kind']}] {d['name']} — {d['chars']} characters, {d['pages']} page(s)")
    if info.get("participants"):  # interview studies (app/core/participants.py)
        print("Participants: " + ", ".join(f"{p['name']} ({p['role']})" for p in info["participants"]))
    for theme in info["tree"]:
        print(f"Theme: {theme['name']}")
        for cat in theme["categories"]:
            _print_category(cat, "  ")
    if info["unsorted"]["categories"] or info["unsorted"]["codes"]:
        print("Unsorted:")
        for cat in info["unsorted"]["categories"]:
            _print_category(cat, "  ")
        for code in info["unsorted"]["codes"]:
            print(f"    Code: {code['name']} ({_units(code['units'])})")
    return EXIT_OK


def _print_category(cat: dict, indent: str) -> None:
    print(f"{indent}Category: {cat['name']}")
    for code in cat["codes"]:
        print(f"{indent}  Code: {code['name']} ({_units(code['units'])})")
    for sub in cat.get("subcategories", []):
        _print_category(sub, indent + "  ")


def cmd_demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo

    path = _lectio_path(args.project)
    build_demo(path).close()
    print(f"Wrote the demo study to {path}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.core.importing import import_files
    from app.core.project import open_project

    with open_project(args.project) as project:
        if project.read_only:
            from app.core.errors import ProjectError

            raise ProjectError(project.path, f"cannot take new documents: {project.read_only_reason}")
        results = import_files(project, [Path(f) for f in args.files], password=args.password)
    failed = 0
    for r in results:
        if r.ok:
            print(r.line())
            for w in r.warnings:
                print(f"lectio: {r.path.name}: warning: {w}", file=sys.stderr)
        elif r.skipped:
            print(f"lectio: {r.line()}", file=sys.stderr)
        else:
            failed += 1
            hint = " (give it with --password)" if r.needs_password and not args.password else ""
            print(f"lectio: {r.line()}{hint}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_text(args: argparse.Namespace) -> int:
    from app.core.documents import find_document, get_document, page_text
    from app.core.project import open_project

    with open_project(args.project, read_only=True) as project:
        doc = get_document(project, find_document(project, args.document).id)
    body = page_text(doc, args.page) if args.page else doc.text
    sys.stdout.write(body if body.endswith("\n") else body + "\n")
    return EXIT_OK


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {}


def command(name: str, help_text: str, run: Callable[[argparse.Namespace], int]) -> Callable:
    """Register a sub-command: ``@command("new", "…", cmd_new)`` on a function that adds its arguments.
    Modules of later features register theirs the same way (see ``register_extra_commands``)."""

    def register(add_args: Callable[[argparse.ArgumentParser], None]) -> Callable:
        COMMANDS[name] = (help_text, add_args, run)
        return add_args

    return register


@command("new", "create an empty project", cmd_new)
def _args_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--title")
    p.add_argument("--reviewer", help="your name, the first reviewer")
    p.add_argument("--question", help="the research question")


@command("info", "counts and the theme/category/code tree", cmd_info)
def _args_info(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("--json", action="store_true")


@command("demo", "write the worked example project", cmd_demo)
def _args_demo(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")


@command("import", "import documents (PDF, DOCX, ODT, RTF, TXT, Markdown)", cmd_import)
def _args_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("files", nargs="+")
    p.add_argument("--password", help="password for encrypted PDFs")


@command("text", "print a document's extracted text", cmd_text)
def _args_text(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("document", help="document name or id")
    p.add_argument("--page", type=int)


def register_extra_commands() -> None:
    """Commands owned by other modules (exports, exchange, consensus) register themselves here."""
    import importlib

    for module in (
        "app.cli_exports", "app.cli_consensus", "app.cli_refi", "app.cli_history", "app.cli_study", "app.cli_people",
        "app.cli_analysis", "app.cli_documents", "app.cli_search", "app.cli_dossier", "app.cli_textfix",
        "app.cli_server",
        "app.cli_team", "app.cli_sync",  # issue 22: team studies on PostgreSQL
        "app.cli_i18n",
        "app.cli_notes",  # study notes (memos with no place on the board or in the reader)
    ):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


# -- window -----------------------------------------------------------------------------------------
def window_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lectio", description="Lectio — a workbench for qualitative content analysis.",
        epilog="Commands (run headless): " + ", ".join(COMMANDS) + ". 'lectio COMMAND --help' for each.",
    )
    p.add_argument("project", nargs="?", help="a .lectio project to open")
    p.add_argument("--version", action="version", version=f"Lectio {__version__}")
    p.add_argument("--demo", action="store_true", help="open the demo study (written on first use)")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG and exit")
    p.add_argument("--view", choices=("reader", "board", "consensus", "participants", "analysis"), default="reader")
    p.add_argument("--document", help="document to show (name)")
    p.add_argument("--pass", dest="pass_no", type=int, choices=(1, 2, 3), default=1)
    p.add_argument("--theme", choices=("system", "light", "dark", "high-contrast"),
                   help="colours for this run (default: the one chosen in Preferences)")
    p.add_argument("--lang", metavar="CODE", help="language of the window (en, de, es, pt_BR, fr); with any command")
    return p


def run_window(args: argparse.Namespace) -> int:
    from app.core.server import is_server_url
    from app.ui.launch import launch

    return launch(
        (args.project if is_server_url(args.project) else Path(args.project)) if args.project else None,
        demo=args.demo,
        screenshot=Path(args.screenshot) if args.screenshot else None,
        view=args.view, document=args.document, pass_no=args.pass_no,
        theme=args.theme,
    )


# -- main -------------------------------------------------------------------------------------------
def _lectio_path(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() != ".lectio":
        raise CliError(f"{path}: a project file must end in .lectio")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the real command line (not a test calling main): "Exception ignored in …" → the log
        sys.unraisablehook = _log_unraisable
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        argv = take_language_flag(argv)  # the global --lang CODE, before or after the command
    except ValueError as exc:
        print(f"lectio: {exc}", file=sys.stderr)
        return EXIT_FAILED
    register_extra_commands()
    args: argparse.Namespace | None = None
    try:
        if argv and argv[0] in COMMANDS:
            help_text, add_args, run = COMMANDS[argv[0]]
            parser = argparse.ArgumentParser(prog=f"lectio {argv[0]}", description=help_text)
            add_args(parser)
            args = parser.parse_args(argv[1:])
            _hide_passwords(args)
            return run(args)
        args = window_parser().parse_args(argv)
        _hide_passwords(args)
        return run_window(args)
    except LectioError as exc:
        print(f"lectio: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("lectio: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `lectio info X | head`: the reader has enough; stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the flush at exit fails no more
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never a traceback on the terminal
        return _report_unexpected(exc, args)


def _hide_passwords(args: argparse.Namespace) -> None:
    """A server address's password leaves the arguments (app/core/server.py keeps it for the connection), so no
    message, log line or printed argument can show it."""
    for name in ("project", "url"):
        value = getattr(args, name, None)
        if isinstance(value, str) and "://" in value:  # (app.core.server imports SQLAlchemy: only for addresses)
            from app.core.server import is_server_url, strip_password

            if is_server_url(value):
                setattr(args, name, strip_password(value))


def _log_unraisable(unraisable: object) -> None:
    from app.core.logfile import write_log

    exc = getattr(unraisable, "exc_value", None)
    obj = getattr(unraisable, "object", None)
    write_log(f"ignored while cleaning up {obj!r}: {exc!r}")


def _report_unexpected(exc: BaseException, args: argparse.Namespace | None) -> int:
    """One plain line (``lectio: FILE: reason``) on stderr; the traceback goes to the log file. A locked,
    full or read-only study is named as the study, never as the input file."""
    from app.core.errors import UNEXPECTED, is_database_problem, plain_reason, user_message
    from app.core.logfile import log_exception

    study = getattr(args, "project", None)
    if study:  # a server address is shown without its password
        from app.core.server import display_location

        study = display_location(str(study))
    out = getattr(args, "out", None)
    subject = study if is_database_problem(exc) or not out else out  # a full disk while exporting: the output
    log_file = log_exception(exc, "lectio " + " ".join(sys.argv[1:]))
    message = user_message(exc, subject)
    if plain_reason(exc) == UNEXPECTED:
        message = message.replace("the log file", str(log_file))
    print(f"lectio: {message}", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())


def _units(n: int) -> str:
    return f"{n} unit{'s' * (n != 1)}"
