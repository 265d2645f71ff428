"""A short line under a quoted paragraph is its speaker when it is name-shaped, and the
next part's crosshead when it reads as a phrase ("Risks of the plan")
(quote_crossheads.crosshead_under_quote); one word alone stays unread. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.quote_crossheads import crosshead_under_quote
from tests.ingest.helpers import heading_texts, lost_words

_OPENING = [
    "Submission on the plan to merge the river boards",
    "The union of river wardens makes this submission on the plan to merge the three "
    "river boards of the valley into one board, after asking its members what they think.",
    "Content of the plan",
    "The plan merges the boards on the first of July and moves their staff to one office "
    "in the valley's largest town, far from the upper reaches of the rivers.",
    "“Nobody asked the wardens who know the rivers best, and the plan shows it on "
    "every page we have read so far.”",
]

_NEXT_PART = [
    "The plan assumes that the three boards do the same work, which they do not: the "
    "upper board keeps the weirs and the lower boards keep the dykes along the estuary.",
    "“It is a plan to save money, not a plan to keep the rivers in good order.”",
]


def _release(line_under_quote: str) -> tuple[str, list[str]]:
    text = "\n\n".join([*_OPENING, line_under_quote, *_NEXT_PART]) + "\n"
    release = release_from_text(text)
    assert not lost_words(text, release)
    return text, heading_texts(release)


def test_a_phrase_under_a_quote_heads_the_next_part() -> None:
    for line in ("Risks of the plan", "Timetable of the merger"):
        _, heads = _release(line)
        assert line in heads and "Content of the plan" in heads, heads


def test_a_name_under_a_quote_stays_its_speaker() -> None:
    for line in ("Jane Example", "Jane Example, warden of the upper river", "- Jane Example"):
        _, heads = _release(line)
        assert line not in heads and "Content of the plan" in heads, heads


def test_the_shape_and_place_of_a_crosshead_under_a_quote() -> None:
    quote = _OPENING[-1]
    assert crosshead_under_quote(quote, "Rationale for the plan", False)
    assert not crosshead_under_quote(quote, "Rationale for the plan", True)  # a label
    assert not crosshead_under_quote("“The river” - the film", "Shown in the valley", False)
    assert not crosshead_under_quote(quote, "Politics", False)  # a teaser's category?
    assert not crosshead_under_quote(quote, "Minister Jane Example MP", False)
    assert not crosshead_under_quote(quote, "Source: the river board", False)
    assert not crosshead_under_quote(quote, "— Jane Example", False)
