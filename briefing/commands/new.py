"""`briefing new FILE... -o PROJECT.briefing`: make a project from one or more releases."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="release files to import")
    parser.add_argument(
        "-o", "--output", required=True, metavar="PROJECT", help="project file to write"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing project file")
    parser.add_argument(
        "--no-original",
        action="store_true",
        help="do not keep the original files' bytes (their name and sha256 are kept)",
    )


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from briefing.ingest import ReleaseReadError, load_release
    from briefing.model import Project
    from briefing.storage import ProjectFileError, save_project

    output = Path(args.output)
    if output.exists() and not args.force:
        print(f"{output}: already exists (use --force to replace it)", file=sys.stderr)
        return 2
    releases = []
    for number, name in enumerate(args.files, start=1):
        path = Path(name)
        try:
            release = load_release(path, f"r{number}", keep_original=not args.no_original)
        except ReleaseReadError as error:
            print(str(error), file=sys.stderr)
            return 2
        releases.append(release)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    project = Project(releases=releases, created=now, modified=now)
    try:
        save_project(project, output)
    except ProjectFileError as error:
        print(str(error), file=sys.stderr)
        return 2
    print(f"{output}: {len(releases)} release(s)")
    return 0
