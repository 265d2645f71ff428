"""A page copied from a browser prints its headline twice: as the breadcrumb's last step
and as the heading under it, on the next line. A line printed again word for word is no
wrap of the line above, so the title is the headline once. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text

PAGE = """\
Skip to content
Home
Ministry
News
Speeches
Address by the Minister at the Opening of the Examplia Trade Week
Address by the Minister at the Opening of the Examplia Trade Week
Sampletown, 12 June 2018

Ladies and gentlemen, it is an honour to open this week of trade talks with you.

Our two countries have traded with each other for more than a hundred years now.
"""


def test_a_headline_repeated_under_the_breadcrumb_is_the_title_once():
    release = release_from_text(PAGE)
    assert release.title == "Address by the Minister at the Opening of the Examplia Trade Week"
    assert release.date == "2018-06-12"
