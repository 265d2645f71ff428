"""Whole-text looks for a short string, made quick: ``holds(text, needle)`` answers
``needle in text`` exactly, looking first for the needle's least common character.

Many passes first ask whether the whole text holds some string at all ("VerDate",
"<sup", "CLASSIFIED") and skip their per-line work when it does not. CPython finds one
character with a vectorised memchr (a 5 MB text: ~0.3 ms) but walks the text a
character at a time for a longer string (~4-8 ms): a 5 MB release made some fifty such
looks, a fifth of its reading time. Most looks are for a string the text does not
hold, whose rarest character (an upper-case letter, "<", "[", an accented letter) it
usually lacks too: then one quick find of each of its rare characters answers. Else the
places of its least common character are tried one by one while they lie far apart (a
capital, a mark), and the ordinary find goes on from the first one left untried once
they turn out dense.
"""

from __future__ import annotations

from functools import lru_cache

# Shorter texts are looked through the ordinary way (the quick path saves nothing).
LONG_TEXT = 20_000
# Places of the anchor character tried one by one before the ordinary find may take over.
ANCHOR_TRIES = 16
# Characters between places of the anchor, on average, under which the ordinary find
# takes over: a try costs ~1 us, the ordinary find of a needle of common letters walks
# ~2 ns a character, and capitals ("PAGE ", "NOTES") or marks ("*") are spaced far wider.
SPARSE_ANCHOR_GAP = 512
# Characters of prose, commonest first (English letter frequencies, then punctuation):
# the anchor is the needle's character latest in this list, or any character not in it.
_COMMON = " e\ntaoinsrhldcu.,mfpgwybvkxjqz"


# The stretch of a long text (from its start) in which a needle's rare characters are
# counted to choose its anchor (each count ~0.1 ms, in C).
SAMPLE_CHARS = 1 << 16
# Rare characters of a needle looked for alone first (each find of one that the text
# lacks ends the look; one it holds is usually met early).
RARE_LOOKS = 4


def _commonness(char: str) -> int:
    found = _COMMON.find(char)
    return len(_COMMON) - found if found >= 0 else 0


@lru_cache(maxsize=256)
def _plan(needle: str) -> tuple[tuple[str, ...], str, int]:
    """The needle's rare characters (not in ``_COMMON``: capitals, figures, marks), and
    its least common character with that character's offset in the needle."""
    rare = tuple(dict.fromkeys(char for char in needle if not _commonness(char)))
    at = min(range(len(needle)), key=lambda k: _commonness(needle[k]))
    return rare[:RARE_LOOKS], needle[at], at


def holds(text: str, needle: str) -> bool:
    """``needle in text``, found quickly in a long text (see the module)."""
    if len(needle) < 2 or len(text) < LONG_TEXT:
        return needle in text
    rare, anchor, offset = _plan(needle)
    for char in rare:
        if char not in text:
            return False
    if len(rare) > 1:
        # (All held: the anchor is the one least often met in the text's first stretch,
        # counted in C: "E" or "G" of "AGE ", not the "A" every "A" or "As" opens.)
        anchor = min(rare, key=lambda char: text.count(char, 0, SAMPLE_CHARS))
        offset = needle.index(anchor)
    at = text.find(anchor, offset)
    tries = 0
    while at >= 0:
        if text.startswith(needle, at - offset):
            return True
        tries += 1
        if tries >= ANCHOR_TRIES and at < tries * SPARSE_ANCHOR_GAP:
            # (The anchor is dense: the ordinary find walks the rest faster. Every
            # earlier place of the anchor was tried: the needle can only start after.)
            return text.find(needle, at + 1 - offset) >= 0
        at = text.find(anchor, at + 1)
    return False


def holds_any(text: str, needles: tuple[str, ...] | list[str]) -> bool:
    """Whether ``text`` holds any of ``needles`` (``holds`` for each, in order)."""
    return any(holds(text, needle) for needle in needles)
