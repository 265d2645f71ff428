"""A date the calendar does not have ("30 February", "2月30日") is a misprint: it dates
nothing, in any script. Made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.dates import find_date

BODY = "The minister met the delegation and discussed cooperation in several fields of work."


def test_an_impossible_day_gives_no_iso_date() -> None:
    for text in ("30 February 2031", "2031年2月30日", "31 April 2031"):
        found = find_date(text)
        assert found is None or found.iso() == "", text
    assert find_date("29 February 2032").iso() == "2032-02-29"  # a leap year's day


def test_a_release_is_not_dated_by_a_misprint() -> None:
    release = release_from_text(f"Press release\n\nGeneva, 30 February 2031\n\n{BODY}\n")
    assert release.date != "2031-02-30"
    release = release_from_text(f"Press release\n\nGeneva, 28 February 2031\n\n{BODY}\n")
    assert release.date == "2031-02-28"
