"""A page's head names the kind of paper with its serial number, and where the text
comes from; neither is the release's title, which is printed among them. Made-up text in
the shapes web pages copied as text give."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.paper_fields import describes_paper

NUMBERED = """\
Press Release (12)34

3 April 2012

Statement by the Council of Examplia

At its meeting today, the Council of Examplia decided to issue the following statement on trade.

"The Council will go on working with all its partners towards open and fair trade."
"""

SOURCED = """\
14 Mar 2019
Source: Examplia News Agency
Press Release by the Chair of the Examplia Ministers' Meeting
I chaired the meeting of the Examplia ministers today in Sampletown, the first this year.
The ministers discussed the way forward for the region and its ties with its partners.
"""


def test_a_numbered_kind_of_paper_is_no_title():
    release = release_from_text(NUMBERED)
    assert release.title == "Statement by the Council of Examplia"
    assert release.date == "2012-04-03"


def test_a_source_field_is_no_title():
    release = release_from_text(SOURCED)
    assert release.title == "Press Release by the Chair of the Examplia Ministers' Meeting"
    assert "Source: Examplia News Agency" in release.text


def test_what_describes_the_paper():
    assert describes_paper("Communiqué de presse n° 45")
    assert describes_paper("Pressemitteilung Nr. 14/2021")
    assert describes_paper("Fuente: Cancillería")
    assert not describes_paper("Press release on the new trade agreement with Examplia")
    assert not describes_paper("Sources of growth in the Examplia economy")
    assert not describes_paper("Examplia: statement on the situation in Sampleland")
