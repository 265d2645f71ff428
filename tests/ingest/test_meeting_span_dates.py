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
