"""A spokesperson's press conference posted on a ministry's site: the title names the
event and its date, the page's stamp says when it went up. Made-up text in the shape of
an English-language page of a foreign ministry."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.dates import release_date

PAGE = """\
Home > Spokesperson's Remarks
Foreign Ministry Spokesperson Li Example's Regular Press Conference on March 3, 2031
2031-03-04 00:35

Example Daily: The summit will open next week. What does China expect of it?

Li Example: We hope the summit will deepen cooperation among the participants and bring new momentum to the region.
"""


def test_the_speaker_who_owns_the_event_stays_in_the_title():
    release = release_from_text(PAGE)
    assert release.title == (
        "Foreign Ministry Spokesperson Li Example's Regular Press Conference on March 3, 2031"
    )


def test_a_posting_stamp_after_the_event_is_not_its_date():
    assert release_from_text(PAGE).date == "2031-03-03"
    title = "Regular Press Conference on March 3, 2031"
    assert release_date(["2031-03-04 00:35"], title, "") == "2031-03-03"
    # A stamp with no time, or a week later, is the page's own date.
    assert release_date(["2031-03-04"], title, "") == "2031-03-04"
    assert release_date(["2031-03-10 09:00"], title, "") == "2031-03-10"
