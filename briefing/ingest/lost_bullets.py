"""Bullets whose glyph a text extraction replaced by "?" or "!".

A PDF or word-processor list sets its bullets in a Symbol or Wingdings font; converting it
to plain text with the wrong code page writes the glyph as the substitution character
"?" (or, in the WordPerfect symbol set, "!"): "? The volatility in world oil prices ...",
"!       Title II, the ...", or the glyph alone on its line over the item's text when the
PDF kept the bullet in a column of its own. A question or exclamation mark closes a
sentence and never opens a line of prose, so a text whose lines open on one several
times over is a list whose bullet was lost; the mark stays the label, as printed.
(One such line is left alone: French sets a space before "?" and "!", and a hard wrap
can carry a lone one to the next line's start.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.ingest.patterns import LabelMatch
from briefing.lazyre import lazy

if TYPE_CHECKING:
    from briefing.ingest.segment import Block

LOST_GLYPHS = "?!"
# Lines opening on the same mark that make it a bullet: a list of three items, or of
# two under a lead-in and the items a lone mark heads.
LOST_BULLET_LINES = 3
# The mark, then spaces and a word (a letter or a figure opens it, or a quotation mark),
# or the mark alone on its line.
_OPENING = lazy(r"[ \t]*([?!])(?:[ \t]+(?=[^\W_]|[\"“‘'(])|[ \t]*$)")
# ... the same at any line's start in a whole text (counted in C).
_LINE_OPENING = lazy(r"^[ \t]*([?!])(?:[ \t]+(?=[^\W_]|[\"“‘'(])|[ \t]*$)", re.M)


def lost_bullet(texts: list[str]) -> str:
    """The mark ("?" or "!") standing for a lost bullet in ``texts`` (a document's
    lines, or its blocks' texts), or "" where none does."""
    whole = "\n".join(texts)
    if "?" not in whole and "!" not in whole:
        return ""  # (a C scan: most texts)
    counts = dict.fromkeys(LOST_GLYPHS, 0)
    for m in _LINE_OPENING.finditer(whole):
        counts[m.group(1)] += 1
    best = max(LOST_GLYPHS, key=counts.__getitem__)
    return best if counts[best] >= LOST_BULLET_LINES else ""


def label_lost_bullets(blocks: list[Block], glyph: str, alone: set[int]) -> None:
    """Give the lost bullet ``glyph`` as label to each unlabelled block opening on it
    before a word. ``alone``: the blocks whose mark stood alone on its line over their
    text. A text whose marks take both shapes had two bullets, each lost to the same
    mark: the one set in a column of its own heads the outer list, the one on its
    item's line the list inside it (their families differ, and the tree nests them)."""
    if not glyph:
        return
    for index, block in enumerate(blocks):
        text = block.text
        if block.label is not None or text[:1] != glyph:
            continue
        m = _OPENING.match(text)
        if m is None or m.end() >= len(text):
            continue  # the mark alone: no item's text with it
        family = f"bullet:{glyph}" + (" alone" if index in alone else "")
        block.label = LabelMatch(glyph, family, m.end())
