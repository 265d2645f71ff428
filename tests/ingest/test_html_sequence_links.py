"""Links a page marks rel="prev" or rel="next" lead to the page before or after it in
the site's series (the previous and next post, the next page of a list): the site's
navigation, dropped whatever their words. A link in a sentence stays. Made-up pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.readers import read_file

_TEXT = """<h1>Town council opens a new library</h1>
<p>The town council opened a new library on the market square on Friday, with room
for forty readers and a hall where schools can hold their reading mornings.</p>"""


def _lines(tmp_path: Path, tail: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article>{_TEXT}{tail}</article></body></html>", "utf-8")
    return [line.text for line in read_file(path).lines]


def test_previous_and_next_post_links_are_dropped(tmp_path: Path) -> None:
    tail = (
        '<div class="older"><a href="/2031/05/bus-line" rel="prev">'
        "&larr; Bus line to the hospital runs again</a></div>"
        '<div class="newer"><a href="/2031/07/park" rel="next">Park reopens after the '
        "storm &rarr;</a></div>"
    )
    text = " ".join(_lines(tmp_path, tail))
    assert "new library" in text
    assert "Bus line" not in text and "Park reopens" not in text


def test_a_sequence_link_inside_a_sentence_stays(tmp_path: Path) -> None:
    tail = (
        '<p>The council explains the plan in <a href="/plan/2" rel="next">the second '
        "part of its plan</a>, published today.</p>"
    )
    assert "the second part of its plan" in " ".join(_lines(tmp_path, tail))
