"""A paragraph carried over a page break in a capital, in text copied out of a PDF
with its form feeds (``pdftotext``): the page ends mid-sentence, often inside a name
("... the states of the Northern" / form feed / "Valley Compact in 1978 ..."). The
form feed says a page ended there; without it, a capital after a blank line opens a
paragraph of its own. All text here is made up."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.extracted import Line
from briefing.ingest.page_break_marks import mark_page_breaks, page_starts
from briefing.ingest.segment import Block
from tests.ingest.helpers import lost_words

FIRST_PAGE = """\
Example Water Board v. Examplia

The dispute over the waters of the river ran for more than twenty years among the
four states of the basin, and the long talks between their delegations finally
culminated at last in the signing of the water compact of the states of the Northern"""

SECOND_PAGE = """\
Valley Compact in 1978. The legislature approved the compact two years later, and
each state has drawn its share of the river under its terms ever since then.

The board now asks the court to read the compact as giving it a right to water
that lies inside the borders of another state.
"""


def _paragraphs(release) -> list[str]:
    return [
        " ".join(release.text[n.body_start : n.end].split())
        for n in release.nodes()
        if n.kind == "paragraph"
    ]


def test_a_capital_after_a_form_feed_goes_on_with_a_sentence_stopped_on_a_word():
    text = f"{FIRST_PAGE}\n\n\f2\n\n{SECOND_PAGE}"
    release = release_from_text(text)
    paragraphs = _paragraphs(release)
    joined = [p for p in paragraphs if "states of the Northern" in p]
    assert len(joined) == 1
    assert "Northern Valley Compact in 1978" in joined[0]
    assert not any(p.startswith("Valley Compact") for p in paragraphs)
    assert not lost_words(text, release)


def test_without_a_form_feed_a_capital_after_a_blank_line_stays_apart():
    text = f"{FIRST_PAGE}\n\n{SECOND_PAGE}"
    paragraphs = _paragraphs(release_from_text(text))
    assert any(p.startswith("Valley Compact in 1978") for p in paragraphs)


def test_a_sentence_ended_before_the_form_feed_stays_apart():
    text = f"{FIRST_PAGE} Valley Compact.\n\n\f2\n\nThe legislature approved the compact in 1980.\n"
    paragraphs = _paragraphs(release_from_text(text))
    assert any(p.startswith("The legislature approved") for p in paragraphs)


def test_a_short_line_of_names_before_the_form_feed_stays_apart():
    # An attendance list's entry at a page's foot, then the next page's heading.
    text = (
        "Members present\n\nJane Example, Director, Research Department\n\n"
        "\fSummary of the Staff Reports on the Economy\n\nThe staff reported that the "
        "economy had gone on recovering at a moderate pace over the quarter.\n"
    )
    paragraphs = _paragraphs(release_from_text(text))
    assert not any("Research Department Summary" in p for p in paragraphs)


def test_marks_fall_on_the_block_opening_the_page():
    lines = [Line(t) for t in ["one two", "", "\f", "", "three four", "five"]]
    blocks = [Block("one two"), Block("three four five")]
    mark_page_breaks(page_starts(lines), lines, blocks, [0, 1, 1, 1, 1, 1])
    assert [b.after_page_break for b in blocks] == [False, True]


def test_a_list_s_last_one_line_entry_before_the_form_feed_stays_apart():
    # A list set in one block, its last entry one line (full by chance, no stop), then
    # the next page's paragraph.
    text = (
        "The Board reviewed the following matters at its meeting this month\n"
        "ii The need to keep the credibility of the monetary authority intact\n"
        "iii Data on the growth and the forecasts for the world economy\n\n"
        "\fThe Board of Directors emphasised the following points with respect to how\n"
        "inflation performed during the month under review.\n"
    )
    paragraphs = _paragraphs(release_from_text(text))
    assert any(p.startswith("The Board of Directors emphasised") for p in paragraphs)
