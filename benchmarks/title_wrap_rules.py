"""Which rule read each line under (or over) the title as the title's wrap, and how often
the gold agrees, per gold folder.

Patches ``Role.__init__`` to record the function and line that gave a block the title role
with ``continues`` (a wrap of the title line before it), and the tree builder to record the
text each such wrap added to the title node. (``_absorb_title_start`` moves the title's
start up: the line it judges is the one over the title line, not the title line itself.)
Each wrap is judged against the gold: **right** when its words are inside the gold title (or
one of its ``title_alternatives``), **wrong** otherwise, and **lost** when it is wrong and
also opens a gold unit the outline lacks (the line vanished from the outline inside the
title). A rule right on documents tuned on for long and wrong on blind-labelled ones is
over-fitted: look there first. Tune gold only; never name a folder holding test documents.

Run: .venv/bin/python benchmarks/title_wrap_rules.py NAME=GOLD_DIR [NAME=GOLD_DIR ...]
     [derived] [-v] [-a]
(``-v`` lists each wrong or lost wrap; ``-a``, every wrap, right ones too: what a tightened
rule must keep.)
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import removal_rules
import structure_adapters as adapters
import structure_score as scoring

from briefing.ingest import load_release, roles, tree

SEPARATOR = "\n\n"  # (pipeline.SEPARATOR: blocks are laid out one blank line apart)
_init = roles.Role.__init__
_extends = tree._Builder._extends_previous
_wraps: list[tuple[str, int, int]] = []  # (rule, start, end of the line it joined)


def _recording_init(self, *args, **kwargs) -> None:
    _init(self, *args, **kwargs)
    if self.kind == "title" and self.attrs.get("continues"):
        frame = sys._getframe(1)
        self.attrs = {**self.attrs, "why": f"{frame.f_code.co_name}:{frame.f_lineno}"}


def _recording_extends(self, placed, node) -> bool:
    before = (self.last.start, self.last.end) if self.last is not None else (0, 0)
    extended = _extends(self, placed, node)
    if extended and node.kind == "title":
        why = node.attrs.get("why", "?")
        if why.startswith("_absorb_title_start"):
            _wraps.append((why, *before))  # the line set over the title line
        else:
            _wraps.append((why, node.start, node.end))
    return extended


def _inside(piece: list[str], whole: list[str]) -> bool:
    n = len(piece)
    return any(whole[k : k + n] == piece for k in range(len(whole) - n + 1))


def main(args: list[str]) -> None:
    every = "-a" in args
    verbose = "-v" in args or every
    args = [a for a in args if a not in ("-v", "-a")]
    roles.Role.__init__ = _recording_init
    tree._Builder._extends_previous = _recording_extends
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: list[str] = []
    names = []
    for arg in args:
        name, pairs = removal_rules._documents(arg)
        names.append(name)
        for gold, path in pairs:
            _wraps.clear()
            release = load_release(path, suggest=False)
            outline = adapters.outline_from_release(release)
            titles = [scoring.tokens(t) for t in [gold.get("title") or ""]]
            titles += [scoring.tokens(t) for t in gold.get("title_alternatives", [])]
            lost = {short for _, short in removal_rules._lost_heads(gold, outline)}
            for why, start, end in _wraps:
                piece = scoring.tokens(release.text[start:end].split(SEPARATOR)[-1])
                if not piece:
                    continue
                if any(_inside(piece, t) for t in titles if t):
                    verdict = "right"
                elif " ".join(piece[:4]) in lost:
                    verdict = "lost"
                else:
                    verdict = "wrong"
                tally[why][f"{name}:{verdict}"] += 1
                if verdict != "right" or every:
                    text = " ".join(piece)[:70]
                    examples.append(f"{why:32s} {name} {verdict:5s} {path.name[:50]}: {text!r}")
    print(f"{'rule':36s} " + " ".join(f"{n[:10]:>10s} right/wrong/lost" for n in names))
    for why, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        cells = (
            f"{counts[n + ':right']}/{counts[n + ':wrong']}/{counts[n + ':lost']}" for n in names
        )
        print(f"{why[:36]:36s} " + " ".join(f"{c:>27s}" for c in cells))
    if verbose:
        print()
        for line in sorted(examples):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
