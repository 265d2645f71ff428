"""A wire-style dateline's place set alone on its line by a browser's copy ("NORTHPORT –"
over the lead) is the first words of the release's first paragraph: never a ticker's
headline taken out as a site line, and joined to the lead. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.place_datelines import (
    is_agency_dateline,
    is_place_dateline,
    lead_under_dateline,
)
from briefing.ingest.web_chrome import is_site_line


def test_a_place_in_capitals_and_its_dash_is_a_dateline():
    for line in [
        "NORTHPORT –",
        "NORTHPORT —",
        "PORT EXAMPLE, D.C. -",
        "SOUTHVILLE, Exa. –",
        "ÅRBY –",
    ]:
        assert is_place_dateline(line), line
        assert not is_site_line(line), line


def test_headlines_and_part_numbers_are_no_datelines():
    for line in ["Latest news from the council –", "Northport –", "II –", "A –", "12 –"]:
        assert not is_place_dateline(line), line
    assert is_site_line("Council approves the new budget for the harbour –")  # a ticker's entry


PAGE = """Example County Office Opens a New Service Desk
Skip to main content
Press Release
Example County Office Opens a New Service Desk
June 10, 2031
A short standfirst that says what the new desk does for the people of the county.
NORTHPORT –
The Example County Office today opened a service desk that answers questions on permits.
The desk is open on weekdays, and the office expects many visitors in its first month.
The office thanked the staff who set up the desk and said more desks would follow soon.
"""


def test_the_dateline_opens_the_lead_and_is_kept():
    release = release_from_text(PAGE)
    kept = [" ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind != "root"]
    assert any(t.startswith("NORTHPORT – The Example County Office today opened") for t in kept)
    assert not any("NORTHPORT" in r.text for r in release.removed)


def test_a_dateline_set_apart_by_a_blank_line_or_named_with_its_agency_opens_the_lead():
    lead = "Thousands of volunteers yesterday began cleaning the beaches of the northern coast."
    assert lead_under_dateline("NORTHPORT, Exa. —", lead, "")
    assert lead_under_dateline("AFP, NORTHPORT", lead, "")
    assert is_agency_dateline("AFP, NORTHPORT")
    assert not is_agency_dateline("AFP, the agency")


def test_a_bare_place_over_a_lead_opening_on_its_dash_opens_the_lead():
    lead = "– The Example County Office today opened a service desk that answers questions."
    assert lead_under_dateline("NORTHPORT", lead, "The desk is open on weekdays.")
    # The dash opens a list's items, one after another: a heading over its list.
    assert not lead_under_dateline(
        "BACKGROUND", lead, "– The second item of the same list, also long."
    )
    # A heading in capitals over prose has no dash and names no agency.
    assert not lead_under_dateline("BACKGROUND", lead.removeprefix("– "), "")


STORY = """Volunteers Clean the Northern Beaches

AUBURN, Exa. —

Thousands of volunteers yesterday began cleaning the beaches of the northern coast, the council said.

The work goes on for a week, and the council expects more volunteers to join at the weekend.
"""


def test_the_dateline_set_apart_joins_the_lead():
    release = release_from_text(STORY)
    kept = [" ".join(release.node_text(n).split()) for n in release.root.walk() if n.kind != "root"]
    assert any(t.startswith("AUBURN, Exa. — Thousands of volunteers") for t in kept)
    assert not any(n.kind == "heading" for n in release.root.walk())


def test_a_converters_padded_bullet_is_no_dateline_dash():
    item = (
        "-   What steps has the government taken to ratify the protocol on the rights of the child?"
    )
    assert not lead_under_dateline("NORTHLAND", item, "SOUTHLAND")


def test_only_a_short_line_or_an_agencys_credit_may_head_a_lead():
    from briefing.ingest.place_datelines import lead_under_dateline, may_head_lead

    lead = "The city's council today approved the new harbour plan after a long debate."
    assert may_head_lead("RIVERTON –") and may_head_lead("  RIVERTON  ")
    credit = "Reuters,      " + " " * 30 + "RIVERTON"  # a long credit, padded
    assert may_head_lead(credit) and lead_under_dateline(credit, lead, "")
    prose = "Members of the council met today to discuss the harbour plan and its budget."
    assert not may_head_lead(prose) and not lead_under_dateline(prose, lead, "")


def test_every_agency_credit_passes_the_speed_gate():
    # (A long credit of any agency the dateline knows must reach lead_under_dateline: the
    # gate's initials come from the same list.)
    from briefing.ingest.place_datelines import AGENCIES, is_agency_dateline, may_head_lead

    for agency in AGENCIES:
        credit = f"{agency},{' ' * 40}RIVERTON"
        assert is_agency_dateline(credit) and may_head_lead(credit), agency
