"""A page copied from a browser keeps the tail of the site's menus over its headline: two
or more link labels in a row there are the site's, never units of the release, while a
lone short line right over the headline (a kicker), a date and a handling notice stay
(head_menus; session 42). Made-up text in the shape of a page copied as text."""

from __future__ import annotations

from briefing.ingest import release_from_text

# A site's top bar and menu, far above the release (taken by web_chrome), then its
# slogan: the lines under it, over the headline, are left to the head rules.
MENU = [
    "Skip to main content",
    "Share",
    "Log in",
    "Search",
    *(f"Examplia topic {n}" for n in range(1, 31)),
    "Welcome to the Ministry.",
]
TOP = "\n\n".join(MENU) + "\n\n"

BODY = """\
Examplia widens its rail network

12 March 2031

The Ministry of Examplia announced today that three new lines will link the northern towns to the capital by the end of the decade.

The works will begin next spring and employ some two thousand people across the region, the Minister said at the opening.

Funding comes from the national budget and from a loan agreed with the Sampletown Development Bank last year.
"""


def _kept(release) -> str:
    return release.text


def test_link_labels_over_the_headline_are_the_sites_menu():
    page = TOP + "Visa information\n\nTrade statistics\n\nTravel advice\n\n" + BODY
    release = release_from_text(page)
    assert release.title == "Examplia widens its rail network"
    for label in ("Visa information", "Trade statistics", "Travel advice"):
        assert label not in _kept(release)
        assert any(label in r.text for r in release.removed)


def test_a_lone_kicker_over_the_headline_stays():
    page = TOP + "Transport\n\n" + BODY
    release = release_from_text(page)
    assert "Transport" in _kept(release)


def test_a_handling_notice_beside_a_menu_entry_stays():
    page = TOP + "Press releases\n\nFor Immediate Release\n\n" + BODY
    release = release_from_text(page)
    assert "For Immediate Release" in _kept(release)


def test_a_date_makes_no_run_with_a_lone_kicker():
    page = TOP + "Transport\n\n14 March 2031\n\n" + BODY
    release = release_from_text(page)
    assert "Transport" in _kept(release)


BLURB = "Advice, grants and training for the towns of Examplia"


def test_a_site_blurb_two_lines_over_the_headline_is_the_sites():
    page = TOP + BLURB + "\n\nTransport\n\n" + BODY
    release = release_from_text(page)
    assert release.title == "Examplia widens its rail network"
    assert "Advice, grants" not in _kept(release)
    assert "Transport" in _kept(release)


def test_a_byline_over_the_headline_stays():
    page = TOP + "Report\nby Jane Example\n\nTransport\n\n" + BODY
    release = release_from_text(page)
    assert "Jane Example" in _kept(release)


def test_the_byline_test_is_the_title_rules_own():
    # head_menus copied title's byline pattern; one list of the languages' "by" words,
    # shared, so that a word added for one is read by both (review1).
    from briefing.ingest import head_menus, known_lines, title

    assert head_menus._BYLINE is known_lines.BYLINE_OPENING
    assert title._BYLINE is known_lines.BYLINE_OPENING
