"""Datelines typed by hand: figures with spaced or en-dashed separators ("2020 – 12 - 17",
"30 .06.2017") and the English ordinal with "of" ("23rd of July, 2025") as Commonwealth
acts and formal letters print it. Made-up lines."""

from __future__ import annotations

import pytest

from briefing.ingest.dates import find_date, release_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2021 – 03 - 09", "2021-03-09"),
        ("2019 - 7 - 4", "2019-07-04"),
        ("14 .05.2018", "2018-05-14"),
        ("08 – 11 – 2022", "2022-11-08"),
        ("[Certified on 2nd of March, 2021]", "2021-03-02"),
        ("Given this 14th day of October 2019.", "2019-10-14"),
    ],
)
def test_typed_dates(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "Rates rose 1.38 - 1.43 this week",
        "the 2019 - 20 budget",
        "Diesel 118 126 8/",
        "clause 4 of May's draft",
        "2020 - 14 - 31",  # no month 14, no day 31 in a month slot
        "Items 3 - 4 - 2020 of the list were adopted",  # figures inside a sentence
    ],
)
def test_not_typed_dates(text: str) -> None:
    assert find_date(text) is None


def test_a_typed_dateline_dates_the_release() -> None:
    body = "2022 – 04 - 05\nPress Release\nThe Ministry announced a new scheme."
    assert release_date(["2022 – 04 - 05"], "A new scheme", body) == "2022-04-05"
