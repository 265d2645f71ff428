"""A page copied with nothing over its article but the site's menu lines opens its text on
the headline over its date: that line is the title, not a teaser's name among the menu
entries; a head that is not all menu, or a first line over no date, keeps the picker's
title. Made-up text (session 42, txttitle)."""

from __future__ import annotations

from briefing.ingest import roles as R
from briefing.ingest.menu_headlines import headline_date_under_menu
from briefing.ingest.pipeline import release_from_text
from briefing.ingest.segment import Block
from briefing.ingest.title import _title_shaped

_MENU = (
    "Home\n\nAbout us\n\nOur projects\n\nTeam\n\n"
    "Examplia and the trade in rare birds\n\nPress\n\nReports and papers\n\nContact\n\n"
)
_HEADLINE = "Examplia: a bird smuggler caught and sentenced to the maximum penalty!"
_BODY = (
    "The court of the southern district heard on Tuesday the case of a man caught with "
    "twelve protected parrots hidden in the boot of his car at the border post.\n\n"
    "He admitted every charge and said his cousin had paid him to carry the birds across "
    "the river to a buyer in the capital.\n"
)


def test_a_headline_over_its_date_under_a_menu_is_the_title():
    release = release_from_text(_MENU + _HEADLINE + "\n\n27 Sep 2031\n\n" + _BODY)
    assert release.title == _HEADLINE


def test_a_first_line_over_no_date_is_no_headline_under_the_menu():
    # (The body's first line over its lead, no date between: a lead's line or a heading.)
    texts = [*(t for t in _MENU.split("\n\n") if t), _HEADLINE, *_BODY.split("\n\n")]
    blocks = [Block(t.strip()) for t in texts]
    at = len(texts) - 3
    args = (_title_shaped, R.is_date_line, R.words)
    assert headline_date_under_menu(blocks, at, *args) is None
    dated = [*blocks[: at + 1], Block("27 Sep 2031"), *blocks[at + 1 :]]
    assert headline_date_under_menu(dated, at, *args) == at + 1


def test_a_head_with_a_date_is_no_menu():
    # (A head dated on its own is a release's head: its title is looked for there.)
    head = _MENU.replace("Team\n\n", "3 May 2031\n\n")
    release = release_from_text(head + _HEADLINE + "\n\n27 Sep 2031\n\n" + _BODY)
    assert release.title != _HEADLINE


_SITE_MENU = (
    "Mapping the outbreak\n\nThe Examplia outbreak observatory. Read on\n\n"
    "Search\n\nNews\n\nRegions\n\nArts\n\nEconomy\n\nLog In\n\nSubscribe\n\n"
)
_INTERVIEW = "“First comes the map”: on migration with Jane Example"


def test_a_teaser_among_menu_entries_is_no_title():
    text = _SITE_MENU + _INTERVIEW + "\n\nInterviews\n\n" + _BODY
    assert release_from_text(text).title == _INTERVIEW


def test_a_headline_over_a_short_run_keeps_the_title():
    # (Four short lines under the headline, then the lead: its kicker, byline, a control
    # and a related story's name.)
    text = (
        "Menu\n\n" + _INTERVIEW + "\n\nInterviews\n\nBy Jane Example\n\nShare\n\n"
        "Examplia and the trade in rare birds\n\n" + _BODY
    )
    assert release_from_text(text).title == _INTERVIEW


def test_a_title_in_capitals_over_short_cover_lines_is_no_menu_entry():
    text = (
        "Examplia Harbour Board\n\nPILOTAGE RULES FOR THE NORTH QUAY\n\nFIRST EDITION\n\n"
        "PART TWO\n\nNORTH QUAY\n\nSOUTH QUAY\n\nANNEXES\n\n" + _BODY
    )
    assert release_from_text(text).title == "PILOTAGE RULES FOR THE NORTH QUAY"
