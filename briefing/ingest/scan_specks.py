"""Specks a scan reads back as text: a stamp's smudge, a hole punch, a page number
half-read beside a mark ("i 2 .", "I t f - .", "."). None holds a word: every piece is
a letter or a mark alone, and a mark stands among them. Such a block is no paragraph of
the release; it is kept (nothing read is lost) as a note, never a unit that splits the
paragraph it falls in."""

from __future__ import annotations

SPECK_MAX_CHARS = 16


def is_scan_speck(text: str) -> bool:
    """Pieces of at most two characters, one of them a mark alone (". ", "-", "*"), or
    three single characters: no word, no label with its text, no "No." or "OK"."""
    if len(text) > SPECK_MAX_CHARS:
        return False
    pieces = text.split()
    if not pieces or any(len(p) > 2 for p in pieces):
        return False
    marks = sum(1 for p in pieces if len(p) == 1 and not p.isalnum())
    singles = sum(1 for p in pieces if len(p) == 1)
    return (marks >= 1 and (singles == len(pieces) or len(pieces) == 1)) or singles >= 3
