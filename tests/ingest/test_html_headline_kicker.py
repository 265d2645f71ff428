"""A kicker set inside the headline element is removed text, not the title's first words,
unless the page's og:title joins the two; a hidden label inside the headline is not read into
the title. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file

_PAGE = """<html><head><title>Example News</title>{meta}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><h1>{h1}</h1>
<p>The city council agreed on Tuesday to open three new libraries in the eastern
districts, with longer opening hours on weekends and a budget for books in six languages.</p>
<p>Building starts next spring; the first library opens its doors a year later.</p>
</main></body></html>"""


def _read(tmp_path: Path, h1: str, og_title: str = ""):
    meta = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    path = tmp_path / "release.html"
    path.write_text(_PAGE.format(h1=h1, meta=meta), encoding="utf-8")
    return path


def test_a_named_kicker_is_a_line_above_the_title(tmp_path: Path) -> None:
    h1 = (
        '<span class="article__overline">Reading in the east</span>'
        '<span class="sr-only">: </span> <span class="article__title">Three new libraries</span>'
    )
    path = _read(tmp_path, h1)
    extracted = read_file(path)
    assert [(line.text, line.style) for line in extracted.lines[:1]] == [
        ("Three new libraries", "title")
    ]
    assert ("kicker", "Reading in the east") in extracted.dropped
    assert load_release(path).title == "Three new libraries"


def test_a_kicker_in_a_box_of_its_own_with_a_hidden_dash(tmp_path: Path) -> None:
    h1 = (
        '<div class="topic-label">City council</div> <span class="hideme"> - </span>'
        " Three new libraries for the east"
    )
    assert load_release(_read(tmp_path, h1)).title == "Three new libraries for the east"


def test_a_kicker_glued_to_the_headline_box_is_apart(tmp_path: Path) -> None:
    h1 = '<span class="t-small">"Books for all"</span><span class="t-big">Council opens three libraries</span>'
    assert load_release(_read(tmp_path, h1)).title == "Council opens three libraries"


def test_the_page_title_joining_kicker_and_headline_is_the_title(tmp_path: Path) -> None:
    h1 = '<span class="kicker">Reading</span><span class="title">Three new libraries</span>'
    path = _read(tmp_path, h1, og_title="Reading: Three new libraries")
    assert load_release(path).title == "Reading: Three new libraries"


def test_a_hidden_headline_label_is_not_read_into_the_title(tmp_path: Path) -> None:
    h1 = '<div class="headline"><span class="visually-hidden">Headline:</span> Three new libraries</div>'
    assert load_release(_read(tmp_path, h1)).title == "Three new libraries"


def test_soft_hyphens_leave_the_title(tmp_path: Path) -> None:
    h1 = "Three new libra\u00adries for the east"
    assert load_release(_read(tmp_path, h1)).title == "Three new libraries for the east"


def test_words_of_one_title_in_two_spaced_boxes_stay_one_title(tmp_path: Path) -> None:
    h1 = '<span class="a">Three</span> <span class="b">new libraries for the east</span>'
    assert load_release(_read(tmp_path, h1)).title == "Three new libraries for the east"


def test_a_kicker_glued_across_a_hidden_dash_is_apart(tmp_path: Path) -> None:
    h1 = (
        '<span class="head-a">Council vote</span><span class="x" aria-hidden="true"> – </span>'
        '<span class="head-b">Three new libraries for the east</span>'
    )
    assert load_release(_read(tmp_path, h1)).title == "Three new libraries for the east"


def test_a_first_box_the_page_title_leaves_out_is_a_kicker(tmp_path: Path) -> None:
    h1 = "<em>Reading </em>Three new libraries for the east"
    path = _read(tmp_path, h1, og_title="Three new libraries for the east")
    assert load_release(path).title == "Three new libraries for the east"


def test_an_emphasised_first_word_of_the_title_stays_in_it(tmp_path: Path) -> None:
    h1 = "<em>Hamlet</em> returns to the city theatre"
    path = _read(tmp_path, h1, og_title="Hamlet returns to the city theatre")
    assert load_release(path).title == "Hamlet returns to the city theatre"
