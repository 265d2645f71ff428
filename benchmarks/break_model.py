"""Does a small learned model decide "is this line break a paragraph end?" better than
Briefing's hand rules on text nobody tuned on? (issue 11, session 41's experiment)

Data: every break between two filled lines that ``segment._blocks_from_lines`` is given
(the plain texts Briefing reads: the tune ``.txt`` documents of the gold folders named, and
with ``derived`` the look part of the plain texts ``derive_text.py`` makes), where both lines
lie inside gold units (a furniture, title or dropped line is no unit's and says nothing).
Label: a gold unit (or a gold heading, numbered paragraph or note) starts on the next line.
Briefing's decision: the next line opens another block of ``segment``'s output.

Features are read from the document alone and normalised by it (``features``): the line's
length against the document's measure, whether the next line's first word would have fit
on it, how the line ends and the next begins, blank lines between (weighed by how often the
document sets them), indents, labels and bullets, capitals, short lines.

Model: a logistic regression over those features (pure Python, AdaGrad), evaluated by
issuer: folds group documents by issuer (all derivations of a document share its issuer),
so no issuer is ever in train and test. Printed: out-of-fold errors (splits + glued) of the
model against Briefing's on the same breaks, for blind-labelled documents and for the
derived look part, overall and on "ambiguous" breaks (no blank line between, no label or
bullet opening the next line: where only line lengths and punctuation speak).

Tune gold only (``scoring.tune_gold`` refuses a folder holding a test document); the derived
held quarter is never read here.

Run: .venv/bin/python benchmarks/break_model.py NAME=GOLD_DIR|derived [...] [--cache FILE]
     [--folds 5] [--seed 11] [--weights] [--trees]
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import structure_score as scoring

from briefing.ingest import load_release, pipeline, segment

_LABEL = re.compile(
    r"^(\(?\d{1,3}(\.\d{1,3})*[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,5}[.)]|\([a-z0-9]{1,4}\)|"
    r"\d{1,3}\s)"
)
_BULLET = re.compile(r"^[-–—•·*▪●○■□➢►>]\s")
_WORD = re.compile(r"\S+")
_captured: dict = {}
_TAIL = 60  # tokens after the last gold start still read as the last unit's


# -- reading the documents ------------------------------------------------------------------


def _segment(extracted):
    """``segment``, keeping the lines it was given and its final line -> block map."""
    result = {}

    def profile(frame, event, arg):
        if event == "return" and frame.f_code is _ORIGINAL_SEGMENT.__code__:
            result["block_of"] = list(frame.f_locals.get("block_of", []))

    sys.setprofile(profile)
    try:
        blocks = _ORIGINAL_SEGMENT(extracted)
    finally:
        sys.setprofile(None)
    if not extracted.blocks_are_paragraphs:
        _captured["lines"] = [
            f"{line.label} {line.text.strip()}" if line.label else line.text.rstrip()
            for line in extracted.lines
        ]
        _captured["block_of"] = result.get("block_of", [])
    return blocks


_ORIGINAL_SEGMENT = segment.segment


def issuer(doc: str) -> str:
    """The issuer a file name begins with ("c12_05_us-wh_background-..." -> "us-wh";
    "dev-lost36-x01_us-cook-sao_policy-..." -> "us-cook-sao")."""
    name = Path(doc).stem
    parts = name.split("_")
    parts[0] = re.sub(r"^dev-[a-z0-9]+-", "", parts[0])  # ("dev-furn36-tw-cbc": a dev set's)
    while len(parts) > 1 and re.fullmatch(r"[a-z]{0,2}\d+", parts[0]):
        parts = parts[1:]
    who = parts[0] if len(parts) > 1 else parts[0].split("-")[0]
    return "unga" if who == "a" else who  # ("a-res-78-23": a General Assembly symbol)


def _gold_starts(gold: dict, stream: list[str], line_at: set[int]) -> tuple[set[int], set[int]]:
    """(stream positions where a gold unit, heading, numbered paragraph or note starts,
    positions covered by a gold unit), found as ``structure_score`` finds units."""
    units = [u for u in (scoring.tokens(u) for u in gold.get("units", [])) if u]
    extra = [scoring.tokens(f"{h.get('label', '')} {h['text']}") for h in gold.get("headings", [])]
    extra += [scoring.tokens(n["text"]) for n in gold.get("numbered", [])]
    extra += [scoring.tokens(f["text"]) for f in gold.get("footnotes", [])]
    starts: set[int] = set()
    covered: set[int] = set()
    pos = 0
    for unit in units:
        head = unit[: scoring.HEAD_TOKENS]
        open_end = scoring._open_end(unit)
        at = scoring._find_start(stream, head, pos, open_end, line_at)
        if at < 0:
            at = scoring._find(stream, head, pos, open_end)
        if at < 0:
            continue
        starts.add(at)
        pos = at + 1
    for unit in extra:
        head = unit[: scoring.HEAD_TOKENS]
        at = scoring._find_start(stream, head, 0, scoring._open_end(unit), line_at) if head else -1
        if at >= 0:
            starts.add(at)
    # (Gold units are written as their opening words: a line lies in one when it falls
    # between the first gold start and a little past the last.)
    if starts:
        covered = set(range(min(starts), min(len(stream), max(starts) + _TAIL)))
    return starts, covered


def _lone_label(text: str) -> bool:
    words = text.split()
    return len(words) <= 2 and bool(_LABEL.match(text.strip() + " ")) and len(text.strip()) <= 8


def _opens(stream: list[str], at: int, count: int, starts: set[int]) -> bool:
    """A gold start at the line's first token, or just after its label ("17." then the
    numbered paragraph's text, which the gold writes without its number), on the line."""
    for offset in range(min(3, count)):
        if at + offset in starts:
            return True
        if len(stream[at + offset]) > 4:
            return False
    return False


def breaks_of(gold: dict, path: Path, group: str) -> list[dict]:
    """The breaks of one document: raw features, the gold label and Briefing's decision."""
    _captured.clear()
    load_release(path, suggest=False)
    texts, block_of = _captured.get("lines"), _captured.get("block_of")
    if not texts or len(block_of) != len(texts):
        return []
    stream: list[str] = []
    line_start: list[int] = []
    line_tokens: list[int] = []
    for text in texts:
        line_start.append(len(stream))
        toks = scoring.tokens(text)
        line_tokens.append(len(toks))
        stream.extend(toks)
    filled = [i for i, t in enumerate(texts) if t.strip() and line_tokens[i]]
    starts, covered = _gold_starts(gold, stream, {line_start[i] for i in filled})
    stats = _doc_stats([texts[i] for i in filled], texts)
    rows = []
    who = issuer(gold["doc"])
    # (A line the gold lists as page furniture is no unit's: its breaks say nothing.)
    furniture = [
        scoring.tokens(f if isinstance(f, str) else f.get("text", ""))[:6]
        for f in gold.get("furniture", [])
    ]
    furniture = [f for f in furniture if f]

    def is_furniture(i: int) -> bool:
        toks = stream[line_start[i] : line_start[i] + line_tokens[i]][:6]
        return any(toks[: len(f)] == f[: len(toks)] for f in furniture)

    for a, b in itertools.pairwise(filled):
        if line_start[a] not in covered or line_start[b] not in covered:
            continue
        if is_furniture(a) or is_furniture(b) or _lone_label(texts[a]):
            continue  # (a lone label's break to its text is the label's, not a paragraph's)
        row = raw_features(texts[a], texts[b], b - a - 1, stats)
        row.update(
            label=_opens(stream, line_start[b], line_tokens[b], starts),
            briefing=block_of[a] != block_of[b],
            issuer=who,
            group=group,
            doc=f"{path.parent.name}/{path.name[:60]}",
            text=f"{texts[a][-60:]} / {texts[b][:50]}",
        )
        rows.append(row)
    return rows


# -- features ------------------------------------------------------------------------------


def _doc_stats(filled: list[str], texts: list[str]) -> dict:
    """What the document's own lines say: its measure (the 90th percentile of line lengths),
    its longest line, how often a blank line separates lines, how much of it is wrapped."""
    lengths = sorted(len(t.expandtabs().rstrip()) for t in filled) or [1]
    measure = max(lengths[int(0.9 * (len(lengths) - 1))], 1)
    longest = max(lengths[int(0.99 * (len(lengths) - 1))], 1)
    runs = blank_gaps = 0
    seen = False
    gap = 0
    for t in texts:
        if t.strip():
            if seen:
                runs += 1
                blank_gaps += gap > 0
            seen, gap = True, 0
        else:
            gap += 1
    indents = [len(t.expandtabs()) - len(t.expandtabs().lstrip()) for t in filled]
    common = max(set(indents), key=indents.count) if indents else 0
    return {
        "measure": measure,
        "longest": longest,
        "blank_rate": blank_gaps / runs if runs else 0.0,
        "long_rate": sum(n >= 0.75 * measure for n in lengths) / len(lengths),
        "indent": common,
    }


_CLASSES = (
    (".", "period"), ("!?。！？", "stop"), (":：", "colon"), (";；", "semi"), (",，、", "comma"),
    (")]}", "close"), ("([{", "open"), ("\"'“”‘’«»„", "quote"), ("-–—‐", "dash"),
)  # fmt: skip


def _char_class(ch: str) -> str:
    if not ch:
        return "none"
    for chars, name in _CLASSES:
        if ch in chars:
            return name
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "lower" if ch.islower() else "upper" if ch.isupper() else "uncased"
    return "other" if unicodedata.category(ch)[0] != "S" else "symbol"


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters if c.isupper() or c.islower())


def raw_features(prev: str, line: str, blanks: int, stats: dict) -> dict:
    """Named features of the break between ``prev`` and ``line`` (both as printed)."""
    measure, longest = stats["measure"], stats["longest"]
    p, n = prev.expandtabs().rstrip(), line.expandtabs().rstrip()
    ps, ns = p.strip(), n.strip()
    first_word = (_WORD.match(ns) or [""])[0]
    fill = len(p) / measure
    f: dict = {}
    f["fill<.5"] = fill < 0.5
    f["fill.5-.75"] = 0.5 <= fill < 0.75
    f["fill.75-.9"] = 0.75 <= fill < 0.9
    f["fill>=.9"] = fill >= 0.9
    f["fits"] = len(p) + 1 + len(first_word) <= measure  # the next word would have fit
    f["fits_longest"] = len(p) + 1 + len(first_word) <= longest
    last, head = _char_class(ps[-1:]), _char_class(ns[:1])
    f["last=" + last] = True
    f["first=" + head] = True
    ends = last in ("period", "stop")
    f["end_and_fits"] = ends and f["fits"]
    f["end_and_full"] = ends and fill >= 0.9
    f["open_end_and_fits"] = last in ("lower", "comma", "uncased") and f["fits"]
    f["lower_next"] = head == "lower"
    f["labelled"] = bool(_LABEL.match(ns))
    f["bullet"] = bool(_BULLET.match(ns))
    f["label_after_end"] = f["labelled"] and last in ("period", "stop", "semi", "colon")
    rate = stats["blank_rate"]
    f["blank"] = blanks > 0
    f["blank2"] = blanks > 1
    f["blank_rare"] = blanks > 0 and rate < 0.5  # a blank line where blank lines are few
    f["blank_every"] = blanks > 0 and rate > 0.9
    f["noblank_in_blanky"] = blanks == 0 and rate > 0.5  # no blank line where most have one
    f["doc_wrapped"] = stats["long_rate"] > 0.4
    f["short_in_wrapped"] = f["doc_wrapped"] and fill < 0.75
    f["full_in_wrapped"] = f["doc_wrapped"] and fill >= 0.9
    ip = len(p) - len(p.lstrip())
    iN = len(n) - len(n.lstrip())
    f["indent_more"] = iN > ip
    f["indent_less"] = iN < ip
    f["indent_off_common"] = iN != stats["indent"]
    f["prev_capitals"] = _capitals(ps)
    f["next_capitals"] = _capitals(ns)
    f["prev_few_words"] = len(ps.split()) <= 4
    f["next_short"] = len(n) / measure < 0.5
    f["hyphen_cut"] = ps.endswith(("-", "‐")) and not ps.endswith(" -")
    return {k: v for k, v in f.items() if v}


# -- the model -----------------------------------------------------------------------------


def _vector(row: dict, names: dict[str, int]) -> list[int]:
    return [names[k] for k in row if k in names]


_META = {"label", "briefing", "issuer", "group", "doc", "text", "model", "trees", "p"}
_SEED = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 11  # folds
_TREES = "--trees" in sys.argv  # (slower: 60 boosted trees a fold)


def train(rows: list[dict], names: dict[str, int], epochs: int = 12, l2: float = 1e-4) -> list:
    """Logistic regression by AdaGrad over binary features (index 0: the bias)."""
    weights = [0.0] * (len(names) + 1)
    squares = [1e-8] * (len(names) + 1)
    data = [([0] + [i + 1 for i in _vector(r, names)], 1.0 if r["label"] else 0.0) for r in rows]
    rng = random.Random(41)
    for _ in range(epochs):
        rng.shuffle(data)
        for active, y in data:
            z = sum(weights[i] for i in active)
            g = (1 / (1 + math.exp(-max(-30.0, min(30.0, z))))) - y
            for i in active:
                grad = g + l2 * weights[i]
                squares[i] += grad * grad
                weights[i] -= 0.5 * grad / math.sqrt(squares[i])
    return weights


def train_trees(
    rows: list[dict], names: dict[str, int], trees: int = 60, depth: int = 3, rate: float = 0.3
) -> list:
    """Gradient-boosted trees (log loss, Newton leaves) over the binary features: the
    interactions a logistic regression cannot weigh (a full line ending a sentence in a
    wrapped text, a short one in a text of a paragraph a line)."""
    data = [(set(_vector(r, names)), 1.0 if r["label"] else 0.0) for r in rows]
    score = [0.0] * len(data)
    forest = []
    for _ in range(trees):
        grad, hess = [], []
        for (_, y), z in zip(data, score, strict=True):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            grad.append(p - y)
            hess.append(max(p * (1 - p), 1e-6))
        tree = _grow(list(range(len(data))), data, grad, hess, depth)
        forest.append((tree, rate))
        for i, (active, _) in enumerate(data):
            score[i] += rate * _leaf(tree, active)
    return forest


def _grow(idx: list[int], data: list, grad: list, hess: list, depth: int, lam: float = 1.0):
    g_all = sum(grad[i] for i in idx)
    h_all = sum(hess[i] for i in idx)
    leaf = -g_all / (h_all + lam)
    if depth == 0 or len(idx) < 40:
        return leaf
    g_on: dict[int, float] = {}
    h_on: dict[int, float] = {}
    for i in idx:
        for k in data[i][0]:
            g_on[k] = g_on.get(k, 0.0) + grad[i]
            h_on[k] = h_on.get(k, 0.0) + hess[i]
    base = g_all * g_all / (h_all + lam)
    best, best_gain = None, 1e-3
    for k, g in g_on.items():
        h = h_on[k]
        g2, h2 = g_all - g, h_all - h
        if h < 5 or h2 < 5:
            continue
        gain = g * g / (h + lam) + g2 * g2 / (h2 + lam) - base
        if gain > best_gain:
            best, best_gain = k, gain
    if best is None:
        return leaf
    on = [i for i in idx if best in data[i][0]]
    off = [i for i in idx if best not in data[i][0]]
    return (best, _grow(on, data, grad, hess, depth - 1), _grow(off, data, grad, hess, depth - 1))


def _leaf(tree, active: set[int]) -> float:
    while isinstance(tree, tuple):
        tree = tree[1] if tree[0] in active else tree[2]
    return tree


def predict_trees(forest: list, row: dict, names: dict[str, int]) -> float:
    active = set(_vector(row, names))
    z = sum(rate * _leaf(tree, active) for tree, rate in forest)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def predict(weights: list, row: dict, names: dict[str, int]) -> float:
    z = weights[0] + sum(weights[i + 1] for i in _vector(row, names))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def ambiguous(row: dict) -> bool:
    """No blank line, no label or bullet: only lengths and punctuation speak."""
    return not (row.get("blank") or row.get("labelled") or row.get("bullet"))


def evaluate(rows: list[dict], folds: int) -> None:
    names = {k: i for i, k in enumerate(sorted({k for r in rows for k in r} - _META))}
    for r in rows:  # (from the document's name, so a cache follows a corrected ``issuer``)
        r["issuer"] = issuer(r["doc"].split("/", 1)[-1])
    issuers = sorted({r["issuer"] for r in rows})
    random.Random(_SEED).shuffle(issuers)
    fold_of = {who: i % folds for i, who in enumerate(issuers)}
    for fold in range(folds):
        train_rows = [r for r in rows if fold_of[r["issuer"]] != fold]
        weights = train(train_rows, names)
        forest = train_trees(train_rows, names) if _TREES else []
        for r in rows:
            if fold_of[r["issuer"]] == fold:
                r["p"] = predict(weights, r, names)
                r["model"] = r["p"] >= 0.5
                if _TREES:
                    r["trees"] = predict_trees(forest, r, names) >= 0.5
    print(f"{len(rows)} breaks, {len(issuers)} issuers, {folds} folds by issuer")
    print(f"{'part':26s} {'breaks':>7s} {'gold':>6s}  Briefing s+g=err / logistic / trees")
    for group in [*sorted({r["group"] for r in rows}), "all"]:
        for subset, test in (("", lambda r: True), (" ambiguous", ambiguous)):
            part = [r for r in rows if (group == "all" or r["group"] == group) and test(r)]
            cells = []
            for who in ("briefing", "model", "trees")[: 3 if _TREES else 2]:
                splits = sum(r[who] and not r["label"] for r in part)
                glued = sum(r["label"] and not r[who] for r in part)
                cells.append(f"{splits:>5d}+{glued:<5d}={splits + glued:<5d}")
            gold = sum(r["label"] for r in part)
            print(f"{group + subset:26s} {len(part):>7d} {gold:>6d}  " + "  ".join(cells))
    # The narrow use: Briefing's decision, but a break it makes on an ambiguous line end
    # joined where the model is confident no paragraph starts (p below a threshold).
    for low in (0.02, 0.05, 0.1, 0.2):
        cells = []
        for group in sorted({r["group"] for r in rows}):
            part = [r for r in rows if r["group"] == group]
            errors = sum(
                (r["briefing"] and not (ambiguous(r) and r["p"] < low)) != r["label"] for r in part
            )
            base = sum(r["briefing"] != r["label"] for r in part)
            cells.append(f"{group} {base}->{errors}")
        print(f"Briefing + model's joins at p<{low}: " + ", ".join(cells))
    # Per issuer: on how many does the model beat Briefing (ambiguous breaks)?
    better = worse = 0
    for who in issuers:
        part = [r for r in rows if r["issuer"] == who and ambiguous(r)]
        b = sum(r["briefing"] != r["label"] for r in part)
        m = sum(r["model"] != r["label"] for r in part)
        better += m < b
        worse += m > b
    print(f"issuers (ambiguous breaks): model fewer errors on {better}, more on {worse}")


def _documents(folder: str) -> list[tuple[dict, Path]]:
    if folder:
        return [
            (g, scoring.document_path(g["doc"]))
            for g in scoring.tune_gold(folder)
            if g["doc"].endswith(".txt")
        ]
    from derive_text import look_documents

    return [(gold, path) for _, gold, path in look_documents()]


def main(args: list[str]) -> None:
    cache = None
    folds = 5
    if "--cache" in args:
        at = args.index("--cache")
        cache = Path(args[at + 1])
        args = args[:at] + args[at + 2 :]
    if "--folds" in args:
        at = args.index("--folds")
        folds = int(args[at + 1])
        args = args[:at] + args[at + 2 :]
    if "--seed" in args:
        at = args.index("--seed")
        args = args[:at] + args[at + 2 :]
    show_weights = "--weights" in args
    args = [a for a in args if a not in ("--weights", "--trees")]
    if cache is not None and cache.exists():
        rows = json.loads(cache.read_text())
    else:
        pipeline.segment = _segment
        rows = []
        for arg in args:
            name, folder = arg.split("=", 1) if arg != "derived" else (arg, "")
            for gold, path in _documents(folder):
                rows.extend(breaks_of(gold, path, name))
        if cache is not None:
            cache.write_text(json.dumps(rows))
    evaluate(rows, folds)
    if show_weights:
        names = {k: i for i, k in enumerate(sorted({k for r in rows for k in r} - _META))}
        weights = train(rows, names)
        for k, i in sorted(names.items(), key=lambda kv: -abs(weights[kv[1] + 1])):
            print(f"  {weights[i + 1]:+.2f} {k}")
        print(f"  {weights[0]:+.2f} (bias)")


if __name__ == "__main__":
    main(sys.argv[1:])
