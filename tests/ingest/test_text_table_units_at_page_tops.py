"""A table's unit line ("(Thousands of United States dollars)") that two tables opening
two pages print at the pages' tops is the tables' own, not a running head (made-up
report in the shape ``pdftotext -layout`` gives it)."""

from __future__ import annotations

from briefing.ingest import release_from_text

M = " " * 17

REPORT = f"""\
{M}A/95/604/Add.3
Financial resources
(Thousands of United States dollars)
Category                       Approved     Proposed
Keepers                           588.6        565.8
Boatmen                         8 618.1      8 830.3
{M}13. The decrease is attributable to lower requirements for the keepers.
\f{M}A/95/604/Add.3
Operational costs
(Thousands of United States dollars)
Category                       Approved     Proposed
Lamps                              39.4         10.6
Fuel                              315.8        295.7
{M}14. The increase is attributable to higher requirements for lamps and fuel.
"""


def test_unit_lines_at_page_tops_are_kept():
    release = release_from_text(REPORT)
    assert release.text.count("(Thousands of United States dollars)") == 2
    assert "A/95/604/Add.3" in [r.text for r in release.removed]
