"""Which pass removed each line of page furniture, and how often it was right, per gold folder.

Every text pass appends what it takes to ``Extracted.removed``; this script swaps that list
for one that records the function appending (the caller of ``Extracted.take_line`` when a
pass blanks a line through it). A PDF's reader removes its furniture before the passes run:
those lines are tallied as ``reader:pdf``. Each removed line is then *right* when it holds a
gold furniture entry, *wrong* when it holds the opening words of a gold unit that is lost
(not in the kept text), else *other* (furniture gold need not list: repeated heads, menus).
With ``-v`` it prints each wrong removal and, per folder, the gold furniture not removed
("kept" in the content, or "absent": the reader never extracted it), so the pass that should
have taken it can be looked for. A pass right on documents tuned on for long and wrong on
blind-labelled ones is over-fitted. Tune gold only; never name a folder holding test documents.

Run: .venv/bin/python benchmarks/furniture_rules.py [-v] NAME=GOLD_DIR [...] [derived] [blind]
(``derived``: the look part of the plain text derived from the tune documents; ``blind``: the
tune documents labelled blind; as ``removal_rules`` reads them.)
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

from briefing.ingest import pipeline

_PASS_THROUGH = {"take_line", "append", "extend"}


class _Recording(list):
    """A ``removed`` list remembering, for each entry, the function that added it."""

    def __init__(self, items, tag: str) -> None:
        super().__init__(items)
        self.why = [tag] * len(items)

    def _caller(self) -> str:
        frame = sys._getframe(2)
        while frame.f_code.co_name in _PASS_THROUGH and frame.f_back is not None:
            frame = frame.f_back
        module = frame.f_globals.get("__name__", "?").rsplit(".", 1)[-1]
        return f"{module}.{frame.f_code.co_name}"

    def append(self, item) -> None:
        self.why.append(self._caller())
        super().append(item)

    def extend(self, items) -> None:
        items = list(items)
        self.why.extend([self._caller()] * len(items))
        super().extend(items)


_take = pipeline.take_page_furniture
_LAST: list[_Recording] = []  # the document's recording list, while it is read


def _recording_take(extracted, whole=None) -> None:
    extracted.removed = _Recording(extracted.removed, f"reader:{extracted.format}")
    _LAST.append(extracted.removed)
    _take(extracted, whole)


def _norm(text: str) -> str:
    return " ".join(scoring.tokens(text))


def main(args: list[str]) -> None:
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    pipeline.take_page_furniture = _recording_take
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = []
    for arg in args:
        name, pairs = removal_rules._documents(arg)
        names.append(name)
        kept_entries: list[str] = []
        for gold, doc in pairs:
            _LAST.clear()
            release = pipeline.load_release(doc, suggest=False)
            whys = _LAST[0].why if _LAST else []
            outline = adapters.outline_from_release(release)
            kept = f" {_norm(outline.kept_text)} "
            furniture = [n for n in map(_norm, gold.get("furniture", [])) if n]
            lost = []
            for unit in gold.get("units", []):
                head = " ".join(scoring.tokens(unit)[:8])
                if head and f" {' '.join(head.split()[:4])} " not in kept:
                    lost.append(head)
            removed = [r for r in release.removed if r.kind == "page-furniture"]
            whys = whys + ["reader:" + release.source.format] * (len(removed) - len(whys))
            for rem, why in zip(removed, whys, strict=False):
                text = f" {_norm(rem.text)} "
                if any(f" {u} " in text for u in lost):
                    verdict = "wrong"
                    if verbose:
                        print(f"WRONG {name} {why}: {rem.text[:70]!r}  ({Path(doc).name[:50]})")
                elif any(f" {f} " in text for f in furniture):
                    verdict = "right"
                else:
                    verdict = "other"
                tally[why][f"{name}:{verdict}"] += 1
            removed_all = f" {_norm(' '.join(r.text for r in release.removed))} "
            for entry in gold.get("furniture", []):
                n = _norm(entry)
                if n and f" {n} " not in removed_all:
                    # kept: in the content; absent: nowhere (the reader never read it)
                    where = "kept" if f" {n} " in kept else "absent"
                    # (the folder: a derivation's tool, for derived text)
                    place = f"{Path(doc).parent.name[:10]:10s} {Path(doc).name[:50]}"
                    kept_entries.append(f"{where:6s} {place}: {entry[:50]!r}")
        if verbose:
            print(f"-- {name}: gold furniture not removed ({len(kept_entries)})")
            for line in kept_entries:
                print("  ", line)
    print(f"{'pass':44s} " + " ".join(f"{n[:12]:>12s} r/w/o" for n in names))
    for why, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        cells = (
            f"{counts[n + ':right']}/{counts[n + ':wrong']}/{counts[n + ':other']}" for n in names
        )
        print(f"{why[:44]:44s} " + " ".join(f"{c:>18s}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
