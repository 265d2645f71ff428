"""Which rule made each paragraph break and each join, and how often it cut or glued a gold unit.

Traces ``segment._blocks_from_lines`` (the line where ``joined`` last changed decides a
line's fate: a break or a wrap) and the block passes after it (``split_glued``,
``split_run_in_bullets``, ``split_side_keys``, ``mend_page_breaks``,
``join_cut_paragraphs``: a block start they add or take away is theirs), then scores the
units as ``bench_structure.py`` does and prints, per rule and gold folder:

- breaks ("break RULE"): predicted unit starts on a gold start (ok) / inside a gold unit
  (bad: a mid-paragraph split);
- joins ("join RULE"): lines joined to the line above that open no gold unit (ok) / a gold
  start joined on (bad: a glued paragraph). "join mid-line (as read)" is a gold start
  inside a line as the reader gave it: no join rule's doing.

Lines are matched by their first four tokens, so a rule is approximate where openings
repeat. ``--show TEXT`` prints each bad break or join of the rules whose name holds TEXT
with its two lines and the measure; ``--ok`` prints the right ones too.

A rule right on documents tuned on for long and wrong on blind-labelled ones is
over-fitted. Tune gold only; never name a folder holding test documents. The word
``derived`` in place of NAME=GOLD_DIR tallies the plain texts ``derive_text.py`` makes from
the tune split's PDF, HTML, Word and Markdown files (as ``bench_structure.py --derive
text`` scores them): the nearest thing to unseen plain text. Only the "look" part is traced;
the held-out quarter (``--derive text --part held``) is for scoring once.

Run: .venv/bin/python benchmarks/break_rules.py NAME=GOLD_DIR|derived [...] [--show TEXT [--ok]]
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

from briefing.ingest import load_release, mend, pipeline, run_in_bullets, segment, side_keys

KEY = 4
_OK = False  # --ok: show the right breaks of the rule named with --show too
_record: dict[tuple[str, ...], str] = {}  # a line's or block's opening tokens -> its rule
_joins: dict[tuple[str, ...], str] = {}  # a joined line's opening tokens -> the join rule
_context: dict[tuple[str, ...], str] = {}  # a break's line before and line after
_starts: set[tuple[str, ...]] = set()  # the opening tokens of every line segment was given
_LINES = segment._blocks_from_lines.__code__
_FIRST = _LINES.co_firstlineno


def _key(text: str) -> tuple[str, ...]:
    return tuple(scoring.tokens(text)[:KEY])


def _note_context(names: dict) -> None:
    """The measure, the margin and the two lines of a break or a join (for --show)."""
    prev, line = names["current"][-1], names["stripped"]
    where = f"w={names.get('width')} reach={names.get('reach')} len={len(prev)}"
    _context.setdefault(_key(line), f"{where} | {prev[-70:]!r} / {line[:60]!r}")


def _tracer(frame, event, arg):
    if frame.f_code is not _LINES:
        return None
    state = {"joined": None, "at": None, "last": None, "fresh": True}

    def local(frame, event, arg):
        if event != "line":
            return local
        names = frame.f_locals
        last = state["last"]
        if last is not None and _LINE_TEXT.get(last, "").startswith("joined ="):
            joined = names.get("joined")
            if state["fresh"] or joined is not state["joined"]:
                state["joined"], state["at"], state["fresh"] = joined, last - _FIRST, False
        state["last"] = frame.f_lineno
        line = _LINE_TEXT.get(frame.f_lineno, "")
        if line.startswith("style = lines[index].style"):
            state["at"], state["fresh"] = None, True  # a new line: decided afresh
        elif line.startswith("current = [stripped]"):
            why = f"seg:{state['at']}" if state["at"] is not None else "seg:no-decision"
            if names.get("blanks"):
                why = f"{why}+blank"
            _record.setdefault(_key(names["stripped"]), why)
            if names.get("current"):
                _note_context(names)
        elif line.startswith("current.append(stripped)"):
            _joins.setdefault(_key(names["stripped"]), f"seg:{state['at']}")
            _note_context(names)
        return local

    return local


_LINE_TEXT: dict[int, str] = {}


def _read_source() -> None:
    import inspect

    source, start = inspect.getsourcelines(segment._blocks_from_lines)
    for offset, text in enumerate(source):
        _LINE_TEXT[start + offset] = text.strip()


def _wrap(module, name: str) -> None:
    original = getattr(module, name)

    def wrapped(blocks, *args, **kwargs):
        before = collections.Counter(_key(b.text) for b in blocks)
        result = original(blocks, *args, **kwargs)
        after = collections.Counter(_key(b.text) for b in result[0])
        for key in after - before:
            _record.setdefault(key, name)
        for key in before - after:
            _joins.setdefault(key, name)
        return result

    setattr(module, name, wrapped)


def _segment(extracted):
    _starts.update(_key(line.text) for line in extracted.lines)
    return _ORIGINAL_SEGMENT(extracted)


def _paragraphs(lines, block_of):
    blocks = _ORIGINAL_PARAGRAPHS(lines, block_of)
    for before, block in zip([None, *blocks], blocks, strict=False):
        _record.setdefault(_key(block.text), "reader-paragraph")
        if before is not None:
            pair = f"{before.style!r} {before.text[-70:]!r} / {block.style!r} {block.text[:60]!r}"
            _context.setdefault(_key(block.text), pair)
    return blocks


_ORIGINAL_PARAGRAPHS = segment._blocks_from_paragraphs
_ORIGINAL_SEGMENT = segment.segment


def _units_verdicts(gold: dict, outline) -> tuple[list[str], list[str], list[tuple[str, ...]]]:
    """(predicted starts on a gold start, predicted starts inside a gold unit, glued gold
    starts), as ``structure_score._score_units`` counts them."""
    gold_units = [u for u in (scoring.tokens(u) for u in gold.get("units", [])) if u]
    extra = [scoring.tokens(f"{h.get('label', '')} {h['text']}") for h in gold.get("headings", [])]
    extra += [scoring.tokens(n["text"]) for n in gold.get("numbered", [])]
    extra += [scoring.tokens(f["text"]) for f in gold.get("footnotes", [])]
    stream: list[str] = []
    starts: list[tuple[int, int]] = []
    splittable: list[tuple[int, int]] = []
    for unit in outline.units:
        if unit.kind == "title":
            continue
        label_at = len(stream)
        stream.extend(scoring.tokens(unit.label))
        starts.append((label_at, len(stream)))
        if unit.kind != "other":
            splittable.append(starts[-1])
        stream.extend(scoring.tokens(unit.text))
    start_set = {at for pair in starts for at in pair}
    located: list[int] = []
    listed: dict[int, list[str]] = {}
    pos = 0
    for unit in gold_units:
        head = unit[: scoring.HEAD_TOKENS]
        open_end = scoring._open_end(unit)
        at = scoring._find_start(stream, head, pos, open_end, start_set)
        if at < 0:
            at = scoring._find(stream, head, pos, open_end)
        if at < 0:
            at = scoring._find_free_start(stream, head, open_end, start_set, set(located))
        if at < 0:
            at = scoring._find(stream, head, 0, open_end)
        if at < 0:
            continue
        located.append(at)
        listed.setdefault(at, unit)
        pos = at + 1
    located_set = set(located)
    glued = [tuple(stream[at : at + KEY]) for at in located if at not in start_set]
    for unit in extra:
        head = unit[: scoring.HEAD_TOKENS]
        at = scoring._find(stream, head, 0, scoring._open_end(unit)) if head else -1
        while at >= 0 and at in located_set and not scoring._listed_at(at, head, listed):
            at = scoring._find(stream, head, at + 1, scoring._open_end(unit))
        if at >= 0 and not scoring._listed_at(at, head, listed):
            located_set.add(at)
    spans = sorted(located_set)
    inside: set[int] = set()
    for index, begin in enumerate(spans):
        end = spans[index + 1] if index + 1 < len(spans) else begin + 60
        inside |= {a for a, b in splittable if begin < a < end and begin < b < end}
    right = [a for a, b in splittable if a in located_set or b in located_set]
    return (
        [" ".join(stream[a : a + KEY]) for a in right],
        [" ".join(stream[a : a + KEY]) for a in sorted(inside)],
        glued,
    )


def _rule_of(key: tuple[str, ...], table: dict, joins: bool = False) -> str:
    if key in table:
        return table[key]
    for length in (3, 2):  # a label the outline writes apart ("1." / text)
        for known, rule in table.items():
            if known[:length] == key[:length] and len(key) >= length:
                return rule
    if joins:
        return "later (a line start)" if key in _starts else "mid-line (as read)"
    return "later"


def _documents(folder: str) -> list[tuple[dict, Path]]:
    """(gold, file) for each document of a gold folder, or with no folder, for each plain
    text derived from the tune split (never the test quarter: ``derive`` refuses it)."""
    if folder:
        golds = scoring.load_gold("all", Path(folder))
        return [(gold, scoring.document_path(gold["doc"])) for gold in golds]
    from derive_text import look_documents

    return [(gold, path) for _, gold, path in look_documents()]


def main(args: list[str]) -> None:
    show = None
    if "--show" in args:
        at = args.index("--show")
        show = args[at + 1]
        args = args[:at] + args[at + 2 :]
    global _OK
    _OK = "--ok" in args
    args = [a for a in args if a != "--ok"]
    _read_source()
    for module, name in (
        (mend, "split_glued"),
        (run_in_bullets, "split_run_in_bullets"),
        (side_keys, "split_side_keys"),
        (mend, "mend_page_breaks"),
        (mend, "join_cut_paragraphs"),
    ):
        _wrap(module, name)
    segment._blocks_from_paragraphs = _paragraphs
    pipeline.segment = _segment
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = []
    folders = [arg.split("=", 1) if arg != "derived" else (arg, "") for arg in args]
    for _, folder in folders:  # (refused before any document is read)
        if folder:
            scoring.tune_gold(folder)
    for name, folder in folders:
        names.append(name)
        for gold, path in _documents(folder):
            _record.clear()
            _joins.clear()
            _starts.clear()
            _context.clear()
            sys.settrace(_tracer)
            try:
                release = load_release(path, suggest=False)
            finally:
                sys.settrace(None)
            outline = adapters.outline_from_release(release)
            right, split, glued = _units_verdicts(gold, outline)
            doc = (f"{path.parent.name}/" if not folder else "") + path.name[:50]
            for text in right:
                rule = "break " + _rule_of(tuple(text.split()), _record)
                tally[rule][f"{name}:ok"] += 1
                if _OK and show is not None and show in rule:
                    print(f"{name} {doc} OK [{rule}] {text!r}")
                    print("      ", _context.get(tuple(text.split()), ""))
            for text in split:
                rule = "break " + _rule_of(tuple(text.split()), _record)
                tally[rule][f"{name}:bad"] += 1
                if show is not None and show in rule:
                    print(f"{name} {doc} SPLIT [{rule}] {text!r}")
                    print("      ", _context.get(tuple(text.split()), ""))
            glued_keys = set(glued)
            for key, rule in _joins.items():  # (a joined line not gluing a gold unit: right)
                tally["join " + rule][f"{name}:ok"] += 1
                if _OK and show is not None and show in "join " + rule and key not in glued_keys:
                    print(f"{name} {doc} JOINOK [join {rule}] {' '.join(key)!r}")
                    print("      ", _context.get(key, ""))
            for key in glued:
                rule = "join " + _rule_of(key, _joins, True)
                tally[rule][f"{name}:bad"] += 1
                tally[rule][f"{name}:ok"] -= rule in ("join " + r for r in _joins.values())
                if show is not None and show in rule:
                    print(f"{name} {doc} GLUED [{rule}] {' '.join(key)!r}")
                    print("      ", _context.get(key, ""))
    print(f"{'rule':44s} " + " ".join(f"{n[:12]:>12s} ok/bad" for n in names))
    for rule, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        if rule.split()[-1].startswith("seg:") and rule.split(":")[1].split("+")[0].isdigit():
            at = _FIRST + int(rule.split(":")[1].split("+")[0])
            rule = f"{rule} {_LINE_TEXT.get(at, '')}"
        cells = (f"{counts[n + ':ok']:>7d}/{counts[n + ':bad']}" for n in names)
        print(f"{rule[:44]:44s} " + " ".join(f"{c:>19s}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
