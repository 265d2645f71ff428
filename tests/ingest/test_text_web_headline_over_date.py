"""A web page prints its headline over the date, then a summary that calls the paper a
press conference or an interview. The summary restates the headline; the headline over
the date is the title. Made-up text in the shape of a page copied as text."""

from __future__ import annotations

from briefing.ingest import release_from_text

PAGE = """\
Pre-summit press briefing

• 3 Mar. 2019 -

Press conference by the Examplia Secretary General ahead of the summit of Examplia leaders in Sampletown

Good afternoon.

Next week the leaders of Examplia will meet in Sampletown to decide on the work of the coming year.

They will discuss trade, our support for our partners and the future of our joint missions.
"""


def test_the_headline_over_the_date_is_the_title_not_the_summary():
    release = release_from_text(PAGE)
    assert release.title == "Pre-summit press briefing"
    assert release.date == "2019-03-03"
