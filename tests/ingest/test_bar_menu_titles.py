"""A site's menu bar copied with its bars ("Home|News|Photos|Opinion|Sports") is never the
title; a browser title joining a headline and the site with one bar is not a menu.
Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.title import _menu_row


def test_bar_menu_is_a_menu_row():
    assert _menu_row("Home|News|Photos|Opinion|Sports|Travel")
    assert _menu_row("首页|新闻|图片|评论|体育")
    assert _menu_row("| Home | News | Photos | Opinion | Sports |")  # (bars at its ends)
    assert not _menu_row("Home||News|Photos")  # (an empty entry: no run of names)


def test_headline_and_site_name_is_no_menu():
    assert not _menu_row("Harbour reopens after storm repairs | Examplia Daily")
    assert not _menu_row("Budget 2031 | Tax | Spending | Debt")  # (a figure: a table's row)


def test_page_title_under_a_bar_menu():
    text = (
        "Home|News|Photos|Opinion|Sports|Travel\n"
        "Home >> News >> Examplia >> Article\n"
        "Students abroad follow the harbour reform debate\n"
        "Posted: 2031-03-10 08:42\n"
        "Students studying abroad say they follow the reform debate closely, and many plan to\n"
        "return to work on the harbour projects once they have finished their degrees.\n"
    )
    assert release_from_text(text).title == "Students abroad follow the harbour reform debate"
