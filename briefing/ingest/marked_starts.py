"""A line opening with a mark under a line that ended its sentence with room to spare.

In text whose paragraphs are set apart by blank lines, a line directly under a full one
is read as its wrap (segment). A wrap fills a line as far as the next word fits, so where
the line above ended its sentence (".", ";", ":", "!", "?") and the next line's first
word would have fitted on it, the break was made by hand. When that first word is a mark
rather than a word (a bullet glyph the labels do not know, a check mark, a bullet the
extraction turned into "?"), it opens the next item, not the rest of the sentence. (A
figure may go on after an abbreviation, "Rs." / "10 per kg"; a bracket or quote may open
a stage direction or a quotation the paragraph goes on with; "¿", "¡" open a sentence:
those are left to the wrap.)
"""

from __future__ import annotations

_STOPS = ".;:!?"
_OPENERS = "([{\"'«“‘„‹¿¡"


def mark_after_stop(prev: str, line: str, margin: int) -> bool:
    """Whether ``line`` opens with a mark (no letter) under ``prev``, a line that ended
    its sentence with room left, within ``margin`` characters, for that mark's word."""
    tail = prev.rstrip()
    if not tail or tail[-1] not in _STOPS or not margin:
        return False
    first = line.split(None, 1)[0] if line.strip() else ""
    if not first or first[0].isalnum() or first[0] in _OPENERS:
        return False
    return len(tail) + 1 + len(first) <= margin
