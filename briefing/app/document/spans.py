"""Spans that follow edits: the positions of nodes, annotations and suggestions.

Positions here are UTF-16 code units in the editor's document. On every edit the
document reports ``(position, removed, added)`` and :meth:`SpanSet.shift` moves
every span in one pass of list comprehensions, which stays well under a
millisecond for thousands of spans, so a keystroke in a 5 MB release stays cheap.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterator
from dataclasses import dataclass


class SpanSet:
    """Keyed ``(start, end)`` spans kept in three parallel lists for fast shifting.

    Edit rules: text inserted exactly at a span's start goes before it; at its end
    goes after it; a replacement that overlaps a span's edge is taken into the span.
    Shifting is monotone, so spans added in start order stay sorted (see
    :meth:`last_starting_at_or_before`).
    """

    def __init__(self) -> None:
        self.keys: list[Hashable] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self._index: dict[Hashable, int] = {}
        self._ordered = True  # starts are in ascending order (lets shift() bisect)

    @classmethod
    def from_lists(cls, keys: list[Hashable], starts: list[int], ends: list[int]) -> SpanSet:
        """A set holding these spans (distinct keys; each end >= its start), built in bulk.

        Adding 35,000 node spans one by one took ~100 ms of a project's opening.
        """
        spans = cls()
        spans.keys, spans.starts, spans.ends = keys, starts, ends
        spans._index = {key: i for i, key in enumerate(keys)}
        spans._ordered = starts == sorted(starts)  # linear on sorted input
        return spans

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._index

    def add(self, key: Hashable, start: int, end: int) -> None:
        """Add (or move) the span ``key``."""
        if key in self._index:
            i = self._index[key]
            self.starts[i], self.ends[i] = start, max(start, end)
            self._ordered = False  # a moved span may break the order; stay correct
            return
        if self.starts and start < self.starts[-1]:
            self._ordered = False
        self._index[key] = len(self.keys)
        self.keys.append(key)
        self.starts.append(start)
        self.ends.append(max(start, end))

    def remove(self, key: Hashable) -> tuple[int, int] | None:
        """Forget ``key`` and return its last span (None if it was unknown)."""
        i = self._index.pop(key, None)
        if i is None:
            return None
        span = (self.starts.pop(i), self.ends.pop(i))
        self.keys.pop(i)
        # Indexes after i moved down by one.
        for j in range(i, len(self.keys)):
            self._index[self.keys[j]] = j
        return span

    def get(self, key: Hashable) -> tuple[int, int] | None:
        i = self._index.get(key)
        return None if i is None else (self.starts[i], self.ends[i])

    def items(self) -> Iterator[tuple[Hashable, int, int]]:
        yield from zip(self.keys, self.starts, self.ends, strict=True)

    def containing(self, pos: int) -> list[Hashable]:
        """Keys of the spans with ``start <= pos < end`` (linear; for hovers and clicks)."""
        spans = zip(self.keys, self.starts, self.ends, strict=True)
        return [k for k, s, e in spans if s <= pos < e]

    def shift(self, pos: int, removed: int, added: int) -> None:
        """Follow an edit that replaced ``removed`` units at ``pos`` with ``added`` units.

        A keystroke runs this on ~12,000 node spans in a 5 MB release, so the common
        cases are specialised: spans kept in start order only touch the starts from the
        first one at or after ``pos`` (a bisect), and the collapsed-span fix-up only
        looks at the few spans that end exactly at ``pos``.
        """
        if not self.keys:
            return
        rend = pos + removed
        delta = added - removed
        starts, ends = self.starts, self.ends
        first = bisect_left(starts, pos) if self._ordered else 0
        tail = starts[first:]
        if removed == 0:
            tail = [p if p < pos else p + delta for p in tail]
        else:
            tail = [p if p < pos else (p + delta if p >= rend else pos) for p in tail]
        starts[first:] = tail
        if removed == 0:
            self.ends = [p + delta if p > pos else p for p in ends]
            # Insertion at a collapsed span (start == end == pos) moved its start past its
            # end; only spans ending exactly at pos can be affected.
            if pos in ends:
                new_ends = self.ends
                for i, end in enumerate(ends):
                    if end == pos and starts[i] > pos:
                        new_ends[i] = starts[i]
        else:
            new_end = pos + added
            self.ends = [p if p <= pos else (p + delta if p >= rend else new_end) for p in ends]

    def last_starting_at_or_before(self, pos: int) -> int:
        """Index of the last span whose start is <= pos (spans must be in start order), or -1."""
        return bisect_right(self.starts, pos) - 1


@dataclass(frozen=True, eq=True)
class SpanSnapshot:
    """The spans of some :class:`SpanSet` s at one moment, to restore exactly later.

    Compact (``array`` of ints) because the undo history keeps one per text edit.
    """

    parts: tuple[tuple[tuple[Hashable, ...], array, array], ...]

    @classmethod
    def of(cls, *sets: SpanSet) -> SpanSnapshot:
        return cls(tuple((tuple(s.keys), array("q", s.starts), array("q", s.ends)) for s in sets))

    def restore(self, *sets: SpanSet) -> bool:
        """Put each key's span back (keys added or removed since are left alone); True if
        any span moved."""
        moved = False
        for spans, (keys, starts, ends) in zip(sets, self.parts, strict=True):
            if tuple(spans.keys) == keys:
                # The usual case: the same spans, in bulk (keeps the set's start order).
                if list(starts) != spans.starts or list(ends) != spans.ends:
                    spans.starts, spans.ends = list(starts), list(ends)
                    spans._ordered = spans.starts == sorted(spans.starts)
                    moved = True
                continue
            for key, start, end in zip(keys, starts, ends, strict=True):
                if key in spans and spans.get(key) != (start, end):
                    spans.add(key, start, end)
                    moved = True
        return moved
