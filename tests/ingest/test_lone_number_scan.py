"""The whole-text looks of page furniture find what their plain forms find."""

import itertools
import re

from briefing.ingest.textfurniture import (
    _LONE_NUMBER_LINE,
    _PAGE_LINE_START,
    _line_openings,
    _opens_some_line,
)

# The look as first written, with backtracking: the possessive form must agree with it.
_PLAIN = re.compile(r"\n[ \t\f]*\d{1,3}\.?[ \t]*(?:\n|$)")


def test_the_possessive_lone_number_look_agrees_with_the_plain_one():
    pieces = ["\n", " ", "\t", "\f", "1", "23", "456", ".", "a", "12. The", "7\n"]
    for count in range(1, 5):
        for parts in itertools.product(pieces, repeat=count):
            text = "\n" + "".join(parts)
            plain = _PLAIN.search(text)
            found = _LONE_NUMBER_LINE.search(text)
            assert (found and found.span()) == (plain and plain.span()), repr(text)


def test_line_openings_read_the_first_line_too():
    assert _line_openings("From: Example Office\nSubject: a made-up mail") == (True, False)
    assert _line_openings("A line\nDigitally signed by A. Example") == (False, True)
    assert _line_openings("No header here") == (False, False)


def test_a_look_at_every_line_start_needs_no_copy_of_the_text():
    pieces = ["\n", " ", "\f", "12", "3.", "x", "Page 4", "page", " 5"]
    for count in range(0, 5):
        for parts in itertools.product(pieces, repeat=count):
            whole = "".join(parts)
            for pattern in (_LONE_NUMBER_LINE, _PAGE_LINE_START):
                expected = pattern.search("\n" + whole) is not None
                assert _opens_some_line(pattern, whole) == expected, (pattern.pattern, whole)
