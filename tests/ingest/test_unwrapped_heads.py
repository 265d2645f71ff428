"""A headline copied as one line over a body wrapped at 64 columns, no blank line between
them (made-up release pasted into a note)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.unwrapped_heads import unwrapped_first_line

PASTED = """\
Ministry of Examples opens a harbour safety centre in Example Bay for the pilots of every port
Example City, 3 March 2031 - The Ministry of Examples will open a
safety centre for harbour pilots in Example Bay in April, the
Minister announced today. The centre will train forty pilots a
year and is funded for five years.
Pilots from every port of the country may apply for a place from
next month, and the first course opens on 2 May.
"""


def test_a_first_line_beyond_the_measure_stands_alone():
    release = release_from_text(PASTED)
    assert release.title.startswith("Ministry of Examples opens a harbour")
    paragraphs = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert paragraphs[0].startswith("Example City, 3 March 2031"), paragraphs


def test_only_a_line_far_beyond_the_measure_and_no_column_head():
    body = "Example City, 3 March 2031 - The Ministry of Examples will open a"
    assert unwrapped_first_line("x" * 90, 64, body)
    assert not unwrapped_first_line("x" * 90, 34, body)  # a table's cells, not a body
    assert not unwrapped_first_line("x" * 70, 64, body)  # within a wrap's reach
    head = "United Nations" + " " * 60 + "A/RES/99/1"
    assert not unwrapped_first_line(head, 64, "General Assembly")  # a layout's columns
    assert not unwrapped_first_line("x" * 90 + ",", 64, body)  # a clause going on
