"""A printed line cut at a raised ordinal suffix ("the 7th" / "Pay Commission ...").

Word's AutoFormat sets an English ordinal's suffix as a superscript by default ("1st",
"22nd", "7th"), so PDFs made from Word files carry raised "st", "nd", "rd", "th" all
through their prose. ``pdftotext -raw`` (content-stream order) ends the line at such a
raised run and starts the rest of the printed line as a line of its own:
"... the boost to spending from the 7th" / "Pay" / "Commission's award, should ...",
"... were signed" / "on 30th" / "June 2017 at the Ministry ...". A sentence never stops
on a bare ordinal, and the two pieces together are no longer than one printed line:
the piece after the ordinal goes on the line above, and the two are measured as the one
line they were printed as (RBI minutes, Sri Lanka's Ministry of Finance; session 41).
"""

from __future__ import annotations

from briefing.lazyre import lazy

# A figure with an English ordinal's suffix ending the line ("7th", "21st", "2nd").
_ORDINAL_END = lazy(r"(?:^|[\s(])\d{1,4}(?:st|nd|rd|th)$")
# Of the width: the two pieces make a full printed line. (A short dateline "March 5th"
# over a short heading is two lines of a head, not one line cut.)
FULL_SHARE = 0.7


def ends_on_ordinal(text: str) -> bool:
    # (Cheap gate first: most lines end on a stop or a word not ending so.)
    return text[-1:] in "thd" and _ORDINAL_END.search(text) is not None


def ordinal_cut(prev: str, line: str, width: int, reach: int) -> bool:
    """Whether ``line`` is the rest of the printed line ``prev`` was cut from at a raised
    ordinal suffix: ``prev`` ends on the ordinal, and the two fill one printed line
    (a full line's share of the width or more, no more than the margin ``reach``)."""
    if not width or not ends_on_ordinal(prev):
        return False
    joined = len(prev) + 1 + len(line)
    return width * FULL_SHARE <= joined <= (reach or width)


def printed_line(current: list[str], width: int, reach: int) -> str:
    """The last printed line of the block ``current``: its last line, or, when that is
    the rest of a line cut at an ordinal, the two pieces together (so the wrap test
    under it asks how full the printed line ran, not the short piece)."""
    if len(current) >= 2 and ordinal_cut(current[-2], current[-1], width, reach):
        return f"{current[-2]} {current[-1]}"
    return current[-1]
