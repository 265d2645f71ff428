"""A date carried over a page break: "... held in Barbados from 3 to" / (the page's notes
and foot) / "7 October 2021, in which States ...".

A paragraph that stops on a word no sentence ends on ("to", "of", "on") goes on after
the page's foot, and what goes on may open with a figure: a date's day ("7 October
2021"), a range's end. A block opening on a day and a month is that sentence going on
only under such a host: elsewhere a date opens a dateline or a paragraph of its own
("7 October 2021 – The Minister ...").
"""

from __future__ import annotations

from briefing.ingest import patterns as P
from briefing.lazyre import lazy

_DAY_MONTH = lazy(r"^\d{1,2}\s+([A-Za-zéû]+)\b")


def opens_on_date(text: str) -> bool:
    """``text`` opens with a day and a month ("7 October 2021,4 ...")."""
    m = _DAY_MONTH.match(text)
    return m is not None and bool(P.MONTHS.get(m.group(1).lower()))


def date_goes_on(host: str) -> bool:
    """The host stopped on a word no sentence ends on, so the date opening the next
    page's first block is its sentence going on."""
    last = (host.rsplit(None, 1) or [""])[-1].lower()
    return last in P.FUNCTION_WORDS
