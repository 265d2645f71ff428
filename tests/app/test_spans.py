"""SpanSet.shift's fast paths agree with the plain rule on random edits."""

from __future__ import annotations

import random

from briefing.app.document.spans import SpanSet


def reference_shift(spans: list[tuple[int, int]], pos: int, removed: int, added: int):
    """The documented rule, written plainly (the pre-optimisation implementation)."""
    rend, delta, out = pos + removed, added - removed, []
    for s, e in spans:
        s2 = s if s < pos else (s + delta if s >= rend else pos)
        e2 = e if e <= pos else (e + delta if e >= rend else pos + added)
        out.append((s2, max(s2, e2) if removed == 0 else e2))
    return out


def test_shift_matches_the_reference_on_random_edits():
    rnd = random.Random(7)
    for ordered in (True, False):
        spans = sorted((s, s + rnd.randrange(0, 30)) for s in rnd.sample(range(500), 80))
        if not ordered:
            rnd.shuffle(spans)
        spanset = SpanSet()
        for k, (s, e) in enumerate(spans):
            spanset.add(k, s, e)
        for _ in range(400):
            pos = rnd.randrange(0, 520)
            removed = rnd.choice((0, 0, 1, rnd.randrange(0, 40)))
            added = rnd.choice((0, 1, 1, rnd.randrange(0, 40)))
            spans = reference_shift(spans, pos, removed, added)
            spanset.shift(pos, removed, added)
            assert [(s, e) for _, s, e in spanset.items()] == spans
