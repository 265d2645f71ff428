"""An unnumbered crosshead between a resolution's clauses ("Countries in special
situations") is a heading, in text taken from a PDF whether or not the line above is
full (made-up resolution)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.resolution_crossheads import crosshead_between_clauses
from briefing.ingest.segment import PREAMBLE_OPENING

FULL_LINE_ABOVE = """\
The General Assembly,
Recalling its resolutions 63/210 of 19 December 2008 and 67/263 of 17 May
2013 on the reliable transit of lighthouse energy and its role in ensuring safety,
Highlighting the synergies between the 2030 Agenda for Safe Coasts and the Harbour
Agreement,3
and reiterating the principles of the Lisbon Declaration on Coasts,4
Countries in special situations
Underlining that, without stable, resilient and reliable lighthouse connectivity,
developing countries would face difficulties in meeting their own safety demand,
Emphasizing the importance of addressing the special needs of island countries,
1. Encourages continued international cooperation in promoting reliable lighthouses;
2. Decides to include the item in the provisional agenda of its eighty-first session.
"""


def test_a_crosshead_between_clauses_is_a_heading():
    release = release_from_text(FULL_LINE_ABOVE)
    headings = [release.node_text(n) for n in release.nodes() if n.kind == "heading"]
    assert headings == ["Countries in special situations"]
    highlighting = next(
        release.node_text(n)
        for n in release.nodes()
        if release.node_text(n).startswith("Highlighting")
    )
    assert "Countries" not in highlighting


def test_what_is_no_crosshead():
    # A clause cut short, a sentence, and a line under which no clause opens.
    assert not crosshead_between_clauses(
        "the Council,", "Recalling its resolution 60/1", "Noting also", PREAMBLE_OPENING
    )
    assert not crosshead_between_clauses(
        "the Council,", "The Assembly decided.", "Noting also the", PREAMBLE_OPENING
    )
    assert not crosshead_between_clauses(
        "the Council,", "United Nations Development Programme", "and the Bank", PREAMBLE_OPENING
    )
    assert crosshead_between_clauses(
        "the Council,4", "Oceans and the law of the sea", "Noting also the", PREAMBLE_OPENING
    )


# A budget resolution's long crossheads between its numbered paragraphs, laid out by
# pdftotext -layout, one of them after the page's notes.
M = " " * 16
P = " " * 22
LONG_CROSSHEADS = f"""\
{M}     The General Assembly,
{M}      Having considered the reports on the lighthouse fund, 1
{P}1.    Takes note of the report of the Secretary-General on the fund;
{P}2.    Decides to maintain the funding mechanism used in the current period;
         __________________
             1
                 A/81/700.
\f
{M}Budget performance report for the period from 1 July 2026 to 30 June 2027
{P}3. Takes note of the report on the budget performance of the fund for the
{M}period from 1 July 2026 to 30 June 2027;
{M}Financing of the lighthouse fund for the financial periods from 1 July 2026 to
{M}30 June 2027 and from 1 July 2028 to 30 June 2029
{P}4. Decides that the requirements of the fund shall be financed as follows:
{P}(a) The unencumbered balance of 1,234,500 dollars to be applied to the period;
{P}(b) The balance of 5,678,900 dollars to be prorated among the budgets.
"""


def test_long_crossheads_over_numbered_paragraphs_are_headings():
    release = release_from_text(LONG_CROSSHEADS)
    headings = [
        " ".join(release.node_text(n).split()) for n in release.nodes() if n.kind == "heading"
    ]
    assert headings == [
        "Budget performance report for the period from 1 July 2026 to 30 June 2027",
        "Financing of the lighthouse fund for the financial periods from 1 July 2026 to"
        " 30 June 2027 and from 1 July 2028 to 30 June 2029",
    ]


def test_a_clause_ending_on_its_note_is_no_crosshead():
    # "Having considered ..., 1" closes on a clause's comma and its note's number.
    release = release_from_text(LONG_CROSSHEADS)
    assert not any(
        release.node_text(n).startswith("Having") for n in release.nodes() if n.kind == "heading"
    )
