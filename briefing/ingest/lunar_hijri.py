"""Dates of the Islamic (lunar Hijri) calendar, as Gulf, Saudi, Yemeni, Libyan, Sudanese,
Malaysian and Indonesian releases print them.

Saudi ministries and agencies date their releases "٩ /١١ /١٤٤١هـ" or "15 جمادى الآخرة
1440 هـ", often beside the Gregorian day ("الموافق 2020/07/01م"); Malaysian and Indonesian
offices print "10 Zulhijjah 1444H", "1 Ramadan 1445 AH". When a Gregorian date is printed
too it is the release's date (the caller tries this calendar only where no Gregorian date
is found); a Hijri date alone is converted with the Umm al-Qura calendar, the one Saudi
Arabia's offices date by (``hijridate``, imported only when a date is read).

A Hijri year (13xx or 14xx) is never read alone, so it never passes for a Gregorian one: a
month's name is read only between a day and such a year, and a date in figures only with
the calendar's mark after the year ("هـ", "AH", "H"), since "9/11/1441" alone may be a
file's number.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.lazyre import lazy

# Arabic month names, keyed as _arabic_key spells them (hamza forms, alif maqsura, ta
# marbuta and the "ذو"/"ذي" of the genitive folded together).
_ARABIC_MONTHS = {
    "محرم": 1, "المحرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3, "ربيع الاخر": 4, "ربيع اخر": 4, "ربيع الثاني": 4,
    "ربيع ثاني": 4, "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي اولي": 5,
    "جمادي الاخره": 6, "جمادي الاخر": 6, "جمادي الثانيه": 6, "جمادي الثاني": 6,
    "جمادي اخره": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذو الحجه": 12,
}  # fmt: skip
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_TASHKEEL = lazy(r"[\u064B-\u0652\u0640]")  # (vowel marks, the shadda and the tatweel)
# The transliterations Gulf, Malaysian and Indonesian releases print, matched against the
# name in lower case with its apostrophes, hyphens and spaces taken out ("Rabi' al-Awwal"
# is "rabialawwal", "Jamadil Akhir" "jamadilakhir", "Dhu al-Qi'dah" "dhualqidah").
_LATIN_MONTHS = (
    (1, lazy(r"muh?arr?am")),
    (2, lazy(r"safar")),
    (3, lazy(r"rabi[e]?(?:ul|al|ulal|u|l)?(?:aw+al|i|1)")),
    (4, lazy(r"rabi[e]?(?:ul|al|ulal|u|l|ut|uth|ath|us)?(?:th?ani|sani|akh[ie]r|ii|2)")),
    (5, lazy(r"j[au]mad[aiu]?(?:l|al|ul|aal|il)?(?:ula|uula|oola|awal|aw+al|awl|i|1)")),
    (
        6,
        lazy(
            r"j[au]mad[aiu]?(?:l|al|ul|aal|il|ut|uth|ath|us)?"
            r"(?:akhirah?|akhir|akhar|th?aniy?ah?|th?ani|sani|ii|2)"
        ),
    ),
    (7, lazy(r"rejab|rajab")),
    (8, lazy(r"s[hy]a+ban")),
    (9, lazy(r"rama[dz]h?an|ramazan")),
    (10, lazy(r"s[hy]aw+al")),
    (11, lazy(r"(?:dh|dz|z)u?(?:l|al|lal|ul|ual)?[qk]a?[aie]{0,2}dah?")),
    (12, lazy(r"(?:dh|dz|z)u?(?:l|al|lal|ul|ual)?hij+ah?")),
)
_LATIN_SKIP = lazy(r"[\s'’ʿʾ`\-]+")

_DAY = r"(?P<hday>[0-3]?\d)"
_YEAR = r"(?P<hyear>1[34]\d\d)"
# The calendar's mark after the year: "هـ", "ه", "AH", "H", "Hijriah", "هجري(ة)".
_MARK = r"(?:\s*(?:هـ|ه(?![\u0600-\u06FF])|هجري[ةه]?|A\.?H\.?|H(?:ijri(?:y?ah)?)?)(?![a-z]))"
# (a month's name: one to four words of letters, read from the tables in month_number;
# every name, Arabic or transliterated, opens on one of these letters, which spares the
# lookup for nearly every other word)
_NAMED = lazy(
    rf"(?<!\d){_DAY}\s*(?:من\s+(?:شهر\s+)?|(?:شهر|bulan)\s+)?"
    r"(?P<hmonth>[msrjdzMSRJDZمصرجشذا][^\W\d_'’ʿʾ`\-]*"
    r"(?:[ \-'’ʿʾ`]{1,3}[^\W\d_][^\W\d_'’ʿʾ`\-]*){0,3})"
    rf"\s*,?\s+{_YEAR}{_MARK}?(?!\d)",
    re.I,
)
# In figures, day first or year first, only with the mark: "٩ /١١ /١٤٤١هـ", "1441/11/9هـ".
_FIGURES = lazy(
    rf"(?<![\d/.-]){_DAY}\s*(?P<hsep>[/.-])\s*(?P<hmnum>[01]?\d)\s*(?P=hsep)\s*{_YEAR}{_MARK}"
    rf"|(?<![\d/.-])(?P<hyear2>1[34]\d\d)\s*(?P<hsep2>[/.-])\s*(?P<hmnum2>[01]?\d)\s*(?P=hsep2)"
    rf"\s*(?P<hday2>[0-3]?\d){_MARK}",
    re.I,
)
PATTERNS = (_NAMED, _FIGURES)
_HIJRI_YEAR = lazy(r"(?<!\d)1[34]\d\d(?!\d)")


def _arabic_key(name: str) -> str:
    key = _TASHKEEL.sub("", name).translate(_ARABIC_FOLD)
    key = " ".join(key.split())
    key = key.removesuffix(" المبارك")  # ("رمضان المبارك", blessed Ramadan)
    return re.sub(r"^ذ[يو] ", "ذو ", key)


def month_number(name: str) -> int | None:
    """The Hijri month ``name`` names (Arabic or transliterated), or None."""
    key = _arabic_key(name)
    if key in _ARABIC_MONTHS:
        return _ARABIC_MONTHS[key]
    compact = _LATIN_SKIP.sub("", name.lower())
    for month, pattern in _LATIN_MONTHS:
        if pattern.fullmatch(compact):
            return month
    return None


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Hijri date by the Umm al-Qura calendar, or None when the
    date is no valid one (or outside the calendar's tables, 1343-1500)."""
    from hijridate import Hijri  # (only when a Hijri date is read: start-up stays light)

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


# (How far before its year a date may start: a day, a month's longest spelling and spaces.)
DATE_REACH = 48
_AFTER_YEAR = 16  # (the calendar's mark after the year)
# A release dates itself in its head or its signing lines, among its first few figures of
# the calendar's years; a statistical table may print a hundred thousand such figures.
YEARS_TRIED = 200


def first_date(text: str) -> tuple[re.Match[str], date] | None:
    """The first Hijri date in ``text`` (digits read as 0-9) and its Gregorian day. Each
    pattern is tried only around a 13xx/14xx year, and only around the first
    YEARS_TRIED, so a long text full of figures costs one scan."""
    for tried, year in enumerate(_HIJRI_YEAR.finditer(text)):
        if tried == YEARS_TRIED:
            break
        start, end = max(0, year.start() - DATE_REACH), year.end() + _AFTER_YEAR
        found: tuple[re.Match[str], date] | None = None
        for pattern in PATTERNS:
            for m in pattern.finditer(text, start, end):
                day = (
                    gregorian_of(m)
                    if m.start("hyear") == year.start()
                    or (m.groupdict().get("hyear2") and m.start("hyear2") == year.start())
                    else None
                )
                if day and (found is None or m.start() < found[0].start()):
                    found = (m, day)
                    break
        if found:
            return found
    return None


def gregorian_of(m: re.Match[str]) -> date | None:
    """The Gregorian day a match of PATTERNS names, or None."""
    groups = m.groupdict()
    if groups.get("hmonth"):
        month = month_number(groups["hmonth"])
        year, day = int(groups["hyear"]), int(groups["hday"])
    elif groups.get("hmnum"):
        month, year, day = int(groups["hmnum"]), int(groups["hyear"]), int(groups["hday"])
    else:
        month, year, day = int(groups["hmnum2"]), int(groups["hyear2"]), int(groups["hday2"])
    if not month or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    return to_gregorian(year, month, day)
