"""Lines of prose justified with spaces, as typewriters and fixed-width legal databases
set them: the words of a full line are pushed apart so that it ends at the right margin.

    Федерации,    прекращении    гражданства    Российской   Федерации,
    consultative   and   advisory   body   to   the   President   on

Justification hands out the missing spaces evenly, so every gap between the line's words
is ``k`` or ``k + 1`` spaces wide. A table laid out in columns (text_tables) parts its
cells by gaps of any width, with single spaces inside the cells ("Estimated
appropriation for 2026        56 234 300      51 375 900"): its gaps are never that even.
"""

from __future__ import annotations

from briefing.ingest.patterns import match_label
from briefing.lazyre import lazy

_GAPS = lazy(r" +")
# A justified line holds a sentence's run of words: at least five, so four gaps or more.
MIN_GAPS = 4
# Prose has a word in lower case or a clause's comma; a column header set out evenly
# ("Jan   Feb   Mar   Apr   May") has neither.
_CLAUSE_END = (",", ";", ":")


def justified_prose(raw: str) -> bool:
    """Whether ``raw`` is a line of prose justified with runs of spaces (all its gaps
    ``k`` or ``k + 1`` wide), not a table's row laid out in columns."""
    words = raw.split()
    if len(words) <= MIN_GAPS:
        return False
    line = raw.strip()
    label = match_label(line)
    if label is not None:
        # "1. Внести   в   Положение   о ...": the gap after a paragraph's number is the
        # typist's, set before the line was spread; only the gaps between words count.
        line = line[label.body_offset :]
    widths = {len(gap) for gap in _GAPS.findall(line)}
    if not widths:
        return False
    if max(widths) - min(widths) > 1:
        return False
    if not any(word[:1].islower() or word.endswith(_CLAUSE_END) for word in words):
        return False
    letters = sum(1 for word in words if any(ch.isalpha() for ch in word))
    return 3 * letters >= 2 * len(words)
