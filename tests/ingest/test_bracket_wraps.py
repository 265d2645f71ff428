"""A bracket opened on one line and closed on the next is one paragraph cut by the wrap
(wrap_cuts.bracket_goes_on): "Sample rate decision (to be announced on 5" / "March 2031
at 10.00 am)". Made-up text in the shape of a central bank's notice."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.wrap_cuts import bracket_goes_on

from .helpers import lost_words

NOTICE = """SAMPLE CENTRAL BANK
Monetary Policy Department

The Executive Board has decided to hold the sample rate at 2 per cent.
The decision is explained in the attached note, which sets out the
outlook for prices and for growth over the coming two years, and the
risks the Board sees.
Sample rate decision (to be announced on 5
March 2031 at 10.00 am)
The Board will publish the minutes of its meeting two weeks after the
decision, with the votes of its members and the reasons they gave for
them, as it has done at every meeting since the start of the year.
"""


def test_a_bracket_closed_on_the_next_line_keeps_one_paragraph() -> None:
    release = release_from_text(NOTICE)
    starts = [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]
    assert "Sample rate decision (to be announced on 5" in starts
    assert not any(s.startswith("March 2031") for s in starts)
    assert not lost_words(NOTICE, release)


def test_only_a_bracket_left_open_goes_on() -> None:
    assert bracket_goes_on("Decision (to be announced on 5", "March 2031 at 10.00)")
    assert not bracket_goes_on("Decision (announced) on 5 March.", "The Board (all) agreed.")
    assert not bracket_goes_on("Decision (to be announced on 5", "The Board (all) agreed.")
    assert bracket_goes_on("Decision (see (a", "below) and annex)")
