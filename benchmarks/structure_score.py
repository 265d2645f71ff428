"""Score an outline against a hand-checked gold outline (``tests/corpus/gold``).

Both Briefing and the open-source partitioner we compare with are first turned into one
neutral shape, :class:`Outline`, so one set of rules scores them both. Texts are compared
as word tokens (NFKC, case-folded, punctuation dropped) on their first few words: a gold
entry holds the first 4-8 words as printed, and a unit "starts" with them when its first
``min(5, len)`` tokens are the same.

Categories (each gives matched / predicted / gold, hence precision and recall):

- ``title``, ``date``: one per document with a gold value; a title or date given where
  the gold has none is counted apart, as ``unasked_fields``.
- ``numbered``: labelled units found with the right label and opening words.
- ``nesting``: of those, at the gold depth (depth = labelled ancestors + 1).
- ``footnotes``: notes found *and* attached to the unit holding their marker (or to the
  top-level paragraph that contains it).
- ``headings``: headings and crossheads; ``false_headings_holding`` counts predicted
  headings that match no gold heading and hold content.
- ``furniture``: gold page furniture found in the removed text and gone from the content.
- ``units``: unit starts; a predicted start inside a gold unit is a mid-paragraph split,
  a gold start that no predicted unit begins with is a glued paragraph. A table row the
  tool emits as its own unit (kind ``table``) starts a unit, as the gold lists one unit
  per row.
- ``lost_units``: gold units whose opening words appear nowhere in the kept text.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD_DIR = REPO / "tests" / "corpus" / "gold"
COLLECTED = REPO / "tests" / "corpus" / "collected"
SHARED_PARENT = REPO.parent  # shared/ sits beside the checkout
HEAD_TOKENS = 5


# Text an earlier program decoded twice ("â€™" for "’"): gold copies it as printed, a tool
# may show it as written; both sides are compared as written (ftfy), so neither is marked
# wrong for repairing it or for leaving it.
_TWICE = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u20ac\u2122]"
)


def as_written(text: str) -> str:
    if not _TWICE.search(text):
        return text
    from ftfy import fix_encoding

    return fix_encoding(text)


def tokens(text: str | None) -> list[str]:
    if not text:
        return []
    text = unicodedata.normalize("NFKC", as_written(text)).casefold()
    return re.findall(r"\w+", text)


def starts_with(text_tokens: list[str], gold_tokens: list[str]) -> bool:
    head = gold_tokens[:HEAD_TOKENS]
    return bool(head) and _same_head(text_tokens[: len(head)], head, _open_end(gold_tokens))


def _open_end(gold_tokens: list[str]) -> bool:
    """True when the gold's last opening token may be cut short: the labeller copied the
    first few words, and in a script written without spaces (Chinese, Japanese) the cut
    falls inside one long \\w+ run, so that token is only a prefix of the printed one."""
    return len(gold_tokens) <= HEAD_TOKENS


def _same_head(found: list[str], head: list[str], open_end: bool) -> bool:
    if len(found) != len(head):
        return False
    if not open_end:
        return found == head
    return found[:-1] == head[:-1] and found[-1].startswith(head[-1])


_BULLETS = set("•·●◦▪■-–—*○□◆❖➢✓")


def _is_bullet(label: str) -> bool:
    """A bullet as printed, or as text extraction gives a Symbol or Wingdings font's
    bullet: a private-use code point (U+F0B7 for "•", U+F0A7 for "▪")."""
    return label in _BULLETS or (len(label) == 1 and "\uf000" <= label <= "\uf0ff")


def same_label(a: str, b: str) -> bool:
    """Labels as printed, spacing and a closing "." or ")" aside; bullet glyphs are all
    one (a labeller sees "•" where a font maps "·")."""

    def norm(label: str) -> str:
        # (A Markdown escape is no part of the label: "1\." is printed "1.".)
        label = label.replace("\\", "")
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", label)).rstrip(".)").lstrip("(")

    a, b = as_written(a), as_written(b)
    if _is_bullet(a.strip()) and _is_bullet(b.strip()):
        return True
    return norm(a) == norm(b)


# -- the neutral shape ------------------------------------------------------------------


@dataclass
class Unit:
    """One content unit of a predicted outline."""

    kind: str  # "heading", "paragraph", "item", "footnote", "title", "other"
    label: str
    text: str  # without its label
    depth: int = 0  # labelled ancestors + 1 for labelled units, else 0
    parent: Unit | None = None  # for footnotes: the unit they are attached to
    top: Unit | None = None  # for footnotes: the top-level unit holding the parent
    has_children: bool = False

    @property
    def toks(self) -> list[str]:
        return tokens(self.text)


@dataclass
class Outline:
    title: str = ""
    date: str = ""
    units: list[Unit] = field(default_factory=list)  # reading order
    removed: list[str] = field(default_factory=list)
    kept_text: str = ""  # everything the outline keeps as content
    # Lines the tool keeps as fields of the release rather than as text (Briefing's
    # category: "Press Release" over the title is the release's genre, shown and saved
    # as its Category). A gold unit that is one of them is not lost.
    fields: list[str] = field(default_factory=list)


# -- gold files and documents ------------------------------------------------------------


def document_path(doc: str) -> Path:
    if Path(doc).is_absolute():  # a dev set's gold (--gold-dir) names its file outright
        return Path(doc)
    if doc.startswith("collected/"):
        return COLLECTED / doc.removeprefix("collected/")
    return SHARED_PARENT / doc


# Blind sets of session 26 that took the hash split (so some fell in tune).
_BLIND_SETS = ("c12_", "c13_", "c14_", "c15_", "c16_", "c17_")


def tune_part(gold_file: str) -> str:
    """Which part of tune a gold file is in: "blind" when its document was labelled before
    anyone tuned a rule on it (a dev set, or a blind set that fell in tune), else "oldtune"."""
    return "blind" if gold_file.startswith(("dev-", *_BLIND_SETS)) else "oldtune"


# Dev sets labelled blind and held out: their gold says "tune" (a dev set's), but no rule is
# worked out on them; the benchmark scores them apart (``--split heldout``), and leaves them
# out of tune, blind, oldtune and the derived texts, until a session releases them to tune.
HELD_OUT_SETS = ("dev-fresh42-", "dev-fresh43-")


def load_gold(split: str = "all", gold_dir: Path = GOLD_DIR) -> list[dict]:
    golds = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if path.name.startswith(HELD_OUT_SETS):
            gold["split"] = "heldout"
        if split in ("all", gold["split"]):
            gold["_gold_file"] = path.name
            golds.append(gold)
    return golds


# Splits scored as totals only: no per-document notes, no rule tracing.
TOTALS_ONLY = ("test", "heldout")


def tune_gold(folder: str | Path) -> list[dict]:
    """The gold files of a folder named to a provenance tally, refused whole (before any
    document is read) when one of them is a test document or a held-out dev set's: rules
    are never tuned on either."""
    golds = load_gold("all", Path(folder))
    if any(gold["split"] in TOTALS_ONLY for gold in golds):
        raise SystemExit(f"{folder} holds a test or held-out document: not read here")
    return golds


def doc_sha(doc: str) -> str:
    return hashlib.sha256(doc.encode()).hexdigest()[:8]


# -- scoring ------------------------------------------------------------------------------

CATEGORIES = (
    "title",
    "date",
    "numbered",
    "nesting",
    "footnotes",
    "headings",
    "furniture",
    "units",
)


@dataclass
class Tally:
    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Tally) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None


@dataclass
class DocScore:
    doc: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    splits: int = 0  # predicted unit starts inside a gold unit
    glued: int = 0  # gold unit starts no predicted unit begins with
    gold_units: int = 0
    lost_units: int = 0
    false_headings_holding: int = 0
    # A title or date given where the gold has none (the document prints none): not in
    # the title/date precision, which counts documents with a gold value only, but a
    # wrong field all the same, so counted on its own line.
    unasked_fields: int = 0
    notes: list[str] = field(default_factory=list)
    # Predicted units that start no gold unit, as (kind, opening text without the label):
    # what a tool kept beyond the gold (chrome, stray lines) or split off
    # (benchmarks/chrome_units.py).
    unmatched: list[tuple[str, str]] = field(default_factory=list)


def _norm_title(text: str | None) -> list[str]:
    return tokens(text)


def score(gold: dict, outline: Outline) -> DocScore:
    result = DocScore(gold["doc"])
    t = result.tallies
    # Title: the whole title, tokens equal (case, spacing and punctuation aside).
    if gold.get("title"):
        accepted = [_norm_title(gold["title"])] + [
            _norm_title(a) for a in gold.get("title_alternatives", [])
        ]
        t["title"].gold = 1
        if outline.title:
            t["title"].predicted = 1
            if _norm_title(outline.title) in accepted:
                t["title"].matched = 1
            else:
                result.notes.append(f"title: {outline.title[:70]!r}")
    elif outline.title:
        result.unasked_fields += 1
        result.notes.append(f"title where gold has none: {outline.title[:70]!r}")
    if gold.get("date"):
        t["date"].gold = 1
        if outline.date:
            t["date"].predicted = 1
            t["date"].matched = int(outline.date == gold["date"])
            if not t["date"].matched:
                result.notes.append(f"date: {outline.date} (gold {gold['date']})")
    elif outline.date:
        result.unasked_fields += 1
        result.notes.append(f"date where gold has none: {outline.date}")
    _score_numbered(gold, outline, result)
    _score_footnotes(gold, outline, result)
    _score_headings(gold, outline, result)
    _score_furniture(gold, outline, result)
    _score_units(gold, outline, result)
    return result


def _sequential_match(gold_entries: list, candidates: list[Unit], key) -> dict[int, Unit]:
    """Match gold entries to candidates in reading order (each candidate used once).
    ``key(entry, unit)`` says whether they match. A gold entry may match a candidate
    after the previous match's position or, failing that, anywhere unused."""
    used: set[int] = set()
    found: dict[int, Unit] = {}
    position = 0
    for g, entry in enumerate(gold_entries):
        hit = None
        for order in (range(position, len(candidates)), range(0, position)):
            for c in order:
                if c not in used and key(entry, candidates[c]):
                    hit = c
                    break
            if hit is not None:
                break
        if hit is not None:
            used.add(hit)
            found[g] = candidates[hit]
            position = hit + 1
    return found


def _score_numbered(gold: dict, outline: Outline, result: DocScore) -> None:
    labelled = [u for u in outline.units if u.label and u.kind not in ("footnote", "heading")]
    entries = gold.get("numbered", [])

    def key(entry: dict, unit: Unit) -> bool:
        return same_label(entry["label"], unit.label) and starts_with(
            unit.toks, tokens(entry["text"])
        )

    found = _sequential_match(entries, labelled, key)
    t = result.tallies
    t["numbered"] = Tally(len(found), len(labelled), len(entries))
    right_level = sum(1 for g, unit in found.items() if unit.depth == entries[g]["level"])
    t["nesting"] = Tally(right_level, len(labelled), len(entries))
    missing = [e["label"] for g, e in enumerate(entries) if g not in found]
    if missing:
        result.notes.append(f"numbered missing: {' '.join(missing[:12])}")
    wrong = [
        f"{entries[g]['label']}@{unit.depth}/{entries[g]['level']}"
        for g, unit in found.items()
        if unit.depth != entries[g]["level"]
    ]
    if wrong:
        result.notes.append(f"levels (got/gold): {' '.join(wrong[:10])}")


def _score_footnotes(gold: dict, outline: Outline, result: DocScore) -> None:
    notes = [u for u in outline.units if u.kind == "footnote"]
    entries = gold.get("footnotes", [])

    def key(entry: dict, unit: Unit) -> bool:
        return starts_with(unit.toks, tokens(entry["text"]))

    found = _sequential_match(entries, notes, key)
    attached = 0
    for g, unit in found.items():
        entry = entries[g]
        want = tokens(entry["parent_text"])
        holders = [h for h in (unit.parent, unit.top) if h is not None]
        if any(starts_with(h.toks, want) for h in holders):
            attached += 1
        else:
            parent = unit.parent.text[:40] if unit.parent else None
            result.notes.append(f"footnote {entry['marker']} under {parent!r}")
    result.tallies["footnotes"] = Tally(attached, len(notes), len(entries))
    if len(found) < len(entries):
        result.notes.append(f"footnotes not found: {len(entries) - len(found)}")


def _score_headings(gold: dict, outline: Outline, result: DocScore) -> None:
    heads = [u for u in outline.units if u.kind == "heading"]
    entries = gold.get("headings", [])

    def key(entry: dict, unit: Unit) -> bool:
        return starts_with(unit.toks, tokens(entry["text"])) or (
            bool(entry.get("label"))
            and starts_with(
                tokens(f"{unit.label} {unit.text}"), tokens(f"{entry['label']} {entry['text']}")
            )
        )

    found = _sequential_match(entries, heads, key)
    matched_ids = {id(u) for u in found.values()}
    false_holding = [u for u in heads if id(u) not in matched_ids and u.has_children]
    result.false_headings_holding = len(false_holding)
    for u in false_holding[:3]:
        result.notes.append(f"false heading holding text: {u.text[:50]!r}")
    result.tallies["headings"] = Tally(len(found), len(heads), len(entries))


def _score_furniture(gold: dict, outline: Outline, result: DocScore) -> None:
    entries = gold.get("furniture", [])
    removed = " \n ".join(outline.removed)
    removed_norm = " ".join(tokens(removed))
    kept_norm = " ".join(tokens(outline.kept_text))
    kept_lines = Counter(" ".join(tokens(line)) for line in outline.kept_text.splitlines())
    ok = 0
    for entry in entries:
        norm = " ".join(tokens(entry))
        if not norm:
            # No word in it ("\\###", "* * *"): removed as printed, or kept wrongly.
            mark = " ".join(entry.split())
            if any(mark in " ".join(r.split()) for r in outline.removed):
                ok += 1
            elif len(result.notes) < 40:
                result.notes.append(f"furniture kept: {entry[:30]!r}")
            continue
        in_removed = f" {norm} " in f" {removed_norm} "
        # Gone from the content: not kept more often than the real text uses it (a
        # running head that repeats the symbol may still be printed once in the header).
        # A bare page number ("2") is everywhere in the text: being removed is enough.
        short = len(norm) <= 3 or norm.isdigit()
        # Whole tokens only: page "3/12" is not kept in "... 2023 12 countries ...".
        kept_copies = len(re.findall(rf"(?<!\S){re.escape(norm)}(?!\S)", kept_norm))
        # A running head that repeats the title is kept once as the title and may be
        # quoted in the text ("... entitled 'Title'"): gone when it stands as a line of
        # its own at most once and the removed copies outnumber the kept ones.
        quoted_only = (
            kept_lines.get(norm, 0) <= 1 and f" {removed_norm} ".count(f" {norm} ") >= kept_copies
        )
        if in_removed and (short or kept_copies <= 1 or quoted_only):
            ok += 1
        elif len(result.notes) < 40:
            result.notes.append(f"furniture kept: {entry[:30]!r}")
    # Recall only: what the outline removes beyond the gold list is checked by
    # ``lost_units`` (content removed) rather than counted here.
    result.tallies["furniture"] = Tally(ok, 0, len(entries))


def _score_units(gold: dict, outline: Outline, result: DocScore) -> None:
    """Unit starts against gold unit starts, in one token stream of the kept text."""
    gold_units = [tokens(u) for u in gold.get("units", [])]
    gold_units = [u for u in gold_units if u]
    # Headings, numbered units and notes start units too, whether or not a labeller also
    # listed them under ``units``: they are located after the ordered units.
    extra = [tokens(f"{h.get('label', '')} {h['text']}") for h in gold.get("headings", [])]
    extra += [tokens(n["text"]) for n in gold.get("numbered", [])]
    extra += [tokens(f["text"]) for f in gold.get("footnotes", [])]
    result.gold_units = len(gold_units)
    stream: list[str] = []
    starts: list[tuple[int, int]] = []  # (where the label starts, where the text starts)
    # Paragraph-like units: a stray line (a symbol, a cover line, a dateline: kind
    # "other") that the gold does not list is not a paragraph split in the middle.
    splittable: list[tuple[int, int]] = []
    texts: dict[int, str] = {}  # a splittable unit's start -> its opening words (notes)
    opened: list[tuple[str, str]] = []  # each unit's kind and opening words
    for unit in outline.units:
        if unit.kind == "title":
            continue
        # A table unit is one row as the tool emitted it (its own line or element): the
        # gold rule is one unit per table row, so a row the tool sets apart starts a unit;
        # rows a tool runs together into one unit start only once (the rest are glued).
        label_at = len(stream)
        stream.extend(tokens(unit.label))
        starts.append((label_at, len(stream)))
        opened.append((unit.kind, unit.text[:80]))
        if unit.kind != "other":
            splittable.append(starts[-1])
            texts[label_at] = f"{unit.label} {unit.text[:50]}".strip()
        stream.extend(tokens(unit.text))
    # A gold unit may be written with its label ("I. Introduction") or without it.
    start_set = {at for pair in starts for at in pair}
    kept_fields = [tokens(f) for f in outline.fields]
    # Locate each gold unit start in the stream, in order.
    located: list[int] = []
    listed: dict[int, list[str]] = {}  # a located start -> the gold unit's tokens
    pos = 0
    for unit in gold_units:
        head = unit[:HEAD_TOKENS]
        # Short opening words ("The General Assembly,") may also occur inside an earlier
        # line ("Resolution adopted by the General Assembly"): where they open a unit of
        # the tool's, that is the unit; elsewhere the first occurrence.
        at = _find_start(stream, head, pos, _open_end(unit), start_set)
        if at < 0:
            at = _find(stream, head, pos, _open_end(unit))
        if at < 0:
            # Not after the last one: the tool put it earlier (a note the gold lists at
            # the page foot, hung under its paragraph). Where it opens a unit of the
            # tool's not yet taken, that is the unit; else the first occurrence.
            at = _find_free_start(stream, head, _open_end(unit), start_set, set(located))
        if at < 0:
            at = _find(stream, head, 0, _open_end(unit))
        if at < 0 and unit in kept_fields:
            continue  # kept as a field of the release, not as text: not lost
        if at < 0:
            result.lost_units += 1
            if result.lost_units <= 3:
                result.notes.append(f"lost: {' '.join(unit[:8])!r}")
            continue
        located.append(at)
        listed.setdefault(at, unit)
        pos = at + 1
    located_set = set(located)
    extra_starts = 0  # headings, numbered units and notes the units list leaves out
    result.glued = sum(1 for at in located if at not in start_set)
    for unit in extra:
        head = unit[:HEAD_TOKENS]
        at = _find(stream, head, 0, _open_end(unit)) if head else -1
        while at >= 0 and at in located_set and not _listed_at(at, head, listed):
            at = _find(stream, head, at + 1, _open_end(unit))
        if at >= 0 and not _listed_at(at, head, listed):
            located_set.add(at)
            extra_starts += 1
    # A predicted unit starting strictly inside a gold unit's span is a mid-paragraph split.
    spans = sorted(located_set)
    splits = 0
    for index, begin in enumerate(spans):
        end = spans[index + 1] if index + 1 < len(spans) else begin + 60
        inside = [a for a, b in splittable if begin < a < end and begin < b < end]
        splits += len(inside)
        for a in inside[:2]:
            if len(result.notes) < 40:
                result.notes.append(f"split: {texts[a]!r}")
    result.splits = splits
    matched = sum(1 for a, b in starts if a in located_set or b in located_set)
    result.unmatched = [
        head
        for (a, b), head in zip(starts, opened, strict=True)
        if a not in located_set and b not in located_set
    ]
    # Gold starts: the listed units plus the headings, numbered units and notes located
    # beyond them (a tool finding those would otherwise pass 100 % recall).
    result.tallies["units"] = Tally(matched, len(starts), len(gold_units) + extra_starts)


def _listed_at(at: int, head: list[str], listed: dict[int, list[str]]) -> bool:
    """Whether the heading, numbered unit or note whose opening ``head`` is found at
    ``at`` is a unit the gold's list already located: one located up to three tokens
    before or after it (with or without its label, "I." or "(a)") whose own words go on
    with ``head`` there. A short unit just before it ("Thank you.") is
    another unit, so the heading after it still counts as a start."""
    for x in range(at - 3, at + 4):
        words = listed.get(x)
        if words is None:
            continue
        if x <= at and words[at - x : at - x + 2] == head[:2]:
            return True
        if x > at and head[x - at : x - at + 2] == words[:2]:
            return True  # the gold's list wrote it without the label the heading has
    return False


def _find_start(
    stream: list[str], head: list[str], start: int, open_end: bool, starts: set[int]
) -> int:
    """The first occurrence of ``head`` from ``start`` that opens a unit, or -1. Only the
    next few occurrences, close by, are tried: gold units come in order."""
    first = at = _find(stream, head, start, open_end)
    for _ in range(4):
        if at < 0 or at - first > 200:
            return -1
        if at in starts:
            return at
        at = _find(stream, head, at + 1, open_end)
    return -1


def _find_free_start(
    stream: list[str], head: list[str], open_end: bool, starts: set[int], taken: set[int]
) -> int:
    """The first occurrence of ``head`` anywhere that opens a unit not yet taken, or -1."""
    at = _find(stream, head, 0, open_end)
    while at >= 0 and (at not in starts or at in taken):
        at = _find(stream, head, at + 1, open_end)
    return at


def _find(stream: list[str], head: list[str], start: int, open_end: bool = False) -> int:
    n = len(head)
    if open_end and n == 1:  # one cut-short token: a prefix of some token in the stream
        return next((i for i in range(start, len(stream)) if stream[i].startswith(head[0])), -1)
    first = head[0]
    i = start
    while True:
        try:
            i = stream.index(first, i)
        except ValueError:
            return -1
        if _same_head(stream[i : i + n], head, open_end):
            return i
        i += 1


def total(scores: Iterable[DocScore]) -> dict:
    tallies = {c: Tally() for c in CATEGORIES}
    sums = {
        "splits": 0,
        "glued": 0,
        "gold_units": 0,
        "lost_units": 0,
        "false_headings": 0,
        "unasked_fields": 0,
    }
    docs = 0
    for s in scores:
        docs += 1
        for c in CATEGORIES:
            tallies[c].add(s.tallies[c])
        sums["splits"] += s.splits
        sums["glued"] += s.glued
        sums["gold_units"] += s.gold_units
        sums["lost_units"] += s.lost_units
        sums["false_headings"] += s.false_headings_holding
        sums["unasked_fields"] += s.unasked_fields
    return {"docs": docs, "tallies": tallies, **sums}
