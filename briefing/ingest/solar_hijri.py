"""Dates of the Solar Hijri calendar, as Iranian (and Afghan) releases print them.

Every Iranian ministry, court and news agency dates its releases in the Solar Hijri
calendar with its Persian month names ("سه شنبه ۱۶ آبان ۱۴۰۲", "۲۷ آبان ماه ۱۴۰۴"); the
year, 621 or 622 behind the common era's, never passes for a Gregorian one. The month is
read only between a day and a year of that calendar (13xx or 14xx), never alone: "مهر"
(a seal) and "دی" are words too.
"""

from __future__ import annotations

from datetime import date, timedelta

PERSIAN_MONTHS = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
# (Sites typing with an Arabic keyboard set ي and ك for the Persian ی and ک.)
_ARABIC_LETTERS = str.maketrans("يك", "یک")
# (An alternation for callers' patterns; either letter where the two keyboards differ.)
MONTH_NAMES = "|".join(
    name.replace("ی", "[یي]").replace("ک", "[کك]")
    for name in sorted(PERSIAN_MONTHS, key=len, reverse=True)
)
FIRST_YEAR, LAST_YEAR = 1300, 1499  # (1921-2121: the years releases are dated in)

# The years at which the calendar's 33-year leap cycle is broken (the astronomical
# calendar as the jalaali algorithm of Borkowski tabulates it, exact for years 1-3177).
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192,
           2262, 2324, 2394, 2456, 3178)  # fmt: skip


def _new_year(year: int) -> date:
    """The Gregorian day of 1 Farvardin of Solar Hijri ``year``."""
    leaps, previous, jump = -14, _BREAKS[0], 0
    for brk in _BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leaps += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leaps += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gregorian = year + 621
    gregorian_leaps = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leaps - gregorian_leaps)


def month_number(name: str) -> int | None:
    """The month a Persian month's name stands for, or None."""
    return PERSIAN_MONTHS.get(name.translate(_ARABIC_LETTERS))


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri date, or None when it is no valid date."""
    month_days = 31 if month <= 6 else 30
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12 and 1 <= day <= month_days):
        return None
    # (Months 1-6 have 31 days, 7-11 have 30, Esfand 29 or 30.)
    offset = (month - 1) * 31 - max(0, month - 7) + day - 1
    found = _new_year(year) + timedelta(days=offset)
    if month == 12 and found >= _new_year(year + 1):
        return None  # (30 Esfand of a common year)
    return found
