"""Islamic (lunar Hijri) dates: Arabic and transliterated month names, figures with the
calendar's mark, converted by the Umm al-Qura calendar; a Gregorian date printed beside
one dates the release."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date
from briefing.ingest.lunar_hijri import month_number, to_gregorian


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("المنامة في ٣ /٥ /١٤٥٠هـ", "2028-09-22"),  # Arabic-Indic figures, day first
        ("التاريخ: 1450/05/03 هـ", "2028-09-22"),  # year first
        ("صدر في 7 جمادى الاولى 1451 هـ", "2029-09-16"),  # a variant spelling
        ("الخميس ١٢ ذي القعدة ١٤٥٢", "2031-03-06"),  # the genitive "ذي", no mark
        ("Putrajaya, 4 Jamadil Akhir 1452H", "2030-10-02"),  # Malay transliteration
        ("Issued on 2 Rabi' al-Thani 1453 AH", "2031-07-22"),  # apostrophe and hyphen
        ("Jakarta, 9 Zulhijjah 1450 H", "2029-04-23"),
    ],
)
def test_hijri_dates_are_read_and_converted(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_the_gregorian_date_printed_beside_wins() -> None:
    found = find_date("الرياض ٣ /٥ /١٤٥٠هـ الموافق 2028/09/23م")
    assert found is not None and found.iso() == "2028-09-23"


@pytest.mark.parametrize(
    "text",
    [
        "قرار رقم 3/5/1450",  # figures without the calendar's mark: a file's number
        "the budget of 1450 AH",  # a year alone
        "on 12 apples 1450 AH",  # no month's name between day and year
        "هذا 5 صفر 2031",  # "صفر" (zero) before a Gregorian year
    ],
)
def test_no_hijri_date_without_day_month_and_hijri_year(text: str) -> None:
    assert find_date(text) is None


def test_month_names_and_the_calendars_range() -> None:
    assert month_number("جمادى الآخرة") == 6
    assert month_number("ربيع الثاني") == 4
    assert month_number("Dhu al-Qi'dah") == 11
    assert month_number("Ramadhan") == 9
    assert month_number("Sunday") is None
    assert to_gregorian(1200, 1, 1) is None  # (outside the Umm al-Qura tables)
    assert to_gregorian(1450, 2, 31) is None


def test_release_date_prefers_a_gregorian_line_to_a_hijri_signing_line() -> None:
    datelines = ["صدر في: ٧ جمادى الأولى ١٤٥١هـ", "الموافق: ١٨ سبتمبر ٢٠٢٩م"]
    assert release_date(datelines, "مرسوم رقم ٤ / ٢٠٢٩", "") == "2029-09-18"


def test_release_date_from_a_hijri_dateline_alone() -> None:
    assert release_date(["صدر في: ٧ جمادى الأولى ١٤٥١هـ"], "مرسوم", "") == "2029-09-16"


def test_a_hijri_date_in_the_title_names_the_occasion() -> None:
    title = "Penetapan 1 Syawal 1450 Hijriah"
    assert release_date([], title, title + "\n\nKementerian menetapkan hari raya.") == ""


def test_a_hijri_date_citing_another_instrument_dates_nothing() -> None:
    body = "وقالت الهيئة في بيان لها إن القرار رقم 12 وتاريخ 3 /5 /1450هـ ما زال نافذا."
    assert release_date([], "بيان الهيئة", body) == ""
