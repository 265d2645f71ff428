"""A page saved as text on one line opens on its browser title run into the skip link:
the words before it are the title, the site's name after a dash left out when the
headline is printed again; a site's name alone is none, and a title the picker found
stays. Made-up text (session 42, txttitle)."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.skip_link_titles import title_before_skip_link

_HEADLINE = "Joint statement of Examplia and Samplia on the northern harbour"
_PAGE = (
    "Skip to content Cookie settings Home Contact Press Jobs English Search Menu Ministry "
    "About us Organisation Laws Contact Reports News Speeches Photos Press releases "
    + _HEADLINE
    + " 3 May 2031 The governments of Examplia and Samplia agreed today to open the "
    "northern harbour to both countries' ships from the first of June. The ministers "
    "signed the agreement in the capital and will meet again in the autumn. Share Print"
)


def test_the_browser_title_before_the_skip_link_is_the_title():
    text = _HEADLINE + " - Ministry of Examplia " + _PAGE
    assert release_from_text(text).title == _HEADLINE


def test_a_headline_alone_before_the_skip_link_is_the_title():
    assert release_from_text(_HEADLINE + " " + _PAGE).title == _HEADLINE


def test_a_site_name_alone_is_no_title():
    assert title_before_skip_link("Examplia Ministry Skip to content Home News") == ""


def test_a_title_the_picker_found_stays():
    text = (
        "Examplia Ministry of the Harbour Skip to main content\n\nHome\n\nNews\n\n"
        "Pilots agree new rules for the northern quay\n\n3 May 2031\n\n"
        "The harbour board and the pilots' guild agreed today on the rules pilots keep "
        "when they bring ships into the northern quay.\n"
    )
    assert release_from_text(text).title == "Pilots agree new rules for the northern quay"
