"""A heading left as the text's last line after the site's box under it went out
(html_tail_captions): the box's caption, dropped with it. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file
from briefing.ingest.readers.html_tail_captions import orphan_caption

_BODY = (
    "<h1>Harbour office opens a second quay</h1>"
    "<p>The harbour office opened its second quay on Monday, doubling the berths for "
    "ferries and cargo ships calling at the port through the summer season.</p>"
)


def _teaser(n: int) -> str:
    return (
        f"<div class='card'><h4><a href='/news/{n}'>Other story number {n} of the site</a>"
        f"</h4><span>{n} May 2031</span></div>"
    )


def test_the_caption_of_a_dropped_teaser_row_goes_with_it(tmp_path: Path) -> None:
    row = "".join(_teaser(n) for n in range(1, 5))
    page = f"<html><body><main>{_BODY}<div class='head'><h3>Ook interessant</h3></div><div class='row'>{row}</div></main></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert "Ook interessant" not in texts
    assert any(t.startswith("The harbour office opened") for t in texts)


def test_a_heading_over_kept_text_stays(tmp_path: Path) -> None:
    row = "".join(_teaser(n) for n in range(1, 5))
    page = (
        f"<html><body><main>{_BODY}<div class='head'><h3>Ook interessant</h3></div><div class='row'>{row}</div>"
        "<h3>Contact</h3><p>Press office of the harbour, telephone 0123 456 789.</p>"
        "</main></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    texts = [line.text for line in read_file(path).lines]
    assert "Contact" in texts


def test_only_a_heading_right_over_the_dropped_box_counts() -> None:
    lines = [Line("The harbour office opened its quay."), Line("Ook interessant", style="heading3")]
    assert orphan_caption(lines, 2)
    assert not orphan_caption(lines, 1)  # the box went out before the heading
    plain = [Line("The harbour office opened its quay."), Line("Jo Smit")]
    assert not orphan_caption(plain, 2)  # a signature's name is no caption


def test_a_caption_over_a_dropped_entrys_heading_goes_too() -> None:
    from briefing.ingest.readers.html_tail_captions import outer_caption

    body = Line("The harbour office opened its quay.")
    assert outer_caption([body, Line("Downloads", style="heading3")], "heading4")
    # A heading of the same rank heads a section of its own; body text is no caption.
    assert not outer_caption([body, Line("Background", style="heading4")], "heading4")
    assert not outer_caption([body], "heading4")
