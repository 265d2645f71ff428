"""A page's browser title ("Headline - Site name") taken as the title shows the headline
only, when the page prints the headline again; a release notice run into the headline
("For Immediate Release: ...") is left out too (browser_titles). Made-up pages."""

from __future__ import annotations

from briefing.ingest.browser_titles import without_release_notice, without_site_name
from briefing.ingest.pipeline import release_from_text

PAGE = """Harbour Master Charged With Selling Mooring Permits - The Examplia County Prosecutor's Office
Home
About Us
Newsroom
FOR IMMEDIATE RELEASE
Tuesday, May 16, 2031
Harbour Master Charged With Selling Mooring Permits
Faces up to Seven Years in State Prison if Convicted
County Prosecutor Jane Sample today announced that the harbour master of Port Example has been charged with selling mooring permits for cash.
The defendant is due back in court on June 2, 2031.
"""


def test_the_site_name_is_dropped_when_the_headline_is_printed_again():
    text = "Harbour Master Charged With Selling Permits - Examplia Prosecutor\n\nHarbour Master Charged With Selling Permits\n"
    assert (
        without_site_name("Harbour Master Charged With Selling Permits - Examplia Prosecutor", text)
        == "Harbour Master Charged With Selling Permits"
    )


def test_a_title_printed_once_keeps_its_dash():
    title = "Consultation on harbour fees - Fishing Boats Under Ten Metres"
    assert without_site_name(title, title + "\n\nThe ministry proposes lower fees.\n") == title
    # A tail with figures or a sentence's end is the title's own.
    text = "Harbour report - Budget 2031\nHarbour report\n"
    assert without_site_name("Harbour report - Budget 2031", text) == "Harbour report - Budget 2031"


def test_the_release_notice_is_dropped():
    assert without_release_notice("For Immediate Release: Harbour Master Charged") == (
        "Harbour Master Charged"
    )
    assert (
        without_release_notice("Release of the harbour report") == "Release of the harbour report"
    )


def test_a_copied_page_shows_the_headline():
    release = release_from_text(PAGE)
    assert release.title == "Harbour Master Charged With Selling Mooring Permits"


def test_a_notice_over_only_a_date_is_kept():
    """ "Press Release - 17 October 2031" is the paper's kind and date: taking the notice
    off would leave a date for a title."""
    assert without_release_notice("Press Release - 17 October 2031") == (
        "Press Release - 17 October 2031"
    )


def test_a_pdf_has_no_browser_title(tmp_path):
    """A PDF's repeated line is its running head: "Central Bank of Examplia - Focus" printed
    on every page is not a headline with a site's name after it."""
    from briefing.ingest.extracted import Extracted, Line
    from briefing.ingest.pipeline import structure

    page = [
        "Central Bank of Examplia Monthly Survey - Focus",
        "",
        "Market expectations for inflation rose again in the week to Friday.",
        "",
    ]
    lines = [Line(text) for text in page * 3]
    pdf = structure(Extracted(lines=lines, format="pdf"))
    text = structure(Extracted(lines=lines, format="txt"))
    assert "Focus" in pdf.title
    assert "Focus" not in text.title
