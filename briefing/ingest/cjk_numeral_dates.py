"""Dates written in Chinese numerals, as formal East Asian documents sign and record them.

Taiwan's law histories and orders ("中華民國一百十二年十二月二十一日"), Japanese acts and
gazette notices ("令和六年三月五日") and older mainland documents ("二〇一一年五月九日") spell
the year, month and day out in characters. Read only as a whole date (year, 年, month, 月,
day, 日): the year by an era's name or as four digits; a numeral alone is no date.
"""

from __future__ import annotations

from briefing.ingest.patterns import ERA_START
from briefing.lazyre import lazy

_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip
MINGUO_START = 1911  # (中華民國 year 1 is 1912)
_NUMERAL = "[〇○零一二三四五六七八九十百]"
DATE = lazy(
    rf"(?:(?P<kera>中華民國|民國|令和|平成|昭和)[ \t\u3000]*)?(?P<kyear>{_NUMERAL}{{1,5}}|元)"
    rf"[ \t\u3000]*年[ \t\u3000]*(?P<kmonth>[一二三四五六七八九十]{{1,3}})[ \t\u3000]*月"
    rf"[ \t\u3000]*(?P<kday>[一二三四五六七八九十]{{1,3}})[ \t\u3000]*日"
)


def numeral_value(numeral: str) -> int | None:
    """The number a Chinese numeral writes: "一百十二" 112, "二十一" 21, "二〇二四" 2024."""
    if not numeral:
        return None
    if "百" not in numeral and "十" not in numeral:
        value = 0
        for ch in numeral:  # (digit by digit, as a year is spelt: 二〇二四)
            value = value * 10 + _DIGITS[ch]
        return value
    total = 0
    rest = numeral
    for unit, size in (("百", 100), ("十", 10)):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            head = head.replace("零", "").replace("〇", "")
            if len(head) > 1 or (head and head not in _DIGITS):
                return None
            total += (_DIGITS[head] if head else 1) * size
    rest = rest.replace("零", "").replace("〇", "")
    if len(rest) > 1 or (rest and rest not in _DIGITS):
        return None
    return total + (_DIGITS[rest] if rest else 0)


def gregorian(era: str | None, year: str, month: str, day: str) -> tuple[int, int, int] | None:
    """The (year, month, day) a date in numerals names, or None when it is no date."""
    count = 1 if year == "元" else numeral_value(year)
    m, d = numeral_value(month), numeral_value(day)
    if count is None or m is None or d is None or not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    if era in ERA_START:
        return ERA_START[era] + count, m, d
    if era:
        return MINGUO_START + count, m, d
    return (count, m, d) if 1900 <= count <= 2099 else None
