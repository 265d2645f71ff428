"""Which rule gave each numbered unit its label and which nesting rule placed it, and how
often each was right, per set of gold files.

Patches ``Role.__init__`` to record the function and line that gave a block a labelled
role, and ``tree._Builder._place_labelled`` to record which branch chose the label's depth
(its family already open, a new family nested, a new sequence of paragraph numbers, a list
resumed, ...). Each predicted numbered unit is scored against the gold as
``bench_structure.py`` does: "false" (no gold label matches it), "level" (matched at the
wrong depth) or "right". A rule right on documents tuned on for long and wrong on
blind-labelled ones is over-fitted: look there first. Tune gold only; never name a folder
holding test documents.

A branch marked "+after-text" placed a label right after an unlabelled block (a paragraph
continuing an item, or one placed beside it). Rows "L ..." tally label rules and families,
rows "D ..." nesting branches (for labels the gold has).

``derived`` in place of NAME=GOLD_DIR reads the plain texts ``derive_text.py`` makes from
the tune split, look part only (as ``break_rules.py derived``; the held part is scored by
``bench_structure.py``, never traced); ``--derive=KIND`` keeps one derivation (``pdf-raw``,
``md-as-text`` ...). ``--missed`` prints each gold label nothing predicted, with the unit
holding its text (the label glued, lost in a join, or read as no label).

Run: .venv/bin/python benchmarks/label_rules.py [--list [--all]] [--missed] [--derive=KIND]
NAME=GOLD_DIR|derived [...]
(``--list`` also prints every false or misplaced label with its document and rules;
``--all`` prints the right ones too.)
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

from briefing.ingest import load_release, roles, tree

_init = roles.Role.__init__
_place = tree._Builder._place_labelled
_why: dict[int, str] = {}


def _recording_init(self, *args, **kwargs) -> None:
    _init(self, *args, **kwargs)
    if self.label is not None and self.kind in ("paragraph", "item"):
        frame = sys._getframe(1)
        _why[id(self)] = f"{frame.f_code.co_name}:{frame.f_lineno}"


def _recording_place(self, placed, node, family: str = "") -> None:
    before = len(self.stack)
    had = list(self.families)
    # The block before was no label of the open list (a paragraph continuing one).
    after_text = bool(self.stack) and all(self.last is not n for n, _ in self.stack)
    _place(self, placed, node, family)
    depth = len(self.stack) - 1
    fam = self.families[depth] if depth < len(self.families) else "?"
    if depth < len(had) and had[depth] == fam and depth < before:
        branch = "open-family"
    elif before and depth == 0:
        branch = "new-sequence"
    elif depth == before:
        branch = "nested" if before else "first"
    else:
        branch = f"other({before}->{depth})"
    if after_text:
        branch += "+after-text"
    label = placed.role.label
    node.attrs["why"] = _why.get(id(placed.role), "?")
    node.attrs["fam"] = label.family if label else "?"
    node.attrs["branch"] = branch


def _labelled(release) -> list:
    found: list = []

    def visit(node) -> None:
        for child in node.children:
            if child.label and child.kind not in ("footnote", "heading", "title", "list"):
                found.append(child)
            visit(child)

    visit(release.root)
    return found


def _documents(folder: str, kinds: list[str]) -> list[tuple[dict, Path, str]]:
    """(gold, file, derivation) for each document of a gold folder, or with no folder, for
    each plain text derived from the tune split's look part (never the test quarter:
    ``derive`` refuses it)."""
    if folder:
        return [(g, scoring.document_path(g["doc"]), "") for g in scoring.tune_gold(folder)]
    from derive_text import look_documents

    return [(gold, path, kind) for kind, gold, path in look_documents(kinds)]


def _print_missed(name: str, gold: dict, units: list, entries: list, matched: dict) -> None:
    """Each gold label nothing predicted, with the first unit whose text holds its words."""
    for k, entry in enumerate(entries):
        if k in matched:
            continue
        words = scoring.tokens(entry["text"])[:6]
        holder = next((u for u in units if words and " ".join(words) in " ".join(u.toks)), None)
        shown = f"{holder.kind}:{holder.label!r}:{holder.text[:60]!r}" if holder else "lost"
        print(
            f"{name}\tmissed\t{Path(gold['doc']).name[:50]}\t{entry['label']!r}"
            f"\t{entry['level']}\t{entry['text'][:40]!r}\t{shown}"
        )


def main(args: list[str]) -> None:
    listing = "--list" in args
    missing = "--missed" in args
    kinds = [a.split("=", 1)[1] for a in args if a.startswith("--derive=")]
    args = [
        a
        for a in args
        if a not in ("--list", "--all", "--missed") and not a.startswith("--derive=")
    ]
    roles.Role.__init__ = _recording_init
    tree._Builder._place_labelled = _recording_place
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = []
    for arg in args:
        name, folder = arg.split("=", 1) if arg != "derived" else (arg, "")
        names.append(name)
        for gold, path, kind in _documents(folder, kinds):
            _why.clear()
            release = load_release(path, suggest=False)
            every = adapters.outline_from_release(release).units
            units = [u for u in every if u.label and u.kind not in ("footnote", "heading")]
            nodes = [n for n in _labelled(release) if n.kind in ("paragraph", "item", "quote")]
            if len(nodes) != len(units):
                nodes = [None] * len(units)
            entries = gold.get("numbered", [])

            def key(entry: dict, unit) -> bool:
                return scoring.same_label(entry["label"], unit.label) and scoring.starts_with(
                    unit.toks, scoring.tokens(entry["text"])
                )

            matched = scoring._sequential_match(entries, units, key)
            if missing:
                _print_missed(f"{name}:{kind}" if kind else name, gold, every, entries, matched)
            level = {id(u): entries[g]["level"] for g, u in matched.items()}
            for unit, node in zip(units, nodes, strict=True):
                attrs = node.attrs if node is not None else {}
                rule = f"{attrs.get('why', '?')} {attrs.get('fam', '?')}"
                branch = attrs.get("branch", "?")
                if id(unit) not in level:
                    verdict = "false"
                elif level[id(unit)] != unit.depth:
                    verdict = "level"
                else:
                    verdict = "right"
                tally[f"L {rule}"][f"{name}:{verdict}"] += 1
                if verdict != "false":
                    tally[f"D {branch}"][f"{name}:{verdict}"] += 1
                if listing and (verdict != "right" or "--all" in sys.argv):
                    gold_level = level.get(id(unit), "-")
                    print(
                        f"{name}{':' + kind if kind else ''}\t{verdict}"
                        f"\t{Path(gold['doc']).name[:60]}\t{unit.label!r}"
                        f"\t{unit.depth}/{gold_level}\t{rule}\t{branch}\t{unit.text[:50]!r}"
                    )
    print(f"{'rule':44s} " + " ".join(f"{n[:10]:>10s} r/lvl/false" for n in names))
    for rule, counts in sorted(tally.items(), key=lambda kv: (kv[0][0], -sum(kv[1].values()))):
        cells = (
            f"{counts[n + ':right']:>6d}/{counts[n + ':level']}/{counts[n + ':false']}"
            for n in names
        )
        print(f"{rule[:44]:44s} " + " ".join(f"{c:>22s}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
