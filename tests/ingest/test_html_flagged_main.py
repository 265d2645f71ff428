"""A page whose whole text sits in a container flagged as furniture by its tag or name
(one <form> around the page, a main column named "sidebar_content", the readable copy
inside <noscript>) is still read: the release is that container's text, and the menus
around it stay dropped. A short release beside a real sidebar of teasers keeps the
release. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.readers import read_file

_STORY = """<h2 class="title">Harbour fund opens for small boats</h2>
<div class="date">3 March 2024</div>
<p>The harbour authority opened a fund on Monday for owners of small fishing boats who
need to repair their moorings after the winter storms along the northern coast.</p>
<p>Owners can apply until the end of May; the authority expects about four hundred
applications and will pay the first grants in June, before the summer season.</p>
<p>The fund holds two million in its first year and is paid for by the port dues.</p>"""

_MENU = """<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>"""

_PAGES = {
    "form": f"""<html><body><form id="pageForm" action="/page.aspx" method="post">
<div class="header">{_MENU}</div><div class="main">{_STORY}</div>
<div class="footer-holder"><a href="/privacy">Privacy</a></div></form></body></html>""",
    "sidebar-named": f"""<html><body><div class="wrapper">{_MENU}
<div class="content_wrapper"><div class="sidebar_content"><div class="post_wrapper">
{_STORY}</div></div><div class="sidebar_wrapper">{_MENU}</div></div></div></body></html>""",
    "noscript": f"""<html><body><noscript><div class="nojs">{_MENU}
<div class="page">{_STORY}</div></div></noscript><script>build()</script></body></html>""",
}


@pytest.mark.parametrize("shape", sorted(_PAGES))
def test_release_in_a_flagged_container_is_read(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_PAGES[shape], encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert any(t.startswith("The harbour authority opened a fund") for t in texts)
    assert any(t.startswith("The fund holds two million") for t in texts)
    assert "About us" not in texts


def test_short_release_beside_a_sidebar_of_teasers_is_kept(tmp_path: Path) -> None:
    teasers = "".join(
        f"<div class='teaser'><h3>Item {n}</h3><p>A longer summary of another item of the "
        f"site, number {n}, printed in the sidebar beside the release with its own text.</p>"
        "</div>"
        for n in range(12)
    )
    page = f"""<html><body><div class="container"><div class="left">
<h1>Programme of the government</h1><p>The programme adopted on 25 November is attached
below.</p><p><a href="/p.pdf">programme.pdf</a></p></div>
<div class="region-sidebar">{teasers}</div></div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert any(t.startswith("The programme adopted on 25 November") for t in texts)
    assert not any(t.startswith("A longer summary of another item") for t in texts)
