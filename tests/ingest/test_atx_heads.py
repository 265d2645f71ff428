"""Markdown read as plain text: a line Markdown's heading mark opens ("## Scope") heads its
section, at the rank its marks give, when the text marks two lines or more (atx_heads).
Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.atx_heads import marked_heads
from tests.ingest.helpers import heading_texts, lost_words

_SAID = (
    "The board met on the fourth of May and agreed on the plan that the staff had put "
    "before it at the last meeting, with two changes to its timetable."
)
_NEXT = (
    "The changes move the opening of the new office to the autumn and give the staff two "
    "more months to train the wardens who will work there."
)
_LAST = (
    "The board will report on the plan at its meeting in the autumn, when the office is "
    "open and the wardens have started their work in the valley."
)


def _heads(text: str) -> list[str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return heading_texts(release)


_CONTACT = "Our contact for the work in the valley is the office of the wardens, 020 7946 0000"


def test_a_marked_line_over_text_that_ends_on_no_stop_heads_it() -> None:
    # The section's only paragraph ends on a phone number: no sentence to show it is content.
    text = "\n\n".join(
        [
            "# Plan for the river office",
            _SAID,
            "## 3. What the board can do next",
            _CONTACT,
            "## 4. Work with the wardens",
            _LAST,
        ]
    )
    heads = _heads(text + "\n")
    assert heads == ["## 3. What the board can do next", "## 4. Work with the wardens"], heads


def test_marks_glued_to_the_words_and_a_number_set_apart() -> None:
    # A converter's Markdown: no space after the marks, a section's number on a line of
    # its own over its words (the number is the heading's designation, no heading), and
    # a section of defined terms, no prose, under one.
    text = "\n\n".join(
        [
            "##Plan for the river office",
            _SAID,
            "### 1.1",
            "####Terms used in this plan",
            "*Board:* the river board of the valley",
            "*Office:* the office of the wardens",
            "### 2",
            "####Timetable",
            _LAST,
        ]
    )
    heads = _heads(text + "\n")
    assert heads == ["####Terms used in this plan", "####Timetable"], heads


def test_marked_headings_over_the_first_paragraph_open_the_body() -> None:
    for first, second in (
        ("## Chapter 1 General rules of the office", "## Chapter 2 Staff of the office"),
        ("## I.", "## II."),
    ):
        text = "\n\n".join(["# Rules of the river office", first, _SAID, second, _NEXT])
        heads = _heads(text + "\n")
        assert heads == [first, second], heads


def test_one_mark_alone_or_no_words_is_no_evidence() -> None:
    class B:
        def __init__(self, text: str) -> None:
            self.text, self.style = text, ""

    # One marked line: the text shows no Markdown; "#Budget" a hashtag; "# # #" an end mark.
    assert marked_heads([B("## Scope"), B(_SAID)]) == {}
    assert marked_heads([B("#Budget"), B("#Plan"), B("# # #"), B("###")]) == {}
    assert marked_heads([B("## Scope"), B(_SAID), B("### Terms")]) == {0: 2, 2: 3}
    # (Review, session 41.) A block of several lines is no Markdown heading, and a mark
    # over a dash or a rule alone heads nothing.
    assert marked_heads([B("## Scope\nof the plan"), B("## Terms"), B("## Next")]) == {1: 2, 2: 2}
    assert marked_heads([B("## —"), B("## --"), B("## Terms"), B("### Next")]) == {2: 2, 3: 3}


def test_sections_of_the_top_rank_under_an_unmarked_title_and_a_deeper_marked_title() -> None:
    # (Review, session 41.) A rank two lines hold is a rank of sections: its first
    # heading over the first paragraph opens the body (it was head matter). And the text's
    # first line stays its title, even marked deeper than its sections.
    for mark in ("#", "##"):
        first, second = f"{mark} Scope of the plan", f"{mark} Terms of the plan"
        text = "\n\n".join(["Plan for the river office", first, _SAID, second, _NEXT])
        assert _heads(text + "\n") == [first, second]
    text = "\n\n".join(
        ["### Plan for the river office", _SAID, "## Scope of the plan", _NEXT, "## Terms", _LAST]
    )
    release = release_from_text(text + "\n")
    assert [n.kind for n in release.root.walk()][1:3] == ["title", "paragraph"]
    assert heading_texts(release) == ["## Scope of the plan", "## Terms"]
