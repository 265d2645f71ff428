"""Minutes naming a meeting held over days are dated by its last day, as a dateline
spanning days is: the decision is taken, and the minutes dated, on that day."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.dates_lines import dateline_date

MINUTES = (
    "MINUTES OF THE POLICY MEETING\n\n"
    "Policy meeting No. 12, held on 29-30 January 2031.\n\n"
    "Present: A. Person, Governor; B. Person, Board member.\n\n"
    "1. The Board reviewed the outlook for prices and output.\n"
)


def test_a_meeting_over_two_days_is_dated_by_its_last_day() -> None:
    assert dateline_date(MINUTES) == "2031-01-30"
    assert release_from_text(MINUTES).date == "2031-01-30"


def test_a_meeting_on_one_day_keeps_that_day() -> None:
    assert dateline_date(MINUTES.replace("29-30 January", "29 January")) == "2031-01-29"


def test_a_meeting_across_two_months_is_dated_by_its_last_day() -> None:
    # The last day's date stands alone after the first day's "30 June -".
    text = MINUTES.replace("29-30 January 2031", "30 June - 1 July 2031")
    assert dateline_date(text) == "2031-07-01"
    text = MINUTES.replace("29-30 January 2031", "June 30-July 1, 2031")
    assert dateline_date(text) == "2031-07-01"


def test_a_meeting_on_two_days_joined_by_a_word_is_dated() -> None:
    assert dateline_date(MINUTES.replace("29-30", "29 and 30")) == "2031-01-30"


def test_a_meeting_across_two_years_is_dated_by_its_last_day() -> None:
    text = MINUTES.replace("29-30 January 2031", "31 December 2030 - 2 January 2031")
    assert dateline_date(text) == "2031-01-02"
