"""A short line over one short blurb and then only short lines (a link's label, the next
box's title over its own blurb) is a site's box copied with the page, not a crosshead
(teaser_blurbs.heads_only_blurb). A release's crossheads keep their headings, short
first paragraph or not. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import heading_texts, lost_words

_RELEASE = [
    "Harbour board approves the plan to rebuild the old quays",
    "The harbour board met on Monday and approved the plan to rebuild the old quays of "
    "the northern basin over the next four years, at a cost shared with the city.",
    "Works in the northern basin",
    "The first works will start in spring on the two oldest quays, whose wooden piles "
    "have rotted, and the fishing fleet will keep its berths in the southern basin "
    "while the quays are closed to boats.",
    "Funding",
    "The port authority pays two thirds of the cost and the city the rest, as agreed in "
    "the harbour compact signed by both councils last year after a long debate.",
]

_BOXES = [
    "Annual reports",
    "Here you find the figures of the harbour board for every year since it began.",
    "Reports of the board",
    "Harbour statistics",
    "Newsletter",
    "Subscribe to our newsletter and receive the latest news of the harbour by e-mail.",
    "Subscribe",
]


def test_site_boxes_after_a_release_are_no_crossheads() -> None:
    text = "\n\n".join([*_RELEASE, *_BOXES]) + "\n"
    release = release_from_text(text)
    heads = heading_texts(release)
    assert "Works in the northern basin" in heads and "Funding" in heads, heads
    assert "Newsletter" not in heads and "Annual reports" not in heads, heads
    assert not lost_words(text, release)


def test_a_crosshead_over_a_short_paragraph_and_the_next_part_stays() -> None:
    # One short sentence under a crosshead, then the next crosshead over a real paragraph.
    lines = [
        *_RELEASE[:2],
        "Timetable",
        "The works are to end before the summer season of the fourth year.",
        *_RELEASE[2:],
    ]
    text = "\n\n".join(lines) + "\n"
    heads = heading_texts(release_from_text(text))
    assert "Timetable" in heads and "Works in the northern basin" in heads, heads
