"""The US Government Publishing Office's text renditions: their bracketed head, the
"[[Page N]]" marks where a printed page begins, the Federal Register's running head and
filing trailer are furniture (made-up statement and order)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words

STATEMENT = """\
[Congressional Record Volume 190, Number 12 (Tuesday, March 4, 2031)]
[Senate]
[Pages S1201-S1202]
From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]




                          HARBOUR SAFETY WEEK

  Ms. EXAMPLE. Madam President, this week we mark Harbour Safety Week, and I
want to thank the pilots and crews who keep our ports

[[Page S1202]]

open in every season and in every kind of weather.
  The week began in 1971 when the first harbour pilots' association asked
for a day to remember the crews lost at sea. It has grown into a week of
training, open days and drills along every coast.
  I ask my colleagues to join me in thanking them.

                          ____________________
"""

ORDER = """\
Federal Register, Volume 96 Issue 41 (Friday, March 7, 2031)

[Federal Register Volume 96, Number 41 (Friday, March 7, 2031)]
[Presidential Documents]
[Pages 12001-12002]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 31-05555]

Executive Order 19999--Harbour Safety Council


                         Presidential Documents

  Federal Register / Vol. 96, No. 41 / Friday, March 7, 2031 /
Presidential Documents

[[Page 12001]]

                Executive Order 19999 of March 5, 2031

Harbour Safety Council

                By the authority vested in me as President, it is hereby
                ordered as follows:

                Section 1. Establishment. There is hereby established a
                Harbour Safety Council.

[[Page 12002]]

                Sec. 2. Duties. The Council shall advise on harbour
                safety.

                THE WHITE HOUSE,

                     March 5, 2031.

[FR Doc. 31-05555
Filed 3-6-31; 8:45 am]
Billing code 3295-F1-P
"""


def test_congressional_record_head_and_page_marks_are_furniture():
    release = release_from_text(STATEMENT)
    removed = " | ".join(r.text for r in release.removed)
    assert "[[Page S1202]]" in removed
    assert "[Senate]" in removed
    assert "Government Publishing Office" in removed
    assert "[[Page" not in release.text
    assert "Congressional Record Volume" not in release.text
    # The page mark cut a sentence: the paragraph is one unit again.
    paragraphs = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert any("ports" in p and "open in every season" in p for p in paragraphs)
    assert release.title == "HARBOUR SAFETY WEEK"
    # The date dates a statement that prints none of its own.
    assert release.date == "2031-03-04"
    assert not lost_words(STATEMENT, release)


def test_federal_register_running_head_and_trailer_are_furniture():
    release = release_from_text(ORDER)
    removed = " | ".join(r.text for r in release.removed)
    assert "[FR Doc. 31-05555" in removed
    assert "Billing code 3295-F1-P" in removed
    assert "Federal Register / Vol. 96" in removed
    assert "[[Page 12002]]" in removed
    assert "Billing code" not in release.text
    assert "[[Page" not in release.text
    assert release.date == "2031-03-05"  # the order's own date, not the issue's
    # The head's section, printed again as the part's label, goes with the head.
    assert [r.text for r in release.removed].count("Presidential Documents") >= 2
    assert release.title.startswith("Executive Order 19999--Harbour Safety Council")
    assert not lost_words(ORDER, release)


def test_bracketed_lines_without_the_gpo_source_line_stay():
    text = (
        "[Embargoed until 10:00]\n[Check against delivery]\n\nHarbour safety\n\n"
        "The Minister opened the new pilot station today.\n"
    )
    release = release_from_text(text)
    assert "[Check against delivery]" not in " | ".join(r.text for r in release.removed)


# The printed register's pages copied as text (a PDF's): no GPO head, the page's number
# set apart over its running head, the trailer on one line.
PRINTED_PAGES = """\
Executive Order 19998 of April 2, 2031

Coastal Pilot Training

By the authority vested in me as President, it is hereby ordered as follows:

Section 1. Purpose. Pilots keep the ports open in every season.

12345

Federal Register / Vol. 96, No. 62 / Monday, April 7, 2031 / Presidential Documents

Sec. 2. Training. The Council shall set the training of coastal pilots.

THE WHITE HOUSE,
April 2, 2031.

[FR Doc. 31-06001 Filed 4-4-31; 8:45 am] Billing code 3295-F1-P
"""


def test_federal_register_running_head_and_trailer_without_the_gpo_head():
    release = release_from_text(PRINTED_PAGES)
    removed = [r.text for r in release.removed]
    joined = " | ".join(removed)
    assert "12345 | Federal Register / Vol. 96, No. 62" in joined  # the page's number first
    assert "[FR Doc. 31-06001 Filed 4-4-31; 8:45 am] Billing code 3295-F1-P" in removed
    assert "Federal Register /" not in release.text
    assert "12345" not in release.text
    assert not lost_words(PRINTED_PAGES, release)


PART = """\
Federal Register, Volume 96 Issue 88 (Monday, May 12, 2031)

[Federal Register Volume 96, Number 88 (Monday, May 12, 2031)]
[Presidential Documents]
[Pages 22003-22004]
From the Federal Register Online via the Government Publishing Office [www.gpo.gov]
[FR Doc No: 31-07777]

[[Page 22001]]

Vol. 96
Monday,
No. 88
May 12, 2031
Part III
The President
-----------------------------------------------------------------------
Proclamation 19123--Harbour Pilots Day, 2031
Presidential Documents
Federal Register / Vol. 96 , No. 88 / Monday, May 12, 2031 /
Presidential Documents
___________________________________________________________________
Title 3--
The President
[[Page 22003]]
Proclamation 19123 of May 8, 2031
Harbour Pilots Day, 2031
By the President of the United States of America
A Proclamation
On Harbour Pilots Day we honour the crews who bring every ship safely into port.

[[Page 22004]]

NOW, THEREFORE, I do hereby proclaim May 12, 2031, as Harbour Pilots Day.
"""


def test_part_cover_and_presidential_caption_are_furniture():
    # A document printed as a separate part follows the part's cover page (a page mark
    # before the document's own pages); presidential documents print under "Title 3--".
    release = release_from_text(PART)
    removed = [r.text for r in release.removed]
    for line in ("Vol. 96", "Monday,", "No. 88", "Part III", "Title 3--"):
        assert line in removed, line
    assert "Federal Register / Vol. 96 , No. 88 / Monday, May 12, 2031 /" in removed
    assert not release.symbol  # (the number is no document symbol)
    assert release.title.startswith("Proclamation 19123")
    assert "honour the crews" in release.text
    assert not lost_words(PART, release)
