"""Dates as Czech, Slovak, Polish, Danish and Finnish releases print them (the month in the
genitive or partitive, "r." for the year, "dne"/"dnia" before the day), and a page's stamp
with its time after the date. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date
from briefing.ingest.roles import is_date_line


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tisková zpráva ze dne 3. března 2021", "2021-03-03"),
        ("Bratislava 2. apríla 2024", "2024-04-02"),
        ("Warszawa, 15 października 2022 r.", "2022-10-15"),
        ("København, 4. marts 2020", "2020-03-04"),
        ("Helsinki 14. maaliskuuta 2019", "2019-03-14"),
        ("7. 2. 2024 19:56", "2024-02-07"),
        ("21.01.2022 um 14.30 Uhr", "2022-01-21"),
        ("30/06/2017 - 10h15", "2017-06-30"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    "text",
    ["w dniu 2 kwietnia 2025 r.", "Praha dne 7. února 2024", "7. 2. 2024 19:56"],
)
def test_stamps_are_date_lines(text: str) -> None:
    assert is_date_line(text)


@pytest.mark.parametrize("text", ["Art. 5 12.30", "r. 2 kwietnia 2025 r. ogłoszono wyniki"])
def test_no_date_line(text: str) -> None:
    assert not is_date_line(text)
