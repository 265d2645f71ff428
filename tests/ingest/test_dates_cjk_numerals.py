"""Dates spelt in Chinese numerals, and the Showa era in figures."""

from __future__ import annotations

import pytest

from briefing.ingest.cjk_numeral_dates import numeral_value
from briefing.ingest.dates import find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("中華民國一百二十年三月九日院令發布", "2031-03-09"),  # Minguo 120
        ("令和十三年三月九日", "2031-03-09"),
        ("二〇三一年三月九日", "2031-03-09"),  # a year digit by digit
        ("平成元年一月八日", "1989-01-08"),  # 元: an era's first year
        ("昭和60年5月1日", "1985-05-01"),
    ],
)
def test_numeral_dates_are_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一百零八", 108), ("一百十二", 112), ("十二", 12), ("二十一", 21), ("二〇三一", 2031)],
)
def test_numeral_values(numeral: str, value: int) -> None:
    assert numeral_value(numeral) == value


def test_a_numeral_year_without_an_era_is_read_only_in_four_digits() -> None:
    assert find_date("三年三月九日") is None
    assert find_date("自公布日施行") is None
