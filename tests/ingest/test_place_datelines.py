"""A wire-style dateline's place set alone on its line by a browser's copy ("NORTHPORT –"
over the lead) is the first words of the release's first paragraph: never a ticker's
headline taken out as a site line, and joined to the lead. Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.place_datelines import is_place_dateline
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
