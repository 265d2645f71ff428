"""A short line of prose cut on a bare word, in text where no measure tells a wrap.

``segment._cut_at_bare_word`` joins a line of running prose (eight words or more)
stopping on a bare word to a lower-case line under it. A narrow column, a PDF's lines
copied in reading order beside a side note or a figure, or a numbered clause's lines
carry fewer words: five to seven (the rule asks for five or more: a line of eight or
more is ``_cut_at_bare_word``'s as well, which joins it under looser conditions). Such a
line stops on a bare word only because the line ended there, when the block it belongs
to opened as a paragraph or a clause does (a capital, a figure, a label, a quotation
mark). A block that opened in lower case is a list's item whose bullet the copy lost
("full cover for medical bills" / "return of personal effects"): its items run a line
each, whatever word ends them, and are left alone.
"""

from __future__ import annotations

from briefing.ingest.patterns import COLUMN_GAP

SHORT_CUT_MIN_WORDS = 5  # a clause's start; "Rates for workers" is a heading's few words
CAPITALS_SHARE = 0.4  # a name and title capitalises most of its words: no running prose


def short_prose_cut(first: str, prev: str) -> bool:
    """Whether ``prev``, the last line of a block opened by ``first``, is a short line
    of running prose stopping on a bare lower-case word, in a block that opened as a
    paragraph does (not in lower case). The caller asks for a lower-case line under it
    that opens no unit of its own."""
    if not prev[-1:].islower():
        return False
    tokens = prev.split()
    if len(tokens) < SHORT_CUT_MIN_WORDS:
        return False
    if COLUMN_GAP.search(prev.strip()):
        return False  # two columns side by side: the last word is the right column's
    capitalised = sum(1 for token in tokens if token[:1].isupper())
    if capitalised >= len(tokens) * CAPITALS_SHARE:
        return False
    opening = next((ch for ch in first if ch.isalnum()), "")
    return bool(opening) and not opening.islower()
