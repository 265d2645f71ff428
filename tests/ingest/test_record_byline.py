"""The Congressional Record's byline over a member's remarks ("HON. JANE EXAMPLE / of
missouri / in the house of representatives") says who speaks, not what: the headline
above it is the title (made-up Extension of Remarks)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.issuer_lines import is_office_line

REMARKS = """\
                   TRIBUTE TO THE HARBOUR PILOTS OF EXAMPLE CITY

                                 ______


                           HON. JANE EXAMPLE

                              of missouri

                    in the house of representatives

                         Thursday, March 6, 2031

  Mrs. EXAMPLE. Madam Speaker, today I rise to thank the harbour pilots of
Example City, who brought a burning ship safely into port last week.
  Their courage and skill saved the lives of the crew and of many people living
near the harbour.

                          ____________________
"""


def test_record_byline_is_an_office_line():
    assert is_office_line("HON. JANE EXAMPLE of missouri in the house of representatives")
    assert not is_office_line("Honouring the pilots of missouri in the house today")


def test_headline_over_the_byline_is_the_title():
    release = release_from_text(REMARKS)
    assert release.title == "TRIBUTE TO THE HARBOUR PILOTS OF EXAMPLE CITY"
    assert release.date == "2031-03-06"
