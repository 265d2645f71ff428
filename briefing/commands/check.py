"""`briefing check PROJECT.briefing`: validate a project file (exit 0 valid, 2 otherwise)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", metavar="PROJECT", help="the .briefing file to check")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefing.storage.projectfile import check_project

    path = Path(args.project)
    report = check_project(path)
    for problem in report.problems:
        print(f"{path}: {problem}", file=sys.stderr)
    for warning in report.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    if report.problems:
        return 2
    if not args.quiet:
        print(f"{path}: valid ({report.summary})")
    return 0
