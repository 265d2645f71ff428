"""Date patterns shared by the date finders: month names, day, year, full dates, times.

Separate from the label patterns (``patterns``) because dates are their own vocabulary,
read by ``dates``, ``roles``, ``title``, ``mend`` and ``analysis.dates``: the month names
of each language and the date shapes releases print, day first, month first, year first,
Japanese era years. ``patterns`` re-exports the names its importers read.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip

MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
MONTH = rf"(?P<month>{MONTH_NAMES})\.?"

DATE_PATTERNS = [
    lazy(rf"\b{YEAR}-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)\b"),  # 2020-05-21
    lazy(rf"\b(?P<day>[0-3]?\d)[-/.](?P<mnum>[01]?\d)[-/.]{YEAR}\b"),  # 17/07/2017
    lazy(rf"\b{MONTH}\s+{DAY}(?:\s*[-–]\s*\d{{1,2}})?,?\s+{YEAR}\b", re.I),  # July 14, 2023
    # The day may carry a point, as German-style dates print it with any month name
    # ("10. November 2021", a site's "Wednesday, 25. November 2020").
    lazy(
        rf"\b{DAY}\.?(?:\s*[-–]\s*\d{{1,2}}\.?)?\s+(?:de\s+)?{MONTH}(?:\s+de)?,?\s+{YEAR}\b",
        re.I,
    ),
    # Year first, as East Asian releases print dates: "2023.4.18", "2023년 4월 18일",
    # "2022年8月19日", "2022/08/19" (a day-first date always has the year last).
    lazy(
        rf"(?<!\d){YEAR}\s*[./년年]\s*(?P<mnum>[01]?\d)\s*[./월月]\s*(?P<day>[0-3]?\d)(?!\d)\s*[.일日]?"
    ),
    # Japanese era years, as every Japanese ministry dates its releases: "令和5年12月18日".
    lazy(
        r"(?P<era>令和|平成|昭和)\s*(?P<eyear>元|\d{1,2})\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    ),
]
ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}  # year 1 of the era is this + 1
# A month and day with no year ("Dec. 7-8", "on 12 July").
DATE_NO_YEAR = [
    lazy(rf"\b{MONTH}\s+{DAY}\b(?!\s*,?\s*\d{{4}})", re.I),
    lazy(rf"\b{DAY}\s+(?:de\s+)?{MONTH}\b(?!\s*,?\s*(?:de\s+)?\d{{4}})", re.I),
]
# (The marker may be set solid: "3:51pm".)
TIME = lazy(r"\b\d{1,2}:\d{2}(?:\s*(?:KST|CET|CEST|GMT|UTC|EST|EDT|[AP]\.?M\.?)(?!\w)|\b)", re.I)
