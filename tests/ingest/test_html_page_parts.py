"""Parts of a web page saved whole: which are the release's (headline box, section
headers, picture captions, dateline) and which the site's. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = (
    "<p>The river authority opened the new flood gate on Monday after three years of "
    "work, and will test it at every spring tide until the end of the year.</p>"
    "<p>The gate closes in four minutes and protects some twelve thousand homes along "
    "the lower reaches of the river from storm surges.</p>"
)


def _read(tmp_path: Path, html: str):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_file(path)


def test_headline_box_with_a_list_of_subject_links_keeps_its_headline(tmp_path: Path) -> None:
    # Kicker, headline and the site's subject tags (a list of links) in one header box:
    # the tags go, the kicker and headline stay.
    head = (
        '<header class="pageHead"><div class="pageHead__box">'
        '<div class="pageHead__kicker">Flood defence</div><h1>New gate on the river</h1>'
        '<ul><li><a href="/t/water">Water</a></li><li><a href="/t/rivers">Rivers</a></li>'
        '<li><a href="/t/safety">Public safety</a></li></ul></div></header>'
    )
    extracted = _read(tmp_path, f"<html><body><article>{head}{_BODY}</article></body></html>")
    texts = [line.text for line in extracted.lines]
    assert "New gate on the river" in texts
    assert "Flood defence" in texts
    assert not any("Public safety" in t for t in texts)


def _outline_kinds(tmp_path: Path, html: str) -> dict[str, str]:
    from briefing.ingest import load_release

    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    release = load_release(path, suggest=False)
    return {" ".join(release.node_text(n).split()): n.kind for n in release.nodes()}


def test_picture_captions_are_lines_not_headings(tmp_path: Path) -> None:
    # Three shapes sites use: a <figcaption>, the lone text of a box holding a picture,
    # an <h5> classed as a picture's subtitle. Short and without a full stop, each
    # would pass for a crosshead over the paragraph after it.
    html = (
        "<html><body><article><h1>New gate on the river</h1>"
        '<figure><img src="g.jpg" alt=""><figcaption>The gate at high tide</figcaption></figure>'
        + _BODY
        + '<div class="asset"><img src="w.jpg" alt=""><div class="meta"><span>Workers on '
        "the dike in March</span></div></div>"
        "<p>The authority will publish the results of the tests in the spring, together "
        "with the costs of the works and the plans for the upper river.</p>"
        '<div class="media"><div class="gallery"><img src="m.jpg" alt=""></div>'
        '<div class="text"><h5 class="bilduntertitel">Map of the lower reaches</h5></div></div>'
        "<p>Residents can visit the gate on open days in the summer, when guides explain "
        "how it was built and how it is run.</p></article></body></html>"
    )
    kinds = _outline_kinds(tmp_path, html)
    for caption in (
        "The gate at high tide",
        "Workers on the dike in March",
        "Map of the lower reaches",
    ):
        assert kinds.get(caption) not in (None, "heading"), caption


def test_a_person_card_beside_a_heading_is_no_caption(tmp_path: Path) -> None:
    from lxml import etree

    from briefing.ingest.readers.html_captions import picture_caption

    card = etree.fromstring(
        '<div class="person"><h3>Jane Example</h3><div class="row"><div class="pic">'
        '<img src="j.jpg" alt=""></div><div><p>Head of the regional office</p></div></div>'
        "</div>",
        etree.HTMLParser(),
    )
    post = card.find(".//p")
    assert not picture_caption(post)


def test_the_date_in_a_strip_of_share_buttons_is_the_dateline(tmp_path: Path) -> None:
    # The site sets the date in one strip with its share buttons (a "social" box): the
    # strip goes, its date stays as the release's dateline; later dates (teasers) go.
    html = (
        "<html><body><main><div class='content'><h1>New gate on the river</h1>"
        "<div class='block block--date-social'><span>14/03/2031</span>"
        "<ul><li><a href='/share/fb'>Facebook</a></li><li><a href='/share/x'>X</a></li></ul>"
        "<a href='#' class='share'>share</a></div>"
        + _BODY
        + "<div class='social-box'><span>15/03/2031</span><a href='/s'>share</a></div>"
        "</div></main></body></html>"
    )
    extracted = _read(tmp_path, html)
    texts = [line.text for line in extracted.lines]
    assert "14/03/2031" in texts
    assert "15/03/2031" not in texts
    assert not any("Facebook" in t or t == "share" for t in texts)
    assert extracted.lines[[*texts].index("14/03/2031") - 1].text == "New gate on the river"


def test_the_notice_round_an_embedded_frame_is_the_sites(tmp_path: Path) -> None:
    # A video in a classless box with the site's data notice, and a tweet's code held
    # in a <textarea> until the reader consents, under a "load" heading and a privacy
    # note: both notices go; the release's paragraphs and its sentence introducing the
    # tweet stay.
    html = (
        "<html><body><article><h1>New gate on the river</h1>"
        + _BODY
        + "<address><a href='#end'>Skip video</a><iframe src='https://video.example/x'>"
        "No frames.</iframe><span id='end'></span><address>Note: playing this video sends "
        "data to the video service.</address></address>"
        "<p>The minister wrote about the opening on the day:</p>"
        "<div class='placeholder'><textarea><blockquote>tweet code</blockquote></textarea>"
        "<h2>Load the tweet</h2><div class='msg'>We respect your privacy and connect to "
        "the service only with your consent.</div><a href='/settings'>Manage settings</a>"
        "</div></article></body></html>"
    )
    texts = [line.text for line in _read(tmp_path, html).lines]
    assert not any("playing this video" in t or "respect your privacy" in t for t in texts)
    assert "Load the tweet" not in texts
    assert "The minister wrote about the opening on the day:" in texts
    assert any(t.startswith("The gate closes in four minutes") for t in texts)


def test_a_section_header_inside_the_release_keeps_its_heading(tmp_path: Path) -> None:
    # HTML scopes a <header> to its section: inside the release's element it heads a
    # part of the release; the site's banner header outside it still goes.
    html = (
        "<html><body><header><h2>River Authority</h2><p>Home News Contact</p></header>"
        "<div class='post'><h2>New gate on the river</h2><div class='entry'>"
        + _BODY
        + "<section class='annex'><header><h3>Costs of the works</h3></header>"
        "<p>The gate cost forty million, shared between the state and the two provinces "
        "along the river, and came in under its budget by a tenth.</p></section>"
        "<section class='annex'><header><h3>Next steps</h3></header>"
        "<p>The authority will now plan a second gate upstream, to be built once the first "
        "has been through a full winter of storms.</p></section></div></div></body></html>"
    )
    lines = _read(tmp_path, html).lines
    styles = {line.text: line.style for line in lines}
    assert styles.get("Costs of the works", "").startswith("heading")
    assert styles.get("Next steps", "").startswith("heading")
    assert "Home News Contact" not in styles


def test_a_box_caption_in_a_header_inside_the_release_stays(tmp_path: Path) -> None:
    # A <header> inside the release's element holding neither a heading nor a link is
    # the caption of a box of the release (its press contact); the site's banner, with
    # the site's links, still goes.
    html = (
        "<html><body><header><a href='/'>River Authority</a><p>Home News</p></header>"
        "<div class='post'><h2>New gate on the river</h2><div class='entry'>"
        + _BODY
        + "<div class='contact-box'><header class='contact-box__title'>Press contact</header>"
        "<p>Jane Example, press officer</p>"
        "<p><a href='tel:+10000000'>Phone: 000 000 000</a></p></div></div></div></body></html>"
    )
    texts = [line.text for line in _read(tmp_path, html).lines]
    assert "Press contact" in texts
    assert "Jane Example, press officer" in texts
    assert not any("Home News" in t for t in texts)


def test_an_old_page_laid_out_in_nested_tables_keeps_its_article(tmp_path: Path) -> None:
    # Old sites lay the page out as tables inside the cells of tables: the article's
    # cell beside a sidebar cell of links is no row of data, and its paragraphs are
    # read as paragraphs (the rows of the nested tables are the layout's, not the
    # outer table's).
    article = (
        "<table><tr><td><h1>New gate on the river</h1></td></tr>"
        "<tr><td>River Authority ( 2031-03-14 09:20 )</td></tr>"
        "<tr><td>" + _BODY + _BODY.replace("Monday", "Tuesday") + "</td></tr>"
        "<tr><td>Editor: J. Example</td></tr></table>"
    )
    side = "".join(f"<tr><td><a href='/n{n}'>Other news item {n}</a></td></tr>" for n in range(6))
    html = (
        "<html><body><table class='page'><tr><td><table><tr>"
        f"<td width='600'>{article}</td><td><table>{side}</table></td>"
        "</tr></table></td></tr></table></body></html>"
    )
    texts = [line.text for line in _read(tmp_path, html).lines]
    assert any(t.startswith("The river authority opened") for t in texts)
    assert any(t.startswith("The gate closes in four minutes") for t in texts)
    assert not any(" | " in t for t in texts)
