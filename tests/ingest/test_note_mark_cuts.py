"""A line broken at a raised note marker (wrap_cuts.cut_at_note_mark): text extracted
along baselines breaks a printed line where its superscript sits, leaving "... over the
trend.7" over "Inflation eased ..." with the two together one line's length. The
paragraph goes on; one that really ends on a note has a full first line under it.
Made-up text in the shape of a central bank's minutes copied from a PDF."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.wrap_cuts import cut_at_note_mark

from .helpers import lost_words

MINUTES = """SAMPLE CENTRAL BANK
Minutes of the Monetary Policy Committee

1. The Committee noted that growth in the sample economy had slowed in the first
quarter, as exports fell and households spent less than in the year before, while
prices of food and fuel rose more quickly than the members had expected them to
over the trend.7
Inflation eased in the second quarter, and the Committee
expected it to settle near the target by the end of the year, as the increases in
the policy rate passed through to lending rates and to the demand for credit.
2. Members agreed that the risks to the outlook remained balanced, but that the
path of prices abroad called for close monitoring in the months ahead of them.8
3. The Committee decided to keep the policy rate unchanged at 4.5 per cent, and to
review the stance at its next meeting in the light of the data then available.
"""


def test_a_line_cut_at_its_note_marker_goes_on() -> None:
    release = release_from_text(MINUTES)
    starts = [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]
    assert not any(s.startswith("Inflation eased") for s in starts)
    assert any(s.startswith("3.") or s.startswith("The Committee decided") for s in starts)
    assert not lost_words(MINUTES, release)


def test_only_the_halves_of_one_printed_line_are_joined() -> None:
    line = "Inflation eased in the second quarter, and the Committee expected it to"
    assert cut_at_note_mark("over the trend.7", line, 86, 90)
    # A paragraph's short last line over a full first line: together far past the measure.
    full = "Inflation eased in the second quarter, and the Committee expected it to settle"
    assert not cut_at_note_mark("the year before, while prices over the trend.7", full, 86, 90)
    # A figure's decimals are no note marker; a mark opens an item.
    assert not cut_at_note_mark("the rate starts at 5.552", "and evolves with the market", 40, 42)
    assert not cut_at_note_mark("over the trend.7", "? Loans grew by five per cent in", 50, 52)
