"""A "1/" note whose raised number a PDF-to-text tool set on its own line, over or under
the rest of the note, which opens on the bare slash: the number goes back in front of it
when the text prints "1/" glued to the word it explains. Made-up text."""

from __future__ import annotations

from briefing.ingest.slash_note_numbers import join_cut_slash_numbers

ABOVE = """\
Board Meeting Record1/
MAY 2031

1
 / This is a translation of a record written in Spanish. The Spanish text prevails.
The Board met on 4 May 2031."""

BELOW = """\
BOARD MEETING RECORD*/

/ The Spanish text prevails.
*
The Board met on 4 May 2031."""


def _join(text: str) -> list[str]:
    return join_cut_slash_numbers(text.split("\n"), text)


def test_the_number_above_goes_back_in_front_of_its_note():
    lines = _join(ABOVE)
    assert " 1/ This is a translation of a record written in Spanish." in lines[4]
    assert lines[3] == ""


def test_a_star_under_its_note_goes_back_in_front_of_it():
    lines = _join(BELOW)
    assert lines[2] == "*/ The Spanish text prevails."


def test_no_marker_printed_so_leaves_the_lines_alone():
    text = ABOVE.replace("Record1/", "Record")
    assert _join(text) == text.split("\n")
