"""A record titled by its day ("COUNCIL OF MINISTERS – 3 MAY 2031", "Boardinform 12.04.2031")
has a date line's shape. It is the title when nothing else in the head can be, or when
the page's trail ends on it; a weekday's stamp or a place's dateline never is. Made-up
pages."""

from __future__ import annotations

from briefing.ingest import release_from_text

ONLY_DATED_LINE = """\
18.20 - Tuesday 3 May 2031

COUNCIL OF MINISTERS – 3 MAY 2031

The Council of Ministers met on Tuesday 3 May 2031 at the Palace of Examplia, chaired by the Prime Minister, and approved the following measures.
"""

TRAIL_ENDS_ON_IT = """\
You are here: Home > News > 2031 > 04 - April > Boardinform 12.04.2031
News
Boardinform 12.04.2031
Bulletin / published: 12/04/2031 10h05 / The main items of the official journal of interest to the sample courts

Sampletown, 12 April 2031.
Acts of the Executive
OFFICE OF THE PRESIDENT
DECREE NO. 1.234, OF 11 APRIL 2031
Establishes an interministerial working group to honour and preserve the memory of the sample river.
Source: Official Journal, Section 1, p. 2, Wednesday, 12 April 2031.
"""

WEEKDAY_STAMP_ONLY = """\
Wednesday 1 July 2031

The Ministry informs the public that the consular section will stay closed on Friday because of the national holiday, and will open again on Monday.
"""


def test_a_dated_record_name_is_the_title_when_nothing_else_can_be():
    release = release_from_text(ONLY_DATED_LINE)
    assert release.title == "COUNCIL OF MINISTERS – 3 MAY 2031"
    assert release.date == "2031-05-03"


def test_the_trails_last_step_repeated_is_the_title():
    assert release_from_text(TRAIL_ENDS_ON_IT).title == "Boardinform 12.04.2031"


def test_a_weekdays_stamp_is_no_title():
    assert release_from_text(WEEKDAY_STAMP_ONLY).title == ""
