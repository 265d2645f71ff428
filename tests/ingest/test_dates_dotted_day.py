"""A day written with a point ("25. November 2020") is a date with any month name: German
dates print it so ("10. November 2021" reads the same in English and German), and sites
on a German-style template print English months so. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Wednesday, 25. November 2020", "2020-11-25"),
        ("Berlin, 10. November 2021", "2021-11-10"),
        ("Stand: 3. April 2019", "2019-04-03"),
        ("1. Februar 2022", "2022-02-01"),
    ],
)
def test_dotted_day_with_any_month(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_dotted_date_beats_a_street_named_after_a_day() -> None:
    # The page's date field comes first; "May 20 Boulevard" is an address.
    body = "Date Signature:\nWednesday, 25. November 2020\nAddress: Down Town, May 20 Boulevard"
    assert release_date([], "The programme for the 2021 financial year", body) == "2020-11-25"


def test_a_numbered_sentence_before_a_month_is_no_date() -> None:
    assert find_date("as said in point 3. The May 2021 meeting agreed") is None
