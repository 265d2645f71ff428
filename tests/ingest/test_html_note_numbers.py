"""HTML notes found by the number they print: a numbered in-page link landing on a
paragraph that opens with the same number. All text here is made up."""

from __future__ import annotations

from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

HEAD = "<html><head><title>T</title></head><body><main><h1>Board keeps its rate unchanged</h1><p>4 May 2031</p>"


def _notes(page: str) -> dict:
    release = structure(extract_html(page))
    parent = {c.id: p for p in release.root.walk() for c in p.children}
    return {
        n.label.strip("()[]"): (release.node_text(n), release.node_text(parent[n.id]))
        for n in release.root.walk()
        if n.kind == "footnote"
    }


def test_a_numbered_link_to_a_paragraph_opening_with_that_number_is_a_note() -> None:
    # "Return to text" points at an anchor beside the marker, not at the marker.
    page = HEAD + (
        '<p>The board met on Tuesday at noon.<a href="#fn1"><sup>1</sup></a><a name="f1"></a></p>'
        '<p>It kept the rate at four percent.<a href="#fn2"><sup>2</sup></a><a name="f2"></a></p>'
        "<p>The next meeting is in June.</p><hr>"
        '<p><a name="fn1"></a>1. Members attended in person. <a href="#f1">Return to text</a></p>'
        '<p><a name="fn2"></a>2. The vote was unanimous. <a href="#f2">Return to text</a></p>'
        "</main></body></html>"
    )
    notes = _notes(page)
    assert notes["1"][1].startswith("The board met")
    assert notes["2"][0].startswith("The vote was unanimous")
    assert notes["2"][1].startswith("It kept the rate")


def test_a_numbered_link_to_a_paragraph_with_another_number_is_not_a_note() -> None:
    page = HEAD + (
        '<p>The board met on Tuesday at noon, see part<a href="#p3">1</a> below.</p>'
        '<p id="p3">3. The outlook for prices is steady.</p>'
        "</main></body></html>"
    )
    assert _notes(page) == {}
