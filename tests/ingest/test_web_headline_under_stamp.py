"""A web page copied as text sets its section's name, then its publication stamp, then the
headline right over the text. The headline under the stamp is the title; the section's
name over the stamp is not. When the line over the stamp could be a title too, the line
under it is taken only when it names the stamp's own day. Made-up pages."""

from __future__ import annotations

from briefing.ingest import release_from_text

SECTION_STAMP_HEADLINE = """\
Skip to content
Examplia Government Portal - Back to the current government

Communiqués of the Council of Ministers

2023-05-12 at 14:20

Communiqué of the Council of Ministers of 12 May 2023

1. The Council of Ministers today approved the new rules on sample permits, which take effect on the first day of next month.

The Government also reviewed the measures still in force and decided to lift several of them.
"""

KICKER_STAMP_HEADLINE = """\
Domain notice: this office moves to a new address next month. More information

Press conferences

4. 9. 2023 17:05

Press conference after the cabinet meeting

Spokesperson Ann Sample: Good afternoon, ladies and gentlemen, welcome to the press conference after the meeting of the cabinet.
"""

TITLE_STAMP_DECK = """\
Press Release

Office Secures Verdict In Sample Street Fraud Case

October 3, 2023

The defendant was convicted of fraud for selling forged permits to dozens of families over two years

SAMPLETOWN — A jury today convicted a local man of selling forged building permits to families across the county.
"""


def test_the_headline_under_the_stamp_is_the_title():
    release = release_from_text(SECTION_STAMP_HEADLINE)
    assert release.title == "Communiqué of the Council of Ministers of 12 May 2023"
    assert release.date == "2023-05-12"


def test_a_stamp_with_its_time_and_spaced_figures_dates_the_page():
    release = release_from_text(KICKER_STAMP_HEADLINE)
    assert release.title == "Press conference after the cabinet meeting"
    assert release.date == "2023-09-04"


def test_a_title_over_its_date_keeps_the_deck_under_it_out():
    release = release_from_text(TITLE_STAMP_DECK)
    assert release.title == "Office Secures Verdict In Sample Street Fraud Case"
    assert release.date == "2023-10-03"
