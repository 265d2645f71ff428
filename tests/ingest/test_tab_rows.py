"""A fact box copied from a browser under the release, one row a line with its label and
value parted by a tab, is the release's table, not a site's menu; a footer menu of link
labels, one a line, still goes. All text here is made up."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

BODY = [
    "Examplia firm opens its first office abroad",
    "A small training firm from Examplia has opened an office in Samplestan after a market"
    " visit the trade agency organised, and expects to hire ten people this year.",
    "Its founder said the visit had helped him meet partners and understand the market,"
    " and that he plans a seminar for local businesses next spring.",
    "Fast facts",
]
ROWS = [
    "Company\tExample Training Ltd",
    "Industry\tEducation and training",
    "Target market\tSamplestan",
    "Services\tMarket visit; export review",
]
FOOTER = ["About us", "Careers", "Privacy", "Imprint", "Contact"]


def test_a_fact_boxs_tab_rows_stay() -> None:
    kept = release_from_text("\n\n".join(BODY) + "\n\n" + "\n".join(ROWS) + "\n").text
    assert "Education and training" in kept and "Samplestan" in kept


def test_a_footer_menu_still_goes() -> None:
    kept = release_from_text("\n\n".join(BODY) + "\n\n" + "\n".join(FOOTER) + "\n").text
    assert "Careers" not in kept


def test_a_footers_links_set_in_tabbed_rows_still_go() -> None:
    # (A layout table sets two links a row: neither cell is a field naming a value.)
    text = (
        "Minister opens new bridge\n\n12 May 2031\n\n"
        "The Minister opened the new bridge over the river today, which links the two"
        " halves of the city after four years of works.\n\n"
        "The bridge cost forty million and was finished on time.\n\n"
        "About us\nCareers\nPrivacy policy\tTerms of use\nContact us\tSitemap\nAccessibility\n"
    )
    kept = release_from_text(text).text
    assert "Careers" not in kept and "Terms of use" not in kept
