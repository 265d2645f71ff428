"""Which removal pass dropped each line, and how often it dropped real text, per gold folder.

Every line Briefing leaves out of the kept text lands in ``Release.removed`` with a kind;
this script also records the function and line that took it: ``Extracted.removed`` and
``Extracted.dropped`` are traced lists (each entry remembers the caller that added it), and
a ``Role`` of a removed kind remembers the rule that gave it. Each removed entry is then
judged against the gold: **wrong** when it holds the opening words of a gold unit that the
kept text lacks (a lost unit), or is those opening words alone (a unit's first line taken,
its other lines kept), **right** otherwise (furniture, chrome, or text the gold
does not count as a unit). Gold units lost though no removed entry holds them are tallied
as ``title-span`` (inside the title) or ``not-found`` (text transformed or cut on the way:
joins, clean-up, table flattening), split by whether the unit's words are still in the
kept text (``words-kept``: reordered, a table's cells read across, run into another line:
nothing a reader misses) or not (``words-gone``: dropped or rewritten on the way).

A pass right on documents tuned on for long and wrong on blind-labelled ones is
over-fitted: look there first. Tune gold only; never name a folder holding test documents.

``--prose`` adds a second table: per pass, the removed entries that read as running prose
(eight words or more ending like a sentence), right and wrong: what a guard "no pass takes a
sentence" would save and what chrome it would keep back (session 43: 136 right, 2 wrong over
blind's and oldtune's plain text and the look part: such a guard does not pay).

Run: .venv/bin/python benchmarks/removal_rules.py NAME=GOLD_DIR [NAME=GOLD_DIR ...] [derived]
[blind] [-v] [--prose]
(``derived``: the plain text derived from the tune documents, as ``bench_structure
--derive text`` scores it, look part only; ``blind``: the tune documents labelled blind.)
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

from briefing.ingest import extracted as extracted_mod
from briefing.ingest import load_release, roles, tree
from briefing.ingest.sentence_ends import ends_sentence

_HERE = {extracted_mod.__file__, __file__}


class _Why(str):
    """A removed text that remembers the rule that removed it."""

    why: str = "?"


def _caller() -> str:
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename in _HERE:
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}:{frame.f_lineno}"


def _tag(text: str, why: str) -> _Why:
    tagged = _Why(text)
    tagged.why = why
    return tagged


class _TracedRemoved(list):
    def append(self, item) -> None:
        super().append(_tag(item, _caller()))

    def extend(self, items) -> None:
        why = _caller()
        super().extend(_tag(item, why) for item in items)


class _TracedDropped(list):
    def append(self, item) -> None:
        kind, text = item
        super().append((kind, _tag(text, _caller())))

    def extend(self, items) -> None:
        why = _caller()
        super().extend((kind, _tag(text, why)) for kind, text in items)


_extracted_init = extracted_mod.Extracted.__init__
_role_init = roles.Role.__init__
_Removed = tree.Removed


def _traced_extracted_init(self, *args, **kwargs) -> None:
    _extracted_init(self, *args, **kwargs)
    why = f"reader.{self.format}"
    self.removed = _TracedRemoved(_tag(t, f"{why}:removed") for t in self.removed)
    self.dropped = _TracedDropped(
        (kind, t if isinstance(t, _Why) else _tag(t, f"{why}:{kind}")) for kind, t in self.dropped
    )


def _traced_role_init(self, *args, **kwargs) -> None:
    _role_init(self, *args, **kwargs)
    if self.kind in tree.REMOVED_KINDS:
        frame = sys._getframe(1)
        self.attrs = {**self.attrs, "why": f"roles.{frame.f_code.co_name}:{frame.f_lineno}"}


def _traced_removed(kind: str, text: str):
    placed = sys._getframe(1).f_locals.get("placed")
    why = placed.role.attrs.get("why", "?") if placed is not None else "?"
    return _Removed(kind, _tag(text, why))


def _install() -> None:
    extracted_mod.Extracted.__init__ = _traced_extracted_init
    roles.Role.__init__ = _traced_role_init
    tree.Removed = _traced_removed


def _lost_heads(gold: dict, outline) -> list[tuple[str, str]]:
    """The gold units the scorer counts as lost (their opening words nowhere in the
    outline's units, the title left out, nor kept as a field): (8-token, 4-token) heads."""
    stream: list[str] = []
    for unit in outline.units:
        if unit.kind != "title":
            stream += scoring.tokens(unit.label) + scoring.tokens(unit.text)
    fields = [scoring.tokens(f) for f in outline.fields]
    lost = []
    for unit in gold.get("units", []):
        toks = scoring.tokens(unit)
        if not toks or toks in fields:
            continue
        head = toks[: scoring.HEAD_TOKENS]
        if scoring._find(stream, head, 0, scoring._open_end(toks)) < 0:
            lost.append((" ".join(toks[:8]), " ".join(toks[:4])))
    return lost


def _sentence(text: str) -> bool:
    """A removed entry that reads as running prose: eight words or more ending like a
    sentence (the shape a "never remove a sentence" guard would keep)."""
    return len(text.split(None, 8)) > 8 and ends_sentence(text)


def _cut_opening(removed: list[tuple[str, str]], head: str) -> int | None:
    """The removed entry that holds a lost unit's opening words and nothing else, or None:
    a pass took the unit's first line alone ("Ausfertigungsdatum" over ":   2017-09-26",
    "Contact" over the press office's line, a letterhead's first line) and the rest was
    kept, so the unit's head is in no removed entry whole but was cut by that pass."""
    for i, (_, text) in enumerate(removed):
        # (letters in it: a page's number "3" opens "3 shape market forces" by chance)
        if any(c.isalpha() for c in text) and (head == text or head.startswith(text + " ")):
            return i
    return None


def _words_kept(gold: dict, head: str, kept: collections.Counter) -> bool:
    """Whether the gold unit opening on ``head`` has its words (nine in ten) in the kept
    text: reshaped rather than dropped."""
    for unit in gold.get("units", []):
        toks = scoring.tokens(unit)
        if " ".join(toks[:8]) == head:
            return sum(1 for t in toks if not kept[t]) <= len(toks) // 10
    return False


def _documents(arg: str):
    """(name, [(gold, path)]) for ``NAME=GOLD_DIR``, or for ``derived`` the plain text
    the independent tools make from the tune documents (``bench_structure --derive``)."""
    if arg == "derived":
        from derive_text import look_documents

        # Only the look part: the held-out quarter is for scoring once, never traced.
        return "derived", [(gold, Path(path)) for _, gold, path in look_documents()]
    if arg == "blind":
        tune = scoring.load_gold("tune")
        golds = [g for g in tune if scoring.tune_part(g["_gold_file"]) == "blind"]
        return "blind", [(g, scoring.document_path(g["doc"])) for g in golds]
    name, folder = arg.split("=", 1)
    golds = scoring.tune_gold(folder)
    return name, [(gold, scoring.document_path(gold["doc"])) for gold in golds]


def main(args: list[str]) -> None:
    verbose = "-v" in args
    prose = "--prose" in args
    args = [a for a in args if a not in ("-v", "--prose")]
    _install()
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    sentences: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    docs: dict[str, set] = collections.defaultdict(set)
    examples: dict[str, list] = collections.defaultdict(list)
    names = []
    for arg in args:
        name, pairs = _documents(arg)
        names.append(name)
        for gold, path in pairs:
            release = load_release(path, suggest=False)
            outline = adapters.outline_from_release(release)
            title = " ".join(scoring.tokens(release.title or ""))
            kept = collections.Counter(scoring.tokens(release.text))
            removed = [
                (f"{r.kind}|{getattr(r.text, 'why', '?')}", " ".join(scoring.tokens(r.text)))
                for r in release.removed
            ]
            wrong: set[int] = set()
            for head, short in _lost_heads(gold, outline):
                at = next((i for i, (_, t) in enumerate(removed) if head in t), None)
                if at is None:
                    at = next((i for i, (_, t) in enumerate(removed) if short in t), None)
                if at is None:
                    at = _cut_opening(removed, head)
                if at is None:
                    if short in title:
                        rule = "title-span"
                    elif _words_kept(gold, head, kept):
                        rule = "not-found:words-kept"
                    else:
                        rule = "not-found:words-gone"
                    tally[rule][f"{name}:lost"] += 1
                else:
                    rule = removed[at][0]
                    wrong.add(at)
                    tally[rule][f"{name}:lost"] += 1
                docs[rule].add((name, path.name))
                examples[rule].append(f"{name} {path.name[:60]}: {head[:60]!r}")
            for i, (rule, _) in enumerate(removed):
                verdict = f"{name}:{'wrong' if i in wrong else 'right'}"
                tally[rule][verdict] += 1
                if prose and _sentence(release.removed[i].text):
                    sentences[rule][verdict] += 1
    print(f"{'kind|rule':56s} " + " ".join(f"{n[:10]:>10s} right/wrong/lost" for n in names))
    for rule, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        cells = (
            f"{counts[n + ':right']}/{counts[n + ':wrong']}/{counts[n + ':lost']}" for n in names
        )
        print(f"{rule[:56]:56s} " + " ".join(f"{c:>27s}" for c in cells))
    if prose:
        print(
            f"\n{'sentence-shaped removed':56s} "
            + " ".join(f"{n[:10]:>10s} right/wrong" for n in names)
        )
        for rule, counts in sorted(sentences.items(), key=lambda kv: -sum(kv[1].values())):
            cells = (f"{counts[n + ':right']}/{counts[n + ':wrong']}" for n in names)
            print(f"{rule[:56]:56s} " + " ".join(f"{c:>21s}" for c in cells))
    if verbose:
        for rule, lines in examples.items():
            print(f"\n== {rule} ({len({d for _, d in docs[rule]})} documents)")
            for line in lines:
                print("   ", line)


if __name__ == "__main__":
    main(sys.argv[1:])
