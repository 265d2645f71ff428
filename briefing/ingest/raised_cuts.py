"""A printed line cut at raised text: an ordinal's suffix or a note's reference mark.

``pdftotext -raw`` (content-stream order) ends the line at a raised run and starts the
rest of the printed line as a line of its own. Two raised runs fill releases' prose:
Word's AutoFormat sets an English ordinal's suffix as a superscript by default ("1st",
"22nd", "7th"), so PDFs made from Word carry them, and every document with footnotes
raises its reference marks. The cut leaves "... from the 7th" / "Pay" / "Commission's
award, should ...", "... were signed" / "on 30th" / "June 2017 at the Ministry ...",
"... for Sustainable Development 5" / "and the Sustainable" / "Development Goals ...".

A sentence never stops on a bare ordinal, and the rest of a line cut at a note's mark
goes on in lower case; and a wrap at the margin leaves no room for the next line, so two
pieces that fill one printed line together were one line. The rest goes on the line
above, and the wrap test under it measures the two pieces as the line they were printed
as. (A note's mark after a sentence's stop with a capital under it is
``wrap_cuts.cut_at_note_mark``'s.) RBI minutes, Sri Lanka's Ministry of Finance, UN
General Assembly resolutions; session 41.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# A figure with an English ordinal's suffix ending the line ("7th", "21st", "2nd").
_ORDINAL_END = lazy(r"(?:^|[\s(])\d{1,4}(?:st|nd|rd|th)$")
# A note's reference mark ending the line: one or two figures glued to a word or after a
# clause's punctuation ("Governments4", "2016,6", "acts, 2", "the trend.7"), or spaced
# after a capitalised word, the instrument a note cites ("Sustainable Development 5").
# (Not a thousands group, "$42,022,400"; a figure spaced after a lower-case word is the
# sentence's own: "within 7" / "months.", "notified on 5" / "November 2025".)
# (The letter before the figures only: a run of letters would make a search quadratic.)
_NOTE_MARK_END = lazy(r"(?:([^\W\d_])( ?)|[,;:.)”’\"] ?)\d{1,2}$")
# Of the width: the two pieces make a full printed line. (A short dateline "March 5th"
# over a short heading is two lines of a head, not one line cut.)
FULL_SHARE = 0.7


def ends_on_ordinal(text: str) -> bool:
    # (Cheap gate first: most lines end on a stop or a word not ending so.)
    return text[-1:] in "thd" and _ORDINAL_END.search(text) is not None


def ends_on_note_mark(text: str) -> bool:
    if not text[-1:].isdigit():
        return False
    found = _NOTE_MARK_END.search(text)
    if found is None:
        return False
    if not (found.group(1) and found.group(2)):
        return True  # glued to a word, or after punctuation
    word = text[: found.end(1)].rsplit(None, 1)[-1]
    return word[:1].isupper()  # spaced: after the capitalised name of what it cites


def _one_line(prev: str, line: str, width: int, reach: int) -> bool:
    """Whether the two pieces together fill one printed line, and no more."""
    return width * FULL_SHARE <= len(prev) + 1 + len(line) <= (reach or width)


def raised_cut(prev: str, line: str, width: int, reach: int) -> bool:
    """Whether ``line`` is the rest of the printed line ``prev`` was cut from at a raised
    run: ``prev`` ends on an ordinal (any next word), or on a note's mark with the rest
    opening in lower case, and the two fill one printed line (``_one_line``)."""
    if not width:
        return False
    if not (ends_on_ordinal(prev) or (line[:1].islower() and ends_on_note_mark(prev))):
        return False
    return _one_line(prev, line, width, reach)


def printed_line(current: list[str], width: int, reach: int) -> str:
    """The last printed line of the block ``current``: its last line, or, when that is
    the rest of a line cut at a raised run, the two pieces together (so the wrap test
    under it asks how full the printed line ran, not the short piece)."""
    if len(current) < 2 or not width:
        return current[-1]
    above, rest = current[-2], current[-1]
    if not (ends_on_ordinal(above) or ends_on_note_mark(above)):
        return rest
    return f"{above} {rest}" if _one_line(above, rest, width, reach) else rest
