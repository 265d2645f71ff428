"""Bullets whose glyph a text extraction replaced by "?" or "!".

A PDF or word-processor list sets its bullets in a Symbol or Wingdings font; converting it
to plain text with the wrong code page writes the glyph as the substitution character
"?" (or, in the WordPerfect symbol set, "!"): "? The volatility in world oil prices ...",
"!       Title II, the ...", or the glyph alone on its line over the item's text when the
PDF kept the bullet in a column of its own. A question or exclamation mark closes a
sentence and never opens a line of prose, so a text whose lines open on one several
times over is a list whose bullet was lost; the mark stays the label, as printed.
(French sets a space before "?" and "!", and a hard wrap carries the mark to the next
line's start under the words of its own sentence: "que pensez-vous de la réforme" /
"? Les syndicats ...". A mark right under a line running on in a lower-case letter, a
line that is no item of its own, is such a wrap and is not counted; one line alone
is never a list either.)
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


def _wrapped(whole: str, start: int) -> bool:
    """Whether the line before the one opening at ``start`` runs on into it: it ends on a
    lower-case letter ("... de la réforme" / "? Les syndicats") and is no item opening
    on a mark itself (a list's items may end on a word: "? Call to order" / "? Roll")."""
    if start == 0 or whole[start - 1] != "\n":
        return False
    before = whole.rfind("\n", 0, start - 1) + 1
    line = whole[before : start - 1].rstrip()
    return bool(line) and line[-1].islower() and not _OPENING.match(line)


def lost_bullet(texts: list[str], blocks: bool = False) -> str:
    """The mark ("?" or "!") standing for a lost bullet in ``texts`` (a document's
    lines, or its blocks' texts when ``blocks``: a blank line between each), or "" where
    none does. A mark carried by a hard wrap under its own sentence is not counted."""
    whole = ("\n\n" if blocks else "\n").join(texts)
    if "?" not in whole and "!" not in whole:
        return ""  # (a C scan: most texts)
    counts = dict.fromkeys(LOST_GLYPHS, 0)
    for m in _LINE_OPENING.finditer(whole):
        if not _wrapped(whole, m.start()):
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
