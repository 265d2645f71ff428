"""Right-to-left text of a PDF line put back in reading (logical) order.

A PDF places glyphs; it does not say in which order they are read. The PDF reader
orders a line's characters by x, left to right, which is the reading order of Latin
text but the reverse of Arabic, Persian, Hebrew or Urdu: their letters come out
backwards. This module undoes the display order with the Unicode bidirectional
algorithm's levels (UAX #9), simplified to what a printed line shows:

- the line's base direction is right-to-left when it has at least as many
  right-to-left letters (bidi class R or AL) as left-to-right ones;
- right-to-left letters are level 1; Latin letters and digits inside a right-to-left
  line are level 2 (read left to right, as "2024" or "UNDP" in an Arabic sentence);
  a right-to-left phrase inside a Latin line is level 1, a number inside it level 2;
- spaces and punctuation take the level of the text on both sides when it agrees, else
  the base level.

Reversing every run at level k or higher, for each k from the highest down to 1, turns
logical order into display order; the same reversals applied to the displayed order
give the logical order back (each reversal only moves whole nested runs). Brackets in a
right-to-left run are printed mirrored, so they are swapped back.

A line without a right-to-left letter is returned unchanged after one quick search, so
Latin PDFs pay one regex search a line. (``python-bidi`` computes logical to display;
the reverse direction needs the levels of the displayed text, which is what is done
here in some forty lines.)
"""

from __future__ import annotations

import unicodedata

from briefing.rtl import has_rtl, starts_rtl

__all__ = ["has_rtl", "logical_order", "starts_rtl"]

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def logical_order(text: str) -> str:
    """``text`` as read, from the left-to-right display order of its characters."""
    if not has_rtl(text):
        return text
    kinds = [_kind(c) for c in text]
    rtl_base = kinds.count("R") >= kinds.count("L")
    levels = _levels(kinds, rtl_base)
    chars = list(text)
    for k in range(max(levels), 0, -1):
        i = 0
        n = len(chars)
        while i < n:
            if levels[i] < k:
                i += 1
                continue
            j = i
            while j < n and levels[j] >= k:
                j += 1
            chars[i:j] = chars[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    out = [_MIRROR.get(c, c) if level % 2 else c for c, level in zip(chars, levels, strict=True)]
    return "".join(out)


def _kind(ch: str) -> str:
    """R (right-to-left letter), L (left-to-right letter), D (digit) or N (neutral)."""
    cls = unicodedata.bidirectional(ch)
    if cls in ("R", "AL"):
        return "R"
    if cls == "L":
        return "L"
    if cls in ("EN", "AN"):
        return "D"
    return "N"


def _levels(kinds: list[str], rtl_base: bool) -> list[int]:
    n = len(kinds)
    levels = [0] * n
    if rtl_base:
        for i, kind in enumerate(kinds):
            levels[i] = 1 if kind == "R" else 2 if kind in "LD" else -1
    else:
        strong = [i for i, kind in enumerate(kinds) if kind in "LR"]
        for i, kind in enumerate(kinds):
            if kind == "R":
                levels[i] = 1
            elif kind == "D":
                # A number between right-to-left words belongs to their phrase.
                before = next((kinds[j] for j in reversed(strong) if j < i), "L")
                after = next((kinds[j] for j in strong if j > i), "L")
                levels[i] = 2 if before == after == "R" else 0
            elif kind == "L":
                levels[i] = 0
            else:
                levels[i] = -1
    base = 1 if rtl_base else 0
    # Neutrals: the level of the text on both sides when both sides agree on the
    # direction (a number counts as right-to-left beside right-to-left letters).
    i = 0
    while i < n:
        if levels[i] != -1:
            i += 1
            continue
        j = i
        while j < n and levels[j] == -1:
            j += 1
        left = levels[i - 1] if i > 0 else base
        right = levels[j] if j < n else base
        if left == right:
            fill = left
        elif left >= 1 and right >= 1 and (left % 2 or right % 2):
            fill = 1  # right-to-left letters beside a number: one phrase
        else:
            fill = base
        levels[i:j] = [fill] * (j - i)
        i = j
    return levels
