"""An issuer's address printed in its letterhead ("Examplville, E.X. 12345", "Examplia
School District 1200 N. Sample Avenue") says where the issuer sits, never what the release
says: it is no title. A title naming where a meeting was held ("Remarks at 10 Sample
Street") stays one. Made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.record_lines import address_line


def test_the_letterhead_postal_line_over_the_date_is_no_title() -> None:
    text = """\
EXECUTIVE OFFICE OF THE EXAMPLE
OFFICE OF SAMPLE AFFAIRS
EXAMPLVILLE, E.X. 12345
May 8, 2031
(House Rules)
STATEMENT OF SAMPLE POLICY
H.R. 7 – Sample Harbours Act of 2031
(Rep. Doe, R-EX, and 4 cosponsors)
The Office strongly supports the aims of the bill but opposes H.R. 7 as drafted, because
it would cut the funds the sample harbours need to stay open all year.
The Office would welcome the chance to work with the House on a better bill.
"""
    release = release_from_text(text)
    assert release.title != "EXAMPLVILLE, E.X. 12345"
    assert release.title in ("STATEMENT OF SAMPLE POLICY", "H.R. 7 – Sample Harbours Act of 2031")


def test_address_lines() -> None:
    assert address_line("EXAMPLVILLE, E.X. 12345")
    assert address_line("Examplville, EX 12345")
    assert address_line("Examplia School District 1200 N. Sample Avenue")
    # (a title naming the place of its event, a title with a year, a reference field)
    assert not address_line("Remarks at 10 Sample Street")
    assert not address_line("The 2030 Agenda for Sample Development")
    assert not address_line("Sample Policy Report, January 2031")


def test_the_letterhead_over_the_title_stays_text() -> None:
    # (Short lines over the title, an address among them: the issuer's letterhead, no
    # site menu to take out.)
    text = """\
EXECUTIVE OFFICE OF THE EXAMPLE
OFFICE OF SAMPLE AFFAIRS
EXAMPLVILLE, E.X. 12345
May 8, 2031
(House Rules)
STATEMENT OF SAMPLE POLICY
H.R. 7 – Sample Harbours Act of 2031
The Office strongly supports the aims of the bill but opposes H.R. 7 as drafted, because
it would cut the funds the sample harbours need to stay open all year.
The Office would welcome the chance to work with the House on a better bill.
"""
    release = release_from_text(text)
    assert "OFFICE OF SAMPLE AFFAIRS" in release.text
    assert "(House Rules)" in release.text
