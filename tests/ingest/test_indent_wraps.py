"""Hard-wrapped text whose paragraphs are marked by a first-line indent only (made-up
release, typed in an editor that indents paragraphs, no blank lines), and sentences
closed inside German-, Czech- or French-style quotation marks."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.indent_wraps import (
    margin_line_goes_on,
    opens_under_single_line,
    text_first_line_indent,
)
from briefing.ingest.patterns import closing_quote_end, ends_sentence

RELEASE = """\
Ministry of Examples opens a harbour safety centre in Example Bay this spring
    Example City, 3 March 2031 - The Ministry of Examples will open a safety
centre for harbour pilots in Example Bay in April, the Minister announced.
The centre will train forty pilots a year.
    „We owe the pilots our thanks and our support. The centre gives them
both,“ said the Minister of Examples.
    The centre is funded for five years. Pilots from every port of the country
may apply for a place from next month, and the first course opens on 2 May.
    Applications are made through the port authorities, which will also
choose the instructors for the first year of the centre's courses.
"""

LAYOUT = """\
                         MINISTRY OF EXAMPLES
    Table 1. Pilots trained
        Example Bay        40
The centre will train forty pilots a year, the Minister said today.
"""


def _paragraphs(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        release.text[n.start : n.end]
        for n in release.nodes()
        if n.kind in ("paragraph", "item", "quote")
    ]


def test_first_line_indent_marks_paragraphs_and_margin_lines_go_on():
    paragraphs = _paragraphs(RELEASE)
    openings = [" ".join(p.split()[:3]) for p in paragraphs]
    assert openings == [
        "Example City, 3",
        "„We owe the",
        "The centre is",
        "Applications are made",
    ], openings
    # The sentence at the margin under a finished one is the first paragraph's.
    assert "forty pilots a year." in paragraphs[0]


def test_the_indent_counts_only_where_the_text_shows_it():
    assert text_first_line_indent(RELEASE.split("\n")) == 4
    assert text_first_line_indent(LAYOUT.split("\n")) is None


def test_margin_line_rules():
    first = "    The centre is funded for five years. Pilots from every port"
    # A sentence at the margin under a finished sentence: the paragraph's wrap.
    assert margin_line_goes_on(first, True, "The centre opens in May.", "    Next", 4, 78)
    # A short heading at the margin with an indented line under it: no wrap.
    assert not margin_line_goes_on(first, True, "Background", "    The centre", 4, 78)
    # A short lead-in ending on a colon over an indented paragraph: no wrap either.
    assert not margin_line_goes_on(first, True, "Background:", "    The centre", 4, 78)
    assert margin_line_goes_on(first, True, "Background:", "at sea.", 4, 78)
    # A paragraph not opened the text's way is left to the other rules.
    assert not margin_line_goes_on("The centre", True, "The centre opens.", "", 4, 78)
    # An indented line under a single line at the margin (a headline) opens a paragraph.
    assert opens_under_single_line(1, "Centre opens in May", "    The Ministry", 4)
    assert not opens_under_single_line(2, "Centre opens in May", "    The Ministry", 4)
    assert not opens_under_single_line(1, "Centre opens in May", "    and the", 4)


def test_a_stop_inside_closing_quotes_ends_the_sentence():
    for line in ("… na národní úrovni.“", "… der Wirtschaft.“", "… demain.»", "… wahr.«"):
        assert closing_quote_end(line), line
        assert ends_sentence(line), line
    # An opening quote after a word, or a stop with no quote, is no such end.
    assert not closing_quote_end("he said “")
    assert not closing_quote_end("… úrovni.")


def test_a_lead_in_at_the_margin_stays_off_the_paragraph_above():
    text = RELEASE.replace(
        "    The centre is funded",
        "Background:\n    The centre is funded",
    )
    paragraphs = _paragraphs(text)
    glued = [p for p in paragraphs if p.rstrip().endswith("Background:") and p != "Background:"]
    assert not glued, paragraphs
