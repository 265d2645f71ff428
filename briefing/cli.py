"""Command line: `briefing [FILE]` opens the app; `briefing COMMAND ...` runs headless.

Each command lives in ``briefing/commands/<name>.py`` and provides ``add_arguments(parser)``
and ``run(args) -> int``. Users meet errors as one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from briefing import __version__

# name -> one-line help; the module briefing.commands.<name> implements it.
COMMANDS = {
    "outline": "print a release's outline as an indented tree or JSON",
    "new": "make a project file from one or more releases",
    "check": "validate a project file",
    "export": "export a briefing note (.docx, .md or .pdf)",
    "facts": "list the people, quotes, dates and places in a release",
    "compare": "what changed between two versions of a release, paragraph by paragraph",
}

EXIT_USAGE_OR_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        usage="briefing [FILE | --sample]  |  briefing COMMAND [ARGS...]  |  briefing --version",
        description="Turn press releases into structured outlines and Word briefing notes. "
        "Without a command, opens the app: on FILE if given, on the bundled sample with "
        "--sample (and on the very first run), else on the welcome page.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in COMMANDS.items():
        module = _command_module(name)
        if module is None:
            continue
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(command_parser)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"briefing.commands.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"briefing.commands.{name}":
            return None
        raise


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] == "--sample" or (
            argv[0] not in COMMANDS and not argv[0].startswith("-")):
        from briefing.app.shell.launch import run_app

        return run_app(argv)
    if argv[0] in ("-h", "--help", "--version"):
        build_parser().parse_args(argv)
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    module = _command_module(args.command)
    return module.run(args)


if __name__ == "__main__":
    sys.exit(main())
