"""Paragraphs marked only by a first line set in two spaces, no blank line between them
(made-up statement in the Congressional Record's text layout)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.indent_starts import small_first_line_indent

STATEMENT = """\
                          HARBOUR SAFETY WEEK

  Ms. EXAMPLE. Madam President, this week we mark Harbour Safety Week, and
I want to thank the pilots and crews who keep our ports open in every
season and in every kind of weather, often at great risk to themselves.
  The week began in 1971 when the first harbour pilots' association asked
for a day to remember the crews lost at sea. It has grown into a week of
training, open days and drills along every coast of the country today.
  Last year alone, nine pilots were injured while boarding ships at night
in heavy seas. Each of them returned to work within the year, and each
of them deserves the thanks of this Chamber and of the whole country.
  The pilots' association will hold its open day on Saturday in every port,
and I hope many families will go and see the work that is done there.
  The pilots honoured this year are:
  Captain Jane Example of Port Example, pilot since 1999;
  Captain John Sample of Sample Harbour, pilot since 2004;
  Captain Ann Model of Model Bay, pilot since 2011.
  I ask my colleagues to join me in thanking them.
"""

LAYOUT = """\
The Board decided to keep the rate unchanged at its meeting this week, after
  Considering the latest data on prices, wages and credit in the region and
the outlook for the coming year, as set out in the staff projections.
"""


def test_two_space_first_lines_open_paragraphs():
    release = release_from_text(STATEMENT)
    paragraphs = [
        release.text[n.start : n.end] for n in release.nodes() if n.kind in ("paragraph", "item")
    ]
    openings = [p.split("\n")[0][:20] for p in paragraphs]
    assert len(paragraphs) == 9, openings
    assert any(p.startswith("Last year alone") for p in paragraphs)
    assert any(p.startswith("Captain John Sample") for p in paragraphs)


def test_a_lone_small_indent_is_no_paragraph_mark():
    assert small_first_line_indent(LAYOUT.split("\n")) is None
    lines = STATEMENT.split("\n")
    assert small_first_line_indent(lines) == 2
