"""A government's official-site banner ("An official website of the United States
government / Here's how you know ...") and a page's skip links, copied over a page, are
the site's lines: removed, never the title (gov_banners). Made-up pages."""

from __future__ import annotations

from briefing.ingest.gov_banners import is_official_site_banner
from briefing.ingest.pipeline import release_from_text

PAGE = """Skip directly to site content Skip directly to search

An official website of the United States government
Here's how you know

Official websites use .gov
A .gov website belongs to an official government organization in the United States.

Secure .gov websites use HTTPS
A lock ( ) or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.

Widgets

Home

March 3, 2031

Safer Widgets at Home

Most households keep more widgets than they need, and a few simple habits make them safer.

Widgets are found in nearly every home. They can break when they are stored in damp places.
"""


def test_banner_lines():
    assert is_official_site_banner(
        "An official website of the United States government Here’s how you know"
    )
    assert is_official_site_banner("Skip to main content")
    assert is_official_site_banner("Skip directly to site content Skip directly to search")
    assert is_official_site_banner(
        "Federal government websites often end in .gov or .mil. Before sharing sensitive "
        "information, make sure you're on a federal government site."
    )
    assert is_official_site_banner("An official website of the European Union How do you know?")
    assert is_official_site_banner("Un sitio oficial del Gobierno de Estados Unidos")
    # Phrases a page may print for itself are banner only beside the banner's own.
    assert not is_official_site_banner("How do you know?")
    assert not is_official_site_banner("The site is secure.")
    # A sentence of the release mentioning the banner says more.
    assert not is_official_site_banner(
        "The agency reminds users that an official website of the United States government ends in .gov."
    )
    assert not is_official_site_banner("[U.S. flag]")


def test_every_banner_line_passes_the_cheap_look():
    """The key words looked for before the pattern reach every line the pattern reads,
    however the copy spaced its words (two spaces, a no-break space)."""
    assert is_official_site_banner("See all EU institutions and bodies")
    assert is_official_site_banner("Jump\xa0to navigation")
    assert is_official_site_banner("Here’s  how you know")
    assert is_official_site_banner("An official EU website\xa0 How do you know?")


def test_the_title_under_the_banner_is_found():
    release = release_from_text(PAGE)
    assert release.title == "Safer Widgets at Home"
    assert release.date == "2031-03-03"
    removed = " ".join(r.text for r in release.removed)
    assert "official website" in removed and "Skip directly" in removed
    texts = [release.text[n.start : n.end] for n in release.nodes()]
    assert not any(".gov website" in t for t in texts)


BLOG_POST = """Start

Blog

Conference on digital policy opens in May

5 March 2031

The state's digital policy conference opens on 12 May with a keynote on open data.

Registration is open until 30 April; the conference will be streamed.

← Previous post

Next post →

Leave a Reply

Name *

Email *

Website
"""


def test_pager_arrows_and_comment_form_are_site_lines():
    from briefing.ingest.web_chrome import is_site_line

    assert is_site_line("← Previous post") and is_site_line("Next post →")
    assert is_site_line("weiter lesen") and is_site_line("Zurück zur Übersicht")
    assert is_site_line("View comments (27)") and is_site_line("Kommentare (2)")
    assert is_site_line("Your name *") and is_site_line("E-Mail *")
    # A part of the release's own is no form: "Comments" alone, a word with a footnote.
    assert not is_site_line("Comments")
    assert not is_site_line("Background *")
    release = release_from_text(BLOG_POST)
    texts = [release.text[n.start : n.end] for n in release.nodes()]
    assert texts[-1].startswith("Registration is open")
