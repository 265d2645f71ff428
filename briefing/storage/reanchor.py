"""Re-find annotations after a release's text changed.

The rule is *unique or orphan*: an annotation is only ever placed where the new text
holds exactly its quote, at the one occurrence whose surroundings match its saved
prefix/suffix clearly better than any other. Anything less certain is marked orphaned
and keeps its old anchor (so nothing is lost and the user can place it by hand); a fuzzy
match is offered as a *suggestion* for the user to confirm, never applied.

Order of attempts:

1. the quote and its context are still at the old offsets (the usual case: no change);
2. when the old text is known and the anchor lies in the unchanged head or tail of the
   text, the same quote at the shifted offset;
3. every exact occurrence of the quote, scored by how much of the saved prefix and suffix
   surrounds it (``difflib`` matching blocks, so an edit inside the context costs only
   the characters it touched); the best is taken when its score over quote+context
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
MARGIN = 0.1
# Quotes occurring more often than this are only scored near their old position.
MAX_CANDIDATES = 2000
# Only runs of this many characters count as shared context (random text shares pairs).
MIN_BLOCK = 3
SUGGEST_RATIO = 0.8


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
    anchor: Anchor, text: str, *, old_text: str | None = None, suggest: bool = False
) -> Placement:
    """Locate ``anchor`` in ``text``; see the module docstring for the rules."""
    quote, start, end = anchor.quote, anchor.start, anchor.end
    if text[start:end] == quote and _context_intact(anchor, text, start):
        return Placement("kept", _fresh(text, start, end) if start <= end else anchor, 1.0)
    if old_text is not None:
        shifted = _shift_through_unchanged(anchor, old_text, text)
        if shifted is not None and text[shifted : shifted + len(quote)] == quote:
            return _placed(anchor, text, shifted, 1.0)
    if not quote:
        return _find_empty(anchor, text)
    candidates = _occurrences(text, quote, start)
    if candidates:
        scored = sorted(((_score(anchor, text, p), p) for p in candidates), reverse=True)
        best, position = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        if best >= THRESHOLD and best - runner_up >= MARGIN:
            return _placed(anchor, text, position, best)
        top = best
    else:
        top = 0.0
    suggestion = _fuzzy_suggestion(anchor, text) if suggest else None
    return Placement("orphaned", anchor, top, suggestion)


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
    for annotation in annotations:
        placement = find_anchor(annotation.anchor, text, old_text=old_text, suggest=suggest)
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


def _occurrences(text: str, quote: str, near: int) -> list[int]:
    found: list[int] = []
    position = text.find(quote)
    while position != -1:
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
    got_prefix = text[max(0, position - len(prefix)) : position]
    got_suffix = text[end : end + len(suffix)]
    matched = len(quote) + _shared(prefix, got_prefix) + _shared(suffix, got_suffix)
    return matched / total


def _shared(expected: str, got: str) -> int:
    """Characters of ``expected`` found in ``got`` in order, in runs of MIN_BLOCK or more."""
    if not expected or not got:
        return 0
    if expected == got:
        return len(expected)
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks() if b.size >= MIN_BLOCK)


def _find_empty(anchor: Anchor, text: str) -> Placement:
    """A zero-length anchor (a point comment): its prefix+suffix must occur exactly once."""
    joined = anchor.prefix + anchor.suffix
    if joined:
        first = text.find(joined)
        if first != -1 and text.find(joined, first + 1) == -1:
            return _placed(anchor, text, first + len(anchor.prefix), 1.0)
    return Placement("orphaned", anchor, 0.0)


def _shift_through_unchanged(anchor: Anchor, old: str, new: str) -> int | None:
    """New start of ``anchor`` if it and its context lie in text unchanged at either end."""
    head = _common_prefix_len(old, new)
    low = anchor.start - len(anchor.prefix)
    high = anchor.end + len(anchor.suffix)
    if high <= head:
        return anchor.start
    tail = _common_suffix_len(old, new, limit=min(len(old), len(new)) - head)
    if low >= len(old) - tail:
        return anchor.start + len(new) - len(old)
    return None


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
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    start, end = blocks[0].a, blocks[-1].a + blocks[-1].size
    ratio = difflib.SequenceMatcher(None, window[start:end], quote, autojunk=False).ratio()
    return (low + start, low + end) if ratio >= SUGGEST_RATIO else None
