"""A theme's wrapper named after the sidebar it lays out beside the main column ("wrap
sidebar_right") holds the page's <main>: it is the page's frame, not a sidebar, and the
release inside is read; a headline the theme prints in a band above the columns is the
title when the <title> says the same before the site's name. All text here is made up in
the shape of real pages."""

from __future__ import annotations

from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

BODY = (
    "<p>The lake rescue school opened its new diving hall on Monday, three years after the"
    " first plans were drawn and with the help of every brigade of the valley.</p>"
    "<p>Divers from five regions will train there in cold and dark water, as they meet it"
    " in the mountain lakes where most of their calls take them.</p>"
)
PAGE = (
    "<html><head><title>New diving hall opened – Valley Rescue</title></head><body>"
    "<div class='title_band'><h1>New diving hall opened</h1>"
    "<div class='breadcrumb'>You are here: Home / News</div></div>"
    "<div class='container_wrap sidebar_right'><div class='container'>"
    "<main class='content'><section class='post'>" + BODY + "</section></main>"
    "<aside class='sidebar'><h3>Latest news</h3><ul><li><a href='/a'>Old news</a></li>"
    "<li><a href='/b'>Older news</a></li></ul></aside></div></div>"
    "<footer class='container_wrap footer'><p>Lake Road 4, 1000 Valley</p></footer>"
    "</body></html>"
)


def test_the_main_column_inside_a_sidebar_named_wrapper_is_read() -> None:
    release = structure(extract_html(PAGE))
    assert "opened its new diving hall on Monday" in release.text
    assert "in the mountain lakes" in release.text
    assert release.title == "New diving hall opened"


def test_a_real_sidebar_is_still_dropped() -> None:
    release = structure(extract_html(PAGE))
    assert "Older news" not in release.text


def test_a_band_headline_the_head_title_does_not_confirm_is_not_the_title() -> None:
    page = PAGE.replace("New diving hall opened – Valley Rescue", "Valley Rescue")
    release = structure(extract_html(page))
    assert release.title != "New diving hall opened"


def test_a_site_name_h1_linking_home_is_not_the_title() -> None:
    page = PAGE.replace(
        "<h1>New diving hall opened</h1>",
        "<h1><a href='https://valley.example/'>Valley Rescue</a></h1>",
    ).replace("New diving hall opened – Valley Rescue", "Valley Rescue » Blog » New diving hall")
    assert structure(extract_html(page)).title != "Valley Rescue"
