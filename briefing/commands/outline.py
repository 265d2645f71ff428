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
    from briefing.textsafe import json_terminal_safe, terminal_safe

    try:
        release = load_release(args.file)
    except ReleaseReadError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    if args.json:
        # A release's text (or a file name) can hold escape sequences: shown, not run.
        text = json.dumps(outline_dict(release), ensure_ascii=False, indent=2)
        sys.stdout.write(json_terminal_safe(text) + "\n")
    else:
        lines = outline_tree_lines(release, args.width)
        sys.stdout.write(terminal_safe("\n".join(lines)) + "\n")
    return 0
