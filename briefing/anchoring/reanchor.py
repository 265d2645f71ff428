"""Re-find annotations after a release's text changed.

The rule is *unique or orphan*: an annotation is only ever placed where the new text
holds exactly its quote, at the one occurrence whose surroundings match its saved
prefix/suffix clearly better than any other. Anything less certain is marked orphaned
and keeps its old anchor (so nothing is lost and the user can place it by hand); a fuzzy
match is offered as a *suggestion* for the user to confirm, never applied.

Order of attempts:

1. the quote and its context are still at the old offsets (the usual case: no change);
2. when the old text is known: a quote in the unchanged head or tail of the text keeps
   its characters (offset shifted as needed); a quote in the changed stretch is only
   looked for in what replaced that stretch;
3. every exact occurrence of the quote, scored by how much of the saved prefix and suffix
   surrounds it (in 4-character pieces, so an edit inside the context costs only the
   pieces it touched); the best is taken when its score over quote+context
   reaches :data:`THRESHOLD` and beats the runner-up by :data:`MARGIN`.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.model import Anchor, Annotation, Project

# Share of quote+context characters that must match: e.g. a 30-character quote needs one
# whole side of its context intact, a single word needs nearly all of its context.
THRESHOLD = 0.6
# The winner must beat the second-best occurrence by this much, else it is ambiguous.
MARGIN = 0.15
# Quotes occurring more often than this are only scored near their old position.
MAX_CANDIDATES = 2000
# Context is compared in pieces of this many characters (random text shares pairs).
MIN_BLOCK = 4
SUGGEST_RATIO = 0.8
# A context piece still counts when an edit shifted it by up to this many characters.
DRIFT = 6
# An orphan's context is from an older text; recovering it needs near-certainty (undo).
ORPHAN_THRESHOLD = 0.9


@dataclass(frozen=True)
class Placement:
    """Where one anchor landed in the new text.

    ``status`` is "kept" (same offsets), "moved" (same quote elsewhere) or "orphaned"
    (``anchor`` is then the old one, unchanged). ``suggestion`` is a fuzzy (start, end) a
    user might confirm for an orphan; it may hold different text and is never applied.
    """

    status: str
    anchor: Anchor
    score: float
    suggestion: tuple[int, int] | None = None


@dataclass
class ReanchorReport:
    """What re-anchoring did, by annotation id."""

    kept: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)  # newly orphaned
    still_orphaned: list[str] = field(default_factory=list)  # orphans not found again
    recovered: list[str] = field(default_factory=list)  # orphans found again
    suggestions: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.moved or self.orphaned or self.recovered)


def find_anchor(
    anchor: Anchor,
    text: str,
    *,
    old_text: str | None = None,
    suggest: bool = False,
    diff: TextDiff | None = None,
    threshold: float = THRESHOLD,
) -> Placement:
    """Locate ``anchor`` in ``text``; see the module docstring for the rules.

    ``old_text`` (the text the anchor was made on) makes the result certain wherever the
    quote lies in text that did not change; pass ``diff`` instead when placing many
    anchors against the same pair of texts.
    """
    quote, start, end = anchor.quote, anchor.start, anchor.end
    if diff is None and old_text is not None:
        diff = TextDiff(old_text, text)
    window: tuple[int, int] | None = None
    if diff is not None and diff.old[start:end] == quote:
        mapped = diff.unchanged_position(anchor)
        if mapped is not None:
            return _placed(anchor, text, mapped, 1.0)
        # The annotated characters were inside the changed stretch: if they survive, they
        # are in its replacement. Look-alikes in untouched text were there before too.
        window = diff.changed_window(anchor)
    elif text[start:end] == quote and _context_intact(anchor, text, start):
        return Placement("kept", _fresh(text, start, end) if start <= end else anchor, 1.0)
    if not quote:
        return _find_empty(anchor, text)
    candidates = _occurrences(text, quote, start, window)
    if candidates:
        scored = sorted(((_score(anchor, text, p), p) for p in candidates), reverse=True)
        best, position = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best >= threshold and best - runner_up >= MARGIN:
            return _placed(anchor, text, position, best)
        top = best
    else:
        top = 0.0
    suggestion = _fuzzy_suggestion(anchor, text) if suggest else None
    return Placement("orphaned", anchor, top, suggestion)


class TextDiff:
    """Old and new text split into unchanged head, changed middle, unchanged tail."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.new = new
        self.head = _common_prefix_len(old, new)
        self.tail = _common_suffix_len(old, new, limit=min(len(old), len(new)) - self.head)

    def unchanged_position(self, anchor: Anchor) -> int | None:
        """New start of ``anchor`` if it *and its context* lie in unchanged text, else None.

        The context must be unchanged too: an insertion that happens to begin with the
        quoted characters would otherwise capture the anchor (old "that", insert
        "together " before it: the common head now ends inside "together").
        """
        low = anchor.start - len(anchor.prefix)
        high = anchor.end + len(anchor.suffix)
        if high <= self.head:
            return anchor.start
        if low >= len(self.old) - self.tail:
            return anchor.start + len(self.new) - len(self.old)
        return None

    def changed_window(self, anchor: Anchor) -> tuple[int, int]:
        """Start positions whose quote or context would overlap the changed stretch."""
        reach_left = len(anchor.quote) + len(anchor.suffix)
        return self.head - reach_left, len(self.new) - self.tail + len(anchor.prefix)


def reanchor_annotations(
    annotations: Iterable[Annotation],
    text: str,
    *,
    old_text: str | None = None,
    suggest: bool = True,
) -> ReanchorReport:
    """Re-find each annotation in ``text`` (all of one release), updating them in place.

    Found ones get a fresh anchor (new offsets, new prefix/suffix) and lose their orphan
    mark; the rest are marked ``orphaned`` and keep their old anchor untouched.
    """
    report = ReanchorReport()
    diff = TextDiff(old_text, text) if old_text is not None else None
    for annotation in annotations:
        # An orphan's offsets refer to some older text, so the diff says nothing about it.
        placement = find_anchor(
            annotation.anchor,
            text,
            suggest=suggest,
            diff=None if annotation.orphaned else diff,
            threshold=ORPHAN_THRESHOLD if annotation.orphaned else THRESHOLD,
        )
        if placement.status == "orphaned":
            (report.still_orphaned if annotation.orphaned else report.orphaned).append(
                annotation.id
            )
            annotation.orphaned = True
            if placement.suggestion is not None:
                report.suggestions[annotation.id] = placement.suggestion
            continue
        if annotation.orphaned:
            report.recovered.append(annotation.id)
        elif placement.status == "moved" or placement.anchor != annotation.anchor:
            report.moved.append(annotation.id)
        else:
            report.kept.append(annotation.id)
        annotation.anchor = placement.anchor
        annotation.orphaned = False
    return report


def reanchor_project(project: Project, *, only_mismatched: bool = True) -> ReanchorReport:
    """Re-anchor every annotation whose quote no longer matches its release's text.

    Called on open (a release's text may have been replaced since the annotations were
    made) and by the app after it replaces a release's text. Orphans are retried too, so
    one that fits again is recovered. Annotations of unknown releases are left alone.
    """
    total = ReanchorReport()
    for release in project.releases:
        text = release.text
        todo = [
            a
            for a in project.annotations_for(release.id)
            if not only_mismatched
            or a.orphaned
            or text[a.anchor.start : a.anchor.end] != a.anchor.quote
        ]
        if not todo:
            continue
        report = reanchor_annotations(todo, text)
        total.kept += report.kept
        total.moved += report.moved
        total.orphaned += report.orphaned
        total.still_orphaned += report.still_orphaned
        total.recovered += report.recovered
        total.suggestions.update(report.suggestions)
    return total


# --------------------------------------------------------------------------- helpers


def _fresh(text: str, start: int, end: int) -> Anchor:
    return Anchor.from_text(text, start, end)


def _placed(anchor: Anchor, text: str, position: int, score: float) -> Placement:
    new = _fresh(text, position, position + len(anchor.quote))
    status = "kept" if position == anchor.start else "moved"
    return Placement(status, new, score)


def _context_intact(anchor: Anchor, text: str, start: int) -> bool:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after_start = start + len(anchor.quote)
    return before == anchor.prefix and text[after_start : after_start + len(anchor.suffix)] == (
        anchor.suffix
    )


def _occurrences(
    text: str, quote: str, near: int, window: tuple[int, int] | None = None
) -> list[int]:
    low, high = window if window is not None else (0, len(text))
    found: list[int] = []
    position = text.find(quote, max(0, low))
    while position != -1 and position <= high:
        found.append(position)
        position = text.find(quote, position + 1)
    if len(found) > MAX_CANDIDATES:
        # Why: a one-letter quote may occur 100,000 times; scoring them all is slow and a
        # winner among so many is not trustworthy anyway. Keep the closest ones.
        found.sort(key=lambda p: abs(p - near))
        found = found[:MAX_CANDIDATES]
    return found


def _score(anchor: Anchor, text: str, position: int) -> float:
    """Share of quote+context characters that match around ``position`` (quote matches)."""
    prefix, suffix, quote = anchor.prefix, anchor.suffix, anchor.quote
    total = len(quote) + len(prefix) + len(suffix)
    end = position + len(quote)
    reach = DRIFT + MIN_BLOCK
    got_prefix = text[max(0, position - len(prefix) - reach) : position]
    got_suffix = text[end : end + len(suffix) + reach]
    matched = len(quote)
    matched += _shared(prefix[::-1], got_prefix[::-1]) + _shared(suffix, got_suffix)
    return matched / total


def _shared(expected: str, got: str) -> float:
    """How much of ``expected`` is found in ``got`` at (about) the same distance from the quote.

    Both strings start at the quote (the prefix is passed reversed). ``expected`` is cut
    into MIN_BLOCK-character pieces: a piece at its exact old distance counts fully, one
    shifted by at most DRIFT characters (an edit between it and the quote) counts half.
    So an edit inside the context costs only what it touched, a look-alike whose context
    is merely similar scores well below the real place, common words elsewhere in the
    window do not count, and thousands of occurrences of a short quote are scored fast
    (slices and C substring searches, no difflib).
    """
    if not expected or not got:
        return 0
    if got.startswith(expected):
        return len(expected)
    matched = 0.0
    for i in range(0, len(expected) - MIN_BLOCK + 1, MIN_BLOCK):
        piece = expected[i : i + MIN_BLOCK]
        if got[i : i + MIN_BLOCK] == piece:
            matched += MIN_BLOCK
        elif piece in got[max(0, i - DRIFT) : i + MIN_BLOCK + DRIFT]:
            matched += MIN_BLOCK / 2
    return matched


def _find_empty(anchor: Anchor, text: str) -> Placement:
    """A zero-length anchor (a point comment): its prefix+suffix must occur exactly once."""
    joined = anchor.prefix + anchor.suffix
    if joined:
        first = text.find(joined)
        if first != -1 and text.find(joined, first + 1) == -1:
            return _placed(anchor, text, first + len(anchor.prefix), 1.0)
    return Placement("orphaned", anchor, 0.0)


def _common_prefix_len(a: str, b: str) -> int:
    # Binary search on slice equality: C-speed comparisons even for megabytes of text.
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix_len(a: str, b: str, limit: int) -> int:
    low, high = 0, max(0, limit)
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            low = mid
        else:
            high = mid - 1
    return low


def _fuzzy_suggestion(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """The closest near-match of the quote around its old place, for the user to confirm."""
    quote = anchor.quote
    if not quote:
        return None
    reach = 4 * len(quote) + 256
    low = max(0, anchor.start - reach)
    window = text[low : anchor.end + reach]
    matcher = difflib.SequenceMatcher(None, window, quote, autojunk=False)
    longest = matcher.find_longest_match(0, len(window), 0, len(quote))
    if longest.size < MIN_BLOCK:
        return None
    # Align the quote on its longest surviving piece, then trim to the matching blocks.
    guess = longest.a - longest.b
    slack = max(2, len(quote) // 5)
    piece_low = max(0, guess - slack)
    piece = window[piece_low : guess + len(quote) + slack]
    blocks = [
        b
        for b in difflib.SequenceMatcher(None, piece, quote, autojunk=False).get_matching_blocks()
        if b.size
    ]
    if not blocks:
        return None
    start, end = piece_low + blocks[0].a, piece_low + blocks[-1].a + blocks[-1].size
    ratio = difflib.SequenceMatcher(None, window[start:end], quote, autojunk=False).ratio()
    return (low + start, low + end) if ratio >= SUGGEST_RATIO else None
