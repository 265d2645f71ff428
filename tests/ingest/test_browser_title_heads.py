"""A page copied as text that opens on its browser title ("Headline - Site"): the site's
lines between it and the headline printed again go to removed; the release's notice and
date over the headline stay (browser_title_heads). Made-up pages."""

from __future__ import annotations

from briefing.ingest.browser_title_heads import chrome_under_browser_title
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.segment import Block

HEADLINE = "Two Harbour Clerks Charged In Connection With Permit Fraud"
MENU = ["HOME", "GET HELP", "REPORT A CRIME", "CONTACT US", "CLEAR YOUR RECORD"]
BODY = [
    "County Prosecutor Jane Sample today announced that the harbour master of Port "
    "Example has been charged with selling mooring permits for cash.",
    "The defendant was arraigned this morning and is due back in court on June 2, 2031.",
]


def _saved_page() -> str:
    lines = [
        f"{HEADLINE} - The Examplia County Prosecutor's Office",
        *MENU,
        "Skip to content",
        "FOR IMMEDIATE RELEASE",
        "Tuesday, May 16, 2031",
        HEADLINE,
        "And Selling Moorings to Unlicensed Boats",
        *BODY,
    ]
    return "\n".join(lines) + "\n"


def test_menus_under_a_browser_title_go_to_removed() -> None:
    release = release_from_text(_saved_page(), "page.txt")
    removed = {r.text for r in release.removed}
    for label in MENU:
        assert label in removed
        assert label not in release.text
    assert "FOR IMMEDIATE RELEASE" in release.text
    assert "Tuesday, May 16, 2031" in release.text


def _blocks(texts: list[str]) -> list[Block]:
    return [Block(text=t) for t in texts]


def _is_prose(block: Block) -> bool:
    return len(block.text.split()) > 12


def test_headline_met_only_past_the_body_is_no_start() -> None:
    # The headline printed again under three paragraphs (a related link, a print view)
    # is not where the release starts: nothing is taken.
    texts = [f"{HEADLINE} | Examplia Prosecutor", *BODY, BODY[0] + " Again.", HEADLINE]
    kinds = ["title"] + ["paragraph"] * (len(texts) - 1)
    assert chrome_under_browser_title(_blocks(texts), kinds, _is_prose, str.isupper) == (
        [],
        None,
    )


def test_page_title_taken_with_the_menus_starts_the_release_at_the_headline() -> None:
    # The reader took the browser title ("Site - Headline") with the site's menus: every
    # kept line above the headline printed again is the site's, save the date over it.
    texts = ["Home", "Newsroom", "Press Release", "16 May 2031", HEADLINE, *BODY]
    kinds = ["note"] * 4 + ["note"] + ["paragraph"] * len(BODY)
    chrome, headline = chrome_under_browser_title(
        _blocks(texts),
        kinds,
        _is_prose,
        lambda text: text[:2].isdigit(),
        page_title=f"Examplia Prosecutor - {HEADLINE}",
    )
    assert chrome == [0, 1, 2]
    assert headline == 4


def test_headline_read_on_into_the_lead_still_starts_the_release() -> None:
    # The text joined the headline's second printing and the lead into one block: its
    # first line is the headline all the same.
    texts = [f"{HEADLINE} - Examplia Prosecutor", "Home", "Newsroom", HEADLINE + "\n" + BODY[0]]
    kinds = ["title", "note", "note", "paragraph"]
    assert chrome_under_browser_title(_blocks(texts), kinds, _is_prose, str.isupper) == (
        [1, 2],
        3,
    )
