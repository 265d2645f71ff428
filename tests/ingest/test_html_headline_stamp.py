"""A date printed inside the headline (<h1><time>...</time> Title</h1>) is the release's
dateline, not words of its title. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file

_PAGE = """<html><head><title>Example Ministry</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><h1>{h1}</h1>
<p class="abstract">More money for longer opening hours of child care</p>
<p>The minister announced on Tuesday that the federal budget for child care will grow
by a fifth next year, with the regions adding the same amount.</p>
<h2>Talks with the regions</h2>
<p>The agreement with the regions is to be signed before the summer.</p>
</main></body></html>"""


def _read(tmp_path: Path, h1: str):
    path = tmp_path / "release.html"
    path.write_text(_PAGE.format(h1=h1), encoding="utf-8")
    return path


def test_date_before_the_title_in_the_headline_is_a_dateline(tmp_path: Path) -> None:
    h1 = (
        '<span class="supertitle"><time datetime="2022-02-01">1. Februar 2022</time></span>'
        '<span class="title">Minister Example: more child care with the regions</span>'
    )
    path = _read(tmp_path, h1)
    lines = read_file(path).lines
    assert [(line.text, line.style) for line in lines[:2]] == [
        ("1. Februar 2022", ""),
        ("Minister Example: more child care with the regions", "title"),
    ]
    release = load_release(path)
    assert release.title == "Minister Example: more child care with the regions"
    assert release.date == "2022-02-01"


def test_date_after_the_title_in_the_headline_follows_it(tmp_path: Path) -> None:
    h1 = 'Minister Example: more child care <small><time>3 May 2021</time></small>'
    lines = read_file(_read(tmp_path, h1)).lines
    assert [line.text for line in lines[:2]] == ["Minister Example: more child care", "3 May 2021"]


def test_a_headline_that_is_only_a_date_stays_the_headline(tmp_path: Path) -> None:
    lines = read_file(_read(tmp_path, "<time>3 May 2021</time>")).lines
    assert (lines[0].text, lines[0].style) == ("3 May 2021", "title")


def test_a_date_in_an_element_of_its_own_opening_the_headline_is_a_dateline(
    tmp_path: Path,
) -> None:
    # No <time>: the template's "topline" span holds only the date.
    h1 = (
        '<span class="topline"><span class="date">01.02.2022</span></span>'
        "Minister Example: more child care with the regions"
    )
    path = _read(tmp_path, h1)
    release = load_release(path)
    assert release.title == "Minister Example: more child care with the regions"
    assert release.date == "2022-02-01"


def test_a_headline_naming_a_year_in_its_own_element_keeps_it(tmp_path: Path) -> None:
    h1 = "Budget <em>2022</em> agreed with the regions"
    release = load_release(_read(tmp_path, h1))
    assert release.title == "Budget 2022 agreed with the regions"
