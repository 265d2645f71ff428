"""`briefing outline FILE [--json]`: print a release's outline."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a release: .txt, .md, .html, .docx or .pdf")
    parser.add_argument("--json", action="store_true", help="print the outline as JSON")
    parser.add_argument("--width", type=int, default=100, help="line width of the tree")


def run(args: argparse.Namespace) -> int:
    from briefing.ingest import ReleaseReadError, load_release
    from briefing.ingest.outline_json import outline_dict, outline_tree_lines

    try:
        release = load_release(args.file)
    except ReleaseReadError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(outline_dict(release), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("\n".join(outline_tree_lines(release, args.width)) + "\n")
    return 0
