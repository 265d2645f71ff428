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


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        # The place and a spaced date closing the letterhead's line, set beside the
        # state's name.
        ("REPUBLIC OF EXAMPLIA          Northport: 17 - 03 - 2021\nDecision", "2021-03-17"),
        # The record's number, then its date on a line of its own after a slash.
        ("EXTRACT OF MINUTES No. 8\n/ 09 - 11- 2019\nSubject: the budget", "2019-11-09"),
        # A date opening the line, the issuer set beside it.
        ("Grant to the schools\n21 .02.2018 Ministry of Examples\nThe grant", "2018-02-21"),
    ],
)
def test_a_spaced_dateline_in_the_head_dates_the_release(head: str, iso: str) -> None:
    assert release_date([], "A title", head) == iso


def test_spaced_figures_inside_a_line_do_not_date_the_release() -> None:
    head = "The counts were 12 - 04 - 2020 on the list\nand the board noted them."
    assert release_date([], "A title", head) == ""
