"""Lines ``pdftotext -raw`` cuts after a raised note number, beyond a word's own marker.

Text taken from a PDF without its layout breaks the line after each raised note number,
mid-sentence (see ``segment._continues_after_marker``). Two more shapes of that cut:

- the marker set after a clause's comma, spaced off it or glued to it, after a word or
  a year: "... internationally wrongful acts, 2" / "and the observations of ...",
  "... held in Ashgabat on 23 April 2009,5" / "as well as the ...". A raised number after
  a comma ends no sentence, and the line under it opens in lower case: the sentence goes
  on (a paragraph never opens in lower case).
- a word hyphenated at the end of a line that the cut left short: "... seventy-seventh
  session,8" / "and the high-" / "level political forum ...", "... session,2" / "the
  reports of the Secretary-" / "General on ...". The short line is the cut's, not the
  paragraph's end, and a word broken by a hyphen goes on in the next line.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# A clause's comma (or semicolon) and a note's number, spaced or not: after a word, a
# closing quote or bracket, or a year ("2024, 2", "2009,5"). A figure's thousands are
# three digits after the comma, never one or two.
_CLAUSE_MARKER = lazy(r"(?:[a-z][”’)]?|(?<!\d)\d{4})[,;] ?\d{1,2}$")
_BROKEN_WORD = lazy(r"[a-z]-$")
_CAPITAL_COMPOUND = lazy(r"(?:^|\s)[A-Z][a-z]+-$")
_LOWER_START = lazy(r"^[a-z]")


def clause_marker_end(prev: str) -> bool:
    """``prev`` ends on a clause's comma carrying a note's number ("acts, 2")."""
    return prev[-1:].isdigit() and _CLAUSE_MARKER.search(prev) is not None


def word_broken_after_cut(current: list[str], line: str, cut_at_marker: re.Pattern[str]) -> bool:
    """``line`` ("level political forum ...") finishes the word the line above broke
    ("and the high-"), in a paragraph already cut at a note's marker (``cut_at_marker``
    or a clause's marker)."""
    if len(current) < 2 or not current[-1].endswith("-") or not _BROKEN_WORD.search(current[-1]):
        return False
    if not _LOWER_START.match(line) and not _CAPITAL_COMPOUND.search(current[-1]):
        # (A compound of capitalised words goes on in a capital: "the Secretary-" /
        # "General on the proposed programme budget ...", "the Non-" / "Aligned ...".)
        return False
    return any(cut_at_marker.search(c) or clause_marker_end(c) for c in current[:-1])
