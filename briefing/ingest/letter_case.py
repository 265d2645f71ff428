"""Whether a line is set in capitals: one test for the rules that ask it.

A line "in capitals" has every letter upper case and enough letters that the case says so
(a page's number "2" or a lone "A" has no case worth reading). Each caller sets how many
letters that is: two for a caption's party line, three for a heading cut at its wrap,
twelve for an act's title.
"""

from __future__ import annotations


def in_capitals(text: str, min_letters: int) -> bool:
    """Every letter of ``text`` upper case, and at least ``min_letters`` letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= min_letters and all(ch.isupper() for ch in letters)
