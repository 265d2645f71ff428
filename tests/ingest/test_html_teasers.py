"""A row of teasers under a release (the site's latest items: a linked headline, a date,
a line of summary each) is the site's, not headings of the release; the release's own
sections, headed by headings that link nowhere, stay. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_RELEASE = """<h1>Water board names new members</h1>
<p>The water board appointed three new members on Tuesday, who will sit until the end
of the board's term in two years' time and chair its committees.</p>
<h2>Tasks</h2>
<p>The members will oversee the dikes, the pumping stations and the board's finances,
and report to the assembly twice a year on the state of the works.</p>"""


def _teaser(n: int) -> str:
    return (
        f'<div class="views-row"><a href="/item-{n}"><div class="teaser">'
        f'<div class="authored">{n}.03.2031</div><h2>Other item number {n} of the site</h2>'
        f"<p>A line of summary of the other item, number {n}, which the site prints under "
        f"its headline so that readers know what they will find behind the link.</p>"
        "</div></a></div>"
    )


def _page(teasers: str) -> str:
    return f"<html><body><main>{_RELEASE}<h3>Latest</h3><div class='view'>{teasers}</div>"


def test_teasers_are_dropped_and_the_release_kept(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("".join(_teaser(n) for n in range(1, 9))), encoding="utf-8")
    lines = read_file(path).lines
    texts = [line.text for line in lines]
    assert not any(t.startswith("Other item number") for t in texts)
    assert not any(t.startswith("A line of summary") for t in texts)
    assert "Tasks" in texts
    assert any(t.startswith("The members will oversee") for t in texts)


def test_sections_whose_headings_link_nowhere_stay(tmp_path: Path) -> None:
    sections = "".join(
        f'<div class="section"><h2>Part {n} of the plan</h2><p>The plan\'s part {n} sets '
        f"out what the board will do in year {n}.</p></div>"
        for n in range(1, 5)
    )
    path = tmp_path / "page.html"
    path.write_text(_page(sections), encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert "Part 3 of the plan" in texts


def _dated_item(n: int) -> str:
    return (
        f'<li><a href="/news/{n}">Other story number {n} of the site on the council budget</a>'
        f'<div class="meta"><time datetime="2031-03-{n:02d}">{n} March 2031</time> | '
        f'<a href="/news/{n}#comments">+</a></div></li>'
    )


def test_a_list_of_linked_headlines_with_their_dates_is_the_sites(tmp_path: Path) -> None:
    """Each item a link to another page and the <time> of that page: the site's latest
    items, not a list of the release's own (whose items have words beside any link)."""
    items = "".join(_dated_item(n) for n in range(1, 7))
    own = (
        "<ul><li>the dikes, which the board <a href='/dikes'>inspects</a> each spring;</li>"
        "<li>the pumping stations, on <time>1 May 2031</time> and after.</li></ul>"
        # The release's own byline: its author's page and, alone, its date.
        "<ul><li><a href='/author/jo-smit'>Jo Smit</a></li>"
        "<li><time datetime='2031-03-20'>20 March 2031</time></li></ul>"
    )
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><body><main>{_RELEASE}{own}<ul>{items}</ul></main></body></html>",
        encoding="utf-8",
    )
    texts = [line.text for line in read_file(path).lines]
    assert not any("Other story number" in t for t in texts)
    assert any("the dikes, which the board" in t for t in texts)
    assert any("the pumping stations" in t for t in texts)
    assert any("Jo Smit" in t for t in texts)
    assert "Tasks" in texts


_CARD = (
    '<div class="more"><a href="/news/ferry-timetable"><img src="ferry.jpg" alt="">'
    "<h5>Also on this site</h5><h4>Ferry timetable changes in the spring</h4></a></div>"
)


def test_a_lone_teaser_card_between_paragraphs_is_the_sites(tmp_path: Path) -> None:
    """One box of a picture and a headline linking to another page, set between the
    release's paragraphs: a teaser of the site's, even alone (html_teasers.teaser_card)."""
    page = (
        "<html><body><main><h1>Water board names new members</h1>"
        "<p>The water board appointed three new members on Tuesday, who will sit until "
        f"the end of the board's term in two years' time.</p>{_CARD}"
        "<p>The members will oversee the dikes, the pumping stations and the board's "
        "finances, and report to the assembly twice a year.</p></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert not any("Ferry timetable" in t or "Also on this site" in t for t in texts)
    assert any(t.startswith("The members will oversee") for t in texts)


def test_a_linked_headline_box_above_the_body_stays(tmp_path: Path) -> None:
    """Above the body, a box of a headline linking to its own page and a picture is the
    release's head (a blog's permalinked title over the lead picture), and a box holding
    a person's e-mail is a contact card: neither is a teaser."""
    page = (
        "<html><body><main><div class='post-head'><h3><a href='/posts/new-members'>"
        "Board names new members</a></h3><img src='lead.jpg' alt=''></div>"
        "<p>The water board appointed three new members on Tuesday, who will sit until "
        "the end of the board's term in two years' time.</p>"
        "<div class='person'><img src='jo.jpg' alt=''><h4><a href='/staff/jo'>Jo Smit</a>"
        "</h4><p>Press officer</p><a href='mailto:jo@example.org'>jo@example.org</a></div>"
        "</main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert any("Board names new members" in t for t in texts)
    assert any("Jo Smit" in t for t in texts)
