"""REFI-QDA on the command line: ``import-qdpx``, ``import-qdc``, and the ``export qdpx|qdc`` sub-commands
(registered into ``lectio export`` by app/cli_exports.py through ``add_export_subcommands``).

Warnings (what could not be mapped) go to stderr, one line each, and do not fail the command; a refused
file is one line on stderr with exit 1, and the project is left unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, command


def _report(result: object) -> None:
    from app.refi import RefiResult

    assert isinstance(result, RefiResult)
    print(result.line())
    for line in result.info:
        print(f"{result.path.name}: {line}")
    for w in result.warnings:
        print(f"{result.path.name}: warning: {w}", file=sys.stderr)


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.refi import import_qdpx

    with open_project(args.project) as project:
        outcome = import_qdpx(project, Path(args.file), positions=args.positions)
    _report(outcome.value)
    return EXIT_OK


def cmd_import_qdc(args: argparse.Namespace) -> int:
    from app.core.project import open_project
    from app.refi import import_qdc

    with open_project(args.project) as project:
        outcome = import_qdc(project, Path(args.file))
    _report(outcome.value)
    return EXIT_OK


def cmd_export_refi(args: argparse.Namespace) -> int:
    """``lectio export qdpx|qdc PROJECT OUT`` (dispatched from the ``export`` command)."""
    from app.core.project import open_project
    from app.refi import export_qdc, export_qdpx

    run = export_qdpx if args.what == "qdpx" else export_qdc
    with open_project(args.project, read_only=True) as project:
        result = run(project, Path(args.out))
    _report(result)
    return EXIT_OK


def add_export_subcommands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``qdpx`` and ``qdc`` to the ``export`` command's sub-parsers; each sets ``args.refi_run``."""
    for what, help_text, meta in (("qdpx", "the whole project for other QDA tools (REFI-QDA .qdpx)", "OUT.qdpx"),
                                  ("qdc", "the codebook for other QDA tools (REFI-QDA .qdc)", "OUT.qdc")):
        p = sub.add_parser(what, help=help_text)
        p.add_argument("project")
        p.add_argument("out", metavar=meta)
        p.set_defaults(refi_run=cmd_export_refi)


@command("import-qdpx", "import a REFI-QDA project (.qdpx from NVivo, MAXQDA, ATLAS.ti…)", cmd_import_qdpx)
def _args_import_qdpx(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("file", metavar="FILE.qdpx")
    p.add_argument("--positions", choices=("standard", "utf16"), default=None,
                   help="how the file counts selection positions: 'standard' (Unicode code points, REFI-QDA 1.5) "
                        "or 'utf16' (UTF-16 code units, as NVivo for Windows writes); by default the standard, "
                        "unless the file proves otherwise")


@command("import-qdc", "import a REFI-QDA codebook (.qdc)", cmd_import_qdc)
def _args_import_qdc(p: argparse.ArgumentParser) -> None:
    p.add_argument("project")
    p.add_argument("file", metavar="FILE.qdc")
