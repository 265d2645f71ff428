"""Pair the units of two versions by content and classify every difference.

Numbers are hints, never the key: statements are renumbered whenever a paragraph is
inserted, so pairing by position (what Word Compare and diff tools do) turns one new
paragraph into a wall of changes. Here:

1. identical text (after normalising case, punctuation and spacing) pairs first;
2. the rest pair by similarity (rapidfuzz's normalised Levenshtein ratio), best pairs
   first, among candidates that share rarer words (so two long releases are not compared
   all against all);
3. one paragraph that became two consecutive ones (or two that became one) is a split
   (merge) when the joined text matches clearly better than either part alone;
4. pairs out of order are "moved": the longest run of pairs in order stays put (longest
   increasing subsequence), the others moved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.compare.lexicon import Strength, strength_change
from briefing.compare.units import Unit, units_of
from briefing.compare.words import Edit, word_edits
from briefing.model import Release

#: A pair below this similarity is not the same paragraph reworded but two different ones.
PAIR_THRESHOLD = 0.6
#: A split/merge must reach this similarity for the joined text.
JOIN_THRESHOLD = 0.8
#: Below this share of matched units the two texts look unrelated (a warning, not an error).
UNRELATED_SHARE = 0.3
_CANDIDATES = 8  # most similar-looking old units scored for each new one
_RARE_WORDS = 12  # a unit's rarest words that choose its candidates
_FALLBACK_WORDS = 3  # ...when all its words are common
_COMMON = 0.2  # a word in more than this share of units says little about which is which
_STATUSES = ("same", "changed", "moved", "added", "removed", "split", "merged")


@dataclass
class Change:
    status: str  # one of _STATUSES
    old: list[Unit] = field(default_factory=list)  # two or more for a merge
    new: list[Unit] = field(default_factory=list)  # two or more for a split
    similarity: float = 0.0
    edits: list[Edit] = field(default_factory=list)
    strength: Strength | None = None  # stronger / weaker wording, when the lexicon says so

    @property
    def old_text(self) -> str:
        return "\n".join(u.text for u in self.old)

    @property
    def new_text(self) -> str:
        return "\n".join(u.text for u in self.new)


@dataclass
class Comparison:
    old: Release
    new: Release
    changes: list[Change]
    matched_share: float  # share of units paired (same, changed, moved, split, merged)

    @property
    def looks_unrelated(self) -> bool:
        return self.matched_share < UNRELATED_SHARE

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(_STATUSES, 0)
        for change in self.changes:
            counts[change.status] += 1
        return counts

    @property
    def differences(self) -> list[Change]:
        return [c for c in self.changes if c.status != "same"]


def compare_releases(old: Release, new: Release) -> Comparison:
    """Every unit of ``new`` in reading order with its counterpart in ``old``; removed
    units at their old place."""
    a, b = units_of(old), units_of(new)
    pairs = _pair_identical(a, b)
    _pair_similar(a, b, pairs)
    groups = _joins(a, b, pairs)
    changes = _changes(a, b, pairs, groups)
    matched = sum(len(c.old) + len(c.new) for c in changes if c.old and c.new)
    share = matched / max(1, len(a) + len(b))
    return Comparison(old, new, changes, share)


# -- pairing ---------------------------------------------------------------------------


def _pair_identical(a: list[Unit], b: list[Unit]) -> dict[int, tuple[int, float]]:
    """new index -> (old index, similarity), for units with the same normalised text;
    repeated texts pair in reading order."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for unit in a:
        by_key[unit.key].append(unit.index)
    pairs: dict[int, tuple[int, float]] = {}
    for unit in b:
        waiting = by_key.get(unit.key)
        if waiting:
            pairs[unit.index] = (waiting.pop(0), 1.0)
    return pairs


def _pair_similar(a: list[Unit], b: list[Unit], pairs: dict[int, tuple[int, float]]) -> None:
    from rapidfuzz.distance import Indel

    used = {old for old, _ in pairs.values()}
    free_a = [u for u in a if u.index not in used]
    free_b = [u for u in b if u.index not in pairs]
    if not free_a or not free_b:
        return
    scored: list[tuple[float, int, int]] = []
    for new_unit, olds in _candidates(free_a, free_b):
        for old_unit in olds:
            score = Indel.normalized_similarity(old_unit.key, new_unit.key)
            if score >= PAIR_THRESHOLD:
                # A same label is a hint between equally good candidates, never more.
                hint = 0.001 if old_unit.label and old_unit.label == new_unit.label else 0.0
                scored.append((score + hint, old_unit.index, new_unit.index))
    for score, old_index, new_index in sorted(scored, reverse=True):
        if old_index in used or new_index in pairs:
            continue
        pairs[new_index] = (old_index, min(1.0, round(score, 3)))
        used.add(old_index)


def _candidates(free_a: list[Unit], free_b: list[Unit]):
    """For each free new unit, the free old units sharing the most distinctive words (a
    word in many units says little about which is which and is not counted)."""
    from collections import Counter

    postings: dict[str, list[int]] = defaultdict(list)
    for position, unit in enumerate(free_a):
        for word in set(unit.key.split()):
            postings[word].append(position)
    limit = max(3, int(_COMMON * len(free_a)))
    for unit in free_b:
        votes: Counter[int] = Counter()
        known = [postings[w] for w in set(unit.key.split()) if w in postings]
        # The rarest words name a paragraph best; a dozen of them is plenty.
        rare = sorted((h for h in known if len(h) <= limit), key=len)[:_RARE_WORDS]
        if not rare:
            # Only common words: a short title or heading whose words run through the
            # whole text ("80/6. Report of the ... Court"). Its least common few still
            # point at its counterpart; a few keep the cost linear.
            rare = sorted(known, key=len)[:_FALLBACK_WORDS]
        for hits in rare:
            votes.update(hits)  # counted in C: the hot loop on long releases
        if votes:
            best = [position for position, _ in votes.most_common(_CANDIDATES)]
        elif len(free_a) <= _CANDIDATES:
            best = list(range(len(free_a)))  # only common words: try them all
        else:
            best = []
        yield unit, [free_a[p] for p in best]


def _joins(
    a: list[Unit], b: list[Unit], pairs: dict[int, tuple[int, float]]
) -> list[tuple[list[int], list[int], float]]:
    """Splits and merges: (old indices, new indices, similarity of the joined texts).

    A unit is compared with a run of two or three consecutive units on the other side,
    starting at its partner (or, unpaired, right after where its predecessor went: a split
    stays in place); accepted when the join matches clearly better than the pair it
    replaces, or than nothing."""
    from rapidfuzz.distance import Indel

    groups: list[tuple[list[int], list[int], float]] = []
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    new_of = {old: new for new, (old, _) in pairs.items()}
    old_of = {new: old for new, (old, _) in pairs.items()}
    score_of = {new: score for new, (_, score) in pairs.items()}

    def best_run(
        one: Unit,
        side: list[Unit],
        starts: list[int],
        partner_of: dict[int, int],
        own: int | None,
        taken: set[int],
        current: float,
    ):
        for first in starts:
            if not 0 <= first < len(side):
                continue
            run: list[Unit] = []
            for i in range(first, min(len(side), first + 3)):
                if i in taken or (i in partner_of and i != own):
                    break
                run.append(side[i])
                if len(run) < 2 or (own is not None and own not in (u.index for u in run)):
                    continue
                score = Indel.normalized_similarity(one.key, " ".join(u.key for u in run))
                if score >= JOIN_THRESHOLD and score > current + 0.1:
                    return run, score
        return None

    def join_side(
        units, others, mine_to_other, other_to_mine, taken_mine, taken_other, split: bool
    ) -> None:
        """Splits (old units against runs of new ones) or merges (the mirror image)."""
        for unit in units:
            if unit.index in taken_mine:
                continue
            own = mine_to_other.get(unit.index)
            new_index = own if split else unit.index  # pair scores are keyed by new index
            current = score_of[new_index] if own is not None else 0.0
            if current >= 0.95:
                continue
            starts = (
                [own - 1, own]
                if own is not None
                else [_after_predecessor(unit.index, mine_to_other)]
            )
            found = best_run(unit, others, starts, other_to_mine, own, taken_other, current)
            if found:
                run, score = found
                indices = [u.index for u in run]
                groups.append(
                    ([unit.index], indices, score) if split else (indices, [unit.index], score)
                )
                taken_mine.add(unit.index)
                taken_other.update(indices)

    join_side(a, b, new_of, old_of, taken_a, taken_b, split=True)
    join_side(b, a, old_of, new_of, taken_b, taken_a, split=False)
    for olds, news, _ in groups:  # a join replaces the plain pairs of its members
        for new_index in news:
            pairs.pop(new_index, None)
        for old_index in olds:
            if old_index in new_of:
                pairs.pop(new_of[old_index], None)
    return groups


def _after_predecessor(index: int, partner_of: dict[int, int]) -> int:
    """Where an unpaired unit's counterpart run would start: right after the partner of the
    nearest paired unit before it."""
    for before in range(index - 1, -1, -1):
        if before in partner_of:
            return partner_of[before] + 1
    return 0


# -- classifying -------------------------------------------------------------------------


def _changes(
    a: list[Unit],
    b: list[Unit],
    pairs: dict[int, tuple[int, float]],
    groups: list[tuple[list[int], list[int], float]],
) -> list[Change]:
    """Changes in the new text's reading order; removed units where they stood."""
    # Each new unit's anchor in the old order: its partner (or a join's first old unit).
    anchor: dict[int, int] = {new: old for new, (old, _) in pairs.items()}
    group_of_new: dict[int, tuple[list[int], list[int], float]] = {}
    for group in groups:
        olds, news, _ = group
        for new_index in news:
            group_of_new[new_index] = group
        anchor[news[0]] = olds[0]
    order = sorted(anchor)
    in_place = _longest_increasing(order, anchor)
    paired_old = {old for old, _ in pairs.values()} | {o for g in groups for o in g[0]}
    removed = [u for u in a if u.index not in paired_old]
    changes: list[Change] = []
    next_removed = 0

    def flush_removed(before_old: int) -> None:
        nonlocal next_removed
        while next_removed < len(removed) and removed[next_removed].index < before_old:
            changes.append(Change("removed", old=[removed[next_removed]]))
            next_removed += 1

    for unit in b:
        group = group_of_new.get(unit.index)
        if group is not None:
            olds, news, score = group
            if unit.index != news[0]:
                continue
            if anchor[unit.index] is not None and unit.index in in_place:
                flush_removed(olds[0])
            old_units = [a[i] for i in olds]
            new_units = [b[i] for i in news]
            status = "split" if len(news) > 1 else "merged"
            change = Change(status, old_units, new_units, round(score, 3))
            _describe(change)
            changes.append(change)
            continue
        if unit.index not in pairs:
            changes.append(Change("added", new=[unit]))
            continue
        old_index, score = pairs[unit.index]
        moved = unit.index not in in_place
        if not moved:
            flush_removed(old_index)
        status = "moved" if moved else ("same" if score >= 1.0 else "changed")
        change = Change(status, [a[old_index]], [unit], score)
        _describe(change)
        changes.append(change)
    flush_removed(len(a) + 1)
    return changes


def _describe(change: Change) -> None:
    if change.old_text == change.new_text and len(change.old) == len(change.new):
        change.similarity = 1.0
        return
    change.edits = word_edits(change.old_text, change.new_text)
    if change.old[0].key == change.new[0].key and not change.edits:
        change.similarity = 1.0
    change.strength = strength_change(change.old_text, change.new_text)


def _longest_increasing(order: list[int], anchor: dict[int, int]) -> set[int]:
    """The new indices (in ``order``) whose anchors form the longest increasing run."""
    tails: list[int] = []  # smallest anchor ending a run of each length
    tail_at: list[int] = []  # new index for that tail
    parent: dict[int, int | None] = {}
    for new_index in order:
        value = anchor[new_index]
        k = bisect_left(tails, value)
        parent[new_index] = tail_at[k - 1] if k else None
        if k == len(tails):
            tails.append(value)
            tail_at.append(new_index)
        else:
            tails[k] = value
            tail_at[k] = new_index
    keep: set[int] = set()
    node = tail_at[-1] if tail_at else None
    while node is not None:
        keep.add(node)
        node = parent[node]
    return keep
