"""A dateline printed right under the title with no blank line between ("9 and 10 May
2031, Bank of Examplia", "Northport, 3 May 2031") is not the title's last line: the title
shown leaves it out and the line stays a unit of the text; a date the title's words lead
into stays in the title. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.title_datelines import without_closing_dateline


def test_a_date_and_issuer_under_the_title_is_its_dateline():
    title = "Minutes of the Monetary Board Meeting (No. 4/2031)"
    assert without_closing_dateline(f"{title}\n9 and 10 May 2031, Bank of Examplia") == title
    assert without_closing_dateline(f"{title}\nNorthport, 10 May 2031") == title


def test_a_date_the_title_leads_into_stays_in_it():
    for span in [
        "Minutes of the Monetary Board meeting held on\n10 May 2031",
        "Address of the President to the River Towns Summit,\n10 May 2031",
        "Information about the session of the Council vom\n10. Mai 2031",
        "Statement of the Council\non 10 May 2031",
        "MINUTES OF THE MONETARY BOARD MEETING\nNORTHPORT 10 MAY 2031",
    ]:
        assert without_closing_dateline(span) == span


HARD_WRAPPED = """Minutes of the Monetary Board Meeting (No. 4/2031)
9 and 10 May 2031, Bank of Examplia

Publication Date: 24 May 2031

Members Present

Jane Example (Chair), John Sample (Vice Chair), Ann Other, Bob Person,
and Carla Name

The Board met on two days to review the outlook for prices and the economy of
the country, and decided to hold the policy rate at 2.5 per cent for the time
being, as inflation was expected to stay within the target range.
"""


def test_the_dateline_stays_a_unit_of_the_release():
    release = release_from_text(HARD_WRAPPED)
    assert release.title == "Minutes of the Monetary Board Meeting (No. 4/2031)"
    texts = [release.node_text(node) for node in release.nodes()]
    assert "9 and 10 May 2031, Bank of Examplia" in texts
    assert release.date == "2031-05-24"  # (the publication date still dates it)
