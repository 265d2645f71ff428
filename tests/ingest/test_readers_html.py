"""HTML reader: trafilatura main text walked into styled block Lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file
from briefing.ingest.readers.html import declared_charset, extract_html

FILLER = (
    "The ministers reviewed the situation in the region and agreed to deepen cooperation "
    "on maritime security, trade and climate action over the coming year. "
)

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Ministers agree new partnership | Ministry of Foreign Affairs</title>
<meta property="og:title" content="Ministers agree new partnership">
<meta property="og:site_name" content="Ministry of Foreign Affairs">
<meta property="article:published_time" content="2024-03-21T10:00:00+01:00">
<link rel="canonical" href="https://mfa.example.org/news/partnership">
<script>window.track = function() {{}};</script>
<style>body {{ color: red }}</style>
</head><body>
<header><div class="logo">Ministry of Foreign Affairs</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About us</a></li></ul></nav></header>
<main><article>
<h1>Ministers agree new partnership</h1>
<p>{FILLER}</p>
<p>{FILLER}The meeting took place in Geneva.</p>
<h2>Key outcomes</h2>
<ol>
  <li>A joint working group on maritime security.</li>
  <li>Annual consultations at ministerial level.
    <ul><li>First round in Seoul.</li><li>Second round in Paris.</li></ul>
  </li>
  <li>A new scholarship programme.</li>
</ol>
<p>{FILLER}</p>
<blockquote><p>We share the same values and the same concerns.</p></blockquote>
<h3>Other items</h3>
<ul><li>Climate finance</li><li>Cultural exchanges</li></ul>
<p>{FILLER}</p>
</article></main>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<button>Print this page</button></div>
<aside><h2>Related news</h2><ul><li><a href="/n/1">Older story</a></li></ul></aside>
<footer><p>© 2024 Ministry of Foreign Affairs. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>
"""


@pytest.fixture
def page(tmp_path: Path):
    path = tmp_path / "release.html"
    path.write_text(PAGE, encoding="utf-8")
    return read_file(path)


def test_format_flags(page) -> None:
    assert page.format == "html"
    assert page.blocks_are_paragraphs is True
    assert page.encoding == "utf-8"


def test_title_is_first_line(page) -> None:
    assert page.lines[0] == Line("Ministers agree new partnership", style="title")
    assert sum(line.text == "Ministers agree new partnership" for line in page.lines) == 1


def test_headings_lists_quotes(page) -> None:
    styled = [(line.style, line.level, line.label, line.text) for line in page.lines]
    assert ("heading2", 0, "", "Key outcomes") in styled
    assert ("heading3", 0, "", "Other items") in styled
    assert ("list-item", 0, "1.", "A joint working group on maritime security.") in styled
    assert ("list-item", 0, "2.", "Annual consultations at ministerial level.") in styled
    assert ("list-item", 1, "•", "First round in Seoul.") in styled
    assert ("list-item", 1, "•", "Second round in Paris.") in styled
    assert ("list-item", 0, "3.", "A new scholarship programme.") in styled
    assert ("list-item", 0, "•", "Climate finance") in styled
    assert ("quote", 0, "", "We share the same values and the same concerns.") in styled


def test_order_is_kept(page) -> None:
    texts = [line.text for line in page.lines]
    assert texts.index("Key outcomes") < texts.index("First round in Seoul.")
    assert texts.index("First round in Seoul.") < texts.index("A new scholarship programme.")
    assert texts.index("A new scholarship programme.") < texts.index("Other items")


def test_page_furniture_is_dropped(page) -> None:
    joined = "\n".join(line.text for line in page.lines)
    for junk in (
        "Home",
        "About us",
        "Share on",
        "Print this page",
        "Related news",
        "All rights reserved",
        "Privacy policy",
        "window.track",
        "color: red",
    ):
        assert junk not in joined


def test_metadata(page) -> None:
    assert page.metadata["title"] == "Ministers agree new partnership"
    assert page.metadata["date"] == "2024-03-21"
    assert page.metadata["url"] == "https://mfa.example.org/news/partnership"
    assert page.metadata["issuer"] == "Ministry of Foreign Affairs"
    assert page.metadata["language"] == "en-gb"


def test_no_empty_lines(page) -> None:
    assert all(line.text and line.text == line.text.strip() for line in page.lines)


def test_title_added_when_body_lacks_it() -> None:
    html = (
        f"<html><head><title>Statement on the summit</title></head><body><article>"
        f"<p>{FILLER * 2}</p><p>{FILLER}</p></article></body></html>"
    )
    ex = extract_html(html)
    assert ex.lines[0] == Line("Statement on the summit", style="title")
    assert ex.lines[1].text.startswith("The ministers reviewed")


def test_fragment_without_title_keeps_its_headings() -> None:
    html = (
        f"<p>{FILLER}</p><h2>Background</h2><p>1. {FILLER}</p>"
        "<ul><li>First</li><li>Second</li></ul>"
    )
    ex = extract_html(html)
    assert "title" not in ex.metadata  # a mid-text h2 is not the page title
    assert Line("Background", style="heading2") in ex.lines
    assert ex.lines[0].style == ""
    assert [line.text for line in ex.lines if line.style == "list-item"] == ["First", "Second"]


def test_short_page_without_landmarks() -> None:
    html = (
        "<html><body><nav>Menu Home</nav><h1>Short note</h1><p>Only a line.</p>"
        "<ul><li>one</li><li>two <b>bold</b></li></ul><footer>Footer text</footer>"
        "</body></html>"
    )
    ex = extract_html(html)
    texts = [line.text for line in ex.lines]
    assert "Only a line." in texts
    assert "two bold" in texts
    assert "Menu Home" not in texts and "Footer text" not in texts


def test_line_breaks_split_paragraph_blocks() -> None:
    html = (
        f"<html><body><article><p>{FILLER * 3}</p>"
        "<p>Press office<br>Tel. +41 58 000 00 00<br>press@example.org</p>"
        "</article></body></html>"
    )
    texts = [line.text for line in extract_html(html).lines]
    assert texts[-3:] == ["Press office", "Tel. +41 58 000 00 00", "press@example.org"]


def test_declared_charset_is_used(tmp_path: Path) -> None:
    text = f"Déclaration conjointe des ministres. {FILLER * 3}"
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; '
        f'charset=windows-1252"><title>Déclaration</title></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    )
    path = tmp_path / "fr.htm"
    path.write_bytes(html.encode("cp1252"))
    ex = read_file(path)
    assert ex.encoding == "cp1252"
    assert any(line.text.startswith("Déclaration conjointe") for line in ex.lines)


def test_declared_charset_sniffing() -> None:
    assert declared_charset(b'<meta charset="euc-kr">') == "euc-kr"
    assert declared_charset(b"<html><body>none</body></html>") is None


def test_table_rows() -> None:
    html = (
        f"<html><body><article><p>{FILLER * 3}</p><table><tr><th>Country</th>"
        "<th>Rate</th></tr><tr><td>Korea</td><td>3.5%</td></tr></table>"
        "</article></body></html>"
    )
    lines = extract_html(html).lines
    assert Line("Korea | 3.5%", style="table") in lines
