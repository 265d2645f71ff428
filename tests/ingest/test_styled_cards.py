"""A contact card whose first line (a name, an office) the page sets as a heading, like
its crossheads: the line is the card's, not a section of the release. All text here is made
up in the shape of real pages."""

from __future__ import annotations

from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html

PAGE = (
    "<html><head><title>Harbour report</title></head><body><main>"
    "<h1>Harbour traffic rose again in the spring</h1><p>3 November 2031</p>"
    "<h2>Ships and cargo</h2>"
    "<p>The port handled more ships in the spring than in any spring before, and the"
    " cargo they carried grew by a tenth.</p>"
    "<h2>What comes next</h2>"
    "<p>The harbour board will publish its plan for the new quay early next year.</p>"
    "<h3>Office of the Harbour Board</h3>"
    "<p>Press unit</p>"
    "<p>Telephone: +99 (0) 12 345 678</p>"
    "<p>press@harbour.example</p>"
    "</main></body></html>"
)


def _headings(page: str) -> list[str]:
    release = structure(extract_html(page))
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_a_styled_line_over_a_phone_and_an_e_mail_only_is_a_card_not_a_heading() -> None:
    heads = _headings(PAGE)
    assert "Ships and cargo" in heads and "What comes next" in heads
    assert not any(h.startswith("Office of the Harbour Board") for h in heads)


def test_a_styled_line_over_text_of_the_release_stays_a_heading() -> None:
    page = PAGE.replace(
        "<p>Press unit</p>",
        "<p>The board met twice this year and agreed the budget for the quay in full.</p>",
    )
    assert "Office of the Harbour Board" in _headings(page)


def test_a_styled_label_naming_the_card_stays_a_heading() -> None:
    page = PAGE.replace("<h3>Office of the Harbour Board</h3>", "<h3>Contacts</h3>")
    assert "Contacts" in _headings(page)
