"""A heading holds a word (heading_words.py): OCR debris from a faxed or scanned release
("Ij", "D -", "3-O.SI1606") and a conjunction between two alternatives ("OR") are short
and bare like a crosshead but head nothing. Real short headings — an acronym ("Q&A"),
a Korean word of two syllables — still are. Made-up text in the shape of releases."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.heading_words import conjunction_alone, wordless


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [
        " ".join(release.node_text(node).split())
        for node in release.nodes()
        if node.kind == "heading"
    ]


@pytest.mark.parametrize("line", ["Ij", "D -", "F' rl", "3-O.SI1606", "I"])
def test_ocr_debris_is_wordless(line: str) -> None:
    assert wordless(line)


@pytest.mark.parametrize("line", ["UN", "Q&A", "G20", "Background", "결론", "Oui"])
def test_short_real_words_are_not(line: str) -> None:
    assert not wordless(line)


def test_debris_over_a_paragraph_heads_nothing() -> None:
    text = """MINISTER FOR FOREIGN AFFAIRS

NEWS RELEASE

Australia's exports to the region reached record levels last year, the Minister said
today, with manufactured goods and services growing fastest of all.

Ij

At the level of trade we have been doing business with the region for a very long
time, taking advantage of the complementarity of our economies.

F' rl

This export growth is occurring because we are shifting into new products and new
markets, and the region has been of central importance in that shift.
"""
    heads = _headings(text)
    assert "Ij" not in heads and "F' rl" not in heads


def test_a_conjunction_between_numbered_alternatives_heads_neither() -> None:
    text = """There are only two conclusions to draw from this latest news:

1. The Minister is having a great deal of trouble finding places for those people
found to be refugees on the island;

OR

2. The Minister knows he cannot return those whose claims failed, and is hoping
that the problem will go away.

Either way, the arrangement continues to degenerate.
"""
    assert conjunction_alone("OR") and conjunction_alone("ou")
    assert "OR" not in _headings(text)


def test_a_capitals_line_over_a_heading_heads_a_part() -> None:
    text = """Minutes of the Monetary Policy Committee

1. Consumer prices rose 0.2 per cent in June, the smallest monthly change in two
years, as food prices fell for the third month running.

2. The Committee decided unanimously to keep the policy rate at 9.75 per cent.

SUMMARY OF THE DATA ANALYSED BY THE COMMITTEE

Inflation

3. The consumer price index rose 0.21 per cent in June and 4.0 per cent over twelve
months, below the centre of the target range.

Economic activity

4. Industrial output grew 0.8 per cent in May after falling in April, led by capital
goods and durable consumer goods.
"""
    heads = _headings(text)
    assert heads[:3] == [
        "SUMMARY OF THE DATA ANALYSED BY THE COMMITTEE",
        "Inflation",
        "Economic activity",
    ]


def test_a_capitals_name_over_an_office_is_no_part() -> None:
    text = """Exports reach a record

The Minister announced today that exports had reached a record level in the year to
June, with manufactured goods growing fastest of all.

THE HON JANE EXAMPLE MP

Minister for Trade

The programme has helped more than ten thousand firms since it began in 2090, and it
will be extended to every region from the first of July.
"""
    assert "THE HON JANE EXAMPLE MP" not in _headings(text)
