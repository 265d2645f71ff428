"""A line stopping on an abbreviation's full stop goes on with the line under it when that
line opens in lower case: no sentence ends on "e.g." or "Nr.", and an initialism's stop
("U.S.") ends a sentence only when a capital follows (abbreviation_stops). Made-up text."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest.abbreviation_stops import (
    abbreviation_goes_on,
    initialism_goes_on,
    stops_on_abbreviation,
)
from tests.ingest.helpers import read_release


def test_abbreviations_that_end_no_sentence() -> None:
    assert stops_on_abbreviation("ports and harbours (e.g.")
    assert stops_on_abbreviation("as set out in Sales No.")
    assert stops_on_abbreviation("gemäß § 4 Abs.")
    assert stops_on_abbreviation("weitere Fälle, z. B.")
    assert stops_on_abbreviation("conforme a la ley núm.")
    assert not stops_on_abbreviation("the meeting closed at noon.")
    assert not stops_on_abbreviation("Plan B.")
    assert not stops_on_abbreviation("sanctioned by the U.S.")


def test_an_initialism_goes_on_only_into_lower_case() -> None:
    assert initialism_goes_on("held that the U.S.", "economy would grow in the spring.")
    assert initialism_goes_on("cited at 12 U. S.", "(quoting the lower court).")
    assert not initialism_goes_on("imposed by the U.S.", "The Board then turned to prices.")
    assert not initialism_goes_on("the outlook was weak.", "economy aside, prices rose.")
    assert abbreviation_goes_on("for ports and harbours (e.g.", "ferries and barges), grew.")
    assert not abbreviation_goes_on("for ports and harbours (e.g.", "The Board agreed.")


_ARCHIVE = """Summary of the Board's Discussion

1. Members noted that exports had picked up over the summer, helped by firm demand abroad.

Several members expressed the view that growth in the U.S.

economy was likely to continue at a moderate pace, mainly reflecting firm household spending.

2. Members agreed that prices would rise gradually over the coming months of the year.

Sanctions on the sale of the goods were imposed by the U.S.

The Board then discussed the outlook for the financial system over the coming year.
"""


def test_a_paragraph_cut_after_an_initialism_is_one(tmp_path: Path) -> None:
    release = read_release(tmp_path, _ARCHIVE)
    texts = [" ".join(release.text[n.start : n.end].split()) for n in release.root.walk()]
    assert any("growth in the U.S. economy was likely" in t for t in texts)
    # (A capital under "the U.S." opens the next paragraph.)
    assert not any("by the U.S. The Board" in t for t in texts)
