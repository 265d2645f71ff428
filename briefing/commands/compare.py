"""`briefing compare OLD NEW [--json] [-o CHANGES.docx | CHANGES.md]`: what changed
between two versions of a statement, paragraph by paragraph (docs/compare.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", help="the earlier release (.txt, .md, .html, .docx, .pdf)")
    parser.add_argument("new", help="the later release")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="write the changes: .docx (tracked changes) or .md (a change list)",
    )


def run(args: argparse.Namespace) -> int:
    from briefing.compare import compare_releases
    from briefing.compare.report import to_json, to_markdown, unrelated_warning
    from briefing.ingest import ReleaseReadError, load_release
    from briefing.storage.errors import ProjectFileError

    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() not in (".docx", ".md"):
        print(f"briefing: {output}: write .docx or .md", file=sys.stderr)
        return 2
    try:
        old, new = load_release(args.old), load_release(args.new)
    except (ReleaseReadError, OSError) as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    comparison = compare_releases(old, new)
    warning = unrelated_warning(comparison)
    if warning:
        print(f"briefing: warning: {warning}", file=sys.stderr)
    try:
        if output is not None and output.suffix.lower() == ".docx":
            from briefing.compare.tracked import write_tracked

            write_tracked(comparison, output)
        elif output is not None:
            from briefing.storage.atomic import atomic_write

            atomic_write(output, to_markdown(comparison).encode("utf-8"), backup=False)
    except (ProjectFileError, OSError) as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(to_json(comparison), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif output is None:
        sys.stdout.write(to_markdown(comparison))
    return 0
