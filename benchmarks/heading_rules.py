"""Which rule made each predicted heading, and how often it was right, per set of gold files.

Patches ``Role.__init__`` to record the function and line that gave a block the heading role,
scores each predicted heading against the gold (as ``bench_structure.py`` does) and prints,
per rule, right / wrong / wrong-and-holding-paragraphs for each gold folder named. A rule
right on documents tuned on for long and wrong on blind-labelled ones is over-fitted: look
there first. Tune gold only; never name a folder holding test documents.

Run: .venv/bin/python benchmarks/heading_rules.py [--list [--show=RULE]] [--missed] [--derive=KIND]
     NAME=GOLD_DIR [...]

``--list`` also prints every wrong heading: folder, document, rule, verdict, its text and
the first words of the two units after it, to sort the wrong firings into families.
``--show=RULE`` (with ``--list``) prints the right headings of the rules whose name holds
RULE too ("--show=:1850"): what a rule's right firings look like beside its wrong ones.
``--missed`` prints every gold heading no predicted heading matched, with what the text
became instead (the kind of the unit starting with it: paragraph, other, item; "lost"
when no unit does) and the first words of the unit after it, then tallies them by that
kind per folder: where recall is lost, and whether a gate refused the line or the text
was never a unit of its own.
``--derive=KIND`` reads, in place of each document, the plain text ``derive_text.py`` makes
of it (``pdf-plain``, ``html-copy``, ``docx-plain`` ...; documents it does not apply to are
skipped, and so is the held-out quarter): which rules over-fire on pages copied as text.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import structure_adapters as adapters
import structure_score as scoring

from briefing.ingest import (
    load_release,
    pipeline,
    roles,
)

_init = roles.Role.__init__
_assign = pipeline.assign_roles
_MADE: dict[int, tuple[roles.Role, str]] = {}  # id -> the heading role and its maker


def _recording_init(self, *args, **kwargs) -> None:
    _init(self, *args, **kwargs)
    if self.kind == "heading":
        frame = sys._getframe(1)
        _MADE[id(self)] = (self, f"{frame.f_code.co_name}:{frame.f_lineno}")


def _assign_and_mark(*args, **kwargs) -> list[roles.Role]:
    """The roles, each heading marked with its maker only once all are given: a mark set
    while the roles are made would change them (``repeated_line_heads`` passes over
    headings with attributes), and the tally would not be the output's."""
    result = _assign(*args, **kwargs)
    for role in result:
        made = _MADE.get(id(role))
        if made is not None and made[0] is role and role.kind == "heading":
            role.attrs = {**role.attrs, "why": made[1]}
    _MADE.clear()
    return result


def _heading_rules(release) -> list[str]:
    found: list[str] = []

    def visit(node) -> None:
        for child in node.children:
            if child.kind == "heading":
                found.append(child.attrs.get("why", "?"))
            visit(child)

    visit(release.root)
    return found


def _same(entry: dict, unit) -> bool:
    text = scoring.tokens(entry["text"])
    labelled = scoring.tokens(f"{entry.get('label', '')} {entry['text']}")
    return scoring.starts_with(unit.toks, text) or (
        bool(entry.get("label"))
        and scoring.starts_with(scoring.tokens(f"{unit.label} {unit.text}"), labelled)
    )


def _words(text: str, n: int = 10) -> str:
    return " ".join(text.split()[:n])


def _print_missed(
    name: str, gold: dict, units: list, matched: dict, kinds: collections.Counter
) -> None:
    """Each gold heading left unmatched, with the kind of the unit its text became."""
    for k, entry in enumerate(gold.get("headings", [])):
        if k in matched:
            continue
        at = next((j for j, u in enumerate(units) if _same(entry, u)), None)
        kind = units[at].kind if at is not None else "lost"
        kinds[kind] += 1
        nxt = _words(units[at + 1].text, 8) if at is not None and at + 1 < len(units) else ""
        label = f"{entry.get('label', '')} ".lstrip()
        print(
            f"{name}\t{Path(gold['doc']).name}\tmissed\t{kind}\t{label}{_words(entry['text'])}\t{nxt}"
        )


def main(args: list[str]) -> None:
    listing = "--list" in args
    missing = "--missed" in args
    kinds = [a.split("=", 1)[1] for a in args if a.startswith("--derive=")]
    shown = [a.split("=", 1)[1] for a in args if a.startswith("--show=")]
    args = [
        a
        for a in args
        if a not in ("--list", "--missed") and not a.startswith(("--derive=", "--show="))
    ]
    missed: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    roles.Role.__init__ = _recording_init
    pipeline.assign_roles = _assign_and_mark
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = []
    for arg in args:
        name, folder = arg.split("=", 1)
        names.append(name)
        for gold in scoring.tune_gold(folder):
            path = scoring.document_path(gold["doc"])
            if kinds:
                from derive_text import derive, derived_quarter

                # The held-out quarter of the derived set is scored once, never traced.
                if derived_quarter(gold["doc"]) != "look":
                    continue
                # (tune_gold refused any test document; a folder's copies say "dev".)
                path = derive({**gold, "split": "tune"}, path, kinds[0])
                if path is None:
                    continue
            release = load_release(path, suggest=False)
            units = adapters.outline_from_release(release).units
            heads = [u for u in units if u.kind == "heading"]
            rules = _heading_rules(release)
            if len(rules) != len(heads):
                rules = ["?"] * len(heads)
            matched = scoring._sequential_match(gold.get("headings", []), heads, _same)
            right = {id(u) for u in matched.values()}
            if missing:
                _print_missed(name, gold, units, matched, missed[name])
            after = {id(u): units[k + 1 : k + 3] for k, u in enumerate(units)}
            for unit, rule in zip(heads, rules, strict=True):
                verdict = (
                    "right" if id(unit) in right else "holding" if unit.has_children else "wrong"
                )
                tally[rule][f"{name}:{verdict}"] += 1
                if listing and (verdict != "right" or any(r in rule for r in shown)):
                    nxt = " | ".join(_words(u.text, 8) for u in after.get(id(unit), []))
                    print(
                        f"{name}\t{Path(gold['doc']).name}\t{rule}\t{verdict}\t"
                        f"{_words(unit.text)}\t{nxt}"
                    )
    if missing:
        for name in names:
            kinds = ", ".join(f"{kind} {n}" for kind, n in missed[name].most_common())
            print(f"missed in {name}: {kinds or 'none'}")
    print(f"{'rule':40s} " + " ".join(f"{n[:12]:>12s} r/w/h" for n in names))
    for rule, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        cells = (
            f"{counts[n + ':right']:>7d}/{counts[n + ':wrong']}/{counts[n + ':holding']}"
            for n in names
        )
        print(f"{rule[:40]:40s} " + " ".join(f"{c:>18s}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
