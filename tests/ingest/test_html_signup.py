"""A site's invitation to subscribe (html_signup): a small box sending the reader to a
mailing list's sign-up goes; a sentence of the release and a byline stay. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_BODY = (
    "<h1>Harbour office opens a second quay</h1>"
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
)


def _texts(tmp_path: Path, extra: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><main>{_BODY}{extra}</main></body></html>", encoding="utf-8")
    return [line.text for line in read_file(path).lines]


def test_a_signup_box_goes(tmp_path: Path) -> None:
    box = (
        "<div class='promo'><h3>Never miss a release</h3>"
        "<p>Our weekly letter brings the port's news to your inbox.</p>"
        "<a href='https://lists.example.org/newsletter/join'>Sign up</a></div>"
    )
    texts = _texts(tmp_path, box)
    assert not any("weekly letter" in t or t == "Never miss a release" for t in texts)
    assert any(t.startswith("The harbour office opened") for t in texts)


def test_a_sentence_of_the_release_with_the_link_stays(tmp_path: Path) -> None:
    para = (
        "<p>Skippers can follow the works through the office's "
        "<a href='/newsletter'>newsletter</a> until the autumn.</p>"
    )
    assert any(t.startswith("Skippers can follow the works") for t in _texts(tmp_path, para))


def test_a_byline_with_a_subscribe_button_stays() -> None:
    from lxml import html

    from briefing.ingest.readers.html_signup import signup_boxes

    page = html.fromstring(
        f"<html><body><main>{_BODY}<div class='byline'><span>Jo Smit</span>"
        "<span>12 May 2031</span><a href='/subscribe'>Subscribe</a></div></main></body></html>"
    )
    assert not signup_boxes(page)


def test_a_list_of_the_releases_sentences_naming_a_newsletter_stays(tmp_path: Path) -> None:
    # An issue of the office's newsletter (a file), a law on subscriptions: addresses
    # that name a newsletter or a subscription, in sentences inviting no one.
    page = (
        "<html><body><main><article><h1>Statistics office publishes its spring bulletin</h1>"
        "<p>The statistics office published its spring bulletin on Monday, with new "
        "figures on trade, prices and employment in the regions.</p><ul>"
        "<li>The <a href='/newsletter/2031-spring.pdf'>spring newsletter</a> covers exports.</li>"
        "<li>The <a href='/laws/subscription-fee-act'>Subscription Fee Act</a> takes effect "
        "on 1 July.</li></ul></article></main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = " ".join(line.text for line in read_file(path).lines)
    assert "spring newsletter covers exports" in texts
    assert "Subscription Fee Act takes effect" in texts
