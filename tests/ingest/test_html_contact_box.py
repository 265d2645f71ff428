"""A press officer's card set after the release in a box the site styles as a sidebar
or "related" panel is the release's contact, one line per card; the site's own contact
block (offices and address, no portrait) and a menu captioned "Kontakt" stay dropped.
Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_TEXT = """<main><h1>Valley council opens the new ferry</h1>
<p>The valley council opened the new ferry across the lake on Monday, a year after the
old boat was laid up, and will run it every hour from spring.</p></main>"""

_CARD = (
    '<div class="related-content"><p class="h1">Kontakt</p><div class="grid">'
    '<div class="card"><img src="a.jpg" alt=""/><div><p>Your contact</p> Ana Example<br/>'
    ' Lake Road 1<br/> Tel. 012 / 345 67<br/><a href="mailto:press@example.org">'
    "press@example.org</a></div></div>"
    '<div class="card"><img src="b.jpg" alt=""/><div><p>Your contact for ferries</p>'
    " Ben Sample<br/> Tel. 012 / 345 68</div></div></div></div>"
)


def _lines(tmp_path: Path, tail: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{_TEXT}{tail}</body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_a_press_contact_card_after_the_release_is_kept_one_line_a_card(tmp_path: Path) -> None:
    texts = _lines(tmp_path, _CARD.replace("Your contact", "Ihr Ansprechpartner"))
    cards = [t for t in texts if t.startswith("Ihr Ansprechpartner")]
    assert len(cards) == 2
    assert "Ana Example" in cards[0] and "press@example.org" in cards[0]
    assert "Ben Sample" in cards[1]


def test_a_site_contact_block_without_a_portrait_stays_dropped(tmp_path: Path) -> None:
    block = (
        '<aside class="sidebar"><h3>Contact</h3><div>Office: 1 Lake Road, Valley</div>'
        "<div>Tel: 012 345 67</div></aside>"
    )
    texts = _lines(tmp_path, block)
    assert not any(t.startswith(("Contact", "Office: 1 Lake Road")) for t in texts)


def test_a_menu_captioned_kontakt_stays_dropped(tmp_path: Path) -> None:
    menu = (
        '<div class="related"><p>Kontakt</p><ul><li><a href="/write">Write to us</a></li>'
        '<li><a href="/people">People</a></li></ul><img src="c.jpg" alt=""/></div>'
    )
    texts = _lines(tmp_path, menu)
    assert not any(t.startswith(("Kontakt", "Write to us")) for t in texts)


def test_a_newsroom_box_with_a_picture_but_no_person_stays_dropped(tmp_path: Path) -> None:
    box = (
        '<div class="related"><h3>Kontakt</h3><img src="logo.png" alt=""/>'
        "<div>Your line to the newsroom:</div><div>Valley: 012 345 67</div></div>"
    )
    texts = _lines(tmp_path, box)
    assert not any(t.startswith(("Kontakt", "Your line", "Valley: 012")) for t in texts)


def test_a_sidebar_holding_the_card_and_the_sites_link_boxes_keeps_only_the_card(
    tmp_path: Path,
) -> None:
    sidebar = (
        '<aside class="sidebar"><section class="contact-box"><img src="a.jpg" alt=""/>'
        "<header><h6>Kontakt</h6><h5>Ana Example</h5></header>"
        '<ul><li><a href="tel:+12345678">call</a></li><li><a class="toggle">more</a></li></ul>'
        '</section><div><h4>Further reading</h4><a href="/energy">Theme Energy</a> '
        '<a href="/grid">Theme Grid</a></div><div>Follow us <a href="/x">X</a> '
        '<a href="/news">Newsletter</a></div></aside>'
    )
    texts = _lines(tmp_path, sidebar)
    assert "Kontakt" in texts
    assert any(t.startswith("Ana Example") for t in texts)
    assert not any(t.startswith(("Further reading", "Follow us", "Theme Energy")) for t in texts)
