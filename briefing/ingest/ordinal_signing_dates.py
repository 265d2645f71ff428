"""The English ordinal date a signing line states: "this 13th day of June, 2024".

Treaties, agreements and declarations in English close on where and when they were
signed, and many print the day as an ordinal with "day of" ("Done at Washington, this
17th day of April, 2002", "Done at Amman the 24th day of August, 1961"). The general date
patterns read that form only from a whole short line (dates.LINE_DATE_PATTERNS), so a
signing line that names a long place first ("Done at Puglia, Italy, this 13th day of
June, 2024, in two originals ...") went undated, and the act with it. Searched for only
inside a line that already opens on a signing formula (act_signatures): running text and
tables are untouched.
"""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.lazyre import lazy

_ORDINAL_DAY_OF = lazy(
    r"(?<!\w)[0-3]?\d(?:st|nd|rd|th)\s+(?:day\s+)?of\s+"
    rf"(?:{P._MONTH_NAMES})\.?,?\s+(?:19|20)\d\d(?!\d)",
    flags=re.I,
)


def ordinal_date_text(line: str) -> str:
    """The ordinal date's own words in ``line`` ("13th day of June, 2024"), or "": a text
    the line-date patterns read alone."""
    m = _ORDINAL_DAY_OF.search(line)
    return m.group(0) if m else ""
