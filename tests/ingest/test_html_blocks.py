"""The release's text is not lost to the body element's choice: a column named like
furniture that holds most of the page's prose, and a release printed in several blocks
of one kind, are read whole (html_main._prose_column, html_main._sibling_blocks,
html_blocks.kind_prose). Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_PARAS = [
    "The harbour office opened its second quay on Monday, doubling the berths for ferries "
    "and cargo ships calling at the port through the summer season.",
    "Work on the quay began two years ago and cost less than planned, the office said, "
    "because the old breakwater could be kept and strengthened instead of rebuilt.",
    "The first ferry to use the new berth left for the islands at noon with a full load "
    "of passengers, cars and the post for the three villages there.",
    "A third quay is planned for the next decade, once the channel has been dredged to "
    "the depth the larger ships of the coastal line now need.",
]


def _texts(tmp_path: Path, page: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_a_column_named_like_furniture_that_holds_the_prose_is_read(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = (
        "<html><body><div class='wrap'><div class='box'><p>Port news from the coast, the "
        "islands and the shipping lanes, every day of the week.</p></div><article>"
        f"<h1>Harbour office opens a second quay</h1><div class='text js-search-mark'>{body}"
        "</div></article></div></body></html>"
    )
    texts = _texts(tmp_path, page)
    assert all(any(t.startswith(p[:30]) for t in texts) for p in _PARAS)


def test_a_release_in_blocks_each_in_a_wrapper_is_read_whole(tmp_path: Path) -> None:
    """Each stretch of paragraphs in a box named after the grid's sidebar, each box in
    a wrapper of its own with an advertisement: together they are the release."""
    blocks = "".join(
        "<div class='grid__box'><div class='grid__content article-sidebar'>"
        f"<p>{_PARAS[n]}</p><p>{_PARAS[n + 1]}</p></div>"
        "<div class='advert'>Advertisement</div></div>"
        for n in (0, 2)
    )
    page = f"<html><body><main><h1>Harbour office opens a second quay</h1>{blocks}</main></body></html>"
    texts = _texts(tmp_path, page)
    assert all(any(t.startswith(p[:30]) for t in texts) for p in _PARAS)


def test_text_blocks_of_one_kind_beside_a_picture_block_are_one_release(tmp_path: Path) -> None:
    first, rest = "<p>" + _PARAS[0] + "</p>", "".join(f"<p>{p}</p>" for p in _PARAS[1:])
    page = (
        "<html><body><div class='page'><h1>Harbour office opens a second quay</h1>"
        "<div class='widgets'>"
        f"<div class='widget widget-text'>{first}</div>"
        "<div class='widget widget-image'><img src='quay.jpg' alt=''><span>The new quay</span></div>"
        f"<div class='widget widget-text'>{rest}</div>"
        "</div></div><div class='footer-links'><a href='/a'>About</a> <a href='/c'>Contact</a>"
        "</div></body></html>"
    )
    texts = _texts(tmp_path, page)
    assert any(t.startswith(_PARAS[0][:30]) for t in texts)
    assert any(t.startswith(_PARAS[3][:30]) for t in texts)


def test_each_kind_sums_its_own_outermost_boxes() -> None:
    import lxml.html

    from briefing.ingest.readers.html_blocks import kind_prose
    from briefing.ingest.readers.html_main import prose_chars

    a, b = _PARAS[0], _PARAS[1]
    root = lxml.html.fromstring(
        f"<div><div class='t one'><p>{a}</p><div class='one t'><p>{b}</p></div></div>"
        f"<div class='t two'><p>{b}</p></div><div class='t one'><p>{b}</p></div></div>"
    )
    one, two = root[0], root[1]
    cache: dict = {}
    # Nested boxes of one kind count once; the tag's boxes are shared between kinds.
    assert kind_prose(one, root, cache) == prose_chars(one) + prose_chars(root[2])
    assert kind_prose(two, root, cache) == prose_chars(two)
    assert kind_prose(one, root, cache) == prose_chars(one) + prose_chars(root[2])
