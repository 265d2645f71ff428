"""`briefing facts FILE [--json]`: the people, quotes, dates, organisations and places."""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a release: .txt, .md, .html, .docx or .pdf")
    parser.add_argument("--json", action="store_true", help="print the facts as JSON")


def run(args: argparse.Namespace) -> int:
    from briefing.analysis.facts import key_facts
    from briefing.ingest import ReleaseReadError, load_release
    from briefing.textsafe import json_terminal_safe, terminal_safe

    try:
        release = load_release(args.file)
    except (ReleaseReadError, OSError) as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 2
    facts = key_facts(release)
    if args.json:
        # A release's text (or a file name) can hold escape sequences: shown, not run.
        text = json.dumps(facts.to_dict(), ensure_ascii=False, indent=2)
        sys.stdout.write(json_terminal_safe(text) + "\n")
    else:
        sys.stdout.write(terminal_safe("\n".join(_lines(facts))) + "\n")
    return 0


def _lines(facts) -> list[str]:
    lines = [f"People ({len(facts.people)}):"]
    lines += [f"  {p.display}  [{len(p.mentions)} mention(s)]" for p in facts.people]
    lines.append(f"Quotes ({len(facts.quotes)}):")
    for q in facts.quotes:
        who = q.person or q.speaker or "?"
        text = q.text if len(q.text) <= 90 else q.text[:89] + "…"
        lines.append(f"  {who}: “{text}”  [{q.node_id}]")
    lines.append(f"Dates ({len(facts.dates)}):")
    for d in facts.dates:
        when = d.iso + (f"..{d.iso_end}" if d.iso_end else "")
        event = f" — {d.event}" if d.event else ""
        lines.append(f"  {d.text} ({when or 'year unknown'}){event}  [{d.node_id}]")
    lines.append(
        f"Organisations ({len(facts.organisations)}): "
        + "; ".join(e.name for e in facts.organisations)
    )
    lines.append(f"Places ({len(facts.places)}): " + "; ".join(e.name for e in facts.places))
    return lines
