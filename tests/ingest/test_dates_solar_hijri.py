"""Persian dates: Solar Hijri month names and years, the common era's months in Persian,
and an English ordinal day set off by a comma."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date
from briefing.ingest.solar_hijri import to_gregorian


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("دوشنبه ۱۲ مهر ۱۴۱۰ ساعت ۰۹:۳۰", "2031-10-04"),  # Persian digits, a time after
        ("در نشست ۴ اسفند ماه ۱۴۰۸ شورا", "2030-02-22"),  # "ماه" after the month's name
        ("۱ فروردین ۱۴۰۹", "2030-03-21"),  # the Solar Hijri new year
        ("يکشنبه ۷ ارديبهشت ۱۴۰۹", "2030-04-27"),  # typed with Arabic letters
        ("۹ ژوئن ۲۰۳۱", "2031-06-09"),  # a common-era month in Persian
        ("Posted: 9th, June 2031 GMT", "2031-06-09"),  # an ordinal day and a comma
    ],
)
def test_persian_and_stamp_dates_are_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_persian_month_is_no_date_without_a_solar_hijri_year() -> None:
    # ("مهر" is also a seal and "دی" a word: only a day, the name and a 13xx/14xx year)
    assert find_date("۱۲ مهر 2031 نامه") is None
    assert find_date("۳۲ دی ۱۴۰۹") is None


def test_solar_hijri_leap_years() -> None:
    assert str(to_gregorian(1403, 12, 30)) == "2025-03-20"  # 1403 is a leap year
    assert to_gregorian(1404, 12, 30) is None  # 1404 is not


def test_a_persian_release_is_dated_from_its_stamp() -> None:
    head = "تاریخ انتشار\nدوشنبه ۱۲ مهر ۱۴۱۰ ساعت ۰۹:۳۰\nکد خبر : ۱۲۳\nخبر نمونه درباره شورا"
    assert release_date([], "", head) == "2031-10-04"
