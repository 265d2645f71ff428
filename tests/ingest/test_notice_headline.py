"""A US release running its handling notice into its headline ("For Immediate Release:
...") is titled by that line, not by the contact card above it (made-up release)."""

from __future__ import annotations

from briefing.ingest import release_from_text

RELEASE = """\
March 5, 2031 Contact: Jane Example
Director of Communications
Example County Harbour Office
555-010-0199 (Office)
jane.example@example.org
For Immediate Release: Harbour Office Seeking Longer Hours for Night Pilots
at Every Port
(Example City) – The Example County Harbour Office will ask the Board to extend the
hours of its night pilots at every port, after three boarding accidents this winter.
“Our pilots work in the hardest conditions on the coast,” said the Harbour Master.
"""

DATED_NOTICE = """\
FOR IMMEDIATE RELEASE: March 5, 2031

Harbour Office Seeks Longer Hours for Night Pilots

The Example County Harbour Office will ask the Board to extend the hours of its night
pilots at every port, after three boarding accidents this winter.
"""


def test_headline_after_the_notice_is_the_title():
    release = release_from_text(RELEASE)
    # (The notice run into the line is no part of the headline: browser_titles.)
    assert release.title.startswith("Harbour Office Seeking")
    assert release.title.endswith("at Every Port")


def test_a_dated_notice_is_no_headline():
    release = release_from_text(DATED_NOTICE)
    assert release.title == "Harbour Office Seeks Longer Hours for Night Pilots"
