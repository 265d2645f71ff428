"""A heading the page's style sets after the release's last paragraph of prose, over no
prose of its own, is the caption of a box of the page ("Published by" over an office,
"Latest updates" over a count of results), never a section. All text here is made up in
the shape of real pages."""

from __future__ import annotations

from briefing.ingest.closing_boxes import closing_box_heads
from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html
from briefing.ingest.segment import Block

PAGE = (
    "<html><head><title>Harbour report</title></head><body><main>"
    "<h1>Harbour traffic rose again in the spring</h1><p>3 November 2031</p>"
    "<h2>Ships and cargo</h2>"
    "<p>The port handled more ships in the spring than in any spring before, and the"
    " cargo they carried grew by a tenth.</p>"
    "<h2>What comes next</h2>"
    "<p>The harbour board will publish its plan for the new quay early next year.</p>"
    "<h2>Published by</h2>"
    "<p>Department of Harbours and Coasts</p>"
    "<h3>Latest updates</h3>"
    "<p>1 - 5 of 40 results.</p>"
    "</main></body></html>"
)


def _headings(page: str) -> list[str]:
    release = structure(extract_html(page))
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def _text(page: str) -> str:
    return structure(extract_html(page)).text


def test_a_styled_line_over_only_link_labels_after_the_last_prose_is_no_heading() -> None:
    heads = _headings(PAGE)
    assert "Ships and cargo" in heads and "What comes next" in heads
    assert "Published by" not in heads and "Latest updates" not in heads
    assert "Department of Harbours and Coasts" in _text(PAGE)  # nothing is lost


def test_a_last_section_of_prose_keeps_its_heading() -> None:
    page = PAGE.replace(
        "<p>1 - 5 of 40 results.</p>",
        "<p>The new quay will be opened by the harbour master in the spring of next year.</p>",
    )
    assert "Latest updates" in _headings(page)


def test_a_heading_over_the_notes_or_a_table_keeps_its_heading() -> None:
    table = PAGE.replace(
        "<p>1 - 5 of 40 results.</p>",
        "<table><tr><td>2030</td><td>1,204</td></tr><tr><td>2031</td><td>1,377</td></tr></table>",
    ).replace("Latest updates", "Ships by year")
    assert "Ships by year" in _headings(table)


def test_a_numbered_heading_is_the_text_s_own_part() -> None:
    page = PAGE.replace("<h3>Latest updates</h3>", "<h3>3. Where to read more</h3>")
    assert any(h.endswith("Where to read more") for h in _headings(page))


def test_a_page_with_no_prose_asks_nothing() -> None:
    blocks = [
        Block("Morning", style="heading2"),
        Block("Opening", style="list-item"),
        Block("Afternoon", style="heading2"),
        Block("Votes", style="list-item"),
    ]
    assert closing_box_heads(blocks, ["heading", "item", "heading", "item"], 0, 4) == []


def test_a_heading_naming_the_notes_keeps_its_heading_over_plain_numbered_notes() -> None:
    page = PAGE.replace("<h3>Latest updates</h3>", "<h4>Footnotes</h4>").replace(
        "<p>1 - 5 of 40 results.</p>", "<p>1: Harbour Act 2029, section 4.</p>"
    )
    assert "Footnotes" in _headings(page)


def test_a_heading_naming_the_sources_in_another_language_keeps_its_heading() -> None:
    page = PAGE.replace("<h3>Latest updates</h3>", "<h3>Quellen</h3>").replace(
        "<p>1 - 5 of 40 results.</p>", "<p>Hafenamt, Jahresbericht 2030</p>"
    )
    assert "Quellen" in _headings(page)
    assert "Latest updates" not in _headings(PAGE)  # a box's caption stays one
