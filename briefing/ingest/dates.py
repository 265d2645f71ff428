"""Find dates in release text: English, French, Spanish, German, Portuguese, Italian, Dutch,
Swedish, Danish, Finnish, Czech, Slovak, Polish, Indonesian, Russian, Arabic, Vietnamese
and Thai month names, and the numeric East Asian forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from briefing.ingest import cjk_numeral_dates, lunar_hijri, solar_hijri
from briefing.ingest import patterns as P
from briefing.ingest.date_mentions import is_running_mention
from briefing.ingest.effect_dates import names_effect
from briefing.lazyre import lazy


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    year: int | None
    month: int
    day: int

    def iso(self, default_year: int | None = None) -> str:
        year = self.year or default_year
        if not year:
            return ""
        try:  # "30 February 2031" is a misprint: no day of the calendar, so no date
            date(year, self.month, self.day)
        except ValueError:
            return ""
        return f"{year:04d}-{self.month:02d}-{self.day:02d}"


# Month names of the other languages ministries publish in, as printed in a date ("28.
# Februar 2020", "18 de março de 2009", "12 мая 2016 года" in the genitive, "25 Februari
# 2016", "19 مايو 2024" or the Levantine "15 أيار 2023"). Where languages share a spelling
# they share the month, so one table serves them all.
MORE_MONTHS = {
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Swedish (and Danish, Norwegian, Polish "maj"); its other months are spelt as above
    "maj": 5, "augusti": 8,
    # Danish March; the Finnish months in the partitive, as "14. tammikuuta 2022" prints them
    "marts": 3,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Czech, Slovak and Polish, in the genitive a date prints ("7. února 2024", "2. apríla
    # 2024", "2 kwietnia 2025 r.")
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "marca": 3, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
    "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    "stycznia": 1, "lutego": 2, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
    "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    # Dutch and Indonesian
    "januari": 1, "februari": 2, "maart": 3, "maret": 3, "mei": 5, "agustus": 8,
    "augustus": 8, "desember": 12,
    # Russian (genitive, as dates print them)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Arabic: the names used in Egypt and the Gulf, then those of the Levant and Iraq
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Persian, for the common era's months ("۱۴ دسامبر ۲۰۲۴"; its March is the Arabic one)
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "اوت": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
}  # fmt: skip
# Month names of more languages ministries and gazettes print dates in, each in the form a
# day-first date takes ("14 Σεπτεμβρίου 2016" in the genitive, "16 Mart 2026", "31
# ianuarie 2024", "3 грудня 2024 року", "5 декември 2023"), and the Hungarian names, which
# follow the year ("2025. február 11."). A release printed in its own language dates itself
# with its own month names; a name is read only between a day and a year (or after the
# year in Hungarian), never alone, so a word spelt like a month ("ocak", "mart") is no date.
# Croatian is left out: its "listopada" is October where the Polish one is November.
_ACCENTED_MONTHS = {
    # Greek, in the genitive of a date
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαϊου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Romanian (its "mai" and "august" are spelt as above)
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Ukrainian, in the genitive
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Bulgarian
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Serbian, in Cyrillic and in Latin letters
    "јануар": 1, "фебруар": 2, "мај": 5, "јун": 6, "јул": 7, "септембар": 9,
    "октобар": 10, "новембар": 11, "децембар": 12, "februar": 2, "avgust": 8,
    "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
}  # fmt: skip
HUNGARIAN_MONTHS = {
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "november": 11,
    "december": 12,
}  # fmt: skip


def _unaccented(word: str) -> str:
    """``word`` without its accents ("σεπτεμβριου", "aralik"): Greek set in capitals drops
    them, and a Turkish dotless i read in capitals comes back dotted."""
    plain = unicodedata.normalize("NFD", word.replace("ı", "i"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


for _name, _month in [*_ACCENTED_MONTHS.items(), *HUNGARIAN_MONTHS.items()]:
    for _spelling in (_name, _unaccented(_name)):
        MORE_MONTHS.setdefault(_spelling, _month)
# The days of the week in the languages releases are printed in: a weekday's name
# beside a date marks a stamp or a dateline ("Miércoles 1 Julio 2015", "Donnerstag, 3.
# März"). An alternation for callers' patterns (case-insensitive, inside a group).
WEEKDAY_NAMES = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:[- ]feira)?|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"
    r"venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag|m[åa]ndag|tisdag|"
    r"poniedzia[łl]ek|wtorek|[śs]roda|czwartek|pi[ąa]tek|sobota|niedziela|pond[ěe]l[íi]|"
    r"[úu]ter[ýy]|st[řr]eda|[čc]tvrtek|p[áa]tek|ned[ěe]le"
)
# Thai months, in full and as abbreviated ("15 ส.ค. 2565"). Thai releases count years in
# the Buddhist era, 543 ahead ("27 กุมภาพันธ์ 2567" is 27 February 2024), perhaps after
# "พ.ศ." (and sometimes the common era's year: "16 เมษายน 2024").
THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6, "ก.ค": 7, "ส.ค": 8,
    "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
}  # fmt: skip
BUDDHIST_ERA_OFFSET = 543
_THAI_NAMES = "|".join(re.escape(name) for name in sorted(THAI_MONTHS, key=len, reverse=True))
_MORE_NAMES = "|".join(sorted(MORE_MONTHS, key=len, reverse=True))
_HUNGARIAN_NAMES = "|".join(
    sorted({*HUNGARIAN_MONTHS, *map(_unaccented, HUNGARIAN_MONTHS)}, key=len, reverse=True)
)
_DAY = r"(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
MORE_DATE_PATTERNS = [
    # Day first, the day perhaps with a point (German) and the month with "de" around it
    # (Portuguese); Russian adds "года", Arabic "م" after the year.
    # The United Nations' Arabic and Levantine sites print both names of a month, one
    # after a slash ("7 تشرين الأول/أكتوبر 2023", "18 اكتوبر/تشرين الأول 2024"): the
    # second must name the same month (_from_match).
    # (The month is any word, or two for the Arabic "كانون الثاني", read from the table
    # in _from_match: an alternation of every name tried after every number cost more
    # than the lookup.)
    _DAY_FIRST := re.compile(
        rf"(?<!\w){_DAY}\.?\s+(?:de\s+)?(?P<month>[^\W\d_]+(?: [^\W\d_]+)?)"
        rf"(?:\s?/\s?(?P<month2>{_MORE_NAMES}))?(?:\s+de)?,?\s+{_YEAR}(?!\d)",
        re.I,
    ),
    # The first of the month as an ordinal, in Portuguese and Spanish above all: "1º de
    # março de 2024", "1° de febrero de 2021", "1.º de junho".
    _ORDINAL_DAY := lazy(
        rf"(?<!\w){_DAY}\s?\.?[º°ª]\s*(?:de\s+)?(?P<month>{_MORE_NAMES}|{P._MONTH_NAMES})"
        rf"(?:\s+de)?,?\s+{_YEAR}(?!\d)",
        re.I,
    ),
    # A site's date set with hyphens ("13-November-2009", "5-Mar-2016"), and one typed
    # without the space after the comma ("April 12,1999").
    _HYPHENED := re.compile(rf"(?<![\w-]){_DAY}-(?P<month>{P._MONTH_NAMES})-{_YEAR}(?!\d)", re.I),
    _COMMA_YEAR := re.compile(rf"\b(?P<month>{P._MONTH_NAMES})\.?\s+{_DAY},{_YEAR}(?!\d)", re.I),
    # Hungarian sets the year first, with a point, and the day last: "2025. február 11.",
    # "2024. december 6-án".
    re.compile(
        rf"(?<!\d){_YEAR}\.\s*(?P<month>{_HUNGARIAN_NAMES})\s+{_DAY}(?:\.|-[áa]n|-[ée]n|(?!\d))",
        re.I,
    ),
    # Vietnamese spells the parts out: "ngày 23 tháng 12 năm 2024".
    lazy(rf"(?i:ngày)\s+{_DAY}\s+(?i:tháng)\s+(?P<mnum>[01]?\d)\s*,?\s+(?i:năm)\s+{_YEAR}"),
    # Thai: "27 กุมภาพันธ์ 2567", "15 ส.ค. 2565", "22 สิงหาคม พ.ศ. 2566" (THAI_MONTHS).
    _THAI := lazy(
        rf"(?<!\d){_DAY}\s*(?P<month>{_THAI_NAMES})\.?\s*(?:(?:พ\.\s?ศ\.|พุทธศักราช)\s*)?"
        r"(?P<year>(?:19|20|24|25|26)\d\d)(?!\d)"
    ),
    # Persian, in the Solar Hijri calendar: "۱۶ آبان ۱۴۰۲", "۲۷ آبان ماه ۱۴۰۴" (solar_hijri).
    _SOLAR_HIJRI := lazy(
        rf"(?<!\d){_DAY}\s*(?P<jmonth>{solar_hijri.MONTH_NAMES})(?:\s+ماه)?\s*,?\s+"
        r"(?P<jyear>1[34]\d\d)(?!\d)"
    ),
    # Taiwan's official calendar counts years from the Republic's founding, 1911 behind:
    # "中華民國107年11月28日", "民國94年12月16日", and as every Taiwanese office prints a
    # release's date, without the word: "114年01月13日". A year of three figures before
    # 年, with a month and a day, is that calendar's (a Japanese era's year has one or two
    # figures); a year of two figures only after "民國".
    _MINGUO := lazy(
        r"(?:民國\s*(?P<roc>\d{2,3})|(?<![\d年])(?P<roc3>1[0-4]\d))\s*年\s*(?P<mnum>[01]?\d)\s*月"
        r"\s*(?P<day>[0-3]?\d)\s*日"
    ),
    # A date spelt in Chinese numerals: "中華民國一百十二年十二月二十一日", "令和六年三月五日"
    # (cjk_numeral_dates).
    _CJK_NUMERALS := cjk_numeral_dates.DATE,
    # An English ordinal day set off by a comma, as some sites print their stamp: "4th,
    # November 2023".
    _ORDINAL_COMMA := lazy(
        rf"(?<!\w){_DAY}(?:st|nd|rd|th),\s+(?P<month>{P._MONTH_NAMES})\.?,?\s+{_YEAR}(?!\d)",
        re.I,
    ),
]
# Dates only ever read from a whole short line (a dateline on its own), never searched
# for in running text; tried with ``match`` on lines this short, so a long text costs
# nothing.
LINE_DATE_PATTERNS = [
    # A dateline in figures with a two-digit year, alone on its line as offices type it
    # under the title ("19/04/13", "25/2/00"). Only a whole line: in running text
    # "19/04/13" may be a file or resolution number, and a year's century is a guess.
    lazy(r"^\s*(?P<day>[0-3]?\d)[/.](?P<mnum>[01]?\d)[/.](?P<yy>\d\d)\s*$"),
    # The same date as a transcript's head types it: after a "Date:" field's label, or
    # after the name of the event on one line ("PRESS CONFERENCE 4/6/99", "Doorstop -
    # 27/07/99"). A label or an event's name says the figures are the day it was held,
    # not a file's number.
    lazy(
        r"^\s*(?:dated?\s*:?|(?:joint\s+)?(?:press\s+conference|"
        r"media\s+conference|press\s+briefing|doorstop(?:\s+interview)?|interview))"
        r"\s*[-–,:]?\s*(?P<day>[0-3]?\d)[/.](?P<mnum>[01]?\d)[/.](?P<yy>\d\d)\s*$",
        re.I,
    ),
    # A scan read back without its spaces ("21July1995") prints the whole date solid:
    # alone on its line (a dateline under the signature), never inside running text.
    lazy(rf"^\s*{_DAY}(?P<month>{P._MONTH_NAMES}){_YEAR}\.?\s*$", re.I),
    # A dateline in figures typed by hand: a word processor turns the hyphen into an en
    # dash and the typist spaces the parts ("2020 – 12 - 17", "30 .06.2017"). Three
    # numbers alone on a line that make a valid year, month and day are a date however
    # they are spaced (a space at most on each side of a separator).
    lazy(r"^\s*(?P<year>(?:19|20)\d\d) ?[-–.] ?(?P<mnum>[01]?\d) ?[-–.] ?(?P<day>[0-3]?\d)\s*$"),
    lazy(r"^\s*(?P<day>[0-3]?\d) ?[-–./] ?(?P<mnum>[01]?\d) ?[-–./] ?(?P<year>(?:19|20)\d\d)\s*$"),
    # The English ordinal with "of", as Commonwealth acts and formal letters print the
    # day on a line of its own ("[Certified on 23rd of July, 2025]", "Given this 5th day
    # of May, 2020"): a few words before it at most, nothing but punctuation after.
    lazy(
        rf"^[^\d\n]{{0,30}}?(?<!\w){_DAY}(?:st|nd|rd|th)\s+(?:day\s+)?of\s+"
        rf"(?P<month>{P._MONTH_NAMES})\.?,?\s+{_YEAR}\W*$",
        re.I,
    ),
]
LINE_DATE_MAX_CHARS = 48  # (anchored at both ends: a longer line is no such date)
# A page's stamp sets the time after the date ("7. 2. 2024 19:56", "21.01.2022 um 14.30
# Uhr", "30/06/2017 - 10h15"): the line's date is read with its time set aside.
_CLOCK = lazy(r"\d{1,2}[:.h]\d{2}(?:h|min)?", re.I)  # (whole words only: fullmatch)
_CLOCK_UNITS = frozenset({"uhr", "h", "hod", "hod.", "min"})
_CLOCK_LEADS = frozenset({"à", "às", "a", "las", "alle", "um", "at", "kl", "kl.", "-", "–", "|"})


def _without_clock(text: str) -> str | None:
    """``text`` without the time of day it ends on, or None when it ends on none."""
    parts = text.split()
    if parts and parts[-1].lower() in _CLOCK_UNITS:
        parts.pop()
    if len(parts) < 2 or not _CLOCK.fullmatch(parts[-1]):
        return None
    parts.pop()
    while parts and parts[-1].lower() in _CLOCK_LEADS:
        parts.pop()
    return " ".join(parts).rstrip(",") or None


CENTURY_PIVOT = 50  # "25/2/00" is 2000, "3/4/89" is 1989: releases in figures, 1950-2049


def _from_match(m: re.Match[str]) -> DateMatch | None:
    groups = m.groupdict()
    if groups.get("jmonth"):
        return _solar_hijri(m)
    if groups.get("kmonth"):
        spelt = cjk_numeral_dates.gregorian(
            groups["kera"], groups["kyear"], groups["kmonth"], groups["kday"]
        )
        return DateMatch(m.start(), m.end(), *spelt) if spelt else None
    name = (groups.get("month") or "").lower().rstrip(".").replace("µ", "μ")  # (micro sign)
    month = P.MONTHS.get(name) or MORE_MONTHS.get(name) or THAI_MONTHS.get(name)
    if month is None and " " in name:
        # ("março de 2024": the second word read was the "de" before the year)
        first = name.split(" ", 1)[0]
        month = P.MONTHS.get(first) or MORE_MONTHS.get(first)
    day = int(groups["day"])
    if month is None and groups.get("mnum"):
        month = int(groups["mnum"])
        if month > 12 and day <= 12:
            # "03/14/2023": read day first, the month would be 14; the United States
            # print the month first, and only that reading is a date.
            month, day = day, month
    year = int(groups["year"]) if groups.get("year") else None
    if year is not None and year >= 2400:
        year -= BUDDHIST_ERA_OFFSET  # (only the Thai form reads such a year)
    if groups.get("yy"):
        yy = int(groups["yy"])
        year = (2000 if yy < CENTURY_PIVOT else 1900) + yy
    if groups.get("roc") or groups.get("roc3"):
        year = int(groups.get("roc") or groups["roc3"]) + cjk_numeral_dates.MINGUO_START
    if groups.get("era"):
        year = P.ERA_START[groups["era"]] + (1 if groups["eyear"] == "元" else int(groups["eyear"]))
    if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if groups.get("month2") and MORE_MONTHS.get(groups["month2"].lower()) != month:
        return None  # ("أيلول/أكتوبر": two months named, no date)
    return DateMatch(m.start(), m.end(), year, month, day)


def _solar_hijri(m: re.Match[str]) -> DateMatch | None:
    month = solar_hijri.month_number(m.group("jmonth"))
    found = month and solar_hijri.to_gregorian(int(m.group("jyear")), month, int(m.group("day")))
    if not found:
        return None
    return DateMatch(m.start(), m.end(), found.year, found.month, found.day)


# Arabic and Persian releases print their own digits ("١٩ مايو ٢٠٢٤"); read as 0-9, one
# character for one, so positions in the text stay the same.
# Japanese and Chinese releases often set figures full width ("２０２４年３月５日"): read
# the same way.
# Thai releases may print Thai digits ("๒๗ กุมภาพันธ์ ๒๕๖๗").
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９๐๑๒๓๔๕๖๗๘๙",
    "0123456789012345678901234567890123456789",
)


_BLANK_LINE = lazy(r"\n[ \t\f]*\n")
# Forms that cannot match without a character of their own: skipped, with one C scan,
# where the text has none (each pattern is a pass over the text; most lines have none).
# (Keyed by id: a compiled pattern hashes its whole source on every look-up, and these
# hold every month name.)
# (Every Thai month's name holds one of "าคยพ": the full names "า", the abbreviations "ค",
# "ย" or "พ".)
_NEEDS = {
    id(_ORDINAL_DAY): "º°ª",
    id(_HYPHENED): "-",
    id(_COMMA_YEAR): ",",
    id(_THAI): "าคยพ",
    id(_SOLAR_HIJRI): "رند",  # (every Persian month's name holds one of them)
    id(_ORDINAL_COMMA): ",",
    id(_MINGUO): "年",
    id(_CJK_NUMERALS): "年",
}


def _earliest(patterns: list[re.Pattern[str]], text: str) -> DateMatch | None:
    """The earliest valid date any of ``patterns`` finds in ``text``."""
    text = text.translate(_DIGITS)
    best: DateMatch | None = None
    for pattern in patterns:
        needs = _NEEDS.get(id(pattern))
        if needs is not None and not any(ch in text for ch in needs):
            continue
        for m in pattern.finditer(text):
            if "\n" in m.group(0) and _BLANK_LINE.search(m.group(0)):
                continue  # (a date never runs over a blank line: "Jan 04" / "" / "2004 AEU")
            found = _from_match(m)
            if found and (best is None or found.start < best.start):
                best = found
                break
    return best


_DATE_PATTERNS = [*P.DATE_PATTERNS, *MORE_DATE_PATTERNS]
_ANY_DIGIT = lazy(r"\d")  # (a decimal digit of any script, as int() reads them)
# Every searched form but those with 年 prints its year in four figures after a
# character that is no figure: 19xx/20xx, a Thai 24xx-26xx, a Solar or lunar Hijri
# 13xx/14xx. A line without such a run ("Item 12", "Item 3061", "3 July") holds none of
# them, and their ~25 scans are skipped. (Read on the text with its digits mapped.)
_YEAR_FIGURES = lazy(r"(?<!\d)(?:19|20|24|25|26|13|14)\d\d")


CACHED_MAX_CHARS = 200  # (a line's length: whole paragraphs and bodies are not kept)


def find_date(text: str, hijri: bool = True) -> DateMatch | None:
    """The first complete date (with a year) in ``text``; with ``hijri``, an Islamic-
    calendar date where no Gregorian one is printed."""
    # (Several passes ask it of the same short line, each of its ~25 patterns a scan: a
    # line's answer is remembered; the function is pure and DateMatch frozen.)
    if len(text) <= CACHED_MAX_CHARS:
        return _find_line_date(text, hijri)
    return _find_date(text, hijri)


@lru_cache(maxsize=1 << 16)
def _find_line_date(text: str, hijri: bool) -> DateMatch | None:
    return _find_date(text, hijri)


def forget_line_dates() -> None:
    """Drop the remembered answers (a benchmark times each run as a first reading)."""
    _find_line_date.cache_clear()


def _find_date(text: str, hijri: bool) -> DateMatch | None:
    if not _ANY_DIGIT.search(text):
        # (every other date form has its day in figures; most lines have none)
        return _earliest([_CJK_NUMERALS], text) if "年" in text else None
    year = "年" in text or _YEAR_FIGURES.search(text.translate(_DIGITS)) is not None
    found = _earliest(_DATE_PATTERNS, text) if year else None
    if found is None and len(text) <= LINE_DATE_MAX_CHARS:
        untimed = _without_clock(text)
        for pattern in LINE_DATE_PATTERNS:
            m = pattern.match(text)
            if m is None and untimed is not None:
                m = pattern.match(untimed)
            if m:
                return _from_match(m)
    if found is None and hijri and year:
        # (A Hijri date only where no Gregorian one is printed: "٩/١١/١٤٤١هـ الموافق
        # 2020/07/01م" is dated by the second.)
        found = _lunar_hijri(text)
    return found


def _lunar_hijri(text: str) -> DateMatch | None:
    """The earliest Islamic-calendar date in ``text``, converted (lunar_hijri)."""
    found = lunar_hijri.first_date(text.translate(_DIGITS))
    if found is None or ("\n" in found[0].group(0) and _BLANK_LINE.search(found[0].group(0))):
        return None
    m, day = found
    return DateMatch(m.start(), m.end(), day.year, day.month, day.day)


def find_partial_date(text: str) -> DateMatch | None:
    """The first month-and-day without a year ("Dec. 7-8", "on 12 July")."""
    return _earliest(P.DATE_NO_YEAR, text)


_YEAR = lazy(r"\b((?:19|20)\d\d)\b")


# A dateline spanning days ("July 30-31, 2024", "30–31 July 2024"): a meeting's minutes,
# statement or communiqué are adopted, and dated, on its last day.
_DAY_RANGE = lazy(r"(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?\s*[-–]\s*([0-3]?\d)(?!\d)")


def _last_day(text: str, found: DateMatch) -> DateMatch:
    if not any(ch.isalpha() for ch in text[found.start : found.end]):
        return found  # ("05-10-2023" is a day, a month and a year: no range)
    m = _DAY_RANGE.search(text, found.start, found.end)
    if m is None or int(m.group(1)) != found.day or not found.day < int(m.group(2)) <= 31:
        return found
    return DateMatch(found.start, found.end, found.year, found.month, int(m.group(2)))


def dateline_date(text: str, hijri: bool = True) -> DateMatch | None:
    """The date a dateline states: its first full date, the last day of a span of days."""
    found = find_date(text, hijri)
    return _last_day(text, found) if found else None


def release_date(datelines: list[str], title: str, body: str, stamps: Sequence[str] = ()) -> str:
    """The release's date as ISO 8601, or "" when the text does not say.

    A dateline wins; then a full date in the title; then a page's update stamp (``stamps``:
    the day the page last changed, which a dateline or the title's date beats); then a
    full date in the body; then a month and day from the body with the year the title
    names ("2021 ... Ministerial" + "Dec. 7").
    """
    titled = dateline_date(title, hijri=False) if title else None
    for text in [*datelines, title, *stamps]:
        found = dateline_date(text, hijri=False)
        if found:
            if titled is not None and text is not title and _posted_after(text, found, titled):
                return titled.iso()
            return found.iso()
    head = body[:4000]
    found = _head_date(head, hijri=False) or spaced_dateline(head)
    if found:
        return found.iso()
    year_match = _YEAR.search(title) or _YEAR.search(head)
    partial = find_partial_date(head)
    if partial and year_match:
        return partial.iso(int(year_match.group(1)))
    return _hijri_release_date(datelines, stamps)


def _hijri_release_date(datelines: list[str], stamps: Sequence[str]) -> str:
    """The release's date from an Islamic-calendar dateline, read only when the text prints
    no Gregorian date (a Gregorian date printed beside it, "... ١٣٩٦هـ" / "الموافق: ١٦
    ديسمبر ١٩٧٦م", is the release's date, and the Umm al-Qura reckoning may differ from a
    sighted month by a day). Only from a dateline or a stamp: in running text a Hijri date
    most often cites another instrument ("بالمرسوم الملكي رقم (م/١٥٩) بتاريخ ..."), and in
    the title it names the occasion ("Penetapan 1 Syawal 1444 H")."""
    for text in [*datelines, *stamps]:
        found = dateline_date(text)
        if found:
            return found.iso()
    return ""


HEAD_DATES_TRIED = 8  # (a head's dates: the lead's first few; a long head is cut at 4000)
# (a weekday's name before a date, perhaps after the word naming it this week's)
_THIS_WEEK = r"ce|this|este|esta|hoy|heute|oggi|questo|hoje|neste|nesta|deze|vandaag|dzi[śs]"
_WEEKDAY_BEFORE = lazy(
    rf"(?i)(?<!\w)(?P<this>(?:{_THIS_WEEK})[ \t]*,?[ \t]+)?(?:{WEEKDAY_NAMES}),?[ \t]+$"
)
WEEKDAY_REACH = 28  # (the word for this, the longest weekday's name and their spaces)


def _head_date(head: str, hijri: bool = True) -> DateMatch | None:
    """The first date of the body's head that dates the release: a date a sentence merely
    mentions ("Fino al 31 dicembre 2020 le amministrazioni ...") names another day
    (date_mentions)."""
    offset = 0
    for _ in range(HEAD_DATES_TRIED):
        found = find_date(head[offset:], hijri)
        if found is None:
            return None
        start, end = offset + found.start, offset + found.end
        # (A weekday's name printed before the date is part of it: "Port Example – Le
        # jeudi 5 mars 2026, sous la présidence ..." opens its paragraph on the date; the
        # sentence is read from the word before the weekday.)
        # A weekday named as this week's ("ce vendredi 6 mars 2026", "hoy martes 3 de
        # marzo de 2026", "this Friday, 6 March 2026") is the day the text was written, as
        # "today" is: the release dates itself there, however the sentence runs on.
        weekday = _WEEKDAY_BEFORE.search(head, max(0, start - WEEKDAY_REACH), start)
        this_week = weekday is not None and weekday.group("this") is not None
        # (The day a text takes effect is set by it, not the day it went out: effect_dates.)
        if names_effect(head, weekday.start() if weekday else start):
            offset = end
            continue
        if this_week or not is_running_mention(head, weekday.start() if weekday else start, end):
            # (A span of days dates the text by its last day, as a dateline's does: the
            # minutes "held on 25-26 January" were adopted on the 26th.)
            return _last_day(head, DateMatch(start, end, found.year, found.month, found.day))
        offset = end
    return None


# A date in figures typed by hand with its separators spaced ("27 - 04 - 2016", "30
# .06.2017", "/ 05 - 06- 2014"), where a letter's or an act's head prints its date: closing
# a line after the place or the record's number ("Patra: 27 - 04 - 2016"), or opening a
# line, with the issuer's name set beside it. The same separator both times, a valid day,
# month and year. Read only from the head and only when it holds no other date: in running
# text spaced figures may be anything.
_SPACED_DATELINE = lazy(
    r"(?m)(?:^[ \t]*|[:,/][ \t]*)(?P<day>[0-3]?\d)(?: (?P<sep>[-–./]) ?| ?(?P<sep2>[-–./]) )"
    r"(?P<mnum>[01]?\d) ?(?:(?P=sep)|(?P=sep2)) ?(?P<year>(?:19|20)\d\d)(?![\d.])"
)
_LINE_END = lazy(r"[ \t]*(?:\n|$)")


def spaced_dateline(head: str) -> DateMatch | None:
    """The date of a head line that opens, or closes after a place, on a spaced date."""
    for m in _SPACED_DATELINE.finditer(head):
        opens = m.group(0)[:1] not in ":,/"
        if opens or _LINE_END.match(head, m.end()):
            found = _from_match(m)
            if found is not None:
                return found
    return None


POSTED_WITHIN_DAYS = 2


def _posted_after(text: str, posted: DateMatch, titled: DateMatch) -> bool:
    """A page's posting stamp (a date with its time of day, "2020-07-18 00:48") a day or
    two after the full date its title names ("... Press Conference on July 17, 2020"):
    the record went up after the event it records, and the title's date is the record's
    own (as a repost's stamp is not the release's date)."""
    if not P.TIME.search(text) or not (posted.year and titled.year):
        return False
    try:
        gap = (
            date(posted.year, posted.month, posted.day)
            - date(titled.year, titled.month, titled.day)
        ).days
    except ValueError:
        return False
    return 0 < gap <= POSTED_WITHIN_DAYS
