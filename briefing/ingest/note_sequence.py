"""Numbered notes linked by their order: a release numbers its notes 1, 2, 3 ... in the
order their markers appear in the text, so the markers follow each other as the notes do.

The marker shapes in ``mend`` link each note to the nearest block above printing its
number in a marker's shape. Two things that order settles are left:

- a link out of order ("2" linked below "3"'s marker) took a figure that only looks
  like a marker, nearer the note than the real one (a report's endnotes are far below
  their markers, with every later mention of the number between);
- a note with no link whose marker has no telling shape ("Human Rights, 1 and recalling",
  "August 1949 4 and"): between the markers of the notes before and after it, the only
  bare number equal to its own is its marker.

The notes of a series are those numbered on from each other; numbering that starts again
(an annex's notes, a second document in one file) starts a new series.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

Position = tuple[int, int]  # (block, offset of the marker in its text)

# Words after which a figure is a quantity or a date's day, never a raised number left
# in the line: "2 November", "5 per cent", "3 million".
_NOT_MARKER_AFTER = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|per|percent|million|billion|trillion|years?|months?|days?|weeks?|hours?"
    r"|times|%)\b"
)
# A number's reference words: "paragraph 4 and", "article 2 and". (Not "resolution": a
# resolution's number is a symbol, "70/1", "1325 (2000)", so "relevant resolutions 13 on
# operational activities" holds a marker.)
_REFERENCE_WORDS = (
    "paragraph|paragraphs|para|section|sections|chapter|chapters|article|articles|"
    "part|parts|item|items|annex|page|pages|"
    "rule|rules|principle|goal|goals|target|targets|no|nos|vol|volume|table|figure|box|"
    "phase|step|level|session|committee|group|round|day|week|year|grade|type|class"
)
# (Or a list of numbers after such a word: "paragraphs 21, 4 and 6".)
_REFERENCE_BEFORE = lazy(rf"\b(?:{_REFERENCE_WORDS})\.?\s*(?:\d+[,;]?\s*)*$", re.I)


def _loose(number: str) -> re.Pattern[str]:
    # A bare number set apart by spaces after a word, its punctuation or a year, and
    # followed by the next word in lower case, or ending its line: the shape a raised
    # number takes when text is extracted with the space its box left. (Or followed by a
    # symbol, in a list of them: "of 25 September 2014, 8 33/2 of ...": no figure
    # counts a resolution.) Or after a name ending on a number, "Agenda 21, 4 the".
    return re.compile(
        rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;.:] )|(?<=[)”’] )|(?<=[)”’][,;.] )"
        rf"|(?<=[12]\d\d\d )|(?<=[12]\d\d\d, )|(?<=[^\W\d_] \d\d, )){number}"
        # (Not a span's or a list's first figure: "from 10 to 12 December", "10 and 11";
        # a symbol may follow a marker: "2096, 7 and 39/6 of".)
        rf"(?=[ \t]*(?:\n|$)|[ \t]+(?!{_NOT_MARKER_AFTER})(?!(?:to|and|or)[ \t]+\d+(?![\d/]))[a-z(]"
        rf"|[ \t]+\d+/\d)"
        # Between a sentence's full stop and the next sentence ("... in 2021. 8 The
        # Subcommittee"): official prose spells out a number opening a sentence.
        rf"|(?<=[^\W_]\. ){number}(?=[ \t]+[A-Z][a-z])"
    )


def repair_sequence(
    blocks: list[Block],
    notes: list[tuple[int, str]],
    links: dict[int, tuple[int, int, bool]],
    claimed: set[tuple[int, int]],
    holders: dict[str, list[int]],
    numbered: set[int],
) -> None:
    """Unlink notes whose marker breaks the order of their series, then link each note
    left without a marker to the one marker shape, strict or loose, between its
    neighbours' markers. ``links``: note block -> (holder block, offset, after a year);
    ``numbered``: the blocks printed as numbered notes."""
    for series in _series(notes):
        if paragraph_numbering(series, links):
            for i, _ in series:
                if i in links:
                    claimed.discard(links.pop(i)[:2])
                    blocks[i].note_of = None
            continue
        suspects = _drop_out_of_order(blocks, series, links, claimed)
        _fill_gaps(blocks, series, links, claimed, holders, numbered)
        for i, link in suspects.items():
            # (No marker between its neighbours': the first link stands — a release may
            # cite a note again out of turn.)
            if i not in links and link[:2] not in claimed:
                links[i] = link
                claimed.add(link[:2])
                blocks[i].note_of = link[0]


PARAGRAPH_SERIES = 12  # numbers in a run before it may be a text's paragraph numbering


def paragraph_numbering(
    series: list[tuple[int, int]], links: dict[int, tuple[int, int, bool]]
) -> bool:
    """Whether ``series`` is a text's numbered paragraphs ("1     Before turning to its
    immediate policy decision, ...", minutes numbered without a point), not its notes:
    a long run of which fewer than one in four found a marker in its number's shape. A
    release prints a marker for every note, so a long run of notes links nearly whole;
    the few "markers" such a run finds are figures met by chance ("in 2020 Q4, 1")."""
    if len(series) < PARAGRAPH_SERIES:
        return False
    return 4 * sum(1 for i, _ in series if i in links) < len(series)


def _series(notes: list[tuple[int, str]]) -> list[list[tuple[int, int]]]:
    """Notes as (block, number) runs numbered on from each other (a gap allowed: a note
    the reader missed), a new run where the numbers start again."""
    out: list[list[tuple[int, int]]] = []
    for i, number in notes:
        n = int(number)
        if out and out[-1][-1][1] < n <= out[-1][-1][1] + 5:
            out[-1].append((i, n))
        else:
            out.append([(i, n)])
    return [series for series in out if len(series) > 1]


def _drop_out_of_order(
    blocks: list[Block],
    series: list[tuple[int, int]],
    links: dict[int, tuple[int, int, bool]],
    claimed: set[tuple[int, int]],
) -> dict[int, tuple[int, int, bool]]:
    """Keep the longest run of links whose markers stand in the notes' order; unlink the
    rest (their marker was likely a figure elsewhere) and return them."""
    linked = [i for i, _ in series if i in links]
    positions = [links[i][:2] for i in linked]
    keep = set(_longest_increasing(positions))
    suspects: dict[int, tuple[int, int, bool]] = {}
    for j, i in enumerate(linked):
        if j not in keep:
            claimed.discard(links[i][:2])
            suspects[i] = links.pop(i)
            blocks[i].note_of = None
    return suspects


def _longest_increasing(positions: list[Position]) -> list[int]:
    """Indexes of a longest strictly increasing subsequence (patience sorting)."""
    tails: list[Position] = []
    tail_index: list[int] = []
    previous = [-1] * len(positions)
    for j, position in enumerate(positions):
        at = bisect_left(tails, position)
        if at == len(tails):
            tails.append(position)
            tail_index.append(j)
        else:
            tails[at] = position
            tail_index[at] = j
        previous[j] = tail_index[at - 1] if at else -1
    out: list[int] = []
    j = tail_index[-1] if tail_index else -1
    while j != -1:
        out.append(j)
        j = previous[j]
    return out[::-1]


WINDOW_BLOCKS = 200  # a marker is never further from its neighbours' than a long report's pages


def _fill_gaps(
    blocks: list[Block],
    series: list[tuple[int, int]],
    links: dict[int, tuple[int, int, bool]],
    claimed: set[tuple[int, int]],
    holders: dict[str, list[int]],
    numbered: set[int],
) -> None:
    from briefing.ingest.mend import marker_pattern, spaced_marker_pattern, year_marker_pattern

    def note_like(k: int) -> bool:
        block = blocks[k]
        return k in numbered or block.note_of is not None or block.footnote_label is not None

    for j, (i, n) in enumerate(series):
        if i in links:
            continue
        before = next((links[p][:2] for p, _ in reversed(series[:j]) if p in links), None)
        after = next((links[p][:2] for p, _ in series[j + 1 :] if p in links), None)
        if before is None and after is None:
            continue  # (no neighbour linked: nothing to bound the search)
        low = before if before is not None else (_page_start(i, note_like), -1)
        high = after if after is not None else (i, 0)
        if high[0] > i:
            high = (i, 0)  # (a marker stands above its note)
        if high[0] - low[0] > WINDOW_BLOCKS or low >= high:
            continue
        number = str(n)
        printing = holders.get(number, [])
        ks = printing[bisect_left(printing, low[0]) : bisect_right(printing, high[0])]
        ks = [k for k in ks if not note_like(k)]
        strict = (marker_pattern(number), spaced_marker_pattern(number))
        found = _within(blocks, ks, strict, low, high, claimed)
        year = False
        if not found:
            found = _within(blocks, ks, (year_marker_pattern(number),), low, high, claimed)
            year = bool(found)
        if not found:
            found = [
                p
                for p in _within(blocks, ks, (_loose(number),), low, high, claimed)
                if not _REFERENCE_BEFORE.search(blocks[p[0]].text[max(0, p[1] - 32) : p[1]])
            ]
            if len(found) != 1:
                continue  # (a loose shape only where it is the one bare number there)
        if not found:
            continue
        k, at = found[0] if before is not None else found[-1]
        claimed.add((k, at))
        links[i] = (k, at, year)
        blocks[i].note_of = k


def _within(
    blocks: list[Block],
    ks: list[int],
    patterns: tuple[re.Pattern[str], ...],
    low: Position,
    high: Position,
    claimed: set[tuple[int, int]],
) -> list[Position]:
    out: set[Position] = set()
    for k in ks:
        for pattern in patterns:
            for m in pattern.finditer(blocks[k].text):
                at = m.start(m.lastindex or 0)
                if low < (k, at) < high and (k, at) not in claimed:
                    out.add((k, at))
    return sorted(out)


def _page_start(i: int, note_like: Callable[[int], bool]) -> int:
    """The block after the notes printed above note ``i``'s own run: the previous page's
    foot (or the text's start). A note's marker is on the page above it."""
    k = i
    while k > 0 and note_like(k - 1):
        k -= 1  # (the run of notes ``i`` belongs to)
    while k > 0 and not note_like(k - 1):
        k -= 1
    return k
