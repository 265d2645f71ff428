"""Taiwanese dates in the Republic of China's calendar (year 1 is 1912)."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("120年03月09日", "2031-03-09"),  # a Taiwanese office's stamp: three figures
        ("中華民國120年3月9日行政院令", "2031-03-09"),
        ("民國99年12月1日", "2010-12-01"),  # two figures only after 民國
    ],
)
def test_minguo_dates_are_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize("text", ["創立120年記念", "99年12月1日", "1120年3月9日"])
def test_no_minguo_date_without_its_shape(text: str) -> None:
    # (a count of years; two figures without 民國, a Japanese era's short form; four figures)
    found = find_date(text)
    assert found is None or found.year not in (2031, 2010)


def test_a_taiwanese_release_is_dated_by_its_stamp() -> None:
    head = "新聞與活動\n\n120年03月09日\n院長出席範例典禮\n\n院長今(9)日出席範例典禮。"
    assert release_date([], "", head) == "2031-03-09"
