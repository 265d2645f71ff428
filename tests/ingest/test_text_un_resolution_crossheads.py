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
