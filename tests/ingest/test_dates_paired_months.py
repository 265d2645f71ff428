"""A month printed under both its names, one after a slash, as the United Nations' Arabic
texts and Levantine sites print it ("تشرين الأول/أكتوبر"): one month, read once; two
different months named so are no date. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("نيويورك، ١٤ أيلول/سبتمبر ٢٠٢٢", "2022-09-14"),
        ("3 تشرين الثاني/نوفمبر 2021", "2021-11-03"),
        ("بيان صادر في 9 مايو/أيار 2020", "2020-05-09"),
    ],
)
def test_paired_month_names(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_two_months_named_are_no_date() -> None:
    assert find_date("2 آذار/نيسان 2020") is None
