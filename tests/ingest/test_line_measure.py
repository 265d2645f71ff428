"""How full a document's wrapped lines run, read from its own sure wraps (line_measure),
and the wrap-or-paragraph-end question it answers for a line ending a sentence at the
margin (made-up texts, wrapped by textwrap as a typewriter or a mail client would)."""

from __future__ import annotations

import textwrap

from briefing.ingest import segment
from briefing.ingest.line_measure import LineMeasure, line_measure, printed_width, sure_wraps

SENTENCES = [
    "The Ministry of Examples opened its new harbour office in the old customs house today.",
    "Pilots from every port of the country may apply for a place in the spring courses.",
    "The office will train forty pilots a year and advise the port authorities on safety.",
    "Its staff come from the coastal service, the maritime school and the harbour board.",
    "The Minister thanked the pilots for their work through a long and difficult winter.",
    "A second office is planned for the northern coast once the new pier has been built.",
]


def _minutes(width: int = 68) -> list[str]:
    """Long paragraphs of many sentences, no blank line between them."""
    lines: list[str] = []
    for start in range(6):
        body = " ".join(SENTENCES[(start + n) % len(SENTENCES)] for n in range(5))
        lines += textwrap.wrap(f"{body} It closes.", width)
    return lines


def _speech(width: int = 68) -> list[str]:
    """A paragraph a sentence or two, each ending short of the margin, no blank line."""
    lines: list[str] = []
    for sentence in SENTENCES * 3:
        lines += textwrap.wrap(f"{sentence} Thank you.", width)
    return lines


def test_printed_width_tells_wide_letters_from_narrow_ones() -> None:
    assert printed_width("mmmm WWW") > printed_width("illi ttt") + 6
    assert printed_width("") == 0.0


def test_sure_wraps_are_lines_ending_on_a_word_over_a_lower_case_word() -> None:
    lines = [
        "The office will train forty pilots a year and advise the port",
        "authorities on safety. The Minister thanked the pilots for their",
        "Work in the winter.",
    ]
    assert sure_wraps(lines, 64) == [lines[0]]


def test_a_text_of_long_paragraphs_wraps_at_its_stops() -> None:
    lines = _minutes()
    measure = line_measure(lines, segment._wrap_width(lines))
    assert measure is not None
    assert measure.stops_wrap
    # A typewriter's wrap: counted in characters, the band is as tight as it gets.
    assert not measure.proportional
    assert measure.floor <= measure.top <= 68


def test_a_text_of_short_paragraphs_ends_its_full_lines() -> None:
    lines = _speech(40)
    measure = line_measure(lines, segment._wrap_width(lines))
    assert measure is not None
    assert not measure.stops_wrap


def test_no_room_asks_whether_the_next_word_would_have_fitted() -> None:
    measure = LineMeasure(floor=60.0, top=66.0, proportional=False)
    full = "x" * 58 + " ended."  # 65 characters: in the band
    assert measure.no_room(full, "Afterwards")  # 65 + 11 > 66: the wrap's break
    assert not measure.no_room(full, "")  # (nothing to carry over)
    short = "x" * 40 + " ended."
    assert not measure.no_room(short, "Afterwards")  # short of the band: a last line
    # In a document whose paragraphs end full lines more often than its sentences
    # wrap, a stop at the margin stays a paragraph's end.
    speech = LineMeasure(floor=60.0, top=66.0, proportional=False, stops_wrap=False)
    assert not speech.no_room(full, "Afterwards")


def test_a_stop_at_a_full_line_of_long_paragraphs_is_a_wrap() -> None:
    measure = LineMeasure(floor=60.0, top=66.0, proportional=False)
    prev = "The office will train forty pilots a year and advise on safety."
    assert len(prev) == 63
    line = "Applications close at the end of the month, the Minister said."
    assert segment._continues(prev, line, 66, 0, False, 66, measure)
    # The same line where the next word would have fitted after it: a paragraph's end.
    assert not segment._continues(prev, "It closes.", 66, 0, False, 66, measure)
